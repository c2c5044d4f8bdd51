package app

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

func read(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDay(t *testing.T) {
	given := cooperation.MustDate("2026-01-02")
	bundle := &ipw.Bundle{}
	bundle.AsOf = cooperation.MustDate("2025-05-06")
	tests := []struct {
		name string
		o    Options
		b    *ipw.Bundle
		want cooperation.Date
	}{
		{"the option wins", Options{AsOf: given}, bundle, given},
		{"else the bundle's asOf", Options{}, bundle, bundle.AsOf},
		{"else today in Warsaw", Options{}, &ipw.Bundle{}, Today()},
		{"no bundle", Options{}, nil, Today()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Day(tt.o, tt.b); got != tt.want {
				t.Errorf("Day() = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestParseOptions(t *testing.T) {
	if _, err := ParseDate("2026-02-30"); err == nil || err.Class != Usage || !strings.Contains(err.Message, `"2026-02-30" is not a date`) {
		t.Errorf("ParseDate(2026-02-30) = %v, want a usage error", err)
	}
	if d, err := ParseDate("2026-02-28"); err != nil || d != cooperation.MustDate("2026-02-28") {
		t.Errorf("ParseDate(2026-02-28) = %v, %v", d, err)
	}
	if _, err := ParseLang("de"); err == nil || !strings.Contains(err.Message, `"de" is neither pl nor en`) {
		t.Errorf("ParseLang(de) = %v", err)
	}
	if (Options{}).Language() != cooperation.Polish || (Options{Lang: "en"}).Language() != cooperation.English {
		t.Errorf("Language: the default is Polish")
	}
}

func TestExitStatus(t *testing.T) {
	tests := []struct {
		name   string
		answer any
		err    *Error
		want   int
	}{
		{"valid", Validation{Valid: true}, nil, ExitOK},
		{"invalid", Validation{Valid: false}, nil, ExitErrors},
		{"a document that cannot be used", nil, &Error{Class: Invalid}, ExitErrors},
		{"usage", nil, &Error{Class: Usage}, ExitUsage},
		{"an answer without errors", Stage{}, nil, ExitOK},
		{"a simulation without scenario errors", Simulation{}, nil, ExitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ExitStatus(tt.answer, tt.err); got != tt.want {
				t.Errorf("ExitStatus() = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestScenarioErrorsOneClass: a scenario that breaks its schema and one that
// names something the bundle does not have both exit 1.
func TestScenarioErrorsOneClass(t *testing.T) {
	bundle := read(t, "../../examples/rural.json")
	o := Options{Lang: cooperation.English}
	_, err := Simulate(bundle, []byte(`{"horizon":5}`), o)
	if err == nil || ExitStatus(nil, err) != ExitErrors || len(err.Findings) == 0 {
		t.Errorf("a scenario against its schema: %v, want an Invalid error with findings", err)
	}
	sim, err := Simulate(bundle, []byte(`{"horizon":"2027-06-30","events":[{"date":"2026-12-07","type":"review","ipw":"no-such-ipw","decision":"modify"}]}`), o)
	if err != nil || ExitStatus(sim, nil) != ExitErrors {
		t.Errorf("a scenario naming an unknown IPW: %v, exit %d, want 1", err, ExitStatus(sim, nil))
	}
}

func TestProfile(t *testing.T) {
	bundle := read(t, "../../wasm/testdata/rule_findings.json")
	o := Options{Profile: []byte(`{"severity":{"team.too_small":"off"}}`)}
	prepared, err := o.Prepare()
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []Options{o, prepared} {
		v, err := Validate(bundle, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range v.Findings {
			if f.Code == cooperation.CodeTeamTooSmall {
				t.Errorf("team.too_small is off in the profile but reported")
			}
		}
	}
	_, err = Validate(bundle, Options{Profile: []byte(`{"team":{"minInstitutions":"four"}}`), Lang: cooperation.English})
	if err == nil || err.Class != Invalid || !strings.Contains(err.Message, "the profile is not a valid profile document (1\u00a0finding)") {
		t.Errorf("a profile that is not valid: %v", err)
	}
}

func TestUnreadable(t *testing.T) {
	_, notExist := os.Open("no-such-file.json")
	tests := []struct {
		name   string
		err    error
		pl, en string
	}{
		{"missing", notExist, "Nie można odczytać pliku „x.json”: nie ma takiego pliku", `The file "x.json" cannot be read: no such file or directory`},
		{"directory", &fs.PathError{Op: "read", Path: "x.json", Err: ErrIsDirectory}, "to jest katalog, a nie plik", "cannot be read: is a directory"},
		{"permission", fs.ErrPermission, "brak uprawnień", "permission denied"},
		{"other", errors.New("input/output error"), "system operacyjny zgłosił błąd odczytu", "input/output error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for lang, want := range map[cooperation.Lang]string{cooperation.Polish: tt.pl, cooperation.English: tt.en} {
				d := Unreadable("x.json", tt.err, lang)
				if d.Valid || d.Errors != 1 || len(d.Findings) != 1 || d.Findings[0].Code != cooperation.CodeDocumentUnreadable {
					t.Fatalf("Unreadable() = %+v, want one document.unreadable", d)
				}
				if !strings.Contains(d.Findings[0].Message, want) {
					t.Errorf("%s: message %q lacks %q", lang, d.Findings[0].Message, want)
				}
				if lang == cooperation.Polish && strings.Contains(d.Findings[0].Message, tt.err.Error()) {
					t.Errorf("the Polish message quotes the system's English: %q", d.Findings[0].Message)
				}
			}
		})
	}
}

func TestSummary(t *testing.T) {
	fs := func(e, w, i int) []cooperation.Finding {
		var out []cooperation.Finding
		for range e {
			out = append(out, cooperation.Finding{Severity: cooperation.SeverityError})
		}
		for range w {
			out = append(out, cooperation.Finding{Severity: cooperation.SeverityWarning})
		}
		for range i {
			out = append(out, cooperation.Finding{Severity: cooperation.SeverityInfo})
		}
		return out
	}
	tests := []struct {
		e, w, i int
		pl, en  string
	}{
		{0, 0, 0, "poprawny (0 błędów, 0 ostrzeżeń, 0 informacji)", "valid (0 errors, 0 warnings, 0 notes)"},
		{1, 1, 1, "niepoprawny (1 błąd, 1 ostrzeżenie, 1 informacja)", "invalid (1 error, 1 warning, 1 note)"},
		{2, 3, 4, "niepoprawny (2 błędy, 3 ostrzeżenia, 4 informacje)", "invalid (2 errors, 3 warnings, 4 notes)"},
		{5, 12, 22, "niepoprawny (5 błędów, 12 ostrzeżeń, 22 informacje)", "invalid (5 errors, 12 warnings, 22 notes)"},
		{0, 2, 0, "poprawny (0 błędów, 2 ostrzeżenia, 0 informacji)", "valid (0 errors, 2 warnings, 0 notes)"},
	}
	for _, tt := range tests {
		f := fs(tt.e, tt.w, tt.i)
		if got := Summary(f, cooperation.Polish); got != tt.pl {
			t.Errorf("Summary(pl) = %q, want %q", got, tt.pl)
		}
		if got := Summary(f, cooperation.English); got != tt.en {
			t.Errorf("Summary(en) = %q, want %q", got, tt.en)
		}
	}
}

func TestFunctionsTable(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Functions() {
		if f.Name == "" || f.Summary == "" || f.Run == nil || seen[f.Name] {
			t.Errorf("function %q: a name, a summary and a Run, once each", f.Name)
		}
		seen[f.Name] = true
		if g, ok := Lookup(f.Name); !ok || g.Name != f.Name {
			t.Errorf("Lookup(%q) = %v", f.Name, ok)
		}
		for _, p := range f.Params {
			if p.Kind == KindWord && p.Takes == "" {
				t.Errorf("%s(%s): a word parameter says what it takes", f.Name, p.Name)
			}
		}
	}
	if _, ok := Lookup("frobnicate"); ok {
		t.Error("Lookup(frobnicate) found a function")
	}
}

func TestWriteJSONIndents(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, Version()); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "{\n  \"version\": ") || !strings.HasSuffix(b.String(), "}\n") {
		t.Errorf("WriteJSON = %q", b.String())
	}
}

// TestNormalizeFields: the fields that hold an identifier are found by
// their pointers exactly (an index where "#" stands, nothing more or less).
func TestNormalizeFields(t *testing.T) {
	for at, kind := range map[string]string{
		"/institutions/0/nip":                   "nip",
		"/institutions/12/regon":                "regon",
		"/ipws/3/beneficiary/members/10/pesel":  "pesel",
		"/institutions//nip":                    "",
		"/institutions/x/nip":                   "",
		"/institutions/1a/nip":                  "",
		"/institutions/0/nip/":                  "",
		"institutions/0/nip":                    "",
		"/institutions/0/nip/0":                 "",
		"/x/institutions/0/nip":                 "",
		"/ipws/0/beneficiary/members/-/pesel":   "",
		"/ipws/0/beneficiary/members/٣/pesel":   "", // an Arabic-Indic digit is no index
		"/ipws/0/beneficiary/members/1/pesel/x": "",
		"/institutions/0/name":                  "",
	} {
		if got := Normalize(at, "1234563218").Kind; got != kind {
			t.Errorf("Normalize(%q).Kind = %q, want %q", at, got, kind)
		}
	}
}

// TestNotProvided: this package's tests do not import package paperwork,
// as the main WebAssembly module does not: its functions are then a usage
// error that names the module that has them.
func TestNotProvided(t *testing.T) {
	for _, f := range ModuleFunctions(DocumentsModule) {
		_, err := f.Run(Input{Docs: [][]byte{[]byte(`{}`), []byte(`{}`)}})
		if err == nil || err.Class != Usage || !strings.Contains(err.Message, "kooperacja-documents.wasm") {
			t.Errorf("%s without package paperwork: %v", f.Name, err)
		}
	}
	if n := len(ModuleFunctions(MainModule)) + len(ModuleFunctions(DocumentsModule)); n != len(Functions()) {
		t.Errorf("the modules offer %d functions, the table has %d", n, len(Functions()))
	}
}
