package mutation

import (
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// agreementRows are mistakes in the agreements. A mistake on an agreement
// is reported on the agreement; the institutions it would cover, their
// actions and their team memberships are not reported as uncovered, and
// neither is what the agreement's annexes would change.
func agreementRows() []Mutation {
	signed := func(party, on string) cooperation.Signature {
		return cooperation.Signature{Party: party, Signatory: "Anna Kowalska", Function: "dyrektor", Date: date(on)}
	}
	return []Mutation{
		{
			Name: "agreement with one party", Base: "urban",
			Mistake: "The coordination agreement is recorded as concluded by the MOPS alone (the gmina's party entry and signature left out): an agreement has at least two parties.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "porozumienie-koordynacja")
				a.Parties = []string{"mops-radomsko"}
				a.Signatures = slices.DeleteFunc(a.Signatures, func(s cooperation.Signature) bool { return s.Party == "gmina-radomsko" })
			},
			Want: []Want{want(cooperation.CodeAgreementPartiesTooFew, "/agreements/0/parties")},
		},
		{
			Name: "agreement without signatures", Base: "rural",
			Mistake: "The cooperation agreement is entered without its signatures. It is not in force until every party signs; that its parties, their actions and the PZK's members are then uncovered is not reported again.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-pzk").Signatures = []cooperation.Signature{} },
			Want:    []Want{want(cooperation.CodeAgreementUnsignedParty, "/agreements/1/signatures")},
		},
		{
			Name: "one party has not signed", Base: "urban_rural",
			Mistake: "The NGO's signature under the cooperation agreement is missing.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "porozumienie-pzk")
				a.Signatures = slices.DeleteFunc(a.Signatures, func(s cooperation.Signature) bool { return s.Party == "ngo-przystan" })
			},
			Want: []Want{want(cooperation.CodeAgreementUnsignedParty, "/agreements/0/signatures")},
		},
		{
			Name: "signature by a non-party", Base: "rural",
			Mistake: "The school signs the pilot agreement, to which it is not a party.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "umowa-pilotazowa")
				a.Signatures = append(a.Signatures, signed("sp-maslow", "2025-09-19"))
			},
			Want: []Want{want(cooperation.CodeAgreementSignatureByNonParty, "/agreements/0/signatures/3/party")},
		},
		{
			Name: "signature dated in the future", Base: "urban",
			Mistake: "The police's signature under its declaration is dated 12 November 2027 instead of 2025: a signature cannot be later than the date of the check. The police is not reported as lacking a declaration.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "deklaracja-kpp").Signatures[0].Date = date("2027-11-12") },
			Want:    []Want{want(cooperation.CodeAgreementSignatureInFuture, "/agreements/5/signatures/0/date")},
		},
		{
			Name: "agreement ends before it starts", Base: "urban_rural",
			Mistake: "The cooperation agreement is valid until 30 June 2025, before it took effect on 5 December 2025 (2028 was meant). Its parties are not reported as uncovered.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-pzk").ValidUntil = date("2025-06-30") },
			Want:    []Want{want(cooperation.CodeAgreementDatesInvalid, "/agreements/0/validUntil")},
		},
		{
			Name: "agreement without a scope", Base: "rural",
			Mistake: "The cooperation agreement does not say what the parties cooperate on.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-pzk").Scope = " " },
			Want:    []Want{want(cooperation.CodeAgreementScopeMissing, "/agreements/1")},
		},
		{
			Name: "pilot agreement signed by the PCPR for the powiat", Base: "rural",
			Mistake: "The pilot agreement lists the PCPR, a powiat unit, where the powiat itself is the party: a pilot agreement is made by the voivodeship, the powiat and the gmina.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "umowa-pilotazowa")
				a.Parties[1] = "pcpr-kielce"
				renameSignatures(a, "powiat-kielecki", "pcpr-kielce")
			},
			Want: []Want{want(cooperation.CodeAgreementPilotParties, "/agreements/0/parties")},
		},
		{
			Name: "local agreement without the gmina or its OPS", Base: "rural",
			Mistake: "A cooperation agreement between the labour office and the school is added; a local cooperation agreement includes the gmina or its OPS.",
			Bundle: func(b *ipw.Bundle) {
				b.Agreements = append(b.Agreements, cooperation.Agreement{ID: "porozumienie-pup-sp", Kind: cooperation.AgreementLocal,
					Title: "Porozumienie o praktykach zawodowych", Scope: "Praktyki zawodowe uczniów",
					Parties:    []string{"pup-kielce", "sp-maslow"},
					Signatures: []cooperation.Signature{signed("pup-kielce", "2026-02-02"), signed("sp-maslow", "2026-02-03")}})
			},
			Want: []Want{want(cooperation.CodeAgreementGminaMissing, "/agreements/2/parties")},
		},
		{
			Name: "WZK agreement with a powiat party", Base: "rural",
			Mistake: "A voivodeship-team agreement is added between the voivodeship and the powiat; only voivodeship bodies are parties to it.",
			Bundle: func(b *ipw.Bundle) {
				b.Agreements = append(b.Agreements, cooperation.Agreement{ID: "porozumienie-wzk", Kind: cooperation.AgreementVoivodeshipTeam,
					Title: "Porozumienie o Wojewódzkim Zespole Kooperacji", Scope: "Wsparcie PZK województwa",
					Parties:    []string{"woj-swietokrzyskie", "powiat-kielecki"},
					Signatures: []cooperation.Signature{signed("woj-swietokrzyskie", "2025-10-10"), signed("powiat-kielecki", "2025-10-10")}})
			},
			Want: []Want{want(cooperation.CodeAgreementWZKParties, "/agreements/2/parties/1")},
		},
		{
			Name: "declaration made to a ZZK", Base: "urban",
			Mistake: "The labour office's declaration of accession names the Rodzina C. ZZK where the PZK belongs. The labour office is not also reported as a PZK member without a declaration: the one it has is the PZK's, misaddressed.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "deklaracja-pup").Team = "zzk-rodzina-c" },
			Want:    []Want{want(cooperation.CodeAgreementDeclarationTeamMissing, "/agreements/2/team")},
		},
		{
			Name: "declaration without the leader", Base: "urban",
			Mistake: "The school's declaration of accession is made with the PCPR instead of the MOPS, the PZK's leader.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "deklaracja-sp")
				a.Parties[1] = "pcpr-radomsko"
				renameSignatures(a, "mops-radomsko", "pcpr-radomsko")
			},
			Want: []Want{want(cooperation.CodeAgreementDeclarationTeamMissing, "/agreements/7/parties")},
		},
		{
			Name: "annex dated before the agreement", Base: "rural",
			Mistake: "Annex 1 is dated 16 February 2025, before the agreement was signed (2026 was meant).",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-pzk").Annexes[0].Date = date("2025-02-16") },
			Want:    []Want{want(cooperation.CodeAgreementAnnexBeforeAgreement, "/agreements/1/annexes/0/date")},
		},
		{
			Name: "annex without signatures", Base: "rural",
			Mistake: "Annex 1 is entered without its signatures. It does not take effect until it is signed; that the party it adds (the counselling centre) is then uncovered, and that the agreement then ends within 60 days, is not reported again.",
			Bundle: func(b *ipw.Bundle) {
				agreement(b, "porozumienie-pzk").Annexes[0].Signatures = []cooperation.Signature{}
			},
			Want: []Want{want(cooperation.CodeAgreementAnnexUnsigned, "/agreements/1/annexes/0/signatures")},
		},
		{
			Name: "annex after the agreement ended", Base: "rural",
			Mistake: "The cooperation agreement is valid until 1 March 2026, and annex 1, which extends it, takes effect on 2 March: an agreement that has ended cannot be extended. What the annex would do is not reported again.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-pzk").ValidUntil = date("2026-03-01") },
			Want:    []Want{want(cooperation.CodeAgreementAnnexAfterExpiry, "/agreements/1/annexes/0/effectiveFrom")},
		},
		{
			Name: "withdrawal without its notice", Base: "rural",
			Mistake: "The police gives notice on 2 November 2026 and leaves on 10 November, where the agreement's 30 days of notice run to 2 December. Until then it is still bound, so it is not reported as uncovered.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "porozumienie-pzk")
				a.Withdrawals = append(a.Withdrawals, cooperation.Withdrawal{Party: "policja-kielce",
					NoticeDate: date("2026-11-02"), EffectiveDate: date("2026-11-10")})
			},
			Want: []Want{want(cooperation.CodeAgreementNoticeTooShort, "/agreements/1/withdrawals/0/effectiveDate")},
		},
	}
}
