package document

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// example decodes the example bundle name.
func example(t testing.TB, name string) *ipw.Bundle {
	t.Helper()
	data, err := examples.Bundle(name)
	if err != nil {
		t.Fatal(err)
	}
	var b ipw.Bundle
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &b
}

// goldenSets are the documents kept as golden files: every document of
// every example in Polish, and those of the rural example in English.
type goldenSet struct {
	dir, example string
	lang         cooperation.Lang
	mutate       func(*ipw.Bundle) // a change the documents need, with the only documents kept
	only         Kind              // keep only the documents of this kind…
	ids          []string          // …or only these ids (of any kind)
	draft        bool
}

// keeps reports whether the set keeps the document r.
func (s goldenSet) keeps(r Ref) bool {
	switch {
	case s.only != "":
		return r.Kind == s.only
	case len(s.ids) > 0:
		return slices.Contains(s.ids, r.ID)
	}
	return true
}

var goldenSets = []goldenSet{
	{dir: "rural", example: "rural", lang: cooperation.Polish},
	{dir: "urban_rural", example: "urban_rural", lang: cooperation.Polish},
	{dir: "urban", example: "urban", lang: cooperation.Polish},
	{dir: "rural.en", example: "rural", lang: cooperation.English},
	{dir: "withdrawal", example: "rural", lang: cooperation.Polish, mutate: withdraw, only: Withdrawal},
	{dir: "withdrawal.en", example: "rural", lang: cooperation.English, mutate: withdraw, only: Withdrawal},
	{dir: "draft", example: "rural", lang: cooperation.Polish, mutate: uncovered, only: IPW, draft: true},
	{dir: "wzk", example: "rural", lang: cooperation.Polish, mutate: voivodeshipTeam, ids: []string{"porozumienie-wzk", "wzk-swietokrzyskie"}},
	{dir: "wzk.en", example: "rural", lang: cooperation.English, mutate: voivodeshipTeam, ids: []string{"porozumienie-wzk", "wzk-swietokrzyskie"}},
}

// voivodeshipTeam gives the rural example a voivodeship cooperation team
// (WZK) and the agreement behind it, the one kind of agreement no example
// has.
func voivodeshipTeam(b *ipw.Bundle) {
	d := cooperation.MustDate
	b.Institutions = append(b.Institutions,
		cooperation.Institution{ID: "rops-kielce", Name: "Regionalny Ośrodek Polityki Społecznej w Kielcach", Kind: cooperation.KindROPS, TERYT: "26"},
		cooperation.Institution{ID: "wup-kielce", Name: "Wojewódzki Urząd Pracy w Kielcach", Kind: cooperation.KindWUP, TERYT: "26"},
	)
	members := []cooperation.Member{
		{Institution: "woj-swietokrzyskie", Representative: "Barbara Wzorcowa", Roles: []cooperation.Role{cooperation.RoleMember}, Joined: d("2025-09-15")},
		{Institution: "rops-kielce", Representative: "Tomasz Przykładowy", Roles: []cooperation.Role{cooperation.RoleMember}, Joined: d("2025-09-15")},
		{Institution: "wup-kielce", Representative: "Halina Fikcyjna", Roles: []cooperation.Role{cooperation.RoleMember}, Joined: d("2025-09-15")},
	}
	b.Teams = append(b.Teams, cooperation.Team{ID: "wzk-swietokrzyskie", Kind: cooperation.TeamWZK,
		Name: "Wojewódzki Zespół Kooperacji Województwa Świętokrzyskiego", Formed: d("2025-09-15"), Members: members})
	b.Agreements = append(b.Agreements, cooperation.Agreement{
		ID: "porozumienie-wzk", Kind: cooperation.AgreementVoivodeshipTeam,
		Title:   "Porozumienie o utworzeniu Wojewódzkiego Zespołu Kooperacji Województwa Świętokrzyskiego",
		Scope:   "Wsparcie gmin województwa we wdrażaniu modelu kooperacji: szkolenia, wymiana doświadczeń, monitorowanie wskaźników.",
		Parties: []string{"woj-swietokrzyskie", "rops-kielce", "wup-kielce"},
		Signatures: []cooperation.Signature{
			{Party: "woj-swietokrzyskie", Signatory: "Barbara Wzorcowa", Function: "Członek Zarządu Województwa", Date: d("2025-09-10")},
			{Party: "rops-kielce", Signatory: "Tomasz Przykładowy", Function: "Dyrektor", Date: d("2025-09-11")},
			{Party: "wup-kielce", Signatory: "Halina Fikcyjna", Function: "Dyrektor", Date: d("2025-09-12")},
		},
		ValidUntil: d("2027-12-31"),
	})
}

// uncovered leaves the labour office out of the rural example's first
// consent: its IPW is refused, and made as a draft.
func uncovered(b *ipw.Bundle) {
	b.IPWs[0].Consent.Scope = []string{"gops-maslow", "pcpr-kielce", "sp-maslow", "oz-maslow", "ngo-razem", "ppp-kielce"}
}

// withdraw gives the rural example a withdrawal notice: the association
// leaves the local agreement, and the school the pilot one at a stated date.
func withdraw(b *ipw.Bundle) {
	b.Agreements[1].Withdrawals = []cooperation.Withdrawal{{Party: "ngo-razem", NoticeDate: cooperation.MustDate("2026-10-01")}}
	b.Agreements[0].Withdrawals = []cooperation.Withdrawal{{Party: "gmina-maslow", NoticeDate: cooperation.MustDate("2026-11-02"),
		EffectiveDate: cooperation.MustDate("2026-12-31")}}
}

// TestGolden writes every document of every example in every format and
// compares the HTML and the text of the DOCX and ODT files with testdata/golden
// (go test ./ipw/document -update rewrites them; the diff then shows every
// change of wording or layout). Every kind of document has golden files;
// no example has a withdrawal, so the rural one is given two, nor a
// voivodeship team and its agreement, so it is given those too. Every kind of
// agreement has its golden files.
func TestGolden(t *testing.T) {
	seen := map[Kind]bool{}
	agreementKinds := map[cooperation.AgreementKind]bool{}
	for _, set := range goldenSets {
		dir := filepath.Join("testdata", "golden", set.dir)
		want := map[string]bool{}
		if !*update {
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				want[e.Name()] = true
			}
		} else {
			os.RemoveAll(dir)
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		b := example(t, set.example)
		if set.mutate != nil {
			set.mutate(b)
		}
		opts := []Option{With(cooperation.InLanguage(set.lang))}
		if set.draft {
			opts = append(opts, Draft())
		}
		s, err := New(b, opts...)
		if err != nil {
			t.Fatal(err)
		}
		docs, refused := s.All()
		for _, r := range refused {
			if set.keeps(r.Ref) {
				t.Errorf("%s: %v", set.dir, r)
			}
		}
		for _, d := range docs {
			if !set.keeps(d.Ref) {
				continue
			}
			seen[d.Kind] = true
			if seg := d.Path.Segments(); len(seg) == 2 && seg[0] == "agreements" {
				i, _ := strconv.Atoi(seg[1])
				agreementKinds[b.Agreements[i].Kind] = true
			}
			var h, x bytes.Buffer
			if err := d.WriteHTML(&h); err != nil {
				t.Fatal(err)
			}
			if err := d.WriteDOCX(&x); err != nil {
				t.Fatal(err)
			}
			text, err := docxText(x.Bytes())
			if err != nil {
				t.Fatalf("%s %s: %v", set.dir, d.FileName(DOCX), err)
			}
			var o bytes.Buffer
			if err := d.WriteODT(&o); err != nil {
				t.Fatal(err)
			}
			otext, err := odtFileText(o.Bytes())
			if err != nil {
				t.Fatalf("%s %s: %v", set.dir, d.FileName(ODT), err)
			}
			for name, got := range map[string][]byte{d.FileName(HTML): h.Bytes(), d.FileName(DOCX) + ".txt": []byte(text),
				d.FileName(ODT) + ".txt": []byte(otext)} {
				delete(want, name)
				golden(t, filepath.Join(dir, name), got)
			}
		}
		for name := range want {
			t.Errorf("%s: %s is no longer made (go test -update removes it)", dir, name)
		}
	}
	for _, k := range kinds {
		if !seen[k] {
			t.Errorf("no golden document of kind %s", k)
		}
	}
	for _, k := range []cooperation.AgreementKind{cooperation.AgreementPilot, cooperation.AgreementLocal,
		cooperation.AgreementDeclaration, cooperation.AgreementVoivodeshipTeam} {
		if !agreementKinds[k] {
			t.Errorf("no golden document of an agreement of kind %s", k)
		}
	}
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%v (go test -update writes it)", err)
		return
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what is made now (go test -update rewrites it):\n%s", path, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + itoa(i+1) + "\nwant: " + w + "\n got: " + g
		}
	}
	return ""
}

// docxText reads a DOCX file as a person sees it: the header, the body and
// the footer, a line per paragraph, table cells separated by " | ". It also
// checks the file's structure: every part is well-formed XML, every part
// has a content type and every relationship points at a part.
func docxText(data []byte) (string, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	parts := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			return "", err
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return "", err
		}
		parts[f.Name] = b
		if err := wellFormed(b); err != nil {
			return "", &partError{f.Name, err}
		}
	}
	types := string(parts["[Content_Types].xml"])
	var names []string
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if strings.HasSuffix(name, ".xml") && name != "[Content_Types].xml" && !strings.Contains(types, `PartName="/`+name+`"`) {
			return "", &partError{name, errNoContentType}
		}
	}
	for _, rels := range []struct{ file, dir string }{{"_rels/.rels", ""}, {"word/_rels/document.xml.rels", "word/"}} {
		var r struct {
			Rel []struct {
				Target string `xml:"Target,attr"`
			} `xml:"Relationship"`
		}
		if err := xml.Unmarshal(parts[rels.file], &r); err != nil {
			return "", &partError{rels.file, err}
		}
		for _, rel := range r.Rel {
			if _, ok := parts[rels.dir+rel.Target]; !ok {
				return "", &partError{rels.file, errDangling}
			}
		}
	}
	var out strings.Builder
	for _, name := range []string{"word/header1.xml", "word/document.xml", "word/footer1.xml"} {
		if p, ok := parts[name]; ok {
			out.WriteString("--- " + strings.TrimPrefix(name, "word/") + "\n")
			out.WriteString(wordText(p))
		}
	}
	return out.String(), nil
}

type partError struct {
	part string
	err  error
}

func (e *partError) Error() string { return e.part + ": " + e.err.Error() }

type docxError string

func (e docxError) Error() string { return string(e) }

const (
	errNoContentType = docxError("no content type")
	errDangling      = docxError("a relationship points at no part")
)

func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// wordText is the text of a WordprocessingML part: paragraphs on lines,
// cells joined by " | ", tabs and breaks as spaces and newlines, fields as
// their instruction ({PAGE}).
func wordText(b []byte) string {
	var out, line strings.Builder
	var cells []string
	inTable, inText := 0, false
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "t":
				inText = true
			case "tab":
				line.WriteString("\t")
			case "br":
				line.WriteString("\n")
			case "tbl":
				inTable++
			case "tc":
				cells = cells[:0]
			case "fldSimple":
				for _, a := range el.Attr {
					if a.Name.Local == "instr" {
						line.WriteString("{" + strings.TrimSpace(a.Value) + "}")
					}
				}
				d.Skip()
			}
		case xml.CharData:
			if inText {
				line.Write(el)
			}
		case xml.EndElement:
			switch el.Name.Local {
			case "t":
				inText = false
			case "p":
				if inTable > 0 {
					cells = append(cells, line.String())
				} else {
					out.WriteString(line.String() + "\n")
				}
				line.Reset()
			case "tc":
				if out.Len() > 0 && !strings.HasSuffix(out.String(), "\n") {
					out.WriteString(" | ")
				}
				out.WriteString(strings.Join(cells, " / "))
			case "tr":
				out.WriteString("\n")
			case "tbl":
				inTable--
			}
		}
	}
	return out.String()
}
