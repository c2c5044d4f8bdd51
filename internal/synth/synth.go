// Package synth is the one generator of the project's synthetic bundles
// and scenarios, for its tests and benchmarks. Every person in them is
// fictional; the municipalities and their TERYT codes are real.
//
// Every bundle is built one way, as the model's Go types, from the same
// pieces (signature, workingDay, friday, the plan's parts), and reaches
// JSON, when a test or benchmark needs bytes, through the encoder the
// library itself uses; nothing writes a bundle's JSON by hand, so a change
// of the model is made here once. Two real gminas give it their data:
//
//   - Bundle, Plan and Scenario: a rural gmina, Masłów, with any number of
//     small plans (two goals, three actions) at every point of their year,
//     and a regular scenario over it — the simulation's tests and
//     benchmarks.
//   - Random: that gmina made irregular at random dates (annexes,
//     withdrawals, late and missing signatures, suspensions, extensions,
//     reviews, closures, stage records…) with random scenario events — the
//     inputs of the day-by-day differential tests of the simulation.
//   - ReferenceBundle, Reference and ReferenceDocument: a larger rural
//     gmina, Górno (twenty institutions, three agreements with annexes,
//     five goals × four actions per plan) — the reference bundles of the
//     benchmarks (cmd/kbench), as typed values, as bytes and as a generic
//     JSON document that tests edit as a municipality's file would be.
package synth

import (
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

type Date = cooperation.Date

func d(s string) Date { return cooperation.MustDate(s) }

func intp(n int) *int { return &n }

// signature is party's signature by who, in function, on a day: the one
// way both gminas' agreements are signed.
func signature(party, who, function string, on Date) cooperation.Signature {
	return cooperation.Signature{Party: party, Signatory: who, Function: function, Date: on}
}

// AsOf is the date the synthetic bundles are checked and simulated from.
var AsOf = d("2025-06-16")

// Bundle returns a rural bundle (gmina Masłów, TERYT 2604092) with n
// IPWs whose periods start in the twelve months before AsOf, so that the
// plans are at every stage of their year when the simulation starts. Each
// plan has two goals and three actions (labour office, PCPR with a
// capacity-limited service, the family's own commitment).
func Bundle(n int) *ipw.Bundle {
	pop := 11500
	sig := func(party, who, on string) cooperation.Signature { return signature(party, who, "kierownik", d(on)) }
	b := &ipw.Bundle{Partnership: cooperation.Partnership{
		SchemaVersion: cooperation.SchemaVersion,
		Variant:       cooperation.VariantRural,
		Municipality:  cooperation.Municipality{TERYT: "2604092", Name: "Gmina Masłów", Population: &pop},
		AsOf:          AsOf,
		Institutions: []cooperation.Institution{
			{ID: "gmina", Name: "Gmina Masłów", Kind: cooperation.KindGmina, TERYT: "2604092"},
			{ID: "gops", Name: "GOPS w Masłowie", Kind: cooperation.KindOPS, TERYT: "2604092"},
			{ID: "powiat", Name: "Powiat Kielecki", Kind: cooperation.KindPowiat, TERYT: "2604"},
			{ID: "pcpr", Name: "PCPR w Kielcach", Kind: cooperation.KindPCPR, TERYT: "2604"},
			{ID: "szkola", Name: "Szkoła Podstawowa w Masłowie", Kind: cooperation.KindSchool, TERYT: "2604092"},
			{ID: "policja", Name: "Posterunek Policji w Masłowie", Kind: cooperation.KindPolice, TERYT: "2604"},
			{ID: "pup", Name: "PUP w Kielcach", Kind: cooperation.KindPUP, TERYT: "2604"},
		},
		Services: []cooperation.Service{
			{ID: "terapia", Name: "Terapia rodzinna", Provider: "pcpr", MonthlyCapacity: intp(n/2 + 1)},
		},
		Teams: []cooperation.Team{{
			ID: "pzk", Kind: cooperation.TeamPZK, Name: "PZK Masłów", Formed: d("2024-01-08"),
			Members: []cooperation.Member{
				{Institution: "gops", Representative: "Ewa Przykładowa", Roles: []cooperation.Role{cooperation.RoleLeader, cooperation.RoleGminaAnimator}, Joined: d("2024-01-08")},
				{Institution: "pcpr", Representative: "Jan Testowy", Roles: []cooperation.Role{cooperation.RolePowiatAnimator}, Joined: d("2024-01-08")},
				{Institution: "szkola", Representative: "Anna Wzorcowa", Roles: []cooperation.Role{cooperation.RoleMember}, Joined: d("2024-01-08")},
				{Institution: "policja", Representative: "Piotr Fikcyjny", Roles: []cooperation.Role{cooperation.RoleMember}, Joined: d("2024-01-08")},
				{Institution: "pup", Representative: "Maria Umowna", Roles: []cooperation.Role{cooperation.RoleMember}, Joined: d("2024-01-08")},
			},
			Meetings: []cooperation.Meeting{
				{Date: d("2024-01-08"), Attendees: []string{"gops", "pcpr"}},
				{Date: d("2024-04-08"), Attendees: []string{"gops", "pcpr"}},
				{Date: d("2024-07-08"), Attendees: []string{"gops", "pcpr"}},
				{Date: d("2024-10-07"), Attendees: []string{"gops", "pcpr"}},
				{Date: d("2025-01-07"), Attendees: []string{"gops", "pcpr"}},
				{Date: d("2025-04-07"), Attendees: []string{"gops", "pcpr"}},
			},
		}},
		Agreements: []cooperation.Agreement{{
			ID: "lokalne", Kind: cooperation.AgreementLocal, Title: "Porozumienie o współpracy", Scope: "Wsparcie rodzin w modelu kooperacji",
			Parties: []string{"gmina", "gops", "powiat", "pcpr", "szkola", "policja", "pup"},
			Signatures: []cooperation.Signature{
				sig("gmina", "Jerzy Wójtowski", "2024-01-02"),
				sig("gops", "Ewa Przykładowa", "2024-01-02"),
				sig("powiat", "Karol Starościński", "2024-01-03"),
				sig("pcpr", "Jan Testowy", "2024-01-03"),
				sig("szkola", "Anna Wzorcowa", "2024-01-04"),
				sig("policja", "Piotr Fikcyjny", "2024-01-04"),
				sig("pup", "Maria Umowna", "2024-01-05"),
			},
			ValidUntil: d("2027-12-31"),
		}},
	}}
	for i := 0; i < n; i++ {
		b.IPWs = append(b.IPWs, Plan(i))
	}
	return b
}

// Plan returns synthetic plan number i: it starts i mod 360 days before
// AsOf (rounded to a Monday) and is planned for twelve months.
func Plan(i int) ipw.Plan {
	start := AsOf.AddDays(-(i % 360))
	for start.Weekday() != 1 {
		start = start.AddDays(1)
	}
	end := start.AddMonths(12).AddDays(-1)
	before := start.AddDays(-14)
	third := start.AddMonths(4)
	two := start.AddMonths(8)
	work := func(day Date) Date { return cooperation.NextWorkingDay(day) }
	p := ipw.Plan{
		ID:         fmt.Sprintf("ipw-%04d", i+1),
		Team:       "pzk",
		CaseWorker: ipw.CaseWorker{Institution: "gops", Name: "Ewa Przykładowa"},
		Beneficiary: ipw.Beneficiary{Kind: ipw.BeneficiaryFamily, Pseudonym: fmt.Sprintf("Rodzina %d", i+1),
			Members: []ipw.HouseholdMember{
				{ID: "m1", Role: ipw.MemberApplicant, BirthYear: 1980 + i%20},
				{ID: "m2", Role: ipw.MemberChild, BirthYear: 2015},
			}},
		Qualification: &ipw.Qualification{Date: before.AddDays(-14), ReferredBy: "gops", Reasons: []ipw.Reason{ipw.ReasonMultipleProblems}},
		Consent:       &ipw.Consent{Date: before.AddDays(-7), GivenBy: []string{"m1"}, Scope: []string{"gops", "pup", "pcpr"}},
		Diagnosis: &ipw.Diagnosis{Date: before, Methods: []ipw.Method{ipw.MethodGenogram, ipw.MethodPSR},
			Areas: []ipw.AreaDiagnosis{
				facets(ipw.AreaEmployment), facets(ipw.AreaParenting),
			}},
		Period: ipw.Period{Start: start, End: end},
		Goals: []ipw.Goal{
			{ID: "g1", Title: "Podjęcie pracy", Areas: []ipw.Area{ipw.AreaEmployment}, Measure: "umowa o pracę", Target: "zatrudnienie", TargetDate: work(two)},
			{ID: "g2", Title: "Wzmocnienie rodzicielstwa", Areas: []ipw.Area{ipw.AreaParenting}},
		},
		Actions: []ipw.Action{
			{ID: "a1", Goal: "g1", Title: "Szkolenie zawodowe", Responsible: ipw.Responsible{Institution: "pup"}, Start: start, Due: work(third), Status: ipw.ActionInProgress},
			{ID: "a2", Goal: "g2", Title: "Terapia rodzinna", Responsible: ipw.Responsible{Institution: "pcpr"}, Service: "terapia", Start: start, Due: work(two), Status: ipw.ActionInProgress},
			{ID: "a3", Goal: "g1", Title: "Poszukiwanie pracy", Responsible: ipw.Responsible{Member: "m1"}, Start: start, Due: work(end.AddDays(-20)), Status: ipw.ActionInProgress},
		},
		Signatures: []ipw.Signature{
			{Signer: ipw.Signer{Institution: "gops", Name: "Ewa Przykładowa"}, Date: start.AddDays(-3)},
			{Signer: ipw.Signer{Member: "m1"}, Date: start.AddDays(-3)},
		},
	}
	// Actions already past their deadline at AsOf were done on time, and
	// the plan was reviewed every two months up to AsOf.
	for k := range p.Actions {
		a := &p.Actions[k]
		if a.Due.Before(AsOf) {
			a.Status, a.Completed = ipw.ActionDone, a.Due
		}
	}
	for r := start.AddMonths(2); !r.After(AsOf) && r.Before(end); r = r.AddMonths(2) {
		p.Reviews = append(p.Reviews, ipw.Review{Date: r, Participants: []string{"gops", "pcpr"}, Decision: ipw.DecisionContinue})
	}
	return p
}

func facets(a ipw.Area) ipw.AreaDiagnosis {
	return ipw.AreaDiagnosis{Area: a, Problem: true, Causes: "c", Strengths: "s", Weaknesses: "w",
		Resources: "r", Deficits: "d", Expectations: "e", Needs: "n"}
}

// Scenario returns a scenario over b for months months after AsOf: every
// plan's first open action is done a week late, every fourth plan is
// reviewed, every tenth is suspended and resumed a month later, and every
// twentieth is closed early. With onTime, the rest completes on schedule.
func Scenario(b *ipw.Bundle, months int, onTime bool) *ipw.Scenario {
	horizon := AsOf.AddMonths(months)
	sc := &ipw.Scenario{Horizon: horizon, Assume: ipw.AssumeAsRecorded}
	if onTime {
		sc.Assume = ipw.AssumeOnTime
	}
	in := func(day Date) bool { return !day.Before(AsOf) && !day.After(horizon) }
	for i := range b.IPWs {
		p := &b.IPWs[i]
		for _, a := range p.Actions {
			if a.Status.Open() && i%20 != 7 {
				if day := a.Due.AddDays(7); in(day) {
					sc.Events = append(sc.Events, ipw.Event{Date: day, Type: ipw.EventActionDone, IPW: p.ID, Action: a.ID})
				}
				break
			}
		}
		if i%4 == 0 {
			sc.Events = append(sc.Events, ipw.Event{Date: AsOf.AddDays(10 + i%30), Type: ipw.EventReview, IPW: p.ID, Decision: ipw.DecisionContinue})
		}
		if i%10 == 3 {
			from := AsOf.AddDays(20 + i%40)
			sc.Events = append(sc.Events,
				ipw.Event{Date: from, Type: ipw.EventSuspend, IPW: p.ID, Reason: "pobyt w szpitalu"},
				ipw.Event{Date: from.AddMonths(1), Type: ipw.EventResume, IPW: p.ID})
		}
		if i%20 == 7 {
			sc.Events = append(sc.Events, ipw.Event{Date: AsOf.AddDays(30 + i%60), Type: ipw.EventClose, IPW: p.ID,
				Reason: string(ipw.ClosureBeneficiaryResigned)})
		}
	}
	return sc
}
