package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
)

// addSeeds adds every file matching the patterns to the fuzz corpus.
func addSeeds(f *testing.F, patterns ...string) int {
	n := 0
	for _, p := range patterns {
		files, _ := filepath.Glob(p)
		for _, name := range files {
			f.Add(readFile(f, name))
			n++
		}
	}
	return n
}

// FuzzRoundTrip: decode → check → encode never panics, and what decodes
// re-decodes from its encoding to an equal bundle whose encoding is the
// same bytes and whose findings are the same.
//
//	go test -run '^$' -fuzz '^FuzzRoundTrip$' -fuzztime 1m ./schema
func FuzzRoundTrip(f *testing.F) {
	if addSeeds(f, "../examples/*.json", "../cmd/kooperacja/testdata/*.json", "testdata/roundtrip/*.json") < 8 {
		f.Fatal("seed files missing")
	}
	f.Add(synth.Reference(1))
	at := cooperation.AsOf(synth.ReferenceAsOf)
	f.Fuzz(func(t *testing.T, data []byte) {
		b1, _ := Decode(data, at)
		if b1 == nil {
			return
		}
		fs1, err := ipw.Check(b1, at)
		if err != nil {
			t.Fatalf("ipw.Check(decoded bundle) = %v", err)
		}
		e1, err := json.Marshal(b1)
		if err != nil {
			t.Fatalf("json.Marshal(decoded bundle) = %v", err)
		}
		b2, fs := Decode(e1, at)
		if b2 == nil {
			t.Fatalf("the encoded bundle no longer decodes: %v\ninput:   %q\nencoded: %s", fs, data, e1)
		}
		e2, err := json.Marshal(b2)
		if err != nil {
			t.Fatalf("json.Marshal(re-decoded bundle) = %v", err)
		}
		if !bytes.Equal(e1, e2) {
			t.Fatalf("encode → decode → encode differs:\n first: %s\nsecond: %s", e1, e2)
		}
		if len(b1.Extensions) > 0 {
			b1.Extensions, _ = json.Marshal(b1.Extensions) // compacted, as encoding does
		}
		if !equalEmpty(reflect.ValueOf(b1), reflect.ValueOf(b2)) {
			t.Fatalf("Decode(Encode(b)) != b for input %q", data)
		}
		fs2, _ := ipw.Check(b2, at)
		j1, _ := json.Marshal(fs1)
		j2, _ := json.Marshal(fs2)
		if !bytes.Equal(j1, j2) {
			t.Fatalf("findings differ after the round trip:\n got: %s\nwant: %s", j2, j1)
		}
	})
}

// equalEmpty is reflect.DeepEqual, except that a nil and an empty slice or
// map are equal: an empty array is omitted when encoding, which loses
// nothing the document says.
func equalEmpty(a, b reflect.Value) bool {
	if a.Kind() != b.Kind() || a.Type() != b.Type() {
		return false
	}
	switch a.Kind() {
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equalEmpty(a.Elem(), b.Elem())
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !equalEmpty(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() || !equalEmpty(a.MapIndex(k), bv) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if !equalEmpty(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	}
	if a.CanInterface() && b.CanInterface() {
		return reflect.DeepEqual(a.Interface(), b.Interface())
	}
	// Unexported fields (a Date's day number): compare by their text.
	return fmt.Sprint(a) == fmt.Sprint(b)
}
