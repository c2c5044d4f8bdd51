package mutation

import (
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// ipwRows are mistakes in the individual cooperation programmes (IPW).
func ipwRows() []Mutation {
	return []Mutation{
		{
			Name: "programme run by the PZK in the urban variant", Base: "urban",
			Mistake: "The Rodzina C. programme names the PZK as its team; in the urban variant a ZZK runs each case.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-c").Team = "pzk-radomsko" },
			Want:    []Want{want(cooperation.CodeIPWTeamKindMismatch, "/ipws/0/team")},
		},
		{
			Name: "case worker from the PCPR", Base: "rural",
			Mistake: "The Rodzina A. programme's case worker is recorded as working at the PCPR; the case worker is a social worker of the OPS or CUS.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-2026-01")
				p.CaseWorker.Institution = "pcpr-kielce"
				for k := range p.Signatures {
					if p.Signatures[k].Signer.Institution == "gops-maslow" {
						p.Signatures[k].Signer.Institution = "pcpr-kielce"
					}
				}
			},
			Want: []Want{want(cooperation.CodeIPWCaseWorkerNotOPS, "/ipws/0/caseWorker/institution")},
		},
		{
			Name: "programme without its qualification", Base: "urban",
			Mistake: "The Rodzina C. programme does not record how the family was qualified.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-c").Qualification = nil },
			Want:    []Want{want(cooperation.CodeIPWQualificationMissing, "/ipws/0")},
		},
		{
			Name: "programme without the family's consent", Base: "urban_rural",
			Mistake: "The Rodzina B. programme does not record the family's consent. What the consent would cover is not judged.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-b").Consent = nil },
			Want:    []Want{want(cooperation.CodeIPWConsentMissing, "/ipws/0")},
		},
		{
			Name: "consent given by a child", Base: "rural",
			Mistake: "The Rodzina A. consent is given by the son, a minor, instead of his mother's partner.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-2026-01")
				for _, m := range p.Beneficiary.Members {
					if m.Role == ipw.MemberChild {
						p.Consent.GivenBy[1] = m.ID
						return
					}
				}
			},
			Want: []Want{want(cooperation.CodeIPWConsentByMinor, "/ipws/0/consent/givenBy/1")},
		},
		{
			Name: "action owner outside the consent", Base: "rural",
			Mistake: "The family's consent does not name the NGO, which runs the day-care centre action d7: its data may not be shared with the NGO.",
			Bundle: func(b *ipw.Bundle) {
				c := plan(b, "ipw-2026-01").Consent
				c.Scope = slices.DeleteFunc(c.Scope, func(id string) bool { return id == "ngo-razem" })
			},
			Want: []Want{want(cooperation.CodeIPWConsentScope, "/ipws/0/actions/6/responsible/institution")},
		},
		{
			Name: "consent withdrawn with actions open", Base: "urban",
			Mistake: "The Rodzina C. family withdraws its consent on 10 November 2026 while the programme goes on: the institutions' open actions may not continue without it.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-c").Consent.Withdrawn = date("2026-11-10") },
			Want: []Want{
				want(cooperation.CodeIPWConsentWithdrawnActive, "/ipws/0/actions/5/status"),
				also(cooperation.CodeIPWConsentWithdrawnActive, "/ipws/0/actions/6/status",
					"Each open action is work an institution must stop, or the programme must be suspended or closed: the finding names each action to be dealt with."),
			},
		},
		{
			Name: "programme without a diagnosis", Base: "urban",
			Mistake: "The Rodzina C. programme has no diagnosis. Its goals' areas are not judged against a diagnosis that is not there.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-c").Diagnosis = nil },
			Want:    []Want{want(cooperation.CodeIPWDiagnosisMissing, "/ipws/0")},
		},
		{
			Name: "diagnosis after the start", Base: "rural",
			Mistake: "The Rodzina A. diagnosis is dated 18 April 2026, after the programme started on 1 April (March was meant).",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-2026-01").Diagnosis.Date = date("2026-04-18") },
			Want:    []Want{want(cooperation.CodeIPWDiagnosisAfterStart, "/ipws/0/diagnosis/date")},
		},
		{
			Name: "diagnosed problem without a goal", Base: "urban_rural",
			Mistake: "The Rodzina B. diagnosis adds the father's drinking as a problem; no goal addresses it and it is not deferred with a reason.",
			Bundle: func(b *ipw.Bundle) {
				d := plan(b, "ipw-rodzina-b").Diagnosis
				d.Areas = append(d.Areas, ipw.AreaDiagnosis{Area: ipw.AreaAddiction, Problem: true,
					Causes: "Picie w weekendy po utracie pracy", Strengths: "Ojciec przyznaje, że ma problem", Weaknesses: "Nie był na terapii",
					Resources: "Poradnia w Staszowie", Deficits: "Dojazd do poradni", Expectations: "Rodzina chce spokojnych weekendów", Needs: "Konsultacja terapeuty"})
			},
			Want: []Want{want(cooperation.CodeIPWAreaWithoutGoal, "/ipws/0/diagnosis/areas/7")},
		},
		{
			Name: "goal in an area not diagnosed", Base: "rural",
			Mistake: "Goal c2 of the Rodzina A. programme is said to address disability, which the diagnosis does not cover (education was meant). The diagnosed education problem is not reported as left without a goal: the misnamed area may be it.",
			Bundle:  func(b *ipw.Bundle) { goal(plan(b, "ipw-2026-01"), "c2").Areas[0] = ipw.AreaDisability },
			Want:    []Want{want(cooperation.CodeIPWGoalAreaUnknown, "/ipws/0/goals/1/areas/0")},
		},
		{
			Name: "goal without an action", Base: "urban",
			Mistake: "The actions of goal c3 of the Rodzina C. programme are removed: a goal is pursued through at least one action.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-rodzina-c")
				p.Actions = slices.DeleteFunc(p.Actions, func(a ipw.Action) bool { return a.Goal == "c3" })
			},
			Want: []Want{want(cooperation.CodeIPWGoalWithoutAction, "/ipws/0/goals/2")},
		},
		{
			Name: "target without a measure", Base: "rural",
			Mistake: "Goal c3 of the Rodzina A. programme sets a target but no measure to tell whether it is reached.",
			Bundle:  func(b *ipw.Bundle) { goal(plan(b, "ipw-2026-01"), "c3").Measure = "" },
			Want:    []Want{want(cooperation.CodeIPWGoalTargetWithoutMeasure, "/ipws/0/goals/2/target")},
		},
		{
			Name: "action due before it starts", Base: "urban_rural",
			Mistake: "Action d10 of the Rodzina B. programme is due on 18 December 2025, before it starts on 1 June 2026 (2026 was meant). Its span is not judged against the period, the team or the agreement.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-rodzina-b"), "d10").Due = date("2025-12-18") },
			Want:    []Want{want(cooperation.CodeIPWActionDatesInvalid, "/ipws/0/actions/9/due")},
		},
		{
			Name: "action due after the programme ends", Base: "urban_rural",
			Mistake: "Action d3 of the Pani M. programme is due on 30 November 2027, after the programme ends on 29 October 2027.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-pani-m"), "d3").Due = date("2027-11-30") },
			Want:    []Want{want(cooperation.CodeIPWActionOutsidePeriod, "/ipws/1/actions/2/due")},
		},
		{
			Name: "action owned by an institution outside the team", Base: "urban",
			Mistake: "Action d1 of the Rodzina C. programme is given to the municipal police, which is not in the Rodzina C. ZZK (the consent is widened to it, so that only the team is wrong).",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-rodzina-c")
				action(p, "d1").Responsible.Institution = "sm-radomsko"
				p.Consent.Scope = append(p.Consent.Scope, "sm-radomsko")
			},
			Want: []Want{want(cooperation.CodeIPWActionResponsibleNotMember, "/ipws/0/actions/0/responsible/institution")},
		},
		{
			Name: "action before the declaration was signed", Base: "urban",
			Mistake: "The housing administration (ZGM) signs its declaration on 12 January 2026, although the declaration says it is in force from 20 November 2025; ZGM's action d1 for Rodzina C. ran from 5 January. An agreement is in force only from its last signature, so the action's first week was not covered.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "deklaracja-zgm")
				a.EffectiveFrom = date("2025-11-20")
				a.Signatures[0].Date = date("2026-01-12")
			},
			Want: []Want{
				want(cooperation.CodeIPWActionNotCovered, "/ipws/0/actions/0/responsible/institution"),
				also(cooperation.CodeAgreementEffectiveBeforeSigned, "/agreements/10/effectiveFrom",
					"A warning about the declaration's text: it claims an effect from before it was signed, which no signature can give it. Whether ZGM's work in January was covered is the action's question; the declaration's date is a record to correct either way."),
				also(cooperation.CodeStageEvidenceMissing, "/stages/4",
					"The formalisation stage is recorded as completed on 21 November 2025, when ZGM, a PZK member since 20 November, had not yet signed: the stage's date must move to January 2026, a correction of its own."),
			},
		},
		{
			Name: "annex in force after its new party began", Base: "rural",
			Mistake: "Annex 1, which adds the counselling centre (PPP) to the cooperation agreement, is said to take effect on 1 May 2026, while the PPP's diagnosis (action d6 for Rodzina A.) ran from 13 April: the PPP worked two weeks without cover.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-pzk").Annexes[0].EffectiveFrom = date("2026-05-01") },
			Want:    []Want{want(cooperation.CodeIPWActionNotCovered, "/ipws/0/actions/5/responsible/institution")},
		},
		{
			Name: "action using another provider's service", Base: "urban_rural",
			Mistake: "Action d5 of the Rodzina B. programme, run by the school, is said to use the PPP's diagnosis service: only the provider delivers its service.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-rodzina-b"), "d5").Service = "diagnoza-ppp" },
			Want:    []Want{want(cooperation.CodeIPWActionServiceMismatch, "/ipws/0/actions/4/service")},
		},
		{
			Name: "action done without a date", Base: "rural",
			Mistake: "Action d3 of the Rodzina A. programme is marked done without its completion date.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-2026-01"), "d3").Completed = cooperation.Date{} },
			Want:    []Want{want(cooperation.CodeIPWActionCompletionMissing, "/ipws/0/actions/2")},
		},
		{
			Name: "action completed in the future", Base: "urban",
			Mistake: "Action d5 of the Rodzina C. programme is recorded as completed on 24 July 2027 (2026 was meant), after the date of the check.",
			Bundle:  func(b *ipw.Bundle) { action(plan(b, "ipw-rodzina-c"), "d5").Completed = date("2027-07-24") },
			Want:    []Want{want(cooperation.CodeIPWActionCompletedInFuture, "/ipws/0/actions/4/completed")},
		},
		{
			Name: "programme ends before it starts", Base: "urban_rural",
			Mistake: "The Pani M. programme ends on 29 October 2026, before it starts on 1 December 2026 (2027 was meant). Its actions and goals are not judged against a period that cannot be read.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-pani-m").Period.End = date("2026-10-29") },
			Want:    []Want{want(cooperation.CodeIPWPeriodInvalid, "/ipws/1/period/end")},
		},
		{
			Name: "programme starts in the wrong year", Base: "urban",
			Mistake: "The Rodzina C. programme is said to start on 5 January 2027 instead of 2026, after its end. Its stored status (in progress) is not reported as wrong: the status follows from a period that cannot be read.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-rodzina-c").Period.Start = date("2027-01-05") },
			Want:    []Want{want(cooperation.CodeIPWPeriodInvalid, "/ipws/0/period/end")},
		},
		{
			Name: "programme longer than the maximum", Base: "rural",
			Mistake: "The Rodzina A. programme is planned to end on 31 March 2029, three years after its start; the maximum is 24 months.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-2026-01").Period.End = date("2029-03-31") },
			Want:    []Want{want(cooperation.CodeIPWDurationExceeds, "/ipws/0/period/end")},
		},
		{
			Name: "extension that shortens", Base: "urban",
			Mistake: "The review that extends the Rodzina C. programme gives a new end of 29 November 2026, earlier than the end in force (4 December 2026): an extension moves the end later. The actions planned to the meant new end are not judged against a period the review failed to set.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-rodzina-c")
				for k := range p.Reviews {
					if p.Reviews[k].Decision == ipw.DecisionExtend {
						p.Reviews[k].NewEnd = date("2026-11-29")
					}
				}
			},
			Want: []Want{want(cooperation.CodeIPWReviewExtendInvalid, "/ipws/0/reviews/2/newEnd")},
		},
		{
			Name: "programme carried out unsigned", Base: "urban_rural",
			Mistake: "The family's signatures under the Rodzina B. programme are missing, while its actions are under way. Its stored status (in progress) is not also reported as wrong: the missing signatures are the one thing to fix.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-rodzina-b")
				p.Signatures = slices.DeleteFunc(p.Signatures, func(s ipw.Signature) bool { return s.Signer.Member != "" })
			},
			Want: []Want{want(cooperation.CodeIPWSignatureMissing, "/ipws/0/signatures")},
		},
		{
			Name: "stored status out of date", Base: "rural",
			Mistake: "The closed Pan K. programme is still marked in progress: the status follows from the data.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-2025-01").Status = ipw.StatusInProgress },
			Want:    []Want{want(cooperation.CodeIPWStatusMismatch, "/ipws/1/status")},
		},
		{
			Name: "closure without a reason", Base: "urban",
			Mistake: "The closure of the Pan D. programme does not say why it closed.",
			Bundle:  func(b *ipw.Bundle) { plan(b, "ipw-pan-d").Closure.Reason = "" },
			Want:    []Want{want(cooperation.CodeIPWClosureReasonMissing, "/ipws/1/closure")},
		},
	}
}
