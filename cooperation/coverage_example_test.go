package cooperation_test

import (
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
)

// A local cooperation agreement of the GOPS and the PCPR, valid to the end of
// 2025; the PCPR gives notice on 2025-09-01 and, with the default 30-day
// notice period, is bound until 2025-09-30 and free from 2025-10-01.
func ExampleIndex_CoveredOver() {
	d := cooperation.MustDate
	p := &cooperation.Partnership{
		Agreements: []cooperation.Agreement{{
			ID: "lokalne", Kind: cooperation.AgreementLocal, Title: "Porozumienie o współpracy",
			Parties: []string{"gops", "pcpr"},
			Signatures: []cooperation.Signature{
				{Party: "gops", Signatory: "Ewa Przykładowa", Date: d("2025-01-10")},
				{Party: "pcpr", Signatory: "Jan Testowy", Date: d("2025-01-15")},
			},
			ValidUntil:  d("2025-12-31"),
			Withdrawals: []cooperation.Withdrawal{{Party: "pcpr", NoticeDate: d("2025-09-01")}},
		}},
	}
	ix := cooperation.NewIndex(p)
	s := cooperation.DefaultSettings(cooperation.VariantRural)
	a := &p.Agreements[0]
	start, _ := a.Start()
	fmt.Println("in force from", start, "to", a.EndOn(start))

	for _, inst := range []string{"gops", "pcpr"} {
		gap, ok := ix.CoveredOver(inst, cooperation.Period{Start: d("2025-03-01"), End: d("2025-11-30")}, s)
		if ok {
			fmt.Println(inst, "covered")
		} else {
			fmt.Println(inst, "not covered from", gap)
		}
	}
	// Output:
	// in force from 2025-01-15 to 2025-12-31
	// gops covered
	// pcpr not covered from 2025-10-01
}

// CheckPartnership reports each problem once, at the element to fix.
func ExampleCheckPartnership() {
	d := cooperation.MustDate
	p := &cooperation.Partnership{
		Variant:      cooperation.VariantRural,
		Municipality: cooperation.Municipality{TERYT: "2604092", Name: "Gmina Masłów"},
		Institutions: []cooperation.Institution{
			{ID: "gops", Name: "GOPS w Masłowie", Kind: cooperation.KindOPS, TERYT: "2604092"},
			{ID: "pcpr", Name: "PCPR w Kielcach", Kind: cooperation.KindPCPR, TERYT: "2604"},
		},
		Agreements: []cooperation.Agreement{{
			ID: "lokalne", Kind: cooperation.AgreementLocal, Title: "Porozumienie o współpracy",
			Scope:   "Wsparcie rodzin",
			Parties: []string{"gops", "pcpr"},
			Signatures: []cooperation.Signature{
				{Party: "gops", Signatory: "Ewa Przykładowa", Date: d("2025-01-10")},
			},
		}},
	}
	s := cooperation.DefaultSettings(p.Variant)
	var f cooperation.Findings
	cooperation.CheckPartnership(cooperation.NewIndex(p), cooperation.On(d("2025-06-16")), s, &f)
	for _, x := range f.Finish(s, cooperation.English) {
		fmt.Println(x.Severity, x.Code, x.Path)
		fmt.Println(x.Message)
	}
	// Output:
	// error agreement.unsigned_party /agreements/0/signatures
	// Cooperation agreement "Porozumienie o współpracy" is not yet signed on behalf of: PCPR w Kielcach. It is not in force until every party signs: add the signatures with their dates.
}
