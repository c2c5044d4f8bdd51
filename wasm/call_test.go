package wasm_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
	"github.com/kooperacja/kooperacja/schema"
	"github.com/kooperacja/kooperacja/wasm"
)

const asOf = "2026-11-16"

func read(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// decode turns a Response into the value a JavaScript caller gets.
func decode(t *testing.T, r wasm.Response) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(r.JSON(), &v); err != nil {
		t.Fatalf("Response.JSON() is not JSON: %v", err)
	}
	return v
}

func examples(t testing.TB) []string {
	files, _ := filepath.Glob("../examples/*.json")
	if len(files) == 0 {
		t.Fatal("no examples/*.json")
	}
	return files
}

// TestValidateMatchesCheck: validate's findings are schema.Check's, on every
// example and fixture, given as a string and as an object.
func TestValidateMatchesCheck(t *testing.T) {
	files := append(examples(t), fixtures(t)...)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			text := read(t, f)
			want := schema.Check([]byte(text), cooperation.AsOf(cooperation.MustDate(asOf)), cooperation.InLanguage(cooperation.English)).Findings
			if want == nil {
				want = []cooperation.Finding{}
			}
			for _, arg := range []wasm.Arg{wasm.Text(text), wasm.JSON(text)} {
				r := wasm.Call("validate", []wasm.Arg{arg, wasm.JSON(`{"asOf":"` + asOf + `","lang":"en"}`)})
				if !r.OK {
					t.Fatalf("validate failed: %s", r.Error.Message)
				}
				got := r.Result.(app.Validation)
				if !reflect.DeepEqual(got.Findings, want) {
					t.Errorf("validate findings = %v, want %v", got.Findings, want)
				}
				e, w, _ := cooperation.Count(want)
				if got.Valid != (e == 0) || got.Errors != e || got.Warnings != w {
					t.Errorf("validate = {valid %v, errors %d, warnings %d}, want {%v, %d, %d}", got.Valid, got.Errors, got.Warnings, e == 0, e, w)
				}
			}
		})
	}
}

func fixtures(t testing.TB) []string {
	files, _ := filepath.Glob("testdata/*.json")
	if len(files) == 0 {
		t.Fatal("no testdata/*.json")
	}
	return files
}

// TestFixturesFail: each broken fixture gets the finding it was made for.
func TestFixturesFail(t *testing.T) {
	want := map[string]cooperation.Code{
		"invalid_json.json":     cooperation.CodeDocumentInvalidJSON,
		"duplicate_key.json":    cooperation.CodeDocumentDuplicateKey,
		"schema_violation.json": cooperation.CodeSchemaViolation,
		"ref_unknown.json":      cooperation.CodeRefUnknown,
		"too_deep.json":         cooperation.CodeDocumentTooDeep,
		"wrong_version.json":    cooperation.CodeDocumentVersionUnsupported,
		"rule_findings.json":    cooperation.CodeTeamTooSmall,
	}
	for name, code := range want {
		t.Run(name, func(t *testing.T) {
			r := wasm.Call("validate", []wasm.Arg{wasm.Text(read(t, "testdata/"+name)), wasm.Text(`{"asOf":"` + asOf + `"}`)})
			if !r.OK {
				t.Fatalf("validate failed: %s", r.Error.Message)
			}
			v := r.Result.(app.Validation)
			found := false
			for _, f := range v.Findings {
				found = found || f.Code == code
			}
			if v.Valid || !found {
				t.Errorf("validate(%s) = valid %v, findings %v; want invalid with %s", name, v.Valid, v.Findings, code)
			}
		})
	}
}

// TestBadInput: every misuse comes back as an error value with a message,
// never a panic.
func TestBadInput(t *testing.T) {
	bundle := wasm.Text(read(t, "../examples/rural.json"))
	number := wasm.Arg{Kind: wasm.Other, Text: "a number"}
	tests := []struct {
		name string
		fn   string
		args []wasm.Arg
		want string // in the message
	}{
		{"no bundle", "validate", nil, "bundle is missing"},
		{"bundle a number", "validate", []wasm.Arg{number}, "bundle must be a JSON string or an object, not a number"},
		{"too many arguments", "validate", []wasm.Arg{bundle, {}, {}}, "at most 2 arguments"},
		{"unknown function", "frobnicate", nil, `no function named "frobnicate"`},
		{"options a number", "validate", []wasm.Arg{bundle, number}, "options must be an object"},
		{"options not JSON", "validate", []wasm.Arg{bundle, wasm.Text("{asOf")}, "options: not valid JSON"},
		{"options an array", "validate", []wasm.Arg{bundle, wasm.JSON("[]")}, "must be an object {asOf, lang, profile}, not an array"},
		{"options empty string", "validate", []wasm.Arg{bundle, wasm.Text("")}, "options: empty"},
		{"options trailing data", "validate", []wasm.Arg{bundle, wasm.Text("{} {}")}, "unexpected data after the object"},
		{"options unknown key", "validate", []wasm.Arg{bundle, wasm.JSON(`{"as_of":"2026-01-01"}`)}, `unknown key "as_of"`},
		{"asOf not a date", "validate", []wasm.Arg{bundle, wasm.JSON(`{"asOf":"2026-02-30"}`)}, `options.asOf: "2026-02-30" is not a date`},
		{"asOf a number", "validate", []wasm.Arg{bundle, wasm.JSON(`{"asOf":20260101}`)}, "asOf must be a string, not a number"},
		{"lang unknown", "validate", []wasm.Arg{bundle, wasm.JSON(`{"lang":"de"}`)}, `options.lang: "de" is neither pl nor en`},
		{"profile invalid", "validate", []wasm.Arg{bundle, wasm.JSON(`{"profile":{"team":{"minInstitutions":"four"}}}`)}, "profil nie jest poprawnym dokumentem profilu"},
		{"profile invalid, in English", "validate", []wasm.Arg{bundle, wasm.JSON(`{"lang":"en","profile":{"team":{"minInstitutions":"four"}}}`)}, "the profile is not a valid profile document"},
		{"profile string not JSON", "validate", []wasm.Arg{bundle, wasm.JSON(`{"lang":"en","profile":"{"}`)}, "the profile is not a valid profile document"},
		{"stage of unreadable bundle", "stage", []wasm.Arg{wasm.Text("{")}, "nie można odczytać pakietu"},
		{"report of unreadable bundle", "report", []wasm.Arg{wasm.Text(`{"schemaVersion":"1"}`), wasm.Text(`{"lang":"en"}`)}, "the bundle cannot be read"},
		{"simulate without scenario", "simulate", []wasm.Arg{bundle}, "scenario is missing"},
		{"simulate of unreadable scenario", "simulate", []wasm.Arg{bundle, wasm.JSON(`{"horizon":1}`), wasm.Text(`{"lang":"en"}`)}, "the scenario cannot be read"},
		{"schema without name", "schema", nil, "schema takes a name (bundle, profile, scenario, monitor)"},
		{"schema a number", "schema", []wasm.Arg{number}, "schema takes a name (bundle, profile, scenario, monitor), not a number"},
		{"schema unknown", "schema", []wasm.Arg{wasm.Text("ipw")}, `no schema named "ipw"`},
		{"rules bad language", "rules", []wasm.Arg{wasm.Text("de")}, `"de" is neither pl nor en`},
		{"rules a number", "rules", []wasm.Arg{number}, "rules takes a language (pl or en), not a number"},
		{"labels bad language", "labels", []wasm.Arg{wasm.Text("de")}, `"de" is neither pl nor en`},
		{"labels an object", "labels", []wasm.Arg{wasm.JSON("{}")}, "labels takes a language (pl or en), not an object"},
		{"version with an argument", "version", []wasm.Arg{bundle}, "at most 0 arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := wasm.Call(tt.fn, tt.args)
			if r.OK || r.Error == nil || !strings.Contains(r.Error.Message, tt.want) {
				t.Fatalf("Call(%q) = %s, want an error containing %q", tt.fn, r.JSON(), tt.want)
			}
			v := decode(t, r)
			if v["ok"] != false || v["result"] != nil {
				t.Errorf("Response.JSON() = %s, want ok false and no result", r.JSON())
			}
		})
	}
}

// TestErrorFindings: an unreadable document's error carries its findings.
func TestErrorFindings(t *testing.T) {
	r := wasm.Call("stage", []wasm.Arg{wasm.Text(read(t, "testdata/duplicate_key.json"))})
	if r.OK || len(r.Error.Findings) == 0 || r.Error.Findings[0].Code != cooperation.CodeDocumentDuplicateKey {
		t.Fatalf("stage(duplicate key) = %s, want an error with document.duplicate_key", r.JSON())
	}
	r = wasm.Call("validate", []wasm.Arg{wasm.Text("{}"), wasm.JSON(`{"profile":{"team":{"minInstitutions":"four"}}}`)})
	if r.OK || len(r.Error.Findings) == 0 || r.Error.Findings[0].Code != cooperation.CodeSchemaViolation {
		t.Fatalf("validate(bad profile) = %s, want an error with schema.violation", r.JSON())
	}
}

// TestOptions: the options change what they should, as objects or strings.
func TestOptions(t *testing.T) {
	text := read(t, "testdata/rule_findings.json")
	call := func(opts wasm.Arg) app.Validation {
		t.Helper()
		r := wasm.Call("validate", []wasm.Arg{wasm.Text(text), opts})
		if !r.OK {
			t.Fatalf("validate failed: %s", r.Error.Message)
		}
		return r.Result.(app.Validation)
	}
	pl := call(wasm.Arg{})
	en := call(wasm.Text(`{"lang":"en"}`))
	if len(pl.Findings) == 0 || pl.Findings[0].Message == en.Findings[0].Message {
		t.Fatalf("messages in pl and en are the same: %q", pl.Findings[0].Message)
	}
	if got := call(wasm.JSON(`{"lang":null,"asOf":null,"profile":null}`)); !reflect.DeepEqual(got, pl) {
		t.Errorf("null options = %v, want the defaults %v", got, pl)
	}
	// A profile that switches the rule off, as an object and as a string.
	profile := `{"severity":{"team.too_small":"off"}}`
	for _, opts := range []wasm.Arg{
		wasm.JSON(`{"profile":` + profile + `}`),
		wasm.JSON(`{"profile":` + quote(profile) + `}`),
		wasm.Text(`{"profile":` + quote(profile) + `}`),
	} {
		got := call(opts)
		for _, f := range got.Findings {
			if f.Code == cooperation.CodeTeamTooSmall {
				t.Errorf("with profile %s: team.too_small still reported", opts.Text)
			}
		}
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestStageReportSimulate: the other functions give what the library gives.
func TestStageReportSimulate(t *testing.T) {
	text := read(t, "../examples/rural.json")
	b, fs := schema.Decode([]byte(text))
	if b == nil {
		t.Fatalf("rural.json does not decode: %v", fs)
	}
	day := cooperation.MustDate(asOf)
	opts := wasm.JSON(`{"asOf":"` + asOf + `","lang":"en"}`)
	copts := []cooperation.Option{cooperation.InLanguage(cooperation.English), cooperation.AsOf(day)}

	wantStage, err := ipw.Progress(b, copts...)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, "stage", wasm.Call("stage", []wasm.Arg{wasm.Text(text), opts}), wantStage)
	sameJSON(t, "report", wasm.Call("report", []wasm.Arg{wasm.Text(text), opts}), ipw.Indicators(b, day, copts...))

	scenarios, _ := filepath.Glob("../examples/scenarios/*.json")
	for _, f := range scenarios {
		sc, fs := schema.CheckScenario([]byte(read(t, f)), copts...)
		if sc == nil {
			t.Fatalf("%s: %v", f, fs)
		}
		want, err := simulate.Run(b, sc, copts...)
		if err != nil {
			t.Fatal(err)
		}
		sameJSON(t, "simulate "+filepath.Base(f), wasm.Call("simulate", []wasm.Arg{wasm.Text(text), wasm.Text(read(t, f)), opts}), want)
	}
}

func sameJSON(t *testing.T, what string, r wasm.Response, want any) {
	t.Helper()
	if !r.OK {
		t.Fatalf("%s failed: %s", what, r.Error.Message)
	}
	got, _ := json.Marshal(r.Result)
	w, _ := json.Marshal(want)
	if string(got) != string(w) {
		t.Errorf("%s = %.300s…, want %.300s…", what, got, w)
	}
}

func TestSchemaRulesVersion(t *testing.T) {
	for _, name := range schema.Names() {
		want, _ := schema.Schema(name)
		r := wasm.Call("schema", []wasm.Arg{wasm.Text(name)})
		if !r.OK {
			t.Fatalf("schema(%s): %s", name, r.Error.Message)
		}
		var got, w any
		json.Unmarshal(r.JSON(), &struct{ Result *any }{&got})
		json.Unmarshal(want, &w)
		if !reflect.DeepEqual(got, w) {
			t.Errorf("schema(%s) differs from schema.Schema", name)
		}
	}
	for _, lang := range []wasm.Arg{{}, wasm.Text("pl"), wasm.Text("en")} {
		r := wasm.Call("rules", []wasm.Arg{lang})
		if !r.OK {
			t.Fatalf("rules(%q): %s", lang.Text, r.Error.Message)
		}
		rules := r.Result.(app.Rules)
		all := cooperation.Rules()
		if len(rules) != len(all) {
			t.Fatalf("rules(%q) has %d rules, want %d", lang.Text, len(rules), len(all))
		}
		want := all[0].Polish
		if lang.Text == "en" {
			want = all[0].English
		}
		if rules[0].Code != all[0].Code || rules[0].Message != want {
			t.Errorf("rules(%q)[0] = %+v, want %s with message %q", lang.Text, rules[0], all[0].Code, want)
		}
	}
	for _, lang := range []wasm.Arg{{}, wasm.Text("pl"), wasm.Text("en")} {
		r := wasm.Call("labels", []wasm.Arg{lang})
		if !r.OK {
			t.Fatalf("labels(%q): %s", lang.Text, r.Error.Message)
		}
		l := cooperation.Polish
		if lang.Text == "en" {
			l = cooperation.English
		}
		if got, want := r.Result.(app.Labels).Sets(), ipw.Glossary(l); !reflect.DeepEqual(got, want) {
			t.Errorf("labels(%q) differs from ipw.Glossary(%s)", lang.Text, l)
		}
	}
	v := decode(t, wasm.Call("version", nil))
	if res, _ := v["result"].(map[string]any); v["ok"] != true || res["version"] != app.Version().Version || res["catalogue"] != cooperation.CatalogueVersion() {
		t.Errorf("version() = %v, want %+v", v, app.Version())
	}
}

func TestFunctions(t *testing.T) {
	var want []string
	for _, f := range app.Functions() {
		want = append(want, f.Name)
	}
	if got := wasm.Functions(); !reflect.DeepEqual(got, want) || len(got) < 8 {
		t.Errorf("Functions() = %v, want %v", got, want)
	}
}

// FuzzCall: any bytes as bundle, options or scenario give a response and
// never reach the recover in Call (an "internal error").
func FuzzCall(f *testing.F) {
	rural := read(f, "../examples/rural.json")
	f.Add(rural, `{"asOf":"2026-11-16"}`, `{"horizon":"2027-01-01","events":[]}`)
	f.Add("{", "", "")
	f.Add(`{"schemaVersion":"1"}`, `{"profile":"{\"x\":1}"}`, "[]")
	f.Fuzz(func(t *testing.T, bundle, opts, scenario string) {
		for _, fn := range []string{"validate", "stage", "report", "simulate"} {
			args := []wasm.Arg{wasm.Text(bundle), wasm.Text(opts)}
			if fn == "simulate" {
				args = []wasm.Arg{wasm.Text(bundle), wasm.Text(scenario), wasm.Text(opts)}
			}
			r := wasm.Call(fn, args)
			if !r.OK && strings.HasPrefix(r.Error.Message, "internal error") {
				t.Fatalf("%s: %s", fn, r.Error.Message)
			}
			if !json.Valid(r.JSON()) {
				t.Fatalf("%s: Response.JSON() is not JSON", fn)
			}
			// The same strings as bytes (as the bridge passes long ones).
			asBytes := make([]wasm.Arg, len(args))
			for i, a := range args {
				asBytes[i] = wasm.Bytes([]byte(a.Text))
			}
			if got, want := wasm.Call(fn, asBytes).JSON(), r.JSON(); string(got) != string(want) {
				t.Fatalf("%s with bytes:\n%s\nwith strings:\n%s", fn, got, want)
			}
		}
	})
}

// TestDeclared: every function of the table is declared in the TypeScript
// declarations of the ES module, which offers every function the Go side
// registers.
func TestDeclared(t *testing.T) {
	dts := read(t, "js/kooperacja.d.ts")
	start := strings.Index(dts, "export interface Kooperacja {")
	if start < 0 {
		t.Fatal("kooperacja.d.ts declares no interface Kooperacja")
	}
	body := dts[start:]
	body = body[:strings.Index(body, "\n}")]
	for _, name := range wasm.Functions() {
		if !strings.Contains(body, "\n  "+name+"(") {
			t.Errorf("kooperacja.d.ts: interface Kooperacja does not declare %s(…)", name)
		}
	}
}
