package mutation

import (
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// noteRows are mistakes the check reports as warnings or notes: what is
// allowed but usually wrong, what is about to go wrong, what a reader
// should know. Each is one change to a valid example, and gives the one
// finding of its rule.
func noteRows() []Mutation {
	return []Mutation{
		{
			Name: "agreement ending within the warning window", Base: "urban",
			Mistake: "The coordination agreement of the gmina and its MOPS is given an end on 31 December 2026, 45 days after the check date; the profile warns 60 days ahead. Its parties stay covered by their accession declarations, so nothing else is at risk.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-koordynacja").ValidUntil = date("2026-12-31") },
			Want:    []Want{want(cooperation.CodeAgreementExpiring, "/agreements/0/validUntil")},
		},
		{
			Name: "agreement in force before it is signed", Base: "urban",
			Mistake: "The coordination agreement of the gmina and its MOPS says it is in force from 1 October 2025, a month before its parties signed it; it is in force only from the last signature, which its text should say.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-koordynacja").EffectiveFrom = date("2025-10-01") },
			Want:    []Want{want(cooperation.CodeAgreementEffectiveBeforeSigned, "/agreements/0/effectiveFrom")},
		},
		{
			Name: "school with another gmina's TERYT code", Base: "rural",
			Mistake: "The school in Masłów is given the TERYT code of another gmina of the powiat (a slip of one digit), so it lies outside the municipality.",
			Bundle:  func(b *ipw.Bundle) { institution(b, "sp-maslow").TERYT = "2604082" },
			Want:    []Want{want(cooperation.CodeInstitutionOutside, "/institutions/5/teryt")},
		},
		{
			Name: "deadline on a Saturday", Base: "rural",
			Mistake: "The school's action in the Rodzina A. programme is due on Saturday 20 March 2027; the deadline moves to the next working day, which the note says.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-2026-01"), "d5").Due = date("2027-03-20") },
			Want:    []Want{want(cooperation.CodeIPWActionDueNonWorkingDay, "/ipws/0/actions/4/due")},
		},
		{
			Name: "action past its deadline", Base: "rural",
			Mistake: "The PCPR's counselling for Rodzina A. was due on Friday 13 November 2026 and is still in progress on the check date.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-2026-01"), "d9").Due = date("2026-11-13") },
			Want:    []Want{want(cooperation.CodeIPWActionOverdue, "/ipws/0/actions/8/due")},
		},
		{
			Name: "no action of the family's own", Base: "urban",
			Mistake: "The Rodzina C. programme gives the mother's two commitments to the MOPS instead: the plan holds no action of the family itself.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-rodzina-c")
				for _, id := range []string{"d3", "d11"} {
					action(p, id).Responsible = ipw.Responsible{Institution: "mops-radomsko"}
				}
			},
			Want: []Want{want(cooperation.CodeIPWCommitmentMissing, "/ipws/0/actions")},
		},
		{
			Name: "second programme for the same family", Base: "urban_rural",
			Mistake: "Pani M.'s programme is entered with the household of Rodzina B. (its pseudonym and its members' birth years), while Rodzina B.'s own programme is still in progress: two programmes for one family.",
			Bundle: func(b *ipw.Bundle) {
				p, q := plan(b, "ipw-pani-m"), plan(b, "ipw-rodzina-b")
				p.Beneficiary.Kind = q.Beneficiary.Kind
				p.Beneficiary.Pseudonym = q.Beneficiary.Pseudonym
				p.Beneficiary.Members[0].BirthYear = q.Beneficiary.Members[0].BirthYear
				for i, m := range q.Beneficiary.Members[1:] {
					m.ID = "m-" + string(rune('a'+i))
					p.Beneficiary.Members = append(p.Beneficiary.Members, m)
				}
			},
			Want: []Want{want(cooperation.CodeIPWBeneficiaryDuplicate, "/ipws/1/beneficiary")},
		},
		{
			Name: "closed programme with an action still planned", Base: "urban",
			Mistake: "In Pan D.'s closed programme, the NGO's action that was cancelled is entered as still planned.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-pan-d"), "d6").Status = ipw.ActionPlanned },
			Want:    []Want{want(cooperation.CodeIPWClosedWithOpenActions, "/ipws/1/actions/5/status")},
		},
		{
			Name: "closure without a goal's outcome", Base: "rural",
			Mistake: "The closure of Pan K.'s programme leaves out the outcome of goal c3, which the goal itself does not record either.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-2025-01")
				delete(p.Closure.GoalOutcomes, "c3")
				goal(p, "c3").Outcome = ""
			},
			Want: []Want{want(cooperation.CodeIPWClosureEvaluationMissing, "/ipws/1/goals/2")},
		},
		{
			Name: "closure reason contradicting the outcomes", Base: "rural",
			Mistake: "Pan K.'s programme is closed with the reason \"goals partially achieved\", while every goal is recorded as achieved.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-2025-01").Closure.Reason = ipw.ClosureGoalsPartiallyAchieved },
			Want:    []Want{want(cooperation.CodeIPWClosureReasonInconsistent, "/ipws/1/closure/reason")},
		},
		{
			Name: "consent dated after the diagnosis", Base: "rural",
			Mistake: "Rodzina A.'s consent is dated 20 March 2026, two days after the diagnosis that used the family's data; it is still given before the programme starts.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-2026-01").Consent.Date = date("2026-03-20") },
			Want:    []Want{want(cooperation.CodeIPWConsentAfterDiagnosis, "/ipws/0/consent/date")},
		},
		{
			Name: "problem area diagnosed without expectations and needs", Base: "rural",
			Mistake: "The first problem area of Rodzina A.'s diagnosis leaves out the family's expectations and needs, one of the four facets the model asks for.",
			Bundle: func(b *ipw.Bundle) {
				a := &plan(b, "ipw-2026-01").Diagnosis.Areas[0]
				a.Expectations, a.Needs = "", ""
			},
			Want: []Want{want(cooperation.CodeIPWDiagnosisIncomplete, "/ipws/0/diagnosis/areas/0")},
		},
		{
			Name: "programme longer than usual", Base: "rural",
			Mistake: "Rodzina A.'s programme is planned until 30 June 2027, 15 months from its start: longer than the 13 months usual for the model, within the 24 allowed.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-2026-01").Period.End = date("2027-06-30") },
			Want:    []Want{want(cooperation.CodeIPWDurationLong, "/ipws/0/period/end")},
		},
		{
			Name: "goal due after the programme ends", Base: "rural",
			Mistake: "Goal c1 of Rodzina A. is to be reached on 30 June 2027, after the programme's end on 31 March 2027.",
			Bundle:  func(b *ipw.Bundle) { goal(plan(b, "ipw-2026-01"), "c1").TargetDate = date("2027-06-30") },
			Want:    []Want{want(cooperation.CodeIPWGoalTargetDateOutside, "/ipws/0/goals/0/targetDate")},
		},
		{
			Name: "review left out between two others", Base: "rural",
			Mistake: "The review of 18 May 2026 in Pan K.'s programme is not recorded: 168 days pass between the reviews of February and August, more than the 92 allowed.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-2025-01")
				p.Reviews = slices.DeleteFunc(p.Reviews, func(r ipw.Review) bool { return r.Date == date("2026-05-18") })
			},
			Want: []Want{want(cooperation.CodeIPWReviewGap, "/ipws/1/reviews/1")},
		},
		{
			Name: "reviews not held since June", Base: "rural",
			Mistake: "Rodzina A.'s programme records no review after 22 June 2026: on the check date the next one is overdue.",
			Bundle:  func(b *ipw.Bundle) { p := plan(b, "ipw-2026-01"); p.Reviews = p.Reviews[:1] },
			Want:    []Want{want(cooperation.CodeIPWReviewOverdue, "/ipws/0/reviews")},
		},
		{
			Name: "profile asking for more institutions per programme", Base: "rural",
			Mistake: "The bundle's profile asks for at least 5 institutions owning actions in each programme; Pan K.'s programme has 4.",
			Bundle: func(b *ipw.Bundle) {
				five := 5
				b.Profile = &cooperation.Profile{IPW: &cooperation.IPWProfile{MinInstitutions: &five}}
			},
			Want: []Want{want(cooperation.CodeIPWSingleInstitution, "/ipws/1/actions")},
		},
		{
			Name: "town below the urban model's population", Base: "urban",
			Mistake: "Radomsko's population is entered as 15 000 instead of 44 000: a town that small would take the urban-rural model, so the declared urban variant gets a warning.",
			Bundle:  func(b *ipw.Bundle) { n := 15000; b.Municipality.Population = &n },
			Want:    []Want{want(cooperation.CodeVariantMismatch, "/variant")},
		},
		{
			Name: "PESEL of a household member", Base: "rural",
			Mistake: "The PESEL of Rodzina A.'s partner is entered: valid, but the model identifies people by pseudonym and birth year, so the note asks to leave it out.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-2026-01").Beneficiary.Members[1].PESEL = "84051412359" },
			Want:    []Want{want(cooperation.CodePrivacyPESELPresent, "/ipws/0/beneficiary/members/1/pesel")},
		},
		{
			Name: "service booked beyond its capacity", Base: "rural",
			Mistake: "The labour office's activation service is given a capacity of 1 case a month, while the two programmes use it at once from May to July 2026.",
			Bundle:  func(b *ipw.Bundle) { one := 1; service(b, "aktywizacja-zawodowa").MonthlyCapacity = &one },
			Want: []Want{want(cooperation.CodeServiceCapacityExceeded, "/services/2"),
				also(cooperation.CodeServiceCapacityExceeded, "/services/2", "Capacity is judged month by month: June is a second month booked beyond it."),
				also(cooperation.CodeServiceCapacityExceeded, "/services/2", "Capacity is judged month by month: July is a third month booked beyond it.")},
		},
		{
			Name: "service of an institution outside the PZK", Base: "rural",
			Mistake: "A new service of the basket, housing advice, is provided by the powiat itself, which has never been a member of the PZK.",
			Bundle: func(b *ipw.Bundle) {
				b.Services = append(b.Services, cooperation.Service{ID: "poradnictwo-mieszkaniowe", Name: "Poradnictwo mieszkaniowe", Provider: "powiat-kielecki"})
			},
			Want: []Want{want(cooperation.CodeServiceProviderNotMember, "/services/6/provider")},
		},
		{
			Name: "second leader of the PZK", Base: "urban_rural",
			Mistake: "The PCPR is entered as a second leader of the PZK besides the MGOPS.",
			Bundle: func(b *ipw.Bundle) {
				m := member(team(b, "pzk-bogoria"), "pcpr-staszow")
				m.Roles = []cooperation.Role{cooperation.RoleLeader}
			},
			Want: []Want{want(cooperation.CodeTeamLeaderMultiple, "/teams/0/members/1/roles"),
				also(cooperation.CodeTeamLeaderNotOPS, "/teams/0/members/1/institution", "A leader must come from the OPS or CUS; the PCPR may not lead even alone, so this is a mistake of its own.")},
		},
		{
			Name: "PZK meetings of the autumn not recorded", Base: "rural",
			Mistake: "The PZK's meetings of September and November 2026 are not recorded: on the check date the last one, of July, is more than 92 days old.",
			Bundle: func(b *ipw.Bundle) {
				t := team(b, "pzk-maslow")
				t.Meetings = slices.DeleteFunc(t.Meetings, func(m cooperation.Meeting) bool { return m.Date.After(date("2026-08-01")) })
			},
			Want: []Want{want(cooperation.CodeTeamMeetingGap, "/teams/0/meetings")},
		},
	}
}
