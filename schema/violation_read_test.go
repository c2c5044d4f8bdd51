package schema

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/msgcheck"
)

// detailLeaves are leaves of every kind describe and unknownField word,
// at places of every kind where names: a labelled field, an item of a
// labelled list, a place without a label.
func detailLeaves() map[string]*leaf {
	var kinds []string
	for _, set := range cooperation.GlossarySets() {
		for _, t := range set.Terms {
			if set.Name == "kind" {
				kinds = append(kinds, t.Value)
			}
		}
	}
	date := &leaf{path: "/agreements/0/signatures/0/date", kw: "format", value: "2026-4-1"}
	return map[string]*leaf{
		"required one":              {path: "/municipality", kw: "required", names: []string{"population"}},
		"required several":          {path: "/municipality", kw: "required", names: []string{"population", "teryt"}},
		"required without a label":  {path: "/municipality", kw: "required", names: []string{"zzNieznane"}},
		"type":                      {path: "/municipality/population", kw: "type", value: "string", want: []string{"integer"}},
		"type of two":               {path: "/municipality/population", kw: "type", value: "boolean", want: []string{"integer", "null"}},
		"type in a list":            {path: "/institutions/0", kw: "type", value: "array", want: []string{"object"}},
		"type unlabelled":           {path: "/zz/0/zz", kw: "type", value: "number", want: []string{"string"}},
		"enum of a glossary set":    {path: "/municipality/variant", kw: "enum", value: "wiejska", want: []string{"rural", "urban_rural", "urban"}},
		"enum of many values":       {path: "/institutions/0/kind", kw: "enum", value: "opss", want: kinds},
		"enum of no glossary set":   {path: "/zz", kw: "enum", value: "c", want: []string{"a", "b"}},
		"const":                     {path: "/schemaVersion", kw: "const", value: "2", want: []string{"1"}},
		"format":                    date,
		"minLength of a field":      {path: "/teams/0/name", kw: "minLength"},
		"minLength of an item":      {path: "/agreements/0/parties/0", kw: "minLength"},
		"minLength unlabelled":      {path: "/zz/0", kw: "minLength"},
		"minItems of one":           {path: "/agreements/0/parties", kw: "minItems", value: "0", want: []string{"1"}},
		"minItems of more":          {path: "/agreements/0/parties", kw: "minItems", value: "1", want: []string{"2"}},
		"minimum":                   {path: "/municipality/population", kw: "minimum", value: "-5", want: []string{"1"}},
		"maximum":                   {path: "/municipality/population", kw: "maximum", value: "45000000", want: []string{"10000000"}},
		"oneOf with a cause":        {path: "/agreements/0/signatures/0/date", kw: "oneOf", cause: date},
		"oneOf without a cause":     {path: "/agreements/0", kw: "oneOf"},
		"anyOf":                     {path: "/agreements/0", kw: "anyOf"},
		"another keyword":           {path: "/municipality/population", kw: "propertyNames", msg: "invalid property name"},
		"additionalProperties":      {path: "/municipality", kw: "additionalProperties", names: []string{"podpis"}},
		"additionalProperties root": {path: "", kw: "additionalProperties", names: []string{"zespoly"}},
	}
}

// TestDetailsRead words every kind of schema mistake in Polish and English
// and checks each detail as the catalogue's messages are checked: no codes,
// JSON Pointers, ISO dates outside quotes or words of the other language, a
// sentence with a capital and a period, and, in Polish, what to do.
func TestDetailsRead(t *testing.T) {
	for name, l := range detailLeaves() {
		var pl, en string
		if l.kw == "additionalProperties" {
			pl, en = unknownField(l.path, l.names[0])
		} else {
			pl, en = describe(l)
		}
		for _, c := range []struct {
			text string
			lang cooperation.Lang
		}{{pl, cooperation.Polish}, {en, cooperation.English}} {
			ps := append(msgcheck.Problems(c.text, c.lang, msgcheck.Names{}), msgcheck.Sentence(c.text)...)
			if c.lang == cooperation.Polish && !msgcheck.SaysWhatToDo(c.text) {
				ps = append(ps, "nothing that says what to do")
			}
			for _, p := range ps {
				t.Errorf("%s (%s): %s in %q", name, c.lang, p, c.text)
			}
		}
	}
}

// TestDetailsCoverEveryKeyword: every keyword describe words by a case of
// its own has a leaf in detailLeaves.
func TestDetailsCoverEveryKeyword(t *testing.T) {
	src, err := os.ReadFile("violation.go")
	if err != nil {
		t.Fatal(err)
	}
	body := string(src)[strings.Index(string(src), "func describe("):]
	body = body[:strings.Index(body, "\n}\n")]
	tested := map[string]bool{}
	for _, l := range detailLeaves() {
		tested[l.kw] = true
	}
	for _, m := range regexp.MustCompile(`case ("[^:]*):`).FindAllStringSubmatch(body, -1) {
		for _, kw := range strings.Split(m[1], ",") {
			if kw = strings.Trim(strings.TrimSpace(kw), `"`); !tested[kw] {
				t.Errorf("no leaf of keyword %q", kw)
			}
		}
	}
}

// TestEnumValuesLabelled: an enumeration the glossary names shows each
// allowed value with its label.
func TestEnumValuesLabelled(t *testing.T) {
	pl, en := describe(detailLeaves()["enum of a glossary set"])
	for _, want := range []string{"„rural” (" + cooperation.VariantRural.Label(cooperation.Polish) + ")"} {
		if !strings.Contains(pl, want) {
			t.Errorf("describe = %q, want %q in it", pl, want)
		}
	}
	if want := `"urban_rural" (` + cooperation.VariantUrbanRural.Label(cooperation.English) + ")"; !strings.Contains(en, want) {
		t.Errorf("describe = %q, want %q in it", en, want)
	}
	if pl, _ := describe(detailLeaves()["enum of no glossary set"]); strings.Contains(pl, "(") {
		t.Errorf("describe = %q, want the values alone", pl)
	}
}

// TestDetailsGolden keeps every detail of detailLeaves, in Polish and
// English, in testdata/details.txt for review in the diff. Run
// "go test ./schema -run TestDetailsGolden -update" to rewrite it.
func TestDetailsGolden(t *testing.T) {
	leaves := detailLeaves()
	keys := make([]string, 0, len(leaves))
	for k := range leaves {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		l := leaves[k]
		var pl, en string
		if l.kw == "additionalProperties" {
			pl, en = unknownField(l.path, l.names[0])
		} else {
			pl, en = describe(l)
		}
		b.WriteString(k + " (" + l.kw + ", " + string(l.path) + ")\n  " + pl + "\n  " + en + "\n")
	}
	file := filepath.Join("testdata", "details.txt")
	if *update {
		if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test ./schema -run TestDetailsGolden -update)", err)
	}
	if string(want) != b.String() {
		t.Errorf("%s differs from the details; run go test ./schema -run TestDetailsGolden -update and review the diff", file)
	}
}
