package document

import (
	"errors"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// TestConcerns checks where a mistake stops documents and where it does
// not: a document is refused for what it prints and for its item as a
// whole, never for a part of the data it does not print.
func TestConcerns(t *testing.T) {
	type doc struct {
		kind    Kind
		id      string
		refused bool
	}
	tests := []struct {
		name    string
		example string
		mutate  func(b *ipw.Bundle)
		docs    []doc
	}{
		{
			name:    "a party has not signed: the agreement is printed to be signed, with a blank line",
			example: "rural",
			mutate:  func(b *ipw.Bundle) { b.Agreements[1].Signatures = b.Agreements[1].Signatures[:8] },
			docs:    []doc{{Agreement, "porozumienie-pzk", false}, {Annex, "porozumienie-pzk/aneks-1", false}},
		},
		{
			name:    "a mistake in an annex stops the annex, not its agreement",
			example: "rural",
			mutate:  func(b *ipw.Bundle) { b.Agreements[1].Annexes[0].Date = cooperation.MustDate("2025-10-01") },
			docs:    []doc{{Annex, "porozumienie-pzk/aneks-1", true}, {Agreement, "porozumienie-pzk", false}},
		},
		{
			name:    "consent not covering an owner stops the IPW and the review records that print the action, not the consent or the diagnosis",
			example: "rural",
			mutate: func(b *ipw.Bundle) {
				b.IPWs[0].Consent.Scope = []string{"gops-maslow", "pcpr-kielce", "sp-maslow", "oz-maslow", "ngo-razem", "ppp-kielce"}
			},
			docs: []doc{{IPW, "ipw-2026-01", true}, {Consent, "ipw-2026-01", false}, {Diagnosis, "ipw-2026-01", false},
				{Review, "ipw-2026-01/2026-06-22", true}},
		},
		{
			name:    "consent by a child stops the consent and the IPW that prints it",
			example: "rural",
			mutate:  func(b *ipw.Bundle) { b.IPWs[0].Consent.GivenBy = append(b.IPWs[0].Consent.GivenBy, "a-syn") },
			docs:    []doc{{Consent, "ipw-2026-01", true}, {IPW, "ipw-2026-01", true}, {Diagnosis, "ipw-2026-01", false}},
		},
		{
			name:    "a problem area without a goal stops the IPW, not the diagnosis it is found at",
			example: "rural",
			mutate:  func(b *ipw.Bundle) { b.IPWs[0].DeferredAreas = nil },
			docs:    []doc{{IPW, "ipw-2026-01", true}, {Diagnosis, "ipw-2026-01", false}},
		},
		{
			name:    "an invalid extension stops its review record, not the IPW",
			example: "rural",
			mutate:  func(b *ipw.Bundle) { b.IPWs[0].Reviews[1].Decision = ipw.DecisionExtend },
			docs: []doc{{Review, "ipw-2026-01/2026-09-14", true}, {IPW, "ipw-2026-01", false},
				{Review, "ipw-2026-01/2026-11-09", false}},
		},
		{
			name:    "an invalid REGON stops the documents that print it only",
			example: "rural",
			mutate:  func(b *ipw.Bundle) { b.Institutions[4].REGON = "123456789" },
			docs:    []doc{{Agreement, "porozumienie-pzk", true}, {Annex, "porozumienie-pzk/aneks-1", false}, {IPW, "ipw-2026-01", false}},
		},
		{
			name:    "a team without a leader stops its composition, not a declaration naming it",
			example: "urban",
			mutate: func(b *ipw.Bundle) {
				b.Teams[0].Members[0].Roles = []cooperation.Role{cooperation.RoleMember}
			},
			docs: []doc{{Team, "pzk-radomsko", true}, {Declaration, "deklaracja-pcpr", false}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := example(t, tc.example)
			tc.mutate(b)
			s, err := New(b)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range tc.docs {
				_, err := s.Build(d.kind, d.id)
				var refused *RefusedError
				if got := errors.As(err, &refused); got != d.refused {
					t.Errorf("Build(%s, %s) refused = %v, want %v (%v)", d.kind, d.id, got, d.refused, err)
				} else if err != nil && !d.refused {
					t.Errorf("Build(%s, %s) = %v", d.kind, d.id, err)
				}
			}
		})
	}
}

func TestNotFound(t *testing.T) {
	s, err := New(example(t, "rural"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		kind Kind
		id   string
		want string
	}{
		{Agreement, "nope", "W danych nie ma dokumentu „porozumienie” o identyfikatorze „nope”"},
		{Declaration, "porozumienie-pzk", "W danych nie ma dokumentu „deklaracja przystąpienia” o identyfikatorze „porozumienie-pzk”"},
		{Withdrawal, "porozumienie-pzk/ngo-razem", "W danych nie ma dokumentu „wypowiedzenie” o identyfikatorze „porozumienie-pzk/ngo-razem”"},
		{"letter", "x", "Nie ma rodzaju dokumentu „letter”; rodzaje to: agreement, annex, withdrawal, declaration, team, consent, diagnosis, ipw, review, closure"},
	} {
		_, err := s.Build(tc.kind, tc.id)
		var nf *NotFoundError
		if !errors.As(err, &nf) || err.Error() != tc.want {
			t.Errorf("Build(%s, %s) = %v, want %q", tc.kind, tc.id, err, tc.want)
		}
	}
}

// TestNoDate: without a date to check at, New says so (the library never
// reads the clock).
func TestNoDate(t *testing.T) {
	b := example(t, "rural")
	b.AsOf = cooperation.Date{}
	if _, err := New(b); !errors.Is(err, ipw.ErrNoDate) {
		t.Errorf("New without a date = %v, want ipw.ErrNoDate", err)
	}
	if _, err := New(b, With(cooperation.AsOf(cooperation.MustDate("2026-11-16")))); err != nil {
		t.Errorf("New with AsOf = %v", err)
	}
}
