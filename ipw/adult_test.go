package ipw

import (
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// A member signs as an adult by the year of their dated signature, else by
// the year of the date asked about.
func TestSignsAsAdult(t *testing.T) {
	d := cooperation.MustDate
	son := HouseholdMember{ID: "syn", BirthYear: 2008}
	tests := []struct {
		name string
		sigs []Signature
		asOf string
		want bool
	}{
		{"unsigned, a minor in the year asked about", nil, "2025-12-31", false},
		{"unsigned, 18 in the year asked about", nil, "2026-01-01", true},
		{"signed as a minor, asked about later", []Signature{{Signer: Signer{Member: "syn"}, Date: d("2025-06-01")}}, "2027-01-01", false},
		{"signed in the year he turns 18", []Signature{{Signer: Signer{Member: "syn"}, Date: d("2026-01-02")}}, "2025-01-01", true},
		{"an undated signature counts by the year asked about", []Signature{{Signer: Signer{Member: "syn"}}}, "2025-01-01", false},
		{"another member's signature does not count", []Signature{{Signer: Signer{Member: "matka"}, Date: d("2030-01-01")}}, "2025-01-01", false},
	}
	for _, tt := range tests {
		p := &Plan{Signatures: tt.sigs}
		if got := p.SignsAsAdult(&son, d(tt.asOf)); got != tt.want {
			t.Errorf("%s: SignsAsAdult = %v, want %v", tt.name, got, tt.want)
		}
	}
}
