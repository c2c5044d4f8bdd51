package ipw_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// A fictional PESEL (born 1871: nobody alive holds it) and a broken copy.
const (
	validPESEL   = "71851212342"
	invalidPESEL = "71851212343"
)

// ours reports whether a finding comes from the rules of this package's
// plans: every ipw.* code, the household members' identifiers and the
// capacity of the services the plans book. Rows assert these exactly; the
// partnership's own rules are tested in package cooperation.
func ours(code cooperation.Code) bool {
	switch code {
	case cooperation.CodePESELInvalid, cooperation.CodePrivacyPESELPresent, cooperation.CodeServiceCapacityExceeded:
		return true
	}
	return strings.HasPrefix(string(code), "ipw.") && code != cooperation.CodeIPWMemberUnknown
}

// at formats a finding as "code path", the form rows want.
func at(code cooperation.Code, path string) string { return string(code) + " " + path }

func keys(fs []cooperation.Finding) []string {
	var out []string
	for _, f := range fs {
		if ours(f.Code) {
			out = append(out, at(f.Code, string(f.Path)))
		}
	}
	slices.Sort(out)
	return out
}

// Shorthands for the two plans of the fixture.
func p0(b *ipw.Bundle) *ipw.Plan { return &b.IPWs[0] }
func p1(b *ipw.Bundle) *ipw.Plan { return &b.IPWs[1] }

// extend adds a review on 2026-03-09 extending the Jaskółki plan to newEnd.
func extend(b *ipw.Bundle, newEnd string) {
	r := ipw.Review{Date: d("2026-03-09"), Participants: []string{"gops", "pcpr"}, Decision: ipw.DecisionExtend}
	if newEnd != "" {
		r.NewEnd = d(newEnd)
	}
	p0(b).Reviews = append(p0(b).Reviews, r)
}

// suspend suspends the Jaskółki plan from from, until further notice.
func suspend(b *ipw.Bundle, from string) {
	p0(b).Suspensions = []ipw.Suspension{{From: d(from), Reason: "Pobyt wnioskodawczyni w szpitalu"}}
	p0(b).Status = ipw.StatusSuspended
}

// successor returns a new plan for the Jaskółki family starting on start,
// signed and otherwise valid, with planned actions from April 2026 on.
func successor(id, start string) ipw.Plan {
	p := jaskolki()
	p.ID = id
	p.Period = ipw.Period{Start: d(start), End: d("2026-09-30")}
	p.Reviews = nil
	for i := range p.Goals {
		p.Goals[i].TargetDate = cooperation.Date{}
	}
	p.Actions = []ipw.Action{
		{ID: "a1", Goal: "g1", Title: "Szkolenie zawodowe", Responsible: ipw.Responsible{Institution: "pup"},
			Start: d("2026-04-07"), Due: d("2026-06-30"), Status: ipw.ActionPlanned},
		{ID: "a2", Goal: "g2", Title: "Praca socjalna", Responsible: ipw.Responsible{Institution: "gops"},
			Start: d("2026-04-01"), Due: d("2026-09-30"), Status: ipw.ActionPlanned},
		{ID: "a3", Goal: "g2", Title: "Kontakt z wychowawcą", Responsible: ipw.Responsible{Member: "m2"},
			Start: d("2026-04-01"), Due: d("2026-09-30"), Status: ipw.ActionPlanned},
	}
	p.Status = ""
	return p
}

// caseTeam makes both plans run by a GGK of the given institutions, joined
// with the PZK, as the profile asks.
func caseTeam(b *ipw.Bundle, members ...string) {
	ggk := cooperation.TeamGGK
	b.Profile = &cooperation.Profile{Team: &cooperation.TeamProfile{CaseTeamKind: &ggk}}
	t := cooperation.Team{ID: "ggk", Kind: ggk, Name: "GGK Jaskółki", Formed: d("2024-10-07"), ParentTeam: "pzk"}
	for _, m := range members {
		roles := []cooperation.Role{cooperation.RoleMember}
		if m == "gops" {
			roles = []cooperation.Role{cooperation.RoleCoordinator, cooperation.RoleCaseWorker}
		}
		t.Members = append(t.Members, cooperation.Member{Institution: m, Representative: "Osoba " + m, Roles: roles, Joined: d("2024-10-07")})
	}
	b.Teams = append(b.Teams, t)
	p0(b).Team, p1(b).Team = "ggk", "ggk"
}

type ruleRow struct {
	name   string
	reason string
	asOf   string // "" = fixtureAsOf
	change func(b *ipw.Bundle)
	want   []string // at(code, path), any order
}

// ruleRows holds, for every code the package owns, a case that fires at the
// expected pointer and a near miss that must stay silent.
var ruleRows = []ruleRow{
	// Status.
	{"status_mismatch/fires", "stored closed, but no closure: in progress", "",
		func(b *ipw.Bundle) { p0(b).Status = ipw.StatusClosed },
		[]string{at(cooperation.CodeIPWStatusMismatch, "/ipws/0/status")}},
	{"status_mismatch/absent status", "a status that is not stored is not checked", "",
		func(b *ipw.Bundle) { p0(b).Status = "" }, nil},
	{"status_mismatch/suspended", "stored suspended under a suspension covering asOf", "",
		func(b *ipw.Bundle) { suspend(b, "2026-03-02") }, nil},
	{"status_mismatch/agreed before start", "signed, start after asOf: agreed", "2025-03-31",
		func(b *ipw.Bundle) {
			b.IPWs = b.IPWs[:1]
			p0(b).Status, p0(b).Reviews = ipw.StatusAgreed, nil
			for i := range p0(b).Actions {
				p0(b).Actions[i].Status, p0(b).Actions[i].Completed = ipw.ActionPlanned, cooperation.Date{}
			}
		}, nil},

	// Team and case worker.
	{"team_kind_mismatch/fires", "the profile wants GGKs but both plans are run by the PZK", "",
		func(b *ipw.Bundle) {
			ggk := cooperation.TeamGGK
			b.Profile = &cooperation.Profile{Team: &cooperation.TeamProfile{CaseTeamKind: &ggk}}
		},
		[]string{at(cooperation.CodeIPWTeamKindMismatch, "/ipws/0/team"), at(cooperation.CodeIPWTeamKindMismatch, "/ipws/1/team")}},
	{"team_kind_mismatch/unknown team", "an unknown team is ref.unknown only", "",
		func(b *ipw.Bundle) { p0(b).Team = "zespol-x" }, nil},
	{"case_worker_not_ops/fires", "the case worker works at the PCPR", "",
		func(b *ipw.Bundle) {
			p0(b).CaseWorker.Institution = "pcpr"
			p0(b).Signatures[0].Signer.Institution = "pcpr"
		},
		[]string{at(cooperation.CodeIPWCaseWorkerNotOPS, "/ipws/0/caseWorker/institution")}},
	{"case_worker_not_ops/cus", "a social services centre (CUS) is an OPS for this rule", "",
		func(b *ipw.Bundle) {
			b.Institutions = append(b.Institutions, cooperation.Institution{
				ID: "cus", Name: "Centrum Usług Społecznych w Masłowie", Kind: cooperation.KindCUS, TERYT: "2604092"})
			p0(b).CaseWorker.Institution = "cus"
			p0(b).Signatures[0].Signer.Institution = "cus"
		}, nil},

	// Household members' PESEL.
	{"pesel_invalid/fires", "a PESEL with a wrong check digit", "",
		func(b *ipw.Bundle) { p0(b).Beneficiary.Members[0].PESEL = invalidPESEL },
		[]string{at(cooperation.CodePESELInvalid, "/ipws/0/beneficiary/members/0/pesel")}},
	{"pesel_invalid/valid is privacy only", "a valid PESEL is not invalid, only discouraged", "",
		func(b *ipw.Bundle) { p0(b).Beneficiary.Members[1].PESEL = validPESEL },
		[]string{at(cooperation.CodePrivacyPESELPresent, "/ipws/0/beneficiary/members/1/pesel")}},
	{"pesel_invalid/no pesel", "a PESEL is optional", "",
		func(b *ipw.Bundle) { p0(b).Beneficiary.Members[0].PESEL = "" }, nil},
	{"pesel_present/no pesel", "members identified by pseudonym and birth year only", "",
		func(b *ipw.Bundle) { p0(b).Beneficiary.Members[1].PESEL = "" }, nil},

	// Qualification and consent.
	{"qualification_missing/fires", "a signed plan without qualification", "",
		func(b *ipw.Bundle) { p0(b).Qualification = nil },
		[]string{at(cooperation.CodeIPWQualificationMissing, "/ipws/0")}},
	{"qualification_missing/minimal", "a qualification with only its date is enough", "",
		func(b *ipw.Bundle) { p0(b).Qualification = &ipw.Qualification{Date: d("2025-03-03")} }, nil},
	{"consent_missing/fires", "a signed plan without consent", "",
		func(b *ipw.Bundle) { p0(b).Consent = nil },
		[]string{at(cooperation.CodeIPWConsentMissing, "/ipws/0")}},
	{"consent_missing/given by nobody", "a consent nobody gave", "",
		func(b *ipw.Bundle) { p0(b).Consent.GivenBy = nil },
		[]string{at(cooperation.CodeIPWConsentMissing, "/ipws/0/consent/givenBy")}},
	{"consent_missing/one adult", "one adult's consent is consent", "",
		func(b *ipw.Bundle) { p0(b).Consent.GivenBy = []string{"m2"} }, nil},
	{"consent_by_minor/fires", "m3 was born in 2012", "",
		func(b *ipw.Bundle) { p0(b).Consent.GivenBy = []string{"m1", "m3"} },
		[]string{at(cooperation.CodeIPWConsentByMinor, "/ipws/0/consent/givenBy/1")}},
	{"consent_by_minor/turns 18 this year", "born in 2008, 18 in the asOf year", "",
		func(b *ipw.Bundle) {
			p := p0(b)
			p.Beneficiary.Members = append(p.Beneficiary.Members, ipw.HouseholdMember{ID: "m5", Role: ipw.MemberChild, BirthYear: 2008})
			p.Consent.GivenBy = []string{"m1", "m5"}
		}, nil},
	{"consent_after_diagnosis/fires", "consent a day after the diagnosis", "",
		func(b *ipw.Bundle) { p0(b).Consent.Date = d("2025-03-25") },
		[]string{at(cooperation.CodeIPWConsentAfterDiagnosis, "/ipws/0/consent/date")}},
	{"consent_after_diagnosis/after a signature", "the diagnosis is later than the signatures here", "",
		func(b *ipw.Bundle) { p0(b).Diagnosis.Date = d("2025-03-31"); p0(b).Consent.Date = d("2025-03-29") },
		[]string{at(cooperation.CodeIPWConsentAfterDiagnosis, "/ipws/0/consent/date")}},
	{"consent_after_diagnosis/same day", "consent given at the diagnostic meeting", "",
		func(b *ipw.Bundle) { p0(b).Consent.Date = d("2025-03-24") }, nil},
	{"consent_scope/fires", "the PCPR owns a5 but is not in the scope", "",
		func(b *ipw.Bundle) { p0(b).Consent.Scope = []string{"gops", "pup", "szkola"} },
		[]string{at(cooperation.CodeIPWConsentScope, "/ipws/0/actions/4/responsible/institution")}},
	{"consent_scope/withdrawn during finished actions", "a2 and a4 ran past the withdrawal; open ones are suspended", "",
		func(b *ipw.Bundle) { p0(b).Consent.Withdrawn = d("2025-12-01"); suspend(b, "2025-12-01") },
		[]string{
			at(cooperation.CodeIPWConsentScope, "/ipws/0/actions/1/responsible/institution"),
			at(cooperation.CodeIPWConsentScope, "/ipws/0/actions/3/responsible/institution"),
		}},
	{"consent_scope/withdrawn after finished actions", "every finished institution action ended before", "",
		func(b *ipw.Bundle) { p0(b).Consent.Withdrawn = d("2026-02-02"); suspend(b, "2026-02-02") }, nil},
	{"consent_scope/family actions", "the family's own commitments need no data sharing", "",
		func(b *ipw.Bundle) {
			p0(b).Actions[4].Responsible = ipw.Responsible{Member: "m1"}
			p0(b).Actions[4].Service = ""
			p0(b).Consent.Scope = []string{"gops", "pup", "szkola"}
		}, nil},
	{"consent_withdrawn_active/fires", "withdrawn two weeks ago, a5 and a7 still open", "",
		func(b *ipw.Bundle) { p0(b).Consent.Withdrawn = d("2026-03-02") },
		[]string{
			at(cooperation.CodeIPWConsentWithdrawnActive, "/ipws/0/actions/4/status"),
			at(cooperation.CodeIPWConsentWithdrawnActive, "/ipws/0/actions/6/status"),
		}},
	{"consent_withdrawn_active/suspended", "suspended from the withdrawal on", "",
		func(b *ipw.Bundle) { p0(b).Consent.Withdrawn = d("2026-03-02"); suspend(b, "2026-03-02") }, nil},
	{"consent_withdrawn_active/not yet", "a withdrawal dated after asOf", "",
		func(b *ipw.Bundle) { p0(b).Consent.Withdrawn = d("2026-03-30") }, nil},

	// Diagnosis.
	{"diagnosis_missing/fires", "a signed plan without diagnosis", "",
		func(b *ipw.Bundle) { p0(b).Diagnosis = nil },
		[]string{at(cooperation.CodeIPWDiagnosisMissing, "/ipws/0")}},
	{"diagnosis_missing/no areas", "a diagnosis that covers no area", "",
		func(b *ipw.Bundle) { p0(b).Diagnosis.Areas = nil },
		[]string{at(cooperation.CodeIPWDiagnosisMissing, "/ipws/0/diagnosis/areas")}},
	{"diagnosis_missing/no methods", "methods are optional", "",
		func(b *ipw.Bundle) { p0(b).Diagnosis.Methods = nil }, nil},
	{"diagnosis_after_start/fires", "diagnosed the day after the start", "",
		func(b *ipw.Bundle) { p0(b).Diagnosis.Date = d("2025-04-02") },
		[]string{at(cooperation.CodeIPWDiagnosisAfterStart, "/ipws/0/diagnosis/date")}},
	{"diagnosis_after_start/on the start", "diagnosed on the first day", "",
		func(b *ipw.Bundle) { p0(b).Diagnosis.Date = d("2025-04-01") }, nil},
	{"diagnosis_incomplete/fires", "parenting: neither resources nor deficits", "",
		func(b *ipw.Bundle) { a := &p0(b).Diagnosis.Areas[2]; a.Resources, a.Deficits = "", "" },
		[]string{at(cooperation.CodeIPWDiagnosisIncomplete, "/ipws/0/diagnosis/areas/2")}},
	{"diagnosis_incomplete/one side", "resources without deficits describe the facet", "",
		func(b *ipw.Bundle) { p0(b).Diagnosis.Areas[2].Deficits = " " }, nil},
	{"diagnosis_incomplete/not a problem", "an area that is not a problem may be sketched", "",
		func(b *ipw.Bundle) { p0(b).Diagnosis.Areas[4].Strengths = "" }, nil},
	{"area_without_goal/fires", "health is a problem, neither a goal nor deferred", "",
		func(b *ipw.Bundle) { p0(b).DeferredAreas = nil },
		[]string{at(cooperation.CodeIPWAreaWithoutGoal, "/ipws/0/diagnosis/areas/3")}},
	{"area_without_goal/deferred without reason", "a deferral needs its reason", "",
		func(b *ipw.Bundle) { p0(b).DeferredAreas[0].Reason = "" },
		[]string{at(cooperation.CodeIPWAreaWithoutGoal, "/ipws/0/deferredAreas/0/reason")}},
	{"area_without_goal/goal instead", "health addressed by a goal", "",
		func(b *ipw.Bundle) {
			p0(b).DeferredAreas = nil
			p0(b).Goals[1].Areas = append(p0(b).Goals[1].Areas, ipw.AreaHealth)
		}, nil},

	// Goals.
	{"goal_area_unknown/fires", "legal matters were not diagnosed", "",
		func(b *ipw.Bundle) { p0(b).Goals[0].Areas = append(p0(b).Goals[0].Areas, ipw.AreaLegal) },
		[]string{at(cooperation.CodeIPWGoalAreaUnknown, "/ipws/0/goals/0/areas/2")}},
	{"goal_area_unknown/diagnosed non-problem", "housing was diagnosed, though not as a problem", "",
		func(b *ipw.Bundle) { p0(b).Goals[0].Areas = append(p0(b).Goals[0].Areas, ipw.AreaHousing) }, nil},
	{"goal_without_action/fires", "a third goal with nothing to do", "",
		func(b *ipw.Bundle) {
			p0(b).Goals = append(p0(b).Goals, ipw.Goal{ID: "g3", Title: "Spłata zadłużenia", Areas: []ipw.Area{ipw.AreaIncome}})
		},
		[]string{at(cooperation.CodeIPWGoalWithoutAction, "/ipws/0/goals/2")}},
	{"goal_without_action/with one", "the third goal has the family's action", "",
		func(b *ipw.Bundle) {
			p := p0(b)
			p.Goals = append(p.Goals, ipw.Goal{ID: "g3", Title: "Spłata zadłużenia", Areas: []ipw.Area{ipw.AreaIncome}})
			p.Actions = append(p.Actions, ipw.Action{ID: "a8", Goal: "g3", Title: "Ugoda z dostawcą energii",
				Responsible: ipw.Responsible{Member: "m1"}, Start: d("2026-01-05"), Due: d("2026-03-31"), Status: ipw.ActionInProgress})
		}, nil},
	{"goal_target_without_measure/fires", "a target with nothing to measure it by", "",
		func(b *ipw.Bundle) { p0(b).Goals[0].Measure = "" },
		[]string{at(cooperation.CodeIPWGoalTargetWithoutMeasure, "/ipws/0/goals/0/target")}},
	{"goal_target_without_measure/neither", "a goal without target needs no measure", "",
		func(b *ipw.Bundle) { p0(b).Goals[0].Measure, p0(b).Goals[0].Target = "", "" }, nil},
	{"goal_target_date_outside/fires", "a month after the end", "",
		func(b *ipw.Bundle) { p0(b).Goals[0].TargetDate = d("2026-04-30") },
		[]string{at(cooperation.CodeIPWGoalTargetDateOutside, "/ipws/0/goals/0/targetDate")}},
	{"goal_target_date_outside/extended", "the plan was extended to that day", "",
		func(b *ipw.Bundle) { p0(b).Goals[0].TargetDate = d("2026-04-30"); extend(b, "2026-04-30") }, nil},

	// Actions.
	{"action_dates_invalid/fires", "due the day before it starts; nothing else about a5", "",
		func(b *ipw.Bundle) { p0(b).Actions[4].Due = d("2025-09-30") },
		[]string{at(cooperation.CodeIPWActionDatesInvalid, "/ipws/0/actions/4/due")}},
	{"action_dates_invalid/one day", "an action may start and end on one day", "",
		func(b *ipw.Bundle) { p0(b).Actions[4].Start = d("2026-03-27") }, nil},
	{"action_outside_period/late", "a6 due after the end", "",
		func(b *ipw.Bundle) { p0(b).Actions[5].Due = d("2026-04-30") },
		[]string{at(cooperation.CodeIPWActionOutsidePeriod, "/ipws/0/actions/5/due")}},
	{"action_outside_period/early", "a7 starts the day before the plan", "",
		func(b *ipw.Bundle) { p0(b).Actions[6].Start = d("2025-03-31") },
		[]string{at(cooperation.CodeIPWActionOutsidePeriod, "/ipws/0/actions/6/start")}},
	{"action_outside_period/extended", "the plan was extended past a6's due date", "",
		func(b *ipw.Bundle) { p0(b).Actions[5].Due = d("2026-04-30"); extend(b, "2026-04-30") }, nil},
	{"action_responsible_not_member/fires", "the PCPR left the PZK before a5 is due", "",
		func(b *ipw.Bundle) { b.Teams[0].Members[1].Left = d("2026-01-31") },
		[]string{at(cooperation.CodeIPWActionResponsibleNotMember, "/ipws/0/actions/4/responsible/institution")}},
	{"action_responsible_not_member/left on due", "membership is inclusive of the day it ends", "",
		func(b *ipw.Bundle) { b.Teams[0].Members[1].Left = d("2026-03-27") }, nil},
	{"action_responsible_not_member/ggk", "a GGK runs the plans and the PCPR is not in it", "",
		func(b *ipw.Bundle) { caseTeam(b, "gops", "pup", "szkola", "ngo") },
		[]string{at(cooperation.CodeIPWActionResponsibleNotMember, "/ipws/0/actions/4/responsible/institution")}},
	{"action_responsible_not_member/ggk complete", "every owner is in the GGK, whatever the PZK", "",
		func(b *ipw.Bundle) {
			caseTeam(b, "gops", "pup", "szkola", "ngo", "pcpr")
			b.Teams[0].Members[1].Left = d("2026-01-31")
		}, nil},
	{"action_not_covered/fires", "the agreement will end before a5 and a7 are due", "",
		func(b *ipw.Bundle) { b.Agreements[1].ValidUntil = d("2026-03-20") },
		[]string{
			at(cooperation.CodeIPWActionNotCovered, "/ipws/0/actions/4/responsible/institution"),
			at(cooperation.CodeIPWActionNotCovered, "/ipws/0/actions/6/responsible/institution"),
		}},
	{"action_not_covered/member reported", "the agreement ended before asOf: the PZK members without cover are reported, their actions in the same stretch are not again", "",
		func(b *ipw.Bundle) { b.Agreements[1].ValidUntil = d("2026-02-28") }, nil},
	{"action_not_covered/ends on due", "the agreement ends on the last due date", "",
		func(b *ipw.Bundle) { b.Agreements[1].ValidUntil = d("2026-03-31") }, nil},
	{"action_not_covered/unsigned agreement", "a signature is missing under the agreement: agreement.unsigned_party says so once, not every action", "",
		func(b *ipw.Bundle) { b.Agreements[1].Signatures = b.Agreements[1].Signatures[:1] }, nil},
	{"action_service_mismatch/fires", "the GOPS books the PCPR's consultations", "",
		func(b *ipw.Bundle) { p0(b).Actions[6].Service = "konsultacje" },
		[]string{at(cooperation.CodeIPWActionServiceMismatch, "/ipws/0/actions/6/service")}},
	{"action_service_mismatch/provider", "the PUP books its own counselling", "",
		func(b *ipw.Bundle) { p0(b).Actions[1].Service = "doradztwo" }, nil},
	{"action_completion_missing/fires", "done without a date", "",
		func(b *ipw.Bundle) { p0(b).Actions[0].Completed = cooperation.Date{} },
		[]string{at(cooperation.CodeIPWActionCompletionMissing, "/ipws/0/actions/0")}},
	{"action_completion_missing/cancelled", "a cancelled action needs no completion date", "",
		func(b *ipw.Bundle) { p0(b).Actions[4].Status = ipw.ActionCancelled }, nil},
	{"action_completed_in_future/fires", "done four days from now", "",
		func(b *ipw.Bundle) { a := &p0(b).Actions[4]; a.Status, a.Completed = ipw.ActionDone, d("2026-03-20") },
		[]string{at(cooperation.CodeIPWActionCompletedInFuture, "/ipws/0/actions/4/completed")}},
	{"action_completed_in_future/today", "done on asOf", "",
		func(b *ipw.Bundle) { a := &p0(b).Actions[4]; a.Status, a.Completed = ipw.ActionDone, fixtureAsOf }, nil},
	{"action_overdue/fires", "a5 was due last Friday", "",
		func(b *ipw.Bundle) { p0(b).Actions[4].Due = d("2026-03-13") },
		[]string{at(cooperation.CodeIPWActionOverdue, "/ipws/0/actions/4/due")}},
	{"action_overdue/due today", "due on asOf is not overdue", "",
		func(b *ipw.Bundle) { p0(b).Actions[4].Due = fixtureAsOf }, nil},
	{"action_overdue/deadline moved", "due Saturday, so the deadline is Monday = asOf", "",
		func(b *ipw.Bundle) { p0(b).Actions[4].Due = d("2026-03-14") },
		[]string{at(cooperation.CodeIPWActionDueNonWorkingDay, "/ipws/0/actions/4/due")}},
	{"action_overdue/suspended", "no deadlines pass while the plan is suspended", "",
		func(b *ipw.Bundle) { p0(b).Actions[4].Due = d("2026-03-13"); suspend(b, "2026-03-01") }, nil},
	{"action_due_non_working_day/fires", "due on Easter Monday after an extension", "",
		func(b *ipw.Bundle) { extend(b, "2026-04-30"); p0(b).Actions[5].Due = d("2026-04-06") },
		[]string{at(cooperation.CodeIPWActionDueNonWorkingDay, "/ipws/0/actions/5/due")}},
	{"action_due_non_working_day/done", "a finished action's deadline no longer matters", "",
		func(b *ipw.Bundle) { p0(b).Actions[0].Due = d("2025-06-28") }, nil},
	{"beneficiary_commitment_missing/fires", "every action is an institution's", "",
		func(b *ipw.Bundle) {
			p0(b).Actions[2].Responsible = ipw.Responsible{Institution: "gops"}
			p0(b).Actions[5].Responsible = ipw.Responsible{Institution: "gops"}
		},
		[]string{at(cooperation.CodeIPWCommitmentMissing, "/ipws/0/actions")}},
	{"beneficiary_commitment_missing/one", "one commitment of the family is enough", "",
		func(b *ipw.Bundle) { p0(b).Actions[2].Responsible = ipw.Responsible{Institution: "gops"} }, nil},
	{"single_institution/fires", "the profile wants 5 institutions; the plans have 4 and 3", "",
		func(b *ipw.Bundle) {
			b.Profile = &cooperation.Profile{IPW: &cooperation.IPWProfile{MinInstitutions: intp(5)}}
		},
		[]string{at(cooperation.CodeIPWSingleInstitution, "/ipws/0/actions"), at(cooperation.CodeIPWSingleInstitution, "/ipws/1/actions")}},
	{"single_institution/profile", "the profile wants 3", "",
		func(b *ipw.Bundle) {
			b.Profile = &cooperation.Profile{IPW: &cooperation.IPWProfile{MinInstitutions: intp(3)}}
		}, nil},

	// Period and duration.
	{"period_invalid/fires", "ends the day before it starts; nothing measured against it", "",
		func(b *ipw.Bundle) { p0(b).Period.End = d("2025-03-31") },
		[]string{at(cooperation.CodeIPWPeriodInvalid, "/ipws/0/period/end")}},
	{"period_invalid/longer", "a later end within the typical duration", "",
		func(b *ipw.Bundle) { p0(b).Period.End = d("2026-04-30") }, nil},
	{"duration_long/fires", "one day past start + 13 months", "",
		func(b *ipw.Bundle) { p0(b).Period.End = d("2026-05-02") },
		[]string{at(cooperation.CodeIPWDurationLong, "/ipws/0/period/end")}},
	{"duration_long/by extension", "the extension makes it long; the finding is at its newEnd", "",
		func(b *ipw.Bundle) { extend(b, "2026-06-30") },
		[]string{at(cooperation.CodeIPWDurationLong, "/ipws/0/reviews/3/newEnd")}},
	{"duration_long/exactly", "start + 13 months exactly", "",
		func(b *ipw.Bundle) { p0(b).Period.End = d("2026-05-01") }, nil},
	{"duration_long/profile", "the profile allows 14 months", "",
		func(b *ipw.Bundle) {
			p0(b).Period.End = d("2026-05-02")
			b.Profile = &cooperation.Profile{IPW: &cooperation.IPWProfile{TypicalMaxMonths: intp(14)}}
		}, nil},
	{"duration_exceeds/fires", "one day past start + 24 months: exceeds, not also long", "",
		func(b *ipw.Bundle) { p0(b).Period.End = d("2027-04-02") },
		[]string{at(cooperation.CodeIPWDurationExceeds, "/ipws/0/period/end")}},
	{"duration_exceeds/exactly", "start + 24 months exactly is long only", "",
		func(b *ipw.Bundle) { p0(b).Period.End = d("2027-04-01") },
		[]string{at(cooperation.CodeIPWDurationLong, "/ipws/0/period/end")}},

	// Reviews.
	{"review_gap/fires", "no review between June and December", "",
		func(b *ipw.Bundle) { p0(b).Reviews = slices.Delete(p0(b).Reviews, 1, 2) },
		[]string{at(cooperation.CodeIPWReviewGap, "/ipws/0/reviews/1")}},
	{"review_gap/first too late", "93 days from the start to the first review", "",
		func(b *ipw.Bundle) { p0(b).Reviews[0].Date = d("2025-07-03") },
		[]string{at(cooperation.CodeIPWReviewGap, "/ipws/0/reviews/0")}},
	{"review_gap/92 days", "exactly reviewMaxGapDays apart", "",
		func(b *ipw.Bundle) { p0(b).Reviews[1].Date = d("2025-09-30") }, nil},
	{"review_gap/profile", "the profile allows 200 days", "",
		func(b *ipw.Bundle) {
			p0(b).Reviews = slices.Delete(p0(b).Reviews, 1, 2)
			b.Profile = &cooperation.Profile{IPW: &cooperation.IPWProfile{ReviewMaxGapDays: intp(200)}}
		}, nil},
	{"review_overdue/fires", "no review since September: overdue, not also a gap", "",
		func(b *ipw.Bundle) { p0(b).Reviews = p0(b).Reviews[:2] },
		[]string{at(cooperation.CodeIPWReviewOverdue, "/ipws/0/reviews")}},
	{"review_overdue/never reviewed", "no review at all since the start", "",
		func(b *ipw.Bundle) { p0(b).Reviews = nil },
		[]string{at(cooperation.CodeIPWReviewOverdue, "/ipws/0")}},
	{"review_overdue/future review", "a review dated after asOf has not happened", "",
		func(b *ipw.Bundle) { p0(b).Reviews[2].Date = d("2026-03-20") },
		[]string{at(cooperation.CodeIPWReviewOverdue, "/ipws/0/reviews")}},
	{"review_overdue/suspended", "no review is due while suspended", "",
		func(b *ipw.Bundle) { p0(b).Reviews = p0(b).Reviews[:2]; suspend(b, "2026-01-15") }, nil},
	{"review_overdue/closed", "a closed plan needs no more reviews", "",
		func(b *ipw.Bundle) { p1(b).Reviews = p1(b).Reviews[:2] }, nil},
	{"review_extend_invalid/no end", "an extension without a new end", "",
		func(b *ipw.Bundle) { extend(b, "") },
		[]string{at(cooperation.CodeIPWReviewExtendInvalid, "/ipws/0/reviews/3")}},
	{"review_extend_invalid/earlier end", "an extension that shortens the plan", "",
		func(b *ipw.Bundle) { extend(b, "2026-03-15") },
		[]string{at(cooperation.CodeIPWReviewExtendInvalid, "/ipws/0/reviews/3/newEnd")}},
	{"review_extend_invalid/valid", "a month longer", "",
		func(b *ipw.Bundle) { extend(b, "2026-04-30") }, nil},

	// Signatures.
	{"signature_missing/fires", "a plan under way that no adult member signed", "",
		func(b *ipw.Bundle) { p0(b).Signatures = p0(b).Signatures[:1]; p0(b).Status = "" },
		[]string{at(cooperation.CodeIPWSignatureMissing, "/ipws/0/signatures")}},
	{"signature_missing/minor", "only the 14-year-old signed", "",
		func(b *ipw.Bundle) {
			p0(b).Signatures = append(p0(b).Signatures[:1], ipw.Signature{Signer: ipw.Signer{Member: "m3"}, Date: d("2025-03-28")})
			p0(b).Status = ""
		},
		[]string{at(cooperation.CodeIPWSignatureMissing, "/ipws/0/signatures")}},
	{"signature_missing/one adult", "one adult member's signature is enough", "",
		func(b *ipw.Bundle) { p0(b).Signatures = p0(b).Signatures[:2] }, nil},

	// Closure.
	{"closure_reason_missing/fires", "closed without a reason", "",
		func(b *ipw.Bundle) { p1(b).Closure.Reason = "" },
		[]string{at(cooperation.CodeIPWClosureReasonMissing, "/ipws/1/closure")}},
	{"closure_reason_missing/other", "\"other\" is a reason", "",
		func(b *ipw.Bundle) { p1(b).Closure.Reason = ipw.ClosureOther }, nil},
	{"closure_evaluation_missing/fires", "no outcome for g2", "",
		func(b *ipw.Bundle) { p1(b).Closure.GoalOutcomes = nil },
		[]string{at(cooperation.CodeIPWClosureEvaluationMissing, "/ipws/1/goals/1")}},
	{"closure_evaluation_missing/on the goal", "the outcome recorded on the goal itself", "",
		func(b *ipw.Bundle) { p1(b).Closure.GoalOutcomes = nil; p1(b).Goals[1].Outcome = ipw.OutcomeAchieved }, nil},
	{"closure_evaluation_missing/not yet closed", "a closure dated after asOf is not evaluated yet", "2025-11-03",
		func(b *ipw.Bundle) {
			p1(b).Closure.GoalOutcomes, p1(b).Closure.Date, p1(b).Status = nil, d("2025-11-14"), ""
			b.IPWs = b.IPWs[1:]
		}, nil},
	{"closure_reason_inconsistent/fires", "goals achieved, but g2 was not", "",
		func(b *ipw.Bundle) { p1(b).Closure.GoalOutcomes["g2"] = ipw.OutcomeNotAchieved },
		[]string{at(cooperation.CodeIPWClosureReasonInconsistent, "/ipws/1/closure/reason")}},
	{"closure_reason_inconsistent/partly, all achieved", "partially achieved, but every goal was", "",
		func(b *ipw.Bundle) { p1(b).Closure.Reason = ipw.ClosureGoalsPartiallyAchieved },
		[]string{at(cooperation.CodeIPWClosureReasonInconsistent, "/ipws/1/closure/reason")}},
	{"closure_reason_inconsistent/partly", "partially achieved, and g2 was partly", "",
		func(b *ipw.Bundle) {
			p1(b).Closure.Reason = ipw.ClosureGoalsPartiallyAchieved
			p1(b).Closure.GoalOutcomes["g2"] = ipw.OutcomePartiallyAchieved
		}, nil},
	{"closed_with_open_actions/fires", "closed while a2 is in progress", "",
		func(b *ipw.Bundle) {
			a := &p1(b).Actions[1]
			a.Status, a.Completed = ipw.ActionInProgress, cooperation.Date{}
		},
		[]string{at(cooperation.CodeIPWClosedWithOpenActions, "/ipws/1/actions/1/status")}},
	{"closed_with_open_actions/cancelled", "a cancelled action is not open", "",
		func(b *ipw.Bundle) {
			a := &p1(b).Actions[1]
			a.Status, a.Completed = ipw.ActionCancelled, cooperation.Date{}
		}, nil},

	// Across plans.
	{"beneficiary_duplicate/pseudonym", "a new plan for the Jaskółki started before the old one ends", "",
		func(b *ipw.Bundle) {
			s := successor("ipw-2026-01", "2026-03-02")
			s.Beneficiary.Pseudonym = " jaskółki"
			b.IPWs = append(b.IPWs, s)
		},
		[]string{at(cooperation.CodeIPWBeneficiaryDuplicate, "/ipws/2/beneficiary")}},
	{"beneficiary_duplicate/pesel", "another pseudonym, the same person's PESEL", "",
		func(b *ipw.Bundle) {
			s := successor("ipw-2026-01", "2026-03-02")
			s.Beneficiary.Pseudonym = "Rodzina S."
			s.Beneficiary.Members[0].PESEL = validPESEL
			p0(b).Beneficiary.Members[0].PESEL = validPESEL
			b.IPWs = append(b.IPWs, s)
		},
		[]string{
			at(cooperation.CodePrivacyPESELPresent, "/ipws/0/beneficiary/members/0/pesel"),
			at(cooperation.CodePrivacyPESELPresent, "/ipws/2/beneficiary/members/0/pesel"),
			at(cooperation.CodeIPWBeneficiaryDuplicate, "/ipws/2/beneficiary"),
		}},
	{"beneficiary_duplicate/earlier in the bundle", "the later plan is listed first", "",
		func(b *ipw.Bundle) {
			b.IPWs = append([]ipw.Plan{successor("ipw-2026-01", "2026-03-02")}, b.IPWs...)
		},
		[]string{at(cooperation.CodeIPWBeneficiaryDuplicate, "/ipws/0/beneficiary")}},
	{"beneficiary_duplicate/successor", "the new plan starts the day after the old one ends", "",
		func(b *ipw.Bundle) { b.IPWs = append(b.IPWs, successor("ipw-2026-01", "2026-04-01")) }, nil},
	{"beneficiary_duplicate/other birth years", "same pseudonym, another family", "",
		func(b *ipw.Bundle) {
			s := successor("ipw-2026-01", "2026-03-02")
			s.Beneficiary.Members[3].BirthYear = 2017
			b.IPWs = append(b.IPWs, s)
		}, nil},

	// The basket of services.
	{"capacity/fires", "the consultations have no places left in 2026", "",
		func(b *ipw.Bundle) { b.Services[2].MonthlyCapacity = intp(0); p0(b).Actions[4].Start = d("2026-03-02") },
		[]string{at(cooperation.CodeServiceCapacityExceeded, "/services/2")}},
	{"capacity/cancelled", "a cancelled action books no place", "",
		func(b *ipw.Bundle) {
			b.Services[2].MonthlyCapacity = intp(0)
			p0(b).Actions[4].Status = ipw.ActionCancelled
		}, nil},
}

func TestRules(t *testing.T) {
	seen := make(map[string]bool)
	for _, row := range ruleRows {
		if seen[row.name] {
			t.Fatalf("duplicate row name %q", row.name)
		}
		seen[row.name] = true
		t.Run(row.name, func(t *testing.T) {
			b := fixture()
			row.change(b)
			var asOf cooperation.Date
			if row.asOf != "" {
				asOf = d(row.asOf)
			}
			got := keys(checkFixture(t, b, asOf, cooperation.English))
			want := slices.Clone(row.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\nCheck() = %q\nwant      %q", row.reason, got, want)
			}
			for _, lang := range []cooperation.Lang{cooperation.English, cooperation.Polish} {
				for _, f := range checkFixture(t, b, asOf, lang) {
					if ours(f.Code) && strings.ContainsAny(f.Message, "{}[]") {
						t.Errorf("%s message (%s) has an unfilled part: %s", f.Code, lang, f.Message)
					}
				}
			}
		})
	}
}

// rowPrefix is how rows about code are named: "<rowPrefix>/<case>".
func rowPrefix(code cooperation.Code) string {
	switch code {
	case cooperation.CodePrivacyPESELPresent:
		return "pesel_present"
	case cooperation.CodeServiceCapacityExceeded:
		return "capacity"
	case cooperation.CodeIPWActionNotCovered:
		return "action_not_covered"
	}
	return string(code)[strings.IndexByte(string(code), '.')+1:]
}

// TestEveryCodeHasRows checks that every code the package owns has a row
// that fires it and a near miss: a row named after the code that does not
// want it.
func TestEveryCodeHasRows(t *testing.T) {
	fires, misses := make(map[cooperation.Code]bool), make(map[string]bool)
	for _, row := range ruleRows {
		prefix := strings.Split(row.name, "/")[0]
		miss := true
		for _, w := range row.want {
			code := cooperation.Code(strings.Fields(w)[0])
			fires[code] = true
			if rowPrefix(code) == prefix {
				miss = false
			}
		}
		if miss {
			misses[prefix] = true
		}
	}
	for _, r := range cooperation.Rules() {
		if !ours(r.Code) {
			continue
		}
		if !fires[r.Code] {
			t.Errorf("no row fires %s", r.Code)
		}
		if !misses[rowPrefix(r.Code)] {
			t.Errorf("no near-miss row for %s (rows named %s/…)", r.Code, rowPrefix(r.Code))
		}
	}
}
