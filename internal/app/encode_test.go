package app

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The hand-written encoding of a validation must give json.Marshal's bytes.

func marshalled(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestValidationJSONIsMarshals(t *testing.T) {
	var files []string
	for _, g := range []string{"../../examples/*.json", "../../cmd/kooperacja/testdata/*.json", "../../wasm/testdata/*.json"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("fixtures missing: %v", files)
	}
	var sawFindings, sawParams bool
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range []Options{{Lang: cooperation.Polish}, {Lang: cooperation.English}, {Lang: cooperation.Polish, Places: true}} {
			o.AsOf = cooperation.MustDate("2027-09-01")
			v, verr := Validate(data, o)
			if verr != nil {
				t.Fatalf("%s: %v", f, verr)
			}
			if o.Places && len(v.Places) != len(v.Findings) {
				t.Errorf("%s: %d places for %d findings", f, len(v.Places), len(v.Findings))
			}
			for _, f := range v.Findings {
				sawFindings = true
				sawParams = sawParams || len(f.Params) > 0
			}
			for _, answer := range []any{v, Document{File: f, Validation: v}} {
				got, err := AppendJSON(nil, answer)
				if err != nil {
					t.Fatal(err)
				}
				if want := marshalled(t, answer); !bytes.Equal(got, want) {
					t.Errorf("%s (%+v):\n got %s\nwant %s", f, o, got, want)
				}
			}
		}
	}
	if !sawFindings || !sawParams {
		t.Errorf("the fixtures gave no findings with parameters to compare")
	}
}

func TestValidationJSONEdgeCases(t *testing.T) {
	var all []byte
	for c := range 256 {
		all = append(all, byte(c))
	}
	tricky := []string{"", string(all), "\u2028\u2029", "<a href='x'>&amp;</a>", "\xff\xfe", "zażółć \U0001F600", "\x7f", "a\x00b"}
	cases := []Validation{
		{Valid: true},
		{Valid: true, Findings: []cooperation.Finding{}},
		{Errors: 2, Warnings: 1, Findings: []cooperation.Finding{
			{Code: "x.y", Severity: cooperation.SeverityError, Path: "/a/0", Message: "m", Params: map[string]string{}},
			{Code: "x.z", Severity: cooperation.SeverityWarning, Message: "m", Params: map[string]string{"b": "2", "a": "1", "": ""}},
		}},
	}
	for _, s := range tricky {
		cases = append(cases, Validation{Findings: []cooperation.Finding{{
			Code: cooperation.Code(s), Severity: cooperation.Severity(s), Path: cooperation.Path(s), Message: s,
			Params: map[string]string{s: s, s + "1": s},
		}}})
	}
	for _, v := range cases {
		got, err := AppendJSON(nil, v)
		if err != nil {
			t.Fatal(err)
		}
		if want := marshalled(t, v); !bytes.Equal(got, want) {
			t.Errorf("\n got %s\nwant %s", got, want)
		}
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("zażółć <&> \u2028 \x00 \xff")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("appendString(%q) = %s, want %s", s, got, want)
		}
	})
}
