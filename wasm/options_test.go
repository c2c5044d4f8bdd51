package wasm

import (
	"bytes"
	"encoding/json"
	"testing"
)

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
