package simulate

import (
	"maps"
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Copies: a simulation never changes the caller's bundle.

func copyBundle(b *ipw.Bundle) *ipw.Bundle {
	out := *b
	out.Institutions = slices.Clone(b.Institutions)
	out.Services = slices.Clone(b.Services)
	out.Teams = make([]cooperation.Team, len(b.Teams))
	for i, t := range b.Teams {
		t.Members = slices.Clone(t.Members)
		for j := range t.Members {
			t.Members[j].Roles = slices.Clone(t.Members[j].Roles)
		}
		t.Meetings = slices.Clone(t.Meetings)
		out.Teams[i] = t
	}
	out.Agreements = make([]cooperation.Agreement, len(b.Agreements))
	for i, a := range b.Agreements {
		a.Parties = slices.Clone(a.Parties)
		a.Signatures = slices.Clone(a.Signatures)
		a.Annexes = slices.Clone(a.Annexes)
		for j := range a.Annexes {
			x := &a.Annexes[j]
			x.AddParties, x.RemoveParties = slices.Clone(x.AddParties), slices.Clone(x.RemoveParties)
			x.Signatures = slices.Clone(x.Signatures)
		}
		a.Withdrawals = slices.Clone(a.Withdrawals)
		out.Agreements[i] = a
	}
	out.IPWs = make([]ipw.Plan, len(b.IPWs))
	for i := range b.IPWs {
		out.IPWs[i] = copyPlan(&b.IPWs[i])
	}
	out.Stages = slices.Clone(b.Stages)
	out.Extensions = slices.Clone(b.Extensions)
	return &out
}

func copyPlan(p *ipw.Plan) ipw.Plan {
	out := *p
	out.Beneficiary.Members = slices.Clone(p.Beneficiary.Members)
	if p.Qualification != nil {
		q := *p.Qualification
		q.Reasons = slices.Clone(q.Reasons)
		out.Qualification = &q
	}
	if p.Consent != nil {
		c := *p.Consent
		c.GivenBy, c.Scope = slices.Clone(c.GivenBy), slices.Clone(c.Scope)
		out.Consent = &c
	}
	if p.Diagnosis != nil {
		d := *p.Diagnosis
		d.Methods, d.Areas = slices.Clone(d.Methods), slices.Clone(d.Areas)
		out.Diagnosis = &d
	}
	out.Goals = slices.Clone(p.Goals)
	for i := range out.Goals {
		out.Goals[i].Areas = slices.Clone(out.Goals[i].Areas)
	}
	out.DeferredAreas = slices.Clone(p.DeferredAreas)
	out.Actions = slices.Clone(p.Actions)
	out.Reviews = slices.Clone(p.Reviews)
	for i := range out.Reviews {
		out.Reviews[i].Participants = slices.Clone(out.Reviews[i].Participants)
	}
	out.Suspensions = slices.Clone(p.Suspensions)
	out.Signatures = slices.Clone(p.Signatures)
	if p.Closure != nil {
		c := *p.Closure
		c.GoalOutcomes = maps.Clone(p.Closure.GoalOutcomes)
		out.Closure = &c
	}
	return out
}
