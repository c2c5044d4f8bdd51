package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// The fast JSON path (fastjson.go) must decode what it accepts exactly as
// the slow path does, and must accept the shipped documents (else it is
// only dead weight).

// checkFastParse compares fastParse with the slow path on data.
func checkFastParse(t *testing.T, data []byte) (accepted bool) {
	t.Helper()
	data = bytes.TrimPrefix(data, bom)
	if len(data) > DefaultMaxBytes || len(bytes.TrimSpace(data)) == 0 || !validUTF8(data) {
		return false // parse never gets this far
	}
	got, ok := fastParse(data, DefaultMaxDepth)
	if !ok {
		return false
	}
	if !json.Valid(data) {
		t.Fatalf("fastParse accepted %q, which is not JSON", data)
	}
	want, raw := parseSlow(data, DefaultMaxDepth)
	if raw != nil {
		t.Fatalf("fastParse accepted %q; the slow path finds %v", data, raw)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("fastParse(%q):\n%s", data, cmp.Diff(want, got))
	}
	return true
}

func validUTF8(b []byte) bool { return strings.ToValidUTF8(string(b), "\uFFFD") == string(b) }

// checkFastDecode compares fastDecode with json.Unmarshal on data.
func checkFastDecode[T any](t *testing.T, data []byte) (accepted bool) {
	t.Helper()
	var got T
	if !fastDecode(data, &got) {
		return false
	}
	var want T
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("fastDecode accepted %q; json.Unmarshal: %v", data, err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("fastDecode(%q) into %T:\n%s", data, got, cmp.Diff(want, got, cmp.Exporter(func(reflect.Type) bool { return true })))
	}
	return true
}

func TestFastPathTakesTheShippedDocuments(t *testing.T) {
	for _, d := range differentialCorpus(t) {
		t.Run(filepath.Base(d.name), func(t *testing.T) {
			parsed := checkFastParse(t, d.data)
			var decoded bool
			switch d.kind {
			case Bundle:
				decoded = checkFastDecode[ipw.Bundle](t, d.data)
			case Scenario:
				decoded = checkFastDecode[ipw.Scenario](t, d.data)
			case Profile:
				decoded = checkFastDecode[cooperation.Profile](t, d.data)
			}
			// The examples, scenarios and profiles are plain: the fast
			// path must take them whole.
			if strings.Contains(d.name, "examples") || d.kind != Bundle {
				if !parsed || !decoded {
					t.Errorf("fast path: parsed %v, decoded %v; want both for a shipped document", parsed, decoded)
				}
			}
		})
	}
}

func TestFastParse(t *testing.T) {
	accept := []string{
		`{}`, `[]`, ` {"a" : [ 1 , 2 ] } `, "\t\n\r[\r\n]", `"x"`, `0`, `-0`, `-0.0`, `1.5e3`, `1E-3`, `1e+2`,
		`123456789012345`, `1234567890123456789`, `0.1`, `true`, `false`, `null`, `[null,true,false]`,
		`{"a":{"b":{"c":[]}},"d":""}`, `"zażółć"`, `{"klucz ż":"wartość"}`,
		`"a\"b\\c\/d\b\f\n\r\t"`, `"\u0041\u00e9\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`, `"\ud83dx"`,
		`"\ud83d\u0041"`, `{"\u0061":1}`, `[1e308]`, `[2.2250738585072014e-308]`, `[5e-324]`,
	}
	for _, s := range accept {
		if !checkFastParse(t, []byte(s)) {
			t.Errorf("fastParse refused %q", s)
		}
	}
	refuse := []string{
		``, ` `, `{`, `}`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `{a:1}`, `[1 2]`, `01`, `-`, `1.`, `.5`, `1e`, `+1`,
		`"abc`, "\"a\x01\"", `"\x"`, `tru`, `nul`, `[] []`, `{"a":1,"a":2}`, `{"a":{"b":1,"b":1}}`,
		`1e400`, `-1e400`, `1e-400`, `[1e999999]`, `NaN`, `Infinity`, `'a'`, `[1,,2]`, `{"a":1}x`,
		strings.Repeat("[", DefaultMaxDepth+1) + strings.Repeat("]", DefaultMaxDepth+1),
	}
	for _, s := range refuse {
		if _, ok := fastParse([]byte(s), DefaultMaxDepth); ok {
			t.Errorf("fastParse accepted %q", s)
		}
		checkFastParse(t, []byte(s))
	}
	// Exactly DefaultMaxDepth levels are allowed, as scanStructure allows.
	deep := strings.Repeat("[", DefaultMaxDepth) + strings.Repeat("]", DefaultMaxDepth)
	if !checkFastParse(t, []byte(deep)) {
		t.Errorf("fastParse refused %d levels", DefaultMaxDepth)
	}
	// A configured limit beyond encoding/json's is left to the slow path.
	deeper := strings.Repeat("[", maxFastDepth+1) + strings.Repeat("]", maxFastDepth+1)
	if _, ok := fastParse([]byte(deeper), 1<<20); ok {
		t.Errorf("fastParse accepted %d levels", maxFastDepth+1)
	}
}

// decodeCase is a type with every shape fastDecode handles.
type decodeCase struct {
	embedded
	S    string                   `json:"s"`
	N    int                      `json:"n"`
	U    uint8                    `json:"u,omitempty"`
	F    float32                  `json:"f"`
	B    bool                     `json:"b"`
	P    *int                     `json:"p"`
	D    cooperation.Date         `json:"d"`
	PD   *cooperation.Date        `json:"pd"`
	Raw  json.RawMessage          `json:"raw"`
	Any  any                      `json:"any"`
	List []string                 `json:"list"`
	Map  map[string]int           `json:"map"`
	Tree map[string][]*decodeCase `json:"tree"`
	Kind cooperation.Kind         `json:"kind"`
	Free map[cooperation.Kind]any `json:"free"`
	Skip string                   `json:"-"`
	Nest struct{ A, B int }       `json:"nest"`
	priv int
}

type embedded struct {
	E string `json:"e"`
}

func TestFastDecode(t *testing.T) {
	accept := []string{
		`{}`, `null`,
		`{"e":"embedded","s":"x","n":-3,"u":255,"f":1.5,"b":true,"p":7,"d":"2026-11-16","pd":"2026-01-02",
		  "raw":{"a" : [1, 2]},"any":{"x":[1,"y",null,{}]},"list":["a","b"],"map":{"k":1},
		  "tree":{"t":[{"s":"inner"},null]},"kind":"ops","free":{"k":1},"nest":{"A":1,"B":2}}`,
		`{"p":null,"pd":null,"raw":null,"any":null,"list":null,"map":null,"d":null,"s":null,"n":null,"nest":null}`,
		`{"list":[],"map":{},"any":[],"raw":"text","d":""}`,
		`{"s":"\u0041\n","list":["\ud83d"]}`,
	}
	for _, s := range accept {
		if !checkFastDecode[decodeCase](t, []byte(s)) {
			t.Errorf("fastDecode refused %q", s)
		}
	}
	// Each of these encoding/json decodes differently, fails, or decodes
	// by a rule the fast path leaves to it: the fast path must refuse.
	refuse := []string{
		`{"S":"case-insensitive match"}`, `{"unknown":1}`, `{"n":1.5}`, `{"n":1e2}`, `{"u":256}`, `{"u":-1}`,
		`{"f":1e39}`, `{"s":1}`, `{"b":"true"}`, `{"d":"2026-02-30"}`, `{"list":"a"}`, `{"nest":[]}`,
		`{"n":"1"}`, `[]`, `"x"`, `{"s":"x"`, `{"s":"x"}}`, `{"Skip":"x"}`, `{"priv":1}`,
	}
	for _, s := range refuse {
		var v decodeCase
		if fastDecode([]byte(s), &v) {
			t.Errorf("fastDecode accepted %q", s)
		}
	}
	// The slow path, for its part, never sets an unexported field.
	var v decodeCase
	if err := json.Unmarshal([]byte(`{"priv":1}`), &v); err != nil || v.priv != 0 {
		t.Errorf("json.Unmarshal set priv: %v, %v", v.priv, err)
	}
}

// Types the fast path does not handle are refused as a whole, so that
// encoding/json decodes them.
func TestFastDecodeRefusesUnhandledTypes(t *testing.T) {
	type withString struct {
		N int `json:"n,string"`
	}
	type withBytes struct {
		B []byte `json:"b"`
	}
	type withArray struct {
		A [2]int `json:"a"`
	}
	type withPointerEmbed struct {
		*embedded
	}
	type clash struct {
		embedded
		E2 string `json:"e"`
	}
	type intKeys struct {
		M map[int]string `json:"m"`
	}
	check := func(name string, ok bool) {
		if ok {
			t.Errorf("%s: fastDecode accepted", name)
		}
	}
	check("string option", fastDecode([]byte(`{"n":"1"}`), new(withString)))
	check("bytes", fastDecode([]byte(`{"b":"AQI="}`), new(withBytes)))
	check("array", fastDecode([]byte(`{"a":[1,2]}`), new(withArray)))
	check("pointer embed", fastDecode([]byte(`{"e":"x"}`), new(withPointerEmbed)))
	check("clash", fastDecode([]byte(`{"e":"x"}`), new(clash)))
	check("int keys", fastDecode([]byte(`{"m":{"1":"x"}}`), new(intKeys)))
}

// The typed results of Decode are those of encoding/json whether or not
// the fast path took the document.
func TestDecodeFallsBackToEncodingJSON(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "rural.json"))
	if err != nil {
		t.Fatal(err)
	}
	fast, findings := Decode(data)
	if fast == nil {
		t.Fatalf("Decode(rural.json): %v", findings)
	}
	var want ipw.Bundle
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*fast, want) {
		t.Errorf("Decode differs from json.Unmarshal:\n%s", cmp.Diff(want, *fast, cmp.Exporter(func(reflect.Type) bool { return true })))
	}
	// Extensions with a number no float64 holds: the slow path keeps it.
	withBig := bytes.Replace(data, []byte(`"schemaVersion"`), []byte(`"extensions":{"n":1e400},"schemaVersion"`), 1)
	b, findings := Decode(withBig)
	if b == nil {
		t.Fatalf("Decode(with 1e400 in extensions): %v", findings)
	}
	if string(b.Extensions) != `{"n":1e400}` {
		t.Errorf("extensions = %s, want {\"n\":1e400}", b.Extensions)
	}
}

func FuzzFastParse(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,"x\u0041",null,true,{}]}`, `[1e400]`, `{"a":1,"a":2}`, `"\ud83d\ude00"`, `[-0]`} {
		f.Add([]byte(s))
	}
	if files, _ := filepath.Glob("../examples/*.json"); len(files) > 0 {
		if b, err := os.ReadFile(files[0]); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFastParse(t, data)
	})
}

func FuzzFastDecode(f *testing.F) {
	f.Add([]byte(`{"s":"x","n":1,"tree":{"a":[{"n":2}]},"raw":[1, 2],"any":{"a":[]},"d":"2026-01-01"}`))
	f.Add([]byte(`{"p":null,"u":300}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFastDecode[decodeCase](t, data)
		checkFastDecode[ipw.Bundle](t, data)
	})
}

func TestFastDecodeChecksEscapes(t *testing.T) {
	for _, s := range []string{`{"raw":"\q"}`, "{\"raw\":\"\\\x01\"}", `{"raw":"\u12"}`, `{"raw":"\u12g4"}`, `{"raw":"\`} {
		var v decodeCase
		if fastDecode([]byte(s), &v) {
			t.Errorf("fastDecode accepted %q", s)
		}
	}
	for _, s := range []string{`{"raw":"\u12aF\/\b\f\n\r\t\"\\"}`} {
		if !checkFastDecode[decodeCase](t, []byte(s)) {
			t.Errorf("fastDecode refused %q", s)
		}
	}
}

// Strings are scanned eight bytes at a time: put each kind of byte at every
// place of a word.
func TestFastParseStringsAcrossWords(t *testing.T) {
	specials := []string{`\n`, `\"`, `\u0041`, "\x01", "\x1f", "ż", "\x7f", " ", "\xff", `\`}
	for n := range 20 {
		for at := 0; at <= n; at++ {
			for _, sp := range specials {
				text := `"` + strings.Repeat("a", at) + sp + strings.Repeat("b", n-at) + `"`
				data := []byte(`[` + text + `,` + text + `]`)
				_, ok := fastParse(data, DefaultMaxDepth)
				_, want := parseSlow(data, DefaultMaxDepth)
				if ok != (want == nil) && validUTF8(data) {
					t.Errorf("fastParse(%q) ok = %v; the slow path finds %v", data, ok, want)
				}
				if validUTF8(data) {
					checkFastParse(t, data)
				}
			}
		}
	}
}

// BenchmarkFastJSON measures the two fast readers on the examples:
//
//	go test -run '^$' -bench FastJSON ./schema
func BenchmarkFastJSON(b *testing.B) {
	files, _ := filepath.Glob("../examples/*.json")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		b.Run("parse/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, ok := fastParse(data, DefaultMaxDepth); !ok {
					b.Fatal("refused")
				}
			}
		})
		b.Run("decode/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				var v ipw.Bundle
				if !fastDecode(data, &v) {
					b.Fatal("refused")
				}
			}
		})
	}
}
