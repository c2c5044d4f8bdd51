package wasm

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The hand-written encoding of a validation must give json.Marshal's bytes.

func marshalled(t testing.TB, r Response) []byte {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestValidationJSONIsMarshals(t *testing.T) {
	var files []string
	for _, g := range []string{"../examples/*.json", "../cmd/kooperacja/testdata/*.json", "testdata/*.json"} {
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
		for _, opts := range []string{`"lang":"pl"`, `"lang":"en"`, `"lang":"pl","places":true`} {
			lang := opts
			r := validate(Text(string(data)), JSON(`{"asOf":"2027-09-01",`+opts+`}`))
			v, ok := r.Result.(Validation)
			if !ok {
				t.Fatalf("%s: validate gave %+v", f, r)
			}
			if strings.Contains(opts, "places") && len(v.Places) != len(v.Findings) {
				t.Errorf("%s: %d places for %d findings", f, len(v.Places), len(v.Findings))
			}
			for _, f := range v.Findings {
				sawFindings = true
				sawParams = sawParams || len(f.Params) > 0
			}
			if got, want := r.JSON(), marshalled(t, r); !bytes.Equal(got, want) {
				t.Errorf("%s (%s):\n got %s\nwant %s", f, lang, got, want)
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
		r := ok(v)
		if got, want := r.JSON(), marshalled(t, r); !bytes.Equal(got, want) {
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

// decodeOptions is the decoder's reading of an options text.
func decodeOptions(text string) (asOf, lang *string, places, ok bool) {
	var o struct {
		AsOf    *string         `json:"asOf"`
		Lang    *string         `json:"lang"`
		Profile json.RawMessage `json:"profile"`
		Places  bool            `json:"places"`
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(text)))
	dec.DisallowUnknownFields()
	if dec.Decode(&o) != nil || dec.More() || o.Profile != nil {
		return nil, nil, false, false
	}
	if _, err := dec.Token(); err == nil {
		return nil, nil, false, false
	}
	return o.AsOf, o.Lang, o.Places, true
}

func checkPlainOptions(t *testing.T, text string) bool {
	t.Helper()
	asOf, lang, places, ok := plainOptions(text)
	if !ok {
		return false
	}
	wAsOf, wLang, wPlaces, wok := decodeOptions(text)
	eq := func(a, b *string) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
	if !wok || !eq(asOf, wAsOf) || !eq(lang, wLang) || places != wPlaces {
		t.Fatalf("plainOptions(%q) = %v %v %v; the decoder: %v %v %v %v", text, asOf, lang, places, wAsOf, wLang, wPlaces, wok)
	}
	return true
}

func TestPlainOptions(t *testing.T) {
	for _, s := range []string{`{}`, ` { } `, `{"asOf":"2026-11-16"}`, `{"lang":"en","asOf":"2026-11-16"}`,
		`{"asOf":null}`, "{\n\t\"asOf\" : \"x\" ,\r\n \"lang\" : null }", `{"lang":"pl","places":true}`, `{"places":false}`} {
		if !checkPlainOptions(t, s) {
			t.Errorf("plainOptions refused %q", s)
		}
	}
	for _, s := range []string{``, `[]`, `{`, `{"asOf":"2026-11-16"`, `{"asOf":"a","asOf":"b"}`, `{"ASOF":"x"}`,
		`{"asOf":"\u0032"}`, `{"asOf":"ż"}`, `{"asOf":1}`, `{"profile":{}}`, `{"asOf":null,}`, `{,}`, `{} x`,
		`{"asOf":"x" "lang":"y"}`, `{"asOf":nul}`, `{"asOf":nullx}`, `{"x":1}`,
		`{"places":1}`, `{"places":truex}`, `{"places":true,"places":false}`, `{"places":"true"}`} {
		if _, _, _, ok := plainOptions(s); ok {
			t.Errorf("plainOptions accepted %q", s)
		}
	}
}

func FuzzPlainOptions(f *testing.F) {
	f.Add(`{"asOf":"2026-11-16","lang":"en"}`)
	f.Add(`{"asOf":null , "lang" : "pl" }`)
	f.Add(`{"lang":"en","places":true}`)
	f.Fuzz(func(t *testing.T, s string) {
		checkPlainOptions(t, s)
	})
}
