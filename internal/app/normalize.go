package app

import (
	"regexp"

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
// it (cooperation.NormalizeREGON, NormalizeNIP, NormalizePESEL).
var identifierFields = []struct {
	at   *regexp.Regexp
	kind string
	read func(string) (string, error)
}{
	{regexp.MustCompile(`^/institutions/\d+/regon$`), "regon", cooperation.NormalizeREGON},
	{regexp.MustCompile(`^/institutions/\d+/nip$`), "nip", cooperation.NormalizeNIP},
	{regexp.MustCompile(`^/ipws/\d+/beneficiary/members/\d+/pesel$`), "pesel", cooperation.NormalizePESEL},
}

// Normalize answers normalize: value, typed by a person into the field at
// the JSON Pointer at, written as the bundle wants it — "PL 123-456-32-18"
// in an institution's NIP is "1234563218". A value that is not a number of
// the field's kind, and a field that holds no identifier, keep the value as
// typed.
func Normalize(at, value string) Normalized {
	for _, f := range identifierFields {
		if !f.at.MatchString(at) {
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
