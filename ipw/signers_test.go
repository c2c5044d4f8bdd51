package ipw

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kooperacja/kooperacja/cooperation"
)

func TestSigners(t *testing.T) {
	d := cooperation.MustDate
	p := &Plan{
		CaseWorker: CaseWorker{Institution: "gops", Name: "Anna Nowak"},
		Beneficiary: Beneficiary{Members: []HouseholdMember{
			{ID: "matka", Role: MemberApplicant, BirthYear: 1988},
			{ID: "syn", Role: MemberChild, BirthYear: 2012},
			{ID: "corka", Role: MemberChild, BirthYear: 2008}, // 18 in 2026, but 17 when she signed
			{ID: "dziadek", Role: MemberOther},                // no birth year: may sign
		}},
		Actions: []Action{
			{Responsible: Responsible{Institution: "pup"}},
			{Responsible: Responsible{Member: "matka"}},
			{Responsible: Responsible{Institution: "gops"}},
			{Responsible: Responsible{Institution: "pup"}},
			{Responsible: Responsible{Institution: "pcpr"}},
		},
		Signatures: []Signature{
			{Signer: Signer{Member: "corka"}, Date: d("2025-12-01")},
			{Signer: Signer{Member: "matka"}, Date: d("2026-01-10")},
			{Signer: Signer{Institution: "pup", Name: "Jan Kowalski"}, Date: d("2026-01-12")},
		},
	}
	got := Signers(p, d("2026-11-16"))
	want := []Signature{
		{Signer: Signer{Member: "matka"}, Date: d("2026-01-10")},
		{Signer: Signer{Member: "dziadek"}},
		{Signer: Signer{Institution: "gops", Name: "Anna Nowak"}},
		{Signer: Signer{Institution: "pup", Name: "Jan Kowalski"}, Date: d("2026-01-12")},
		{Signer: Signer{Institution: "pcpr"}},
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b cooperation.Date) bool { return a == b })); diff != "" {
		t.Errorf("Signers (-want +got):\n%s", diff)
	}
}
