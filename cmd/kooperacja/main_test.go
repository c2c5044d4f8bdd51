package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const goldenAsOf = "2026-11-16"

func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// goldenInputs are the examples and the broken fixtures whose JSON output is
// kept in testdata/golden.
func goldenInputs(t *testing.T) []string {
	ex, _ := filepath.Glob("../../examples/*.json")
	fx, _ := filepath.Glob("testdata/*.json")
	if len(ex) < 3 || len(fx) == 0 {
		t.Fatalf("inputs missing: examples %v, fixtures %v", ex, fx)
	}
	return append(ex, fx...)
}

// TestGolden compares validate's JSON output, in both languages, with the
// golden files. Run "go test ./cmd/kooperacja -update" to regenerate them and
// review the diff.
func TestGolden(t *testing.T) {
	for _, in := range goldenInputs(t) {
		for _, lang := range []string{"en", "pl"} {
			name := strings.TrimSuffix(filepath.Base(in), ".json")
			if strings.Contains(in, "examples") {
				name = "example_" + name
			}
			t.Run(name+"_"+lang, func(t *testing.T) {
				code, out, errOut := runCLI(t, "", "validate", "--format", "json", "--lang", lang, "--as-of", goldenAsOf, in)
				if code == 2 {
					t.Fatalf("validate %s: exit 2: %s", in, errOut)
				}
				// Golden files name the input by base name, so they do not
				// depend on the working directory.
				out = strings.ReplaceAll(out, `"file":"`+in+`"`, `"file":"`+filepath.Base(in)+`"`)
				golden := filepath.Join("testdata", "golden", name+"."+lang+".json")
				if *update {
					if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update)", err)
				}
				if out != string(want) {
					var got, exp any
					json.Unmarshal([]byte(out), &got)
					json.Unmarshal(want, &exp)
					t.Errorf("validate %s --lang %s differs from %s (-want +got):\n%s", in, lang, golden, cmp.Diff(exp, got))
				}
				var parsed struct {
					Documents []app.Document `json:"documents"`
				}
				if err := json.Unmarshal([]byte(out), &parsed); err != nil || len(parsed.Documents) != 1 {
					t.Fatalf("output is not {\"documents\":[one]}: %v\n%s", err, out)
				}
				d := parsed.Documents[0]
				if wantCode := map[bool]int{true: 0, false: 1}[d.Valid]; code != wantCode {
					t.Errorf("exit = %d, want %d for valid=%v", code, wantCode, d.Valid)
				}
			})
		}
	}
}

func TestValidateExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"valid example", []string{"validate", "--as-of", goldenAsOf, "../../examples/rural.json"}, 0},
		{"broken document", []string{"validate", "testdata/invalid_json.json"}, 1},
		{"one of two broken", []string{"validate", "--as-of", goldenAsOf, "../../examples/rural.json", "testdata/references.json"}, 1},
		{"missing file", []string{"validate", "testdata/no-such-file.json"}, 2},
		{"missing file beside a broken one", []string{"validate", "testdata/invalid_json.json", "testdata/no-such-file.json"}, 2},
		{"directory", []string{"validate", "testdata"}, 2},
		{"no file", []string{"validate"}, 2},
		{"bad flag", []string{"validate", "--colour", "x.json"}, 2},
		{"bad as-of", []string{"validate", "--as-of", "2026-02-30", "../../examples/rural.json"}, 2},
		{"bad lang", []string{"validate", "--lang", "de", "../../examples/rural.json"}, 2},
		{"bad format", []string{"validate", "--format", "xml", "../../examples/rural.json"}, 2},
		{"profile that is not a profile", []string{"validate", "--profile", "testdata/references.json", "../../examples/rural.json"}, 1},
		{"profile that cannot be read", []string{"validate", "--profile", "testdata/no-such-profile.json", "../../examples/rural.json"}, 2},
		{"unknown command", []string{"validata"}, 2},
		{"no command", nil, 2},
		{"help", []string{"help"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code, out, errOut := runCLI(t, "", tt.args...); code != tt.want {
				t.Errorf("kooperacja %v = exit %d, want %d\nstdout: %s\nstderr: %s", tt.args, code, tt.want, out, errOut)
			}
		})
	}
}

func TestValidateStdinAndText(t *testing.T) {
	doc, err := os.ReadFile("testdata/references.json")
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, string(doc), "validate", "--lang", "en", "-")
	if code != 1 {
		t.Errorf("exit = %d, want 1", code)
	}
	for _, want := range []string{"-: invalid (", "/services/0/provider", `There is no "pcpr" among the institutions`, "[ref.unknown]"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestValidateProfileFlag(t *testing.T) {
	dir := t.TempDir()
	prof := filepath.Join(dir, "profile.json")
	os.WriteFile(prof, []byte(`{"severity":{"ref.unknown":"warning","ref.duplicate_id":"off"}}`), 0o644)
	code, out, errOut := runCLI(t, "", "validate", "--format", "json", "--profile", prof, "--as-of", goldenAsOf, "testdata/references.json")
	if code == 2 {
		t.Fatalf("exit 2: %s", errOut)
	}
	if strings.Contains(out, "ref.duplicate_id") {
		t.Errorf("ref.duplicate_id is off in the profile but reported:\n%s", out)
	}
	if !strings.Contains(out, `"code":"ref.unknown","severity":"warning"`) {
		t.Errorf("ref.unknown should be a warning under the profile:\n%s", out)
	}
}

func TestValidateNDJSON(t *testing.T) {
	rural, err := os.ReadFile("../../examples/rural.json")
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, rural); err != nil {
		t.Fatal(err)
	}
	lines := []string{compact.String(), `{"broken":`, "", `{"schemaVersion":"1","schemaVersion":"1"}`}
	for i := 0; i < 20; i++ {
		lines = append(lines, compact.String())
	}
	code, out, errOut := runCLI(t, strings.Join(lines, "\n")+"\n", "validate", "--ndjson", "--format", "json", "--as-of", goldenAsOf, "-")
	if code != 1 {
		t.Errorf("exit = %d, want 1 (two broken lines): %s", code, errOut)
	}
	var parsed struct {
		Documents []app.Document `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &parsed); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(parsed.Documents) != 23 {
		t.Fatalf("%d documents, want 23 (the blank line skipped)", len(parsed.Documents))
	}
	wantLine := []int{1, 2, 4}
	for i := 5; i < 25; i++ {
		wantLine = append(wantLine, i)
	}
	for i, d := range parsed.Documents {
		if want := "-:" + itoa(wantLine[i]); d.File != want {
			t.Errorf("document %d is %s, want %s (input order)", i, d.File, want)
		}
	}
	if parsed.Documents[1].Findings[0].Code != cooperation.CodeDocumentInvalidJSON ||
		parsed.Documents[2].Findings[0].Code != cooperation.CodeDocumentDuplicateKey {
		t.Errorf("broken lines not reported: %+v", parsed.Documents[1:3])
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestRulesListsEveryCode(t *testing.T) {
	for _, lang := range []string{"pl", "en"} {
		code, out, _ := runCLI(t, "", "rules", "--format", "json", "--lang", lang)
		if code != 0 {
			t.Fatalf("rules exit %d", code)
		}
		var parsed struct {
			Rules []struct {
				Code        string `json:"code"`
				Severity    string `json:"severity"`
				Description string `json:"description"`
				Message     string `json:"message"`
			} `json:"rules"`
		}
		if err := json.Unmarshal([]byte(out), &parsed); err != nil {
			t.Fatal(err)
		}
		if len(parsed.Rules) != len(cooperation.Rules()) {
			t.Errorf("rules lists %d codes, catalogue has %d", len(parsed.Rules), len(cooperation.Rules()))
		}
		for _, r := range parsed.Rules {
			if r.Description == "" || r.Message == "" || r.Severity == "" {
				t.Errorf("%s (%s): incomplete entry %+v", r.Code, lang, r)
			}
		}
	}
	_, text, _ := runCLI(t, "", "rules", "--lang", "en")
	if !strings.Contains(text, "team.too_small") || !strings.Contains(text, "(depends on the as-of date)") {
		t.Errorf("text listing lacks codes or as-of marks:\n%s", text)
	}
}

func TestSchemaCommand(t *testing.T) {
	code, out, _ := runCLI(t, "", "schema")
	if code != 0 || !strings.Contains(out, "https://kooperacja.dev/schema/v1/bundle.schema.json") {
		t.Errorf("schema = %d %q", code, out)
	}
	code, out, _ = runCLI(t, "", "schema", "scenario")
	if code != 0 || !json.Valid([]byte(out)) || !strings.Contains(out, `"horizon"`) {
		t.Errorf("schema scenario = %d, not the scenario schema", code)
	}
	if code, _, _ := runCLI(t, "", "schema", "nope"); code != 2 {
		t.Errorf("schema nope = exit %d, want 2", code)
	}
}

func TestDefaultLang(t *testing.T) {
	t.Setenv("LANG", "pl_PL.UTF-8")
	if got := defaultLang(); got != "pl" {
		t.Errorf("defaultLang() with LANG=pl_PL = %s, want pl", got)
	}
	t.Setenv("LANG", "C.UTF-8")
	if got := defaultLang(); got != "en" {
		t.Errorf("defaultLang() with LANG=C = %s, want en", got)
	}
}
