package cooperation

import (
	"sort"
	"strconv"
)

// Code is the stable identifier of a rule, such as "team.too_small". Codes
// never change meaning; pipelines may match on them.
type Code string

func (c Code) String() string { return string(c) }

// Rule is one entry of the rule catalogue: a code, its default severity, a
// one-line description and message templates in Polish and English.
//
// Wherever the project gives a text in both languages, Polish comes first
// and English second: the catalogue's rows ({code, severity, asOf,
// description in Polish, in English, message in Polish, in English}), the
// glossary's terms, Noun, and the parameters of a message ("name.pl" before
// "name.en").
//
// Templates name parameters in braces, {agreement}. A parameter may be given
// per language as "name.pl" and "name.en", which {name} prefers. A part in
// square brackets is printed only when every parameter inside it is given;
// [a|b] prints a when every parameter of a is given, else b; {name:if}
// prints nothing and only makes its part depend on name.
//
// Parameters keep the forms of the JSON: ISO dates (2026-11-16) and plain
// numbers, so that a pipeline reads them as data. A placeholder writes them
// for people when it names a form after a colon: {end:date} "16.11.2026 r."
// or "16 November 2026", {population:int} "45 000", {month:yearmonth}
// "wrzesień 2026", and {days:day} a count with a noun of the catalogue in
// its right form, "1 dzień", "5 dni", "1 day", "5 days" (see nouns).
//
// Messages name things as people know them: a team, an agreement, a
// service, a goal or an action by its name in quotes after its head noun
// (do zespołu „…”), so that the name needs no inflection (an agreement's
// head noun says its kind and takes the sentence's case: {agreement:Nom},
// {agreement:gen}, {agreement:ins}, see headnoun.go); an institution at
// the start of a sentence, after a colon or after the word "instytucja"; an
// IPW by the family's pseudonym (IPW „Rodzina B.”). No JSON Pointer and no
// internal id stands in a sentence: the finding's path tells where. A
// message that reports something to fix says what to do.
type Rule struct {
	Code          Code     `json:"code"`
	Severity      Severity `json:"severity"`
	AsOf          bool     `json:"asOf,omitempty"` // depends on the check date
	DescriptionPL string   `json:"descriptionPl"`
	Description   string   `json:"description"` // in English
	Polish        string   `json:"messagePl"`
	English       string   `json:"messageEn"`
}

// The codes of the rule catalogue (REFERENCE.md lists them with their
// messages and an example each).
const (
	CodeDocumentUnreadable         Code = "document.unreadable"
	CodeDocumentInvalidJSON        Code = "document.invalid_json"
	CodeDocumentTooLarge           Code = "document.too_large"
	CodeDocumentTooDeep            Code = "document.too_deep"
	CodeDocumentDuplicateKey       Code = "document.duplicate_key"
	CodeDocumentVersionUnsupported Code = "document.version_unsupported"
	CodeSchemaViolation            Code = "schema.violation"
	CodeRefUnknown                 Code = "ref.unknown"
	CodeRefDuplicateID             Code = "ref.duplicate_id"
	CodeRefIDChanged               Code = "ref.id_changed"

	CodeTERYTInvalid        Code = "id.teryt_invalid"
	CodeREGONInvalid        Code = "id.regon_invalid"
	CodeNIPInvalid          Code = "id.nip_invalid"
	CodePESELInvalid        Code = "id.pesel_invalid"
	CodeVariantMismatch     Code = "municipality.variant_mismatch"
	CodeInstitutionOutside  Code = "institution.outside_area"
	CodePrivacyPESELPresent Code = "privacy.pesel_present"

	CodeTeamLeaderMissing          Code = "team.leader_missing"
	CodeTeamLeaderMultiple         Code = "team.leader_multiple"
	CodeTeamLeaderNotOPS           Code = "team.leader_not_ops"
	CodeTeamOPSMissing             Code = "team.ops_missing"
	CodeTeamPowiatMissing          Code = "team.powiat_missing"
	CodeTeamAnimatorMissing        Code = "team.animator_missing"
	CodeTeamTooSmall               Code = "team.too_small"
	CodeTeamSectorsInsufficient    Code = "team.sectors_insufficient"
	CodeTeamMemberDuplicate        Code = "team.member_duplicate"
	CodeTeamMemberDatesInvalid     Code = "team.member_dates_invalid"
	CodeTeamMemberNotInAgreement   Code = "team.member_not_in_agreement"
	CodeTeamDeclarationMissing     Code = "team.declaration_missing"
	CodeTeamAgreementEnded         Code = "team.agreement_ended"
	CodeTeamPZKOtherKind           Code = "team.pzk_other_kind"
	CodeTeamParentMissing          Code = "team.parent_missing"
	CodeTeamCaseTeamMemberNotInPZK Code = "team.case_team_member_not_in_pzk"
	CodeTeamCaseWorkerMissing      Code = "team.case_worker_missing"
	CodeTeamCoordinatorMissing     Code = "team.coordinator_missing"
	CodeTeamWZKLevel               Code = "team.wzk_level"
	CodeTeamMeetingGap             Code = "team.meeting_gap"
	CodeTeamKindNotInVariant       Code = "team.kind_not_in_variant"

	CodeAgreementPartiesTooFew          Code = "agreement.parties_too_few"
	CodeAgreementUnsignedParty          Code = "agreement.unsigned_party"
	CodeAgreementSignatureByNonParty    Code = "agreement.signature_by_non_party"
	CodeAgreementSignatureInFuture      Code = "agreement.signature_in_future"
	CodeAgreementEffectiveBeforeSigned  Code = "agreement.effective_before_signed"
	CodeAgreementDatesInvalid           Code = "agreement.dates_invalid"
	CodeAgreementScopeMissing           Code = "agreement.scope_missing"
	CodeAgreementPilotParties           Code = "agreement.pilot_parties"
	CodeAgreementGminaMissing           Code = "agreement.gmina_missing"
	CodeAgreementWZKParties             Code = "agreement.wzk_parties"
	CodeAgreementDeclarationTeamMissing Code = "agreement.declaration_team_missing"
	CodeAgreementAnnexBeforeAgreement   Code = "agreement.annex_before_agreement"
	CodeAgreementAnnexUnsigned          Code = "agreement.annex_unsigned"
	CodeAgreementAnnexAfterExpiry       Code = "agreement.annex_after_expiry"
	CodeAgreementNoticeTooShort         Code = "agreement.notice_too_short"
	CodeAgreementExpiring               Code = "agreement.expiring"

	CodeServiceProviderNotMember Code = "service.provider_not_member"
	CodeServiceCapacityExceeded  Code = "service.capacity_exceeded"

	CodeIPWTeamKindMismatch           Code = "ipw.team_kind_mismatch"
	CodeIPWCaseWorkerNotOPS           Code = "ipw.case_worker_not_ops"
	CodeIPWQualificationMissing       Code = "ipw.qualification_missing"
	CodeIPWConsentMissing             Code = "ipw.consent_missing"
	CodeIPWConsentByMinor             Code = "ipw.consent_by_minor"
	CodeIPWConsentAfterDiagnosis      Code = "ipw.consent_after_diagnosis"
	CodeIPWConsentScope               Code = "ipw.consent_scope"
	CodeIPWConsentWithdrawnActive     Code = "ipw.consent_withdrawn_active"
	CodeIPWDiagnosisMissing           Code = "ipw.diagnosis_missing"
	CodeIPWDiagnosisAfterStart        Code = "ipw.diagnosis_after_start"
	CodeIPWDiagnosisIncomplete        Code = "ipw.diagnosis_incomplete"
	CodeIPWAreaWithoutGoal            Code = "ipw.area_without_goal"
	CodeIPWGoalAreaUnknown            Code = "ipw.goal_area_unknown"
	CodeIPWGoalWithoutAction          Code = "ipw.goal_without_action"
	CodeIPWGoalTargetWithoutMeasure   Code = "ipw.goal_target_without_measure"
	CodeIPWGoalTargetDateOutside      Code = "ipw.goal_target_date_outside"
	CodeIPWActionDatesInvalid         Code = "ipw.action_dates_invalid"
	CodeIPWActionOutsidePeriod        Code = "ipw.action_outside_period"
	CodeIPWActionResponsibleNotMember Code = "ipw.action_responsible_not_member"
	CodeIPWActionNotCovered           Code = "ipw.action_not_covered_by_agreement"
	CodeIPWActionServiceMismatch      Code = "ipw.action_service_mismatch"
	CodeIPWActionCompletionMissing    Code = "ipw.action_completion_missing"
	CodeIPWActionCompletedInFuture    Code = "ipw.action_completed_in_future"
	CodeIPWActionOverdue              Code = "ipw.action_overdue"
	CodeIPWActionDueNonWorkingDay     Code = "ipw.action_due_non_working_day"
	CodeIPWCommitmentMissing          Code = "ipw.beneficiary_commitment_missing"
	CodeIPWSingleInstitution          Code = "ipw.single_institution"
	CodeIPWPeriodInvalid              Code = "ipw.period_invalid"
	CodeIPWDurationLong               Code = "ipw.duration_long"
	CodeIPWDurationExceeds            Code = "ipw.duration_exceeds"
	CodeIPWReviewGap                  Code = "ipw.review_gap"
	CodeIPWReviewOverdue              Code = "ipw.review_overdue"
	CodeIPWReviewExtendInvalid        Code = "ipw.review_extend_invalid"
	CodeIPWSignatureMissing           Code = "ipw.signature_missing"
	CodeIPWStatusMismatch             Code = "ipw.status_mismatch"
	CodeIPWClosureReasonMissing       Code = "ipw.closure_reason_missing"
	CodeIPWClosureEvaluationMissing   Code = "ipw.closure_evaluation_missing"
	CodeIPWClosureReasonInconsistent  Code = "ipw.closure_reason_inconsistent"
	CodeIPWClosedWithOpenActions      Code = "ipw.closed_with_open_actions"
	CodeIPWBeneficiaryDuplicate       Code = "ipw.beneficiary_duplicate"
	CodeIPWMemberUnknown              Code = "ipw.member_unknown"

	CodeStageUnknownForVariant Code = "stage.unknown_for_variant"
	CodeStageOrderViolation    Code = "stage.order_violation"
	CodeStageEvidenceMissing   Code = "stage.evidence_missing"

	// Simulation scenarios (package ipw, "Scenarios"): problems of the scenario
	// document itself, at paths into it.
	CodeScenarioEventOutOfRange Code = "scenario.event_out_of_range"
	CodeScenarioEventInvalid    Code = "scenario.event_invalid"
	CodeScenarioHorizonInvalid  Code = "scenario.horizon_invalid"
)

// catalogue is the one place where rules are declared, in the order of the
// model's sections: the document, identifiers and area, teams, agreements
// and services (catalogue_partnership.go), then the IPW, stages and
// simulation scenarios (catalogue_ipw.go), and last the items of the stage
// checklist (catalogue_stage.go).
var catalogue = append(append(append([]Rule(nil), partnershipRules...), ipwRules...), stageGapRules...)

// nouns are the countable nouns of the messages, by the name a placeholder
// gives as its form: {days:day} writes "1 dzień", "2 dni", "1 day", "2
// days". A count is placed where the noun stands in the nominative or the
// accusative of an inanimate noun ("za 2 dni", "dłużej niż 13 miesięcy"),
// which the three forms fit; elsewhere a message writes "Liczba X: N".
var nouns = map[string]Noun{
	"day":         {"dzień", "dni", "dni", "day", "days"},
	"month":       {"miesiąc", "miesiące", "miesięcy", "month", "months"},
	"byte":        {"bajt", "bajty", "bajtów", "byte", "bytes"},
	"level":       {"poziom", "poziomy", "poziomów", "level", "levels"},
	"gap":         {"brak", "braki", "braków", "gap", "gaps"},
	"party":       {"strona", "strony", "stron", "party", "parties"},
	"sector":      {"sektor", "sektory", "sektorów", "sector", "sectors"},
	"facet":       {"wymiar", "wymiary", "wymiarów", "facet", "facets"},
	"action":      {"działanie", "działania", "działań", "action", "actions"},
	"institution": {"instytucja", "instytucje", "instytucji", "institution", "institutions"},
	"goal":        {"cel", "cele", "celów", "goal", "goals"},
	"value":       {"wartość", "wartości", "wartości", "value", "values"},
	"place":       {"miejsce", "miejsca", "miejsc", "place", "places"},
	"field":       {"pole", "pola", "pól", "field", "fields"},
}

var byCode = func() map[Code]int {
	m := make(map[Code]int, len(catalogue))
	for i, r := range catalogue {
		m[r.Code] = i
	}
	return m
}()

// Lookup returns the catalogue entry of code.
func Lookup(code Code) (Rule, bool) {
	i, ok := byCode[code]
	if !ok {
		return Rule{}, false
	}
	return catalogue[i], true
}

// RuleText is a rule in one language, as "kooperacja rules --format json"
// and the WebAssembly rules() list it.
type RuleText struct {
	Code        Code     `json:"code"`
	Severity    Severity `json:"severity"`
	AsOf        bool     `json:"asOf"`
	Description string   `json:"description"`
	Message     string   `json:"message"`
}

// RulesIn returns the catalogue sorted by code, each rule's description and
// message template in lang (Polish unless lang is English).
func RulesIn(lang Lang) []RuleText {
	rs := Rules()
	out := make([]RuleText, 0, len(rs))
	for _, r := range rs {
		d, m := r.DescriptionPL, r.Polish
		if lang == English {
			d, m = r.Description, r.English
		}
		out = append(out, RuleText{r.Code, r.Severity, r.AsOf, d, m})
	}
	return out
}

// Rules returns the whole catalogue sorted by code.
func Rules() []Rule {
	out := append([]Rule(nil), catalogue...)
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// CatalogueVersion identifies the catalogue as a pipeline sees it: the
// number of rules and a fingerprint of their codes, severities and
// date-dependence, such as "99-3f2a9c1e". It changes exactly when
// a code is added, removed or renamed or a default severity changes; new
// wording of a message leaves it as it is.
func CatalogueVersion() string {
	// FNV-1a, 32 bits, over code, severity and date-dependence of each
	// rule in code order.
	h := uint32(2166136261)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint32(s[i])) * 16777619
		}
		h = (h ^ 0) * 16777619
	}
	for _, r := range Rules() {
		add(string(r.Code))
		add(string(r.Severity))
		if r.AsOf {
			add("asOf")
		}
	}
	hex := strconv.FormatUint(uint64(h), 16)
	for len(hex) < 8 {
		hex = "0" + hex
	}
	return strconv.Itoa(len(catalogue)) + "-" + hex
}
