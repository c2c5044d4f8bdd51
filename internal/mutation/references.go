package mutation

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// referenceRows are ids that point nowhere or are used twice. The reference
// is reported where it is written (ref.unknown); every rule that would use
// it stays silent, and so does every rule that would conclude from the
// absence of an institution in the list that holds it, since the misspelt
// id may be the institution it would miss. Each place that names an id
// that does not exist is its own mistake (each is written, and corrected,
// on its own), except when the partnership shows the one edit behind them
// all: an institution whose id nothing names, and an id like it that only
// references name (ref.id_changed at the institution, see package ipw's
// refs_renamed.go).
func referenceRows() []Mutation {
	const (
		pup  = "pup-kielce"
		typo = "pup-kielc"
	)
	return []Mutation{
		{
			Name: "institution's id changed, not its references", Base: "rural",
			Mistake: "The labour office's id is changed to \"pup-kielcee\" in the list of institutions only: 24 places (its membership, party entry, signatures, the meetings it attended, its service, the IPWs' actions, consents and reviews) still name \"pup-kielce\". One edit, one finding at the id that was changed; the places that name the old id are not each a ref.unknown, nor does any rule that reads them speak.",
			Bundle:  func(b *ipw.Bundle) { institution(b, pup).ID = "pup-kielcee" },
			Want:    []Want{want(cooperation.CodeRefIDChanged, "/institutions/4/id")},
		},
		{
			Name: "misspelt institution in an action", Base: "rural",
			Mistake: "Action d1 of the Rodzina A. programme names its owner \"pup-kielc\" instead of \"pup-kielce\". Membership, agreement cover and consent scope are not judged for an owner that does not exist.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-2026-01"), "d1").Responsible.Institution = typo },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/ipws/0/actions/0/responsible/institution")},
		},
		{
			Name: "misspelt institution in the consent scope", Base: "rural",
			Mistake: "The family's consent names \"pup-kielc\" instead of \"pup-kielce\". The labour office's actions are not reported as outside the consent: the misspelt entry may be the labour office.",
			Bundle: func(b *ipw.Bundle) {
				c := plan(b, "ipw-2026-01").Consent
				c.Scope[2] = typo
			},
			Want: []Want{want(cooperation.CodeRefUnknown, "/ipws/0/consent/scope/2")},
		},
		{
			Name: "misspelt party of an agreement", Base: "rural",
			Mistake: "The cooperation agreement lists \"pup-kielc\" among its parties instead of \"pup-kielce\". The labour office's signatures are not reported as a non-party's, and no institution is reported as uncovered by this agreement: the misspelt party may be any of them.",
			Bundle: func(b *ipw.Bundle) {
				agreement(b, "porozumienie-pzk").Parties[4] = typo
			},
			Want: []Want{want(cooperation.CodeRefUnknown, "/agreements/1/parties/4")},
		},
		{
			Name: "misspelt signature of an agreement", Base: "rural",
			Mistake: "The labour office's signature under the cooperation agreement names \"pup-kielc\". The labour office is not reported as unsigned: the misspelt signature is probably its own.",
			Bundle: func(b *ipw.Bundle) {
				agreement(b, "porozumienie-pzk").Signatures[4].Party = typo
			},
			Want: []Want{want(cooperation.CodeRefUnknown, "/agreements/1/signatures/4/party")},
		},
		{
			Name: "misspelt signature of an annex", Base: "rural",
			Mistake: "The labour office's signature under annex 1 names \"pup-kielc\". The annex is not reported as unsigned, and what it changes (a new party, a later end) still counts.",
			Bundle: func(b *ipw.Bundle) {
				renameSignatures(&cooperation.Agreement{Annexes: agreement(b, "porozumienie-pzk").Annexes}, pup, typo)
			},
			Want: []Want{want(cooperation.CodeRefUnknown, "/agreements/1/annexes/0/signatures/4/party")},
		},
		{
			Name: "misspelt PZK member", Base: "rural",
			Mistake: "The PZK's member list names \"pup-kielc\". No action of the labour office is reported as owned by a non-member, its service is not reported as offered by a non-member, and the PZK's composition is not judged: the misspelt member may be any of them.",
			Bundle:  func(b *ipw.Bundle) { member(team(b, "pzk-maslow"), pup).Institution = typo },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/teams/0/members/2/institution")},
		},
		{
			Name: "misspelt OPS in the PZK", Base: "urban_rural",
			Mistake: "The PZK's member list names \"mgops-bogorya\" for the MGOPS. The PZK is not reported as lacking its OPS or its leader: the misspelt member is the OPS.",
			Bundle:  func(b *ipw.Bundle) { member(team(b, "pzk-bogoria"), "mgops-bogoria").Institution = "mgops-bogorya" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/teams/0/members/0/institution")},
		},
		{
			Name: "misspelt team of an IPW", Base: "urban",
			Mistake: "The Rodzina C. programme names its ZZK \"zzk-rodzina\". Whether the action owners belong to the team is not judged.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-c").Team = "zzk-rodzina" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/ipws/0/team")},
		},
		{
			Name: "misspelt parent of a GGK", Base: "urban_rural",
			Mistake: "The Rodzina B. group names its parent \"pzk-bogoria-2\". Whether its members belong to the PZK is not judged.",
			Bundle:  func(b *ipw.Bundle) { team(b, "ggk-rodzina-b").ParentTeam = "pzk-bogoria-2" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/teams/1/parentTeam")},
		},
		{
			Name: "misspelt party added by an annex", Base: "rural",
			Mistake: "Annex 1 adds \"ppp-kielc\" to the cooperation agreement instead of \"ppp-kielce\". The counselling centre is not reported as uncovered, nor its signature under the annex as a non-party's.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-pzk").Annexes[0].AddParties[0] = "ppp-kielc" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/agreements/1/annexes/0/addParties/0")},
		},
		{
			Name: "misspelt party of a withdrawal", Base: "rural",
			Mistake: "A withdrawal from the cooperation agreement names \"ngo-raz\", which does not exist; nobody is taken out of the agreement by it.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "porozumienie-pzk")
				a.Withdrawals = append(a.Withdrawals, cooperation.Withdrawal{Party: "ngo-raz", NoticeDate: date("2026-10-01")})
			},
			Want: []Want{want(cooperation.CodeRefUnknown, "/agreements/1/withdrawals/0/party")},
		},
		{
			Name: "misspelt provider of a service", Base: "rural",
			Mistake: "The day-care centre's provider is written \"ngo-raz\". Whether the provider belongs to the PZK, and whether the actions using the service are run by it, is not judged.",
			Bundle:  func(b *ipw.Bundle) { service(b, "swietlica").Provider = "ngo-raz" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/services/4/provider")},
		},
		{
			Name: "case team renamed", Base: "urban_rural",
			Mistake: "The Rodzina B. group's id is changed to \"ggk-rodzina\" while the programme still names \"ggk-rodzina-b\". The case-groups stage, which the programme's group shows, is not reported as unproven.",
			Bundle:  func(b *ipw.Bundle) { team(b, "ggk-rodzina-b").ID = "ggk-rodzina" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/ipws/0/team")},
		},
		{
			Name: "misspelt case worker's institution", Base: "urban",
			Mistake: "The Rodzina C. case worker's institution is written \"mops-radomsk\". The programme is not reported as unsigned by the case worker's institution: its signature is the MOPS's.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-c").CaseWorker.Institution = "mops-radomsk" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/ipws/0/caseWorker/institution")},
		},
		{
			Name: "misspelt goal of an action", Base: "urban",
			Mistake: "Action d5 of the Rodzina C. programme serves goal \"c22\", which the programme does not have. Goal c2, which it was meant to serve, is not reported as without an action.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-rodzina-c"), "d5").Goal = "c22" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/ipws/0/actions/4/goal")},
		},
		{
			Name: "misspelt service of an action", Base: "urban_rural",
			Mistake: "Action d9 of the Rodzina B. programme uses service \"aktywizacja\", which the basket does not have.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-rodzina-b"), "d9").Service = "aktywizacja" },
			Want:    []Want{want(cooperation.CodeRefUnknown, "/ipws/0/actions/8/service")},
		},
		{
			Name: "misspelt household member in the consent", Base: "urban_rural",
			Mistake: "The Rodzina B. consent is given by \"b-mama\", who is not a member of the household (the mother is \"b-matka\").",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-b").Consent.GivenBy[0] = "b-mama" },
			Want:    []Want{want(cooperation.CodeIPWMemberUnknown, "/ipws/0/consent/givenBy/0")},
		},
		{
			Name: "misspelt household member who signs", Base: "rural",
			Mistake: "The Pan K. programme is signed by household member \"kk\", who does not exist (he is \"k\"). The programme is not reported as unsigned, nor its stored status as wrong: the signature is probably his.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-2025-01")
				for k := range p.Signatures {
					if p.Signatures[k].Signer.Member == "k" {
						p.Signatures[k].Signer.Member = "kk"
					}
				}
			},
			Want: []Want{want(cooperation.CodeIPWMemberUnknown, "/ipws/1/signatures/1/signer/member")},
		},
		{
			Name: "misspelt goal in the closure", Base: "urban",
			Mistake: "The closure of the Pan D. programme gives the outcome of goal \"c11\", which does not exist, instead of \"c1\". Goal c1 is not reported as lacking its outcome.",
			Bundle: func(b *ipw.Bundle) {
				cl := plan(b, "ipw-pan-d").Closure
				cl.GoalOutcomes["c11"] = cl.GoalOutcomes["c1"]
				delete(cl.GoalOutcomes, "c1")
			},
			Want: []Want{want(cooperation.CodeRefUnknown, "/ipws/1/closure/goalOutcomes/c11")},
		},
		{
			Name: "goal entered twice", Base: "rural",
			Mistake: "The first goal of the Rodzina A. programme is copied to the end of the list with the same id \"c1\": an id names one goal only.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-2026-01")
				p.Goals = append(p.Goals, p.Goals[0])
			},
			Want: []Want{want(cooperation.CodeRefDuplicateID, "/ipws/0/goals/4/id")},
		},
	}
}
