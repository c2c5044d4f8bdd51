package ipw

import (
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// refBundle has one of every kind of reference, each resolving.
func refBundle() *Bundle {
	sig := []cooperation.Signature{{Party: "ops"}}
	b := &Bundle{}
	b.Institutions = []cooperation.Institution{{ID: "ops"}, {ID: "pcpr"}}
	b.Services = []cooperation.Service{{ID: "svc", Provider: "pcpr"}}
	b.Teams = []cooperation.Team{
		{ID: "pzk", Members: []cooperation.Member{{Institution: "ops"}},
			Meetings: []cooperation.Meeting{{Attendees: []string{"ops", "pcpr"}}}},
		{ID: "zi", ParentTeam: "pzk"},
	}
	b.Agreements = []cooperation.Agreement{{
		ID: "ag", Parties: []string{"ops", "pcpr"}, Signatures: sig, Team: "pzk",
		Annexes:     []cooperation.Annex{{ID: "an", AddParties: []string{"pcpr"}, RemoveParties: []string{"pcpr"}, Signatures: sig}},
		Withdrawals: []cooperation.Withdrawal{{Party: "pcpr"}},
	}}
	b.IPWs = []Plan{{
		ID: "ipw", Team: "zi", CaseWorker: CaseWorker{Institution: "ops"},
		Beneficiary:   Beneficiary{Members: []HouseholdMember{{ID: "m1"}}},
		Qualification: &Qualification{ReferredBy: "pcpr"},
		Consent:       &Consent{GivenBy: []string{"m1"}, Scope: []string{"ops", "pcpr"}},
		Goals:         []Goal{{ID: "g1"}},
		Actions:       []Action{{ID: "a1", Goal: "g1", Responsible: Responsible{Institution: "ops", Member: "m1"}, Service: "svc"}},
		Reviews:       []Review{{Participants: []string{"ops"}}},
		Signatures:    []Signature{{Signer: Signer{Member: "m1", Institution: "ops"}}},
		Closure:       &Closure{GoalOutcomes: map[string]Outcome{"g1": "achieved"}},
	}}
	return b
}

// Every reference, broken alone, gives one finding at its own path.
func TestCheckReferencesEveryKind(t *testing.T) {
	var f cooperation.Findings
	var none cooperation.Broken
	checkReferences(refBundle(), &f, &none)
	if f.Len() != 0 || none.Len() != 0 {
		t.Fatalf("the resolving bundle gives %v", f.Raw())
	}
	unknown, member := cooperation.CodeRefUnknown, cooperation.CodeIPWMemberUnknown
	cases := []struct {
		path   cooperation.Path
		code   cooperation.Code
		break_ func(b *Bundle)
	}{
		{"/services/0/provider", unknown, func(b *Bundle) { b.Services[0].Provider = "x" }},
		{"/teams/1/parentTeam", unknown, func(b *Bundle) { b.Teams[1].ParentTeam = "x" }},
		{"/teams/0/members/0/institution", unknown, func(b *Bundle) { b.Teams[0].Members[0].Institution = "x" }},
		{"/teams/0/meetings/0/attendees/1", unknown, func(b *Bundle) { b.Teams[0].Meetings[0].Attendees[1] = "x" }},
		{"/agreements/0/parties/1", unknown, func(b *Bundle) { b.Agreements[0].Parties[1] = "x" }},
		{"/agreements/0/signatures/0/party", unknown, func(b *Bundle) { b.Agreements[0].Signatures = []cooperation.Signature{{Party: "x"}} }},
		{"/agreements/0/team", unknown, func(b *Bundle) { b.Agreements[0].Team = "x" }},
		{"/agreements/0/annexes/0/addParties/0", unknown, func(b *Bundle) { b.Agreements[0].Annexes[0].AddParties[0] = "x" }},
		{"/agreements/0/annexes/0/removeParties/0", unknown, func(b *Bundle) { b.Agreements[0].Annexes[0].RemoveParties[0] = "x" }},
		{"/agreements/0/annexes/0/signatures/0/party", unknown, func(b *Bundle) { b.Agreements[0].Annexes[0].Signatures = []cooperation.Signature{{Party: "x"}} }},
		{"/agreements/0/withdrawals/0/party", unknown, func(b *Bundle) { b.Agreements[0].Withdrawals[0].Party = "x" }},
		{"/ipws/0/team", unknown, func(b *Bundle) { b.IPWs[0].Team = "x" }},
		{"/ipws/0/caseWorker/institution", unknown, func(b *Bundle) { b.IPWs[0].CaseWorker.Institution = "x" }},
		{"/ipws/0/qualification/referredBy", unknown, func(b *Bundle) { b.IPWs[0].Qualification.ReferredBy = "x" }},
		{"/ipws/0/consent/givenBy/0", member, func(b *Bundle) { b.IPWs[0].Consent.GivenBy[0] = "x" }},
		{"/ipws/0/consent/scope/1", unknown, func(b *Bundle) { b.IPWs[0].Consent.Scope[1] = "x" }},
		{"/ipws/0/actions/0/goal", unknown, func(b *Bundle) { b.IPWs[0].Actions[0].Goal = "x" }},
		{"/ipws/0/actions/0/responsible/institution", unknown, func(b *Bundle) { b.IPWs[0].Actions[0].Responsible.Institution = "x" }},
		{"/ipws/0/actions/0/responsible/member", member, func(b *Bundle) { b.IPWs[0].Actions[0].Responsible.Member = "x" }},
		{"/ipws/0/actions/0/service", unknown, func(b *Bundle) { b.IPWs[0].Actions[0].Service = "x" }},
		{"/ipws/0/reviews/0/participants/0", unknown, func(b *Bundle) { b.IPWs[0].Reviews[0].Participants[0] = "x" }},
		{"/ipws/0/signatures/0/signer/member", member, func(b *Bundle) { b.IPWs[0].Signatures[0].Signer.Member = "x" }},
		{"/ipws/0/signatures/0/signer/institution", unknown, func(b *Bundle) { b.IPWs[0].Signatures[0].Signer.Institution = "x" }},
		{"/ipws/0/closure/goalOutcomes/x~1y", unknown, func(b *Bundle) { b.IPWs[0].Closure.GoalOutcomes = map[string]Outcome{"x/y": "achieved"} }},
	}
	for _, c := range cases {
		b := refBundle()
		c.break_(b)
		var f cooperation.Findings
		var broken cooperation.Broken
		checkReferences(b, &f, &broken)
		got := f.Raw()
		if len(got) != 1 || got[0].Code != c.code || got[0].Path != c.path {
			t.Errorf("broken %s: %v, want one %s there", c.path, got, c.code)
		}
		if broken.Len() != 1 || !broken.Under(c.path) {
			t.Errorf("broken %s: the set of broken references does not hold it", c.path)
		}
	}
}

// checkReferences runs every reference check of b: the partnership's, each
// plan's, and the plans' ids; broken gets the paths of the broken ones.
func checkReferences(b *Bundle, f *cooperation.Findings, broken *cooperation.Broken) {
	ids := partnershipReferences(b, f, broken)
	for i := range b.IPWs {
		refs{f: f, broken: broken}.plan(&b.IPWs[i], pathIPWList.Index(i), ids)
	}
	uniqueIDs(f, pathIPWList, len(b.IPWs), func(i int) (string, label) { return b.IPWs[i].ID, same(planName(&b.IPWs[i])) })
}
