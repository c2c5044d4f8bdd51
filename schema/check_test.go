package schema

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
)

// minimal is a smallest bundle that passes the boundary layers.
const minimal = `{"schemaVersion":"1","variant":"rural","asOf":"2026-11-16",
 "municipality":{"teryt":"2604092","name":"Masłów"},
 "institutions":[{"id":"gops","name":"GOPS w Masłowie","kind":"ops","teryt":"2604092"}]}`

// placeholder matches a template parameter left in a message.
var placeholder = regexp.MustCompile(`\{[a-zA-Z]+(\.[a-z]+)?\}`)

type want struct {
	code cooperation.Code
	path cooperation.Path
}

func codesAt(fs []cooperation.Finding, code cooperation.Code) []cooperation.Path {
	var out []cooperation.Path
	for _, f := range fs {
		if f.Code == code {
			out = append(out, f.Path)
		}
	}
	return out
}

func TestCheckBoundary(t *testing.T) {
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	tests := []struct {
		name   string
		doc    string
		opts   []cooperation.Option
		want   want
		reason string
	}{
		{"empty", "", nil, want{cooperation.CodeDocumentInvalidJSON, ""}, "nothing to read"},
		{"whitespace only", " \n\t", nil, want{cooperation.CodeDocumentInvalidJSON, ""}, "nothing to read"},
		{"truncated", `{"schemaVersion":"1",`, nil, want{cooperation.CodeDocumentInvalidJSON, ""}, "ends too early"},
		{"syntax", `{"schemaVersion" "1"}`, nil, want{cooperation.CodeDocumentInvalidJSON, ""}, "missing colon"},
		{"trailing data", minimal + ` {}`, nil, want{cooperation.CodeDocumentInvalidJSON, ""}, "two documents in one"},
		{"invalid utf-8", "{\"schemaVersion\":\"1\xff\"}", nil, want{cooperation.CodeDocumentInvalidJSON, ""}, "encoding/json would replace the byte silently"},
		{"too large", minimal, []cooperation.Option{cooperation.WithLimits(100, 0)}, want{cooperation.CodeDocumentTooLarge, ""}, "over the caller's limit"},
		{"too deep 100000", deep, nil, want{cooperation.CodeDocumentTooDeep, cooperation.Path(strings.Repeat("/0", 64))}, "must not overflow the stack"},
		{"duplicate key top", `{"schemaVersion":"1","schemaVersion":"1"}`, nil, want{cooperation.CodeDocumentDuplicateKey, "/schemaVersion"}, "last one would win silently"},
		{"duplicate key nested", strings.Replace(minimal, `"name":"GOPS w Masłowie"`, `"name":"GOPS","name":"GOPS w Masłowie"`, 1), nil, want{cooperation.CodeDocumentDuplicateKey, "/institutions/0/name"}, "pointer to the repeated key"},
		{"version", strings.Replace(minimal, `"schemaVersion":"1"`, `"schemaVersion":"2"`, 1), nil, want{cooperation.CodeDocumentVersionUnsupported, "/schemaVersion"}, "only version 1 is read"},
		{"not an object", `[1,2]`, nil, want{cooperation.CodeSchemaViolation, ""}, "a bundle is an object"},
		{"null", `null`, nil, want{cooperation.CodeSchemaViolation, ""}, "a bundle is an object"},
		{"impossible date", strings.Replace(minimal, `"asOf":"2026-11-16"`, `"asOf":"2025-02-30"`, 1), nil, want{cooperation.CodeSchemaViolation, "/asOf"}, "format assertions are on"},
		{"unknown property", strings.Replace(minimal, `"kind":"ops"`, `"kind":"ops","region":"x"`, 1), nil, want{cooperation.CodeSchemaViolation, "/institutions/0/region"}, "typo pointed at"},
		{"missing required", strings.Replace(minimal, `"name":"Masłów"`, `"nazwa":"Masłów"`, 1), nil, want{cooperation.CodeSchemaViolation, "/municipality"}, "name missing, nazwa unknown"},
		{"wrong type", strings.Replace(minimal, `"name":"Masłów"}`, `"name":"Masłów","population":"dużo"}`, 1), nil, want{cooperation.CodeSchemaViolation, "/municipality/population"}, "a number is expected"},
		{"number too large", strings.Replace(minimal, `"name":"Masłów"}`, `"name":"Masłów","population":1e400}`, 1), nil, want{cooperation.CodeSchemaViolation, "/municipality/population"}, "does not fit any Go int"},
		{"unknown enum", strings.Replace(minimal, `"kind":"ops"`, `"kind":"opss"`, 1), nil, want{cooperation.CodeSchemaViolation, "/institutions/0/kind"}, "closed set"},
		{"duplicate id", strings.Replace(minimal, `"teryt":"2604092"}]`, `"teryt":"2604092"},{"id":"gops","name":"Drugi","kind":"ngo","teryt":"2604092"}]`, 1), nil, want{cooperation.CodeRefDuplicateID, "/institutions/1/id"}, "ids unique per collection"},
		{"unknown ref", strings.Replace(minimal, `]}`, `],"services":[{"id":"s1","name":"Poradnictwo","provider":"pcpr"}]}`, 1), nil, want{cooperation.CodeRefUnknown, "/services/0/provider"}, "no institution pcpr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Check([]byte(tt.doc), tt.opts...)
			got := codesAt(res.Findings, tt.want.code)
			if len(got) == 0 || got[0] != tt.want.path {
				t.Fatalf("Check() findings = %v, want %s at %q (%s)", res.Findings, tt.want.code, tt.want.path, tt.reason)
			}
			if res.Valid() {
				t.Errorf("Check().Valid() = true, want false")
			}
			for _, f := range res.Findings {
				if f.Message == "" || placeholder.MatchString(f.Message) {
					t.Errorf("finding %s has an unrendered message %q", f.Code, f.Message)
				}
			}
		})
	}
}

func TestCheckOneMistakeOneFinding(t *testing.T) {
	// A misspelt required property is one schema finding, not also a
	// cascade of rule findings: the rule layer does not run.
	doc := strings.Replace(minimal, `"kind":"ops"`, `"knd":"ops"`, 1)
	res := Check([]byte(doc))
	if res.Bundle != nil {
		t.Errorf("Check().Bundle = non-nil, want nil for a schema-invalid document")
	}
	for _, f := range res.Findings {
		if f.Code != cooperation.CodeSchemaViolation {
			t.Errorf("unexpected %s at %s: only schema findings expected", f.Code, f.Path)
		}
	}
	if len(res.Findings) != 2 { // "kind" missing at /institutions/0, "knd" unknown at /institutions/0/knd
		t.Errorf("Check() = %d findings, want 2: %v", len(res.Findings), res.Findings)
	}
}

func TestCheckBOM(t *testing.T) {
	res := Check(append([]byte{0xEF, 0xBB, 0xBF}, minimal...))
	if res.Bundle == nil {
		t.Fatalf("Check(BOM + bundle) = %v, want the bundle decoded", res.Findings)
	}
}

func TestCheckOneOfIsOneFinding(t *testing.T) {
	doc := `{"schemaVersion":"1","variant":"rural","asOf":"2026-11-16","municipality":{"teryt":"2604092","name":"Masłów"},
	"ipws":[{"id":"x","team":"t","caseWorker":{"institution":"o","name":"Anna Nowak"},
	"beneficiary":{"kind":"family","pseudonym":"Rodzina A.","members":[{"id":"m","role":"applicant","birthYear":1980}]},
	"period":{"start":"2026-01-05","end":"2026-06-30"},
	"actions":[{"id":"a","goal":"g","title":"t","responsible":{"institution":"o","member":"m"},"start":"2026-01-05","due":"2026-02-02","status":"planned"}]}]}`
	res := Check([]byte(doc))
	got := codesAt(res.Findings, cooperation.CodeSchemaViolation)
	if len(got) != 1 || got[0] != "/ipws/0/actions/0/responsible" {
		t.Errorf("Check() = %v, want one schema.violation at /ipws/0/actions/0/responsible", res.Findings)
	}
}

func TestCheckStableOrder(t *testing.T) {
	doc := strings.Replace(minimal, `"kind":"ops"`, `"kind":"x","a":1,"b":2,"c":3`, 1)
	first := Check([]byte(doc)).Findings
	for i := 0; i < 20; i++ {
		again := Check([]byte(doc)).Findings
		if len(again) != len(first) {
			t.Fatalf("run %d: %d findings, want %d", i, len(again), len(first))
		}
		for j := range first {
			if again[j].Path != first[j].Path || again[j].Message != first[j].Message {
				t.Fatalf("run %d: finding %d = %v, want %v", i, j, again[j], first[j])
			}
		}
	}
}

func TestCheckLanguages(t *testing.T) {
	doc := []byte(strings.Replace(minimal, `"asOf":"2026-11-16"`, `"asOf":"2025-02-30"`, 1))
	pl := Check(doc, cooperation.InLanguage(cooperation.Polish)).Findings
	en := Check(doc, cooperation.InLanguage(cooperation.English)).Findings
	if len(pl) != 1 || len(en) != 1 {
		t.Fatalf("want one finding each, got %v and %v", pl, en)
	}
	if !strings.Contains(pl[0].Message, "Niepoprawna data w polu „Stan na dzień”") || !strings.Contains(en[0].Message, `Invalid date in the field "As of"`) {
		t.Errorf("messages = %q / %q, want Polish and English", pl[0].Message, en[0].Message)
	}
}

func TestParseProfile(t *testing.T) {
	p, fs := ParseProfile([]byte(`{"team":{"minInstitutions":6},"severity":{"team.meeting_gap":"off"}}`))
	if p == nil || *p.Team.MinInstitutions != 6 || p.Severity["team.meeting_gap"] != cooperation.SeverityOff {
		t.Fatalf("ParseProfile() = %+v, %v", p, fs)
	}
	p, fs = ParseProfile([]byte(`{"severity":{"team.no_such_rule":"off"}}`))
	if p != nil || len(fs) == 0 {
		t.Errorf("ParseProfile(unknown code) = %+v, %v, want findings", p, fs)
	}
}

func TestWarsawDate(t *testing.T) {
	tests := []struct {
		utc  string
		want string
	}{
		{"2026-01-15T22:59:00Z", "2026-01-15"}, // CET: 23:59
		{"2026-01-15T23:00:00Z", "2026-01-16"}, // CET: midnight
		{"2026-07-15T21:59:00Z", "2026-07-15"}, // CEST: 23:59
		{"2026-07-15T22:00:00Z", "2026-07-16"}, // CEST: midnight
		{"2026-03-29T00:59:00Z", "2026-03-29"}, // before the switch (01:59 CET)
		{"2026-10-25T00:30:00Z", "2026-10-25"},
		{"2026-12-31T23:30:00Z", "2027-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.utc, func(t *testing.T) {
			u, _ := time.Parse(time.RFC3339, tt.utc)
			if got := warsawDate(u).String(); got != tt.want {
				t.Errorf("warsawDate(%s) = %s, want %s", tt.utc, got, tt.want)
			}
		})
	}
}

func TestSchemaFilesAreShipped(t *testing.T) {
	for _, n := range Names() {
		b, err := Schema(n)
		if err != nil || !bytes.Contains(b, []byte(ID(n))) {
			t.Errorf("Schema(%q) = %d bytes, %v; want the file with $id %s", n, len(b), err, ID(n))
		}
	}
	if _, err := Schema("nope"); err == nil {
		t.Errorf("Schema(nope) = nil error")
	}
}

func FuzzCheck(f *testing.F) {
	f.Add([]byte(minimal))
	f.Add([]byte(`{"a":{"a":1,"a":2}}`))
	f.Add([]byte("\xef\xbb\xbf[]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res := Check(data, cooperation.AsOf(cooperation.MustDate("2026-11-16")))
		if res.Bundle == nil && len(res.Findings) == 0 {
			t.Fatalf("Check(%q) = no bundle and no findings", data)
		}
	})
}

func TestCheckOtherNeedsSector(t *testing.T) {
	other := strings.Replace(minimal, `"kind":"ops"`, `"kind":"other"`, 1)
	res := Check([]byte(other))
	if got := codesAt(res.Findings, cooperation.CodeSchemaViolation); len(got) != 1 || got[0] != "/institutions/0" {
		t.Errorf("kind other without sector: %v, want one schema.violation at /institutions/0", res.Findings)
	}
	withSector := strings.Replace(minimal, `"kind":"ops"`, `"kind":"other","sector":"housing"`, 1)
	if got := codesAt(Check([]byte(withSector)).Findings, cooperation.CodeSchemaViolation); len(got) != 0 {
		t.Errorf("kind other with a sector: unexpected %v", got)
	}
}
