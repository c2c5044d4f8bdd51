package paperwork

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
)

func TestMakeDocument(t *testing.T) {
	rural := read(t, "../../../examples/rural.json")
	broken := bytes.Replace(rural, []byte(`"givenBy": ["a-matka", "a-partner"]`), []byte(`"givenBy": ["a-matka", "a-partner", "a-syn"]`), 1)
	if bytes.Equal(broken, rural) {
		t.Fatal("the example changed: the consent's givenBy is not where the test looks")
	}
	pl := app.Options{Lang: cooperation.Polish}
	tests := []struct {
		name   string
		bundle []byte
		req    DocumentRequest
		class  app.Class // 0: an answer
		want   string    // in the answer's text or the error's message
	}{
		{"an HTML page", rural, DocumentRequest{Kind: "consent", ID: "ipw-2026-01"}, 0, "Zgoda na przetwarzanie i udostępnianie danych"},
		{"a DOCX file", rural, DocumentRequest{Kind: "ipw", ID: "ipw-2026-01", Format: "docx"}, 0, ""},
		{"in English by the request", rural, DocumentRequest{Kind: "ipw", ID: "ipw-2026-01", Lang: "en"}, 0, "Individual Cooperation Programme (IPW)"},
		{"the date it was made", rural, DocumentRequest{Kind: "ipw", ID: "ipw-2026-01", Generated: "2026-12-01"}, 0, "Wygenerowano: 01.12.2026"},
		{"refused", broken, DocumentRequest{Kind: "consent", ID: "ipw-2026-01"}, app.Invalid,
			"Nie można przygotować dokumentu: Zgoda – Rodzina A. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:"},
		{"a draft all the same", broken, DocumentRequest{Kind: "consent", ID: "ipw-2026-01", Draft: true}, 0, "PROJEKT"},
		{"no such id", rural, DocumentRequest{Kind: "consent", ID: "nope"}, app.Usage, "W danych nie ma dokumentu „zgoda” o identyfikatorze „nope”"},
		{"no such kind", rural, DocumentRequest{Kind: "letter", ID: "x"}, app.Usage, "Nie ma rodzaju dokumentu „letter”"},
		{"no such format", rural, DocumentRequest{Kind: "ipw", ID: "ipw-2026-01", Format: "rtf"}, app.Usage, `format: "rtf" is not one of html, docx, odt`},
		{"a bad date", rural, DocumentRequest{Kind: "ipw", ID: "ipw-2026-01", Generated: "1.12.2026"}, app.Usage, `generated: "1.12.2026" is not a date`},
		{"a previous version that cannot be read", rural, DocumentRequest{Kind: "review", ID: "ipw-2026-01/2026-11-09", Previous: []byte(`{"x":1}`)}, app.Invalid,
			"nie można odczytać poprzedniej wersji pakietu"},
		{"a previous version", rural, DocumentRequest{Kind: "review", ID: "ipw-2026-01/2026-11-09", Previous: rural}, 0, "IPW się nie zmienił"},
		{"a bundle that cannot be read", []byte(`{`), DocumentRequest{Kind: "ipw", ID: "x"}, app.Invalid, "nie można odczytać pakietu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := MakeDocument(tt.bundle, tt.req, pl)
			if tt.class != 0 {
				if err == nil || err.Class != tt.class || !strings.Contains(err.Message, tt.want) {
					t.Fatalf("MakeDocument = %v, want a class %d error with %q", err, tt.class, tt.want)
				}
				if tt.class == app.Invalid && len(err.Findings) == 0 {
					t.Error("an Invalid error carries no findings")
				}
				return
			}
			if err != nil {
				t.Fatalf("MakeDocument: %v", err)
			}
			if !strings.Contains(f.Text, tt.want) || !bytes.Equal(f.Bytes(), []byte(f.Text)) && f.Format == "html" {
				t.Errorf("the page lacks %q", tt.want)
			}
			if f.Format == "docx" {
				data, _ := base64.StdEncoding.DecodeString(f.Base64)
				if !bytes.Equal(data, f.Bytes()) {
					t.Error("base64 is not the file")
				}
				if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
					t.Errorf("the DOCX file is not a zip: %v", err)
				}
				if f.FileName != "ipw-ipw-2026-01.docx" || !strings.Contains(f.MediaType, "wordprocessingml") {
					t.Errorf("file %s of type %s", f.FileName, f.MediaType)
				}
			}
		})
	}
}

func TestParseDocumentRequest(t *testing.T) {
	r, err := ParseDocumentRequest([]byte(`{"kind":"ipw","id":"a","format":"docx","draft":true,"previous":{"schemaVersion":"1"}}`))
	if err != nil || r.Kind != "ipw" || r.ID != "a" || r.Format != "docx" || !r.Draft || len(r.Previous) == 0 {
		t.Errorf("ParseDocumentRequest = %+v, %v", r, err)
	}
	for _, bad := range []string{`{"kind":"ipw","idd":"a"}`, `[]`, ``} {
		if _, err := ParseDocumentRequest([]byte(bad)); err == nil || err.Class != app.Usage || !strings.Contains(err.Message, "request:") {
			t.Errorf("ParseDocumentRequest(%s) = %v, want a usage error", bad, err)
		}
	}
}

func TestListDocuments(t *testing.T) {
	l, err := ListDocuments(read(t, "../../../examples/urban.json"), app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Documents) != 28 || l.HasErrors() {
		t.Errorf("urban: %d documents, errors %v; want 28 and none", len(l.Documents), l.HasErrors())
	}
	var text strings.Builder
	l.Text(&text, cooperation.Polish)
	if !strings.Contains(text.String(), "declaration deklaracja-pcpr") {
		t.Errorf("the list lacks a declaration:\n%s", text.String())
	}
}

// A mistake the JSON Schema rejects refuses only the documents that print
// what it concerns: an unknown field in an IPW's action stops the IPW but
// not the agreements; a required value missing from the municipality,
// which every document prints, stops every document; and a bundle that is
// not JSON stops them all.
func TestDocumentsOfABundleReadInPart(t *testing.T) {
	rural := read(t, "../../../examples/rural.json")
	action := bytes.Replace(rural, []byte(`"actions": [`), []byte(`"actions": [{"colour": "red"}, `), 1)
	if bytes.Equal(action, rural) {
		t.Fatal("the example changed: no actions where the test looks")
	}
	noName := bytes.Replace(rural, []byte(`"name": "Masłów"`), []byte(`"nazwa": "Masłów"`), 1)
	if bytes.Equal(noName, rural) {
		t.Fatal("the example changed: the municipality's name is not where the test looks")
	}
	pl := app.Options{Lang: cooperation.Polish}
	tests := []struct {
		name   string
		bundle []byte
		req    DocumentRequest
		want   string // in the refusal; "" when the document is made
	}{
		{"the agreement despite a broken action", action, DocumentRequest{Kind: "agreement", ID: "porozumienie-pzk"}, ""},
		{"the team despite a broken action", action, DocumentRequest{Kind: "team", ID: "pzk-maslow"}, ""},
		{"not the IPW with the broken action", action, DocumentRequest{Kind: "ipw", ID: "ipw-2026-01"}, "/ipws/0/actions/0"},
		{"not the agreement without the municipality's name", noName, DocumentRequest{Kind: "agreement", ID: "porozumienie-pzk"}, "/municipality"},
		{"not the consent without the municipality's name", noName, DocumentRequest{Kind: "consent", ID: "ipw-2026-01"}, "/municipality"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := MakeDocument(tt.bundle, tt.req, pl)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("MakeDocument: %v %v", err, err.Findings)
				}
				if !strings.Contains(f.Text, "Masłów") {
					t.Error("the document does not name the municipality")
				}
				return
			}
			if err == nil || err.Class != app.Invalid {
				t.Fatalf("MakeDocument = %v, want a refusal", err)
			}
			found := false
			for _, x := range err.Findings {
				found = found || x.Code == cooperation.CodeSchemaViolation && strings.HasPrefix(string(x.Path), tt.want)
			}
			if !found {
				t.Errorf("the refusal's findings %v lack the schema's at %s", err.Findings, tt.want)
			}
		})
	}
}

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestProvided: the rows of the documents module in app's table run this
// package's functions.
func TestProvided(t *testing.T) {
	fs := app.ModuleFunctions(app.DocumentsModule)
	if len(fs) != 5 {
		t.Fatalf("the documents module offers %d functions, want 5 (monitor, region, document, documents, diff)", len(fs))
	}
	rural := read(t, "../../../examples/rural.json")
	for _, f := range fs {
		in := app.Input{Docs: [][]byte{rural, []byte(`{"kind":"consent","id":"ipw-2026-01"}`)}}
		if f.Name == "diff" {
			in.Docs[1] = rural
		}
		if f.Name == "region" {
			text, _ := json.Marshal(string(read(t, "../../../cmd/kooperacja/testdata/monitor/rural.json")))
			in.Docs[0] = []byte(`[{"source":"rural.json","text":` + string(text) + `}]`)
		}
		got, err := f.Run(in)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		switch v := got.(type) {
		case DocumentFile:
			if f.Name != "document" || !strings.Contains(v.Text, "Zgoda") {
				t.Errorf("%s answered %T with %.80q", f.Name, got, v.Text)
			}
		case app.Monitor:
			if f.Name != "monitor" || len(v.Preview) == 0 {
				t.Errorf("%s answered %T with no preview", f.Name, got)
			}
		case Diff:
			if f.Name != "diff" || !v.Equal {
				t.Errorf("%s answered %+v", f.Name, v)
			}
		case app.RegionAnswer:
			if f.Name != "region" || v.Report.Total.Municipalities != 1 || !strings.Contains(v.HTML, "Masłów") {
				t.Errorf("%s answered %T with %d municipalities", f.Name, got, v.Report.Total.Municipalities)
			}
		case DocumentList:
			if f.Name != "documents" || len(v.Documents) == 0 {
				t.Errorf("%s answered %T with %d documents", f.Name, got, len(v.Documents))
			}
		default:
			t.Errorf("%s answered %T", f.Name, got)
		}
	}
}
