package app

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Normalized is the answer of normalize: the value of a field as the
// bundle wants it written.
type Normalized struct {
	// Value is the canonical form of an identifier (bare digits) when the
	// value typed reads as one, else the value as typed (the check then says
	// what is wrong with it).
	Value string `json:"value"`
	// Changed says that Value differs from the value typed.
	Changed bool `json:"changed"`
	// Kind is the identifier the field holds ("regon", "nip", "pesel"), ""
	// for a field that holds none.
	Kind string `json:"kind,omitempty"`
}

// identifierFields are the fields of a bundle that hold an identifier
// people type with spaces, dashes or a prefix, with the function that reads
// it (cooperation.NormalizeREGON, NormalizeNIP, NormalizePESEL). In at, "#"
// stands for the index of an element of a list. (A pattern of our own, not
// package regexp: regexp and the Unicode tables it brings were a tenth of
// the WebAssembly module, for these three.)
var identifierFields = []struct {
	at   string
	kind string
	read func(string) (string, error)
}{
	{"/institutions/#/regon", "regon", cooperation.NormalizeREGON},
	{"/institutions/#/nip", "nip", cooperation.NormalizeNIP},
	{"/ipws/#/beneficiary/members/#/pesel", "pesel", cooperation.NormalizePESEL},
}

// pointsAt reports whether the JSON Pointer p matches pattern, whose "#"
// segments match an index (one or more ASCII digits, as \d did) and whose
// other segments match themselves.
func pointsAt(p, pattern string) bool {
	got, want := strings.Split(p, "/"), strings.Split(pattern, "/")
	if len(got) != len(want) {
		return false
	}
	for i, w := range want {
		if w == "#" {
			if got[i] == "" || strings.Trim(got[i], "0123456789") != "" {
				return false
			}
		} else if got[i] != w {
			return false
		}
	}
	return true
}

// Normalize answers normalize: value, typed by a person into the field at
// the JSON Pointer at, written as the bundle wants it — "PL 123-456-32-18"
// in an institution's NIP is "1234563218". A value that is not a number of
// the field's kind, and a field that holds no identifier, keep the value as
// typed.
func Normalize(at, value string) Normalized {
	for _, f := range identifierFields {
		if !pointsAt(at, f.at) {
			continue
		}
		out := Normalized{Value: value, Kind: f.kind}
		if v, err := f.read(value); err == nil {
			out.Value, out.Changed = v, v != value
		}
		return out
	}
	return Normalized{Value: value}
}
