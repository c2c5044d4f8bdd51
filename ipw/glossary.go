package ipw

import "github.com/kooperacja/kooperacja/cooperation"

// The IPW's part of the glossary (see package cooperation's glossary.go):
// every value of the IPW's closed sets with its label in Polish and
// English. Glossary returns all the sets of the library as data; the
// WebAssembly function labels and "kooperacja labels" serve it.

// terms is a closed set's labels in the model's order.
type terms[T ~string] struct {
	list  []termOf[T]
	index map[T]int
}

type termOf[T ~string] struct {
	value  T
	pl, en string
}

func newTerms[T ~string](list ...termOf[T]) *terms[T] {
	s := &terms[T]{list: list, index: make(map[T]int, len(list))}
	for i, t := range list {
		s.index[t.value] = i
	}
	return s
}

// label returns the label of v in lang; a value outside the set is returned
// as it is (the schema reports it).
func (s *terms[T]) label(v T, lang cooperation.Lang) string {
	i, ok := s.index[v]
	if !ok {
		return string(v)
	}
	if lang == cooperation.English {
		return s.list[i].en
	}
	return s.list[i].pl
}

// both returns the label of v in both languages, for message params.
func (s *terms[T]) both(v T) label {
	return label{s.label(v, cooperation.Polish), s.label(v, cooperation.English)}
}

// values returns the set's values in order.
func (s *terms[T]) values() []T {
	out := make([]T, len(s.list))
	for i, t := range s.list {
		out[i] = t.value
	}
	return out
}

func (s *terms[T]) export(name string) cooperation.GlossarySet {
	out := cooperation.GlossarySet{Name: name, Terms: make([]cooperation.GlossaryTerm, len(s.list))}
	for i, t := range s.list {
		out.Terms[i] = cooperation.GlossaryTerm{Value: string(t.value), Polish: t.pl, English: t.en}
	}
	return out
}

var stageTerms = newTerms(
	termOf[Stage]{StagePreparation, "przygotowanie", "preparation"},
	termOf[Stage]{StageFormalisation, "formalizacja współpracy", "formalisation of cooperation"},
	termOf[Stage]{StageRecruitmentDiagnosis, "rekrutacja i diagnoza", "recruitment and diagnosis"},
	termOf[Stage]{StageIPWImplementation, "realizacja IPW", "IPW implementation"},
	termOf[Stage]{StageEvaluation, "ewaluacja", "evaluation"},
	termOf[Stage]{StageDecisionMakers, "pozyskanie decydentów", "engaging the decision-makers"},
	termOf[Stage]{StageFamilySelection, "wybór rodzin", "selection of families"},
	termOf[Stage]{StageInstitutionMeeting, "spotkanie instytucji", "meeting of the institutions"},
	termOf[Stage]{StageCaseGroups, "gminne grupy kooperacyjne (GGK)", "gmina cooperation groups (GGK)"},
	termOf[Stage]{StageResourceDiagnosis, "diagnoza zasobów", "diagnosis of resources"},
	termOf[Stage]{StagePartnerMapping, "mapowanie partnerów", "mapping of partners"},
	termOf[Stage]{StagePreselection, "preselekcja", "preselection"},
	termOf[Stage]{StagePZKInitiation, "zainicjowanie PZK", "initiation of the PZK"},
	termOf[Stage]{StageCaseTeams, "zadaniowe zespoły kooperacyjne (ZZK)", "task cooperation teams (ZZK)"},
)

// Label returns the stage's name: "rekrutacja i diagnoza", "recruitment and
// diagnosis"; an unknown stage is returned as it is.
func (s Stage) Label(lang cooperation.Lang) string { return stageTerms.label(s, lang) }

// Title is Label, under the name it had first.
//
// Deprecated: use Label.
func (s Stage) Title(lang cooperation.Lang) string { return s.Label(lang) }

var statusTerms = newTerms(
	termOf[Status]{StatusDraft, "projekt", "draft"},
	termOf[Status]{StatusAgreed, "uzgodniony", "agreed"},
	termOf[Status]{StatusInProgress, "w realizacji", "in progress"},
	termOf[Status]{StatusSuspended, "zawieszony", "suspended"},
	termOf[Status]{StatusClosed, "zakończony", "closed"},
)

// Label returns the status's name, an adjective to "IPW": "w realizacji".
func (s Status) Label(lang cooperation.Lang) string { return statusTerms.label(s, lang) }

var actionStatusTerms = newTerms(
	termOf[ActionStatus]{ActionPlanned, "zaplanowane", "planned"},
	termOf[ActionStatus]{ActionInProgress, "w toku", "in progress"},
	termOf[ActionStatus]{ActionDone, "wykonane", "done"},
	termOf[ActionStatus]{ActionNotDone, "niewykonane", "not done"},
	termOf[ActionStatus]{ActionCancelled, "anulowane", "cancelled"},
)

// Label returns the action status's name, an adjective to "działanie":
// "w toku".
func (s ActionStatus) Label(lang cooperation.Lang) string { return actionStatusTerms.label(s, lang) }

var areaTerms = newTerms(
	termOf[Area]{AreaIncome, "sytuacja finansowa", "financial situation"},
	termOf[Area]{AreaEmployment, "zatrudnienie", "employment"},
	termOf[Area]{AreaHousing, "sytuacja mieszkaniowa", "housing situation"},
	termOf[Area]{AreaHealth, "zdrowie", "health"},
	termOf[Area]{AreaDisability, "niepełnosprawność", "disability"},
	termOf[Area]{AreaAddiction, "uzależnienia", "addiction"},
	termOf[Area]{AreaDomesticViolence, "przemoc domowa", "domestic violence"},
	termOf[Area]{AreaParenting, "opieka i wychowanie dzieci", "care and upbringing of children"},
	termOf[Area]{AreaEducation, "edukacja", "education"},
	termOf[Area]{AreaFamilyRelations, "relacje rodzinne", "family relations"},
	termOf[Area]{AreaLegal, "sprawy prawne", "legal matters"},
	termOf[Area]{AreaSocialParticipation, "uczestnictwo w życiu społecznym", "social participation"},
	termOf[Area]{AreaOther, "inny obszar", "other area"},
)

// Label returns the diagnosis area's name: "sytuacja mieszkaniowa".
func (a Area) Label(lang cooperation.Lang) string { return areaTerms.label(a, lang) }

var closureReasonTerms = newTerms(
	termOf[ClosureReason]{ClosureGoalsAchieved, "osiągnięcie celów", "goals achieved"},
	termOf[ClosureReason]{ClosureGoalsPartiallyAchieved, "częściowe osiągnięcie celów", "goals partially achieved"},
	termOf[ClosureReason]{ClosureBeneficiaryResigned, "rezygnacja rodziny", "the family resigned"},
	termOf[ClosureReason]{ClosureConsentWithdrawn, "wycofanie zgody", "consent withdrawn"},
	termOf[ClosureReason]{ClosureMovedAway, "zmiana miejsca zamieszkania", "moved away"},
	termOf[ClosureReason]{ClosureLostContact, "utrata kontaktu", "contact lost"},
	termOf[ClosureReason]{ClosureDeath, "zgon", "death"},
	termOf[ClosureReason]{ClosureTransferred, "przekazanie do innej instytucji", "transferred to another institution"},
	termOf[ClosureReason]{ClosurePeriodEnded, "upływ okresu programu", "the programme's period ended"},
	termOf[ClosureReason]{ClosureOther, "inna przyczyna", "other reason"},
)

// ClosureReasons returns the closure reasons in the catalogue's order.
func ClosureReasons() []ClosureReason { return closureReasonTerms.values() }

// Label returns the closure reason's name: "rezygnacja rodziny".
func (r ClosureReason) Label(lang cooperation.Lang) string { return closureReasonTerms.label(r, lang) }

var outcomeTerms = newTerms(
	termOf[Outcome]{OutcomeAchieved, "osiągnięty", "achieved"},
	termOf[Outcome]{OutcomePartiallyAchieved, "osiągnięty częściowo", "partially achieved"},
	termOf[Outcome]{OutcomeNotAchieved, "nieosiągnięty", "not achieved"},
)

// Label returns the goal outcome's name, an adjective to "cel": "osiągnięty
// częściowo".
func (o Outcome) Label(lang cooperation.Lang) string { return outcomeTerms.label(o, lang) }

var decisionTerms = newTerms(
	termOf[Decision]{DecisionContinue, "kontynuacja", "continuation"},
	termOf[Decision]{DecisionModify, "modyfikacja programu", "modification of the programme"},
	termOf[Decision]{DecisionExtend, "przedłużenie", "extension"},
	termOf[Decision]{DecisionSuspend, "zawieszenie", "suspension"},
	termOf[Decision]{DecisionClose, "zakończenie", "closure"},
)

// Label returns the review decision's name: "przedłużenie".
func (d Decision) Label(lang cooperation.Lang) string { return decisionTerms.label(d, lang) }

var memberRoleTerms = newTerms(
	termOf[MemberRole]{MemberApplicant, "wnioskodawca/wnioskodawczyni", "applicant"},
	termOf[MemberRole]{MemberSpouse, "małżonek/małżonka", "spouse"},
	termOf[MemberRole]{MemberPartner, "partner/partnerka", "partner"},
	termOf[MemberRole]{MemberChild, "dziecko", "child"},
	termOf[MemberRole]{MemberParent, "rodzic", "parent"},
	termOf[MemberRole]{MemberSibling, "brat/siostra", "sibling"},
	termOf[MemberRole]{MemberOther, "inna osoba", "other person"},
)

// Label returns the household role's name: "brat/siostra".
func (r MemberRole) Label(lang cooperation.Lang) string { return memberRoleTerms.label(r, lang) }

var beneficiaryKindTerms = newTerms(
	termOf[BeneficiaryKind]{BeneficiaryPerson, "osoba", "person"},
	termOf[BeneficiaryKind]{BeneficiaryFamily, "rodzina", "family"},
)

// Label returns the beneficiary kind's name: "osoba", "rodzina".
func (k BeneficiaryKind) Label(lang cooperation.Lang) string {
	return beneficiaryKindTerms.label(k, lang)
}

var reasonTerms = newTerms(
	termOf[Reason]{ReasonMultipleProblems, "problemy wielorakie", "multiple problems"},
	termOf[Reason]{ReasonOwnMeansExhausted, "wyczerpanie własnych możliwości", "own means exhausted"},
	termOf[Reason]{ReasonCrisis, "sytuacja kryzysowa", "crisis"},
	termOf[Reason]{ReasonOther, "inna przesłanka", "other reason"},
)

// Label returns the qualification reason's name: "sytuacja kryzysowa".
func (r Reason) Label(lang cooperation.Lang) string { return reasonTerms.label(r, lang) }

var methodTerms = newTerms(
	termOf[Method]{MethodGenogram, "genogram", "genogram"},
	termOf[Method]{MethodPSR, "podejście skoncentrowane na rozwiązaniach (PSR)", "solution-focused approach (PSR)"},
	termOf[Method]{MethodDiagnosticWorkshop, "warsztat diagnostyczny", "diagnostic workshop"},
	termOf[Method]{MethodInterview, "wywiad", "interview"},
	termOf[Method]{MethodOther, "inna metoda", "other method"},
)

// Label returns the diagnostic method's name: "warsztat diagnostyczny".
func (m Method) Label(lang cooperation.Lang) string { return methodTerms.label(m, lang) }

var eventTypeTerms = newTerms(
	termOf[EventType]{EventActionStarted, "rozpoczęcie działania", "action started"},
	termOf[EventType]{EventActionDone, "wykonanie działania", "action done"},
	termOf[EventType]{EventActionNotDone, "niewykonanie działania", "action not done"},
	termOf[EventType]{EventActionCancelled, "anulowanie działania", "action cancelled"},
	termOf[EventType]{EventReview, "przegląd IPW", "IPW review"},
	termOf[EventType]{EventSuspend, "zawieszenie IPW", "IPW suspended"},
	termOf[EventType]{EventResume, "wznowienie IPW", "IPW resumed"},
	termOf[EventType]{EventClose, "zakończenie IPW", "IPW closed"},
	termOf[EventType]{EventConsentWithdrawn, "wycofanie zgody", "consent withdrawn"},
	termOf[EventType]{EventPartnerWithdraws, "odejście partnera", "partner withdraws"},
	termOf[EventType]{EventPartnerJoins, "przystąpienie partnera", "partner joins"},
	termOf[EventType]{EventAgreementExpires, "wygaśnięcie porozumienia", "agreement expires"},
	termOf[EventType]{EventIPWAdded, "nowy IPW", "new IPW"},
	termOf[EventType]{EventMeetingHeld, "spotkanie PZK", "PZK meeting"},
)

// Label returns the event type's name: "odejście partnera".
func (t EventType) Label(lang cooperation.Lang) string { return eventTypeTerms.label(t, lang) }

var assumptionTerms = newTerms(
	termOf[Assumption]{AssumeAsRecorded, "tylko zdarzenia scenariusza", "only the scenario's events"},
	termOf[Assumption]{AssumeOnTime, "wszystko w terminie", "everything on time"},
)

// Label returns the assumption's name: "wszystko w terminie".
func (a Assumption) Label(lang cooperation.Lang) string {
	if a == "" {
		a = AssumeAsRecorded
	}
	return assumptionTerms.label(a, lang)
}

// GlossarySets returns every closed set of the library with its labels in
// both languages, in a stable order: the sets of package cooperation
// (cooperation.GlossarySets), then stage, status, actionStatus, area,
// closureReason, outcome, decision, memberRole, beneficiaryKind, reason,
// method, eventType and assumption.
func GlossarySets() []cooperation.GlossarySet {
	return append(cooperation.GlossarySets(),
		stageTerms.export("stage"),
		statusTerms.export("status"),
		actionStatusTerms.export("actionStatus"),
		areaTerms.export("area"),
		closureReasonTerms.export("closureReason"),
		outcomeTerms.export("outcome"),
		decisionTerms.export("decision"),
		memberRoleTerms.export("memberRole"),
		beneficiaryKindTerms.export("beneficiaryKind"),
		reasonTerms.export("reason"),
		methodTerms.export("method"),
		eventTypeTerms.export("eventType"),
		assumptionTerms.export("assumption"),
	)
}

// Glossary returns every closed set of the library as data: for each set
// (named as the JSON calls the property: "kind", "sector", "stage",
// "closureReason", …), each value's label in lang. Besides the enumerations
// it has "variantDescription" (what a variant is for), "pzkName" (the PZK's
// proper name by variant), "keyword" (the kind of mistake a failed JSON
// Schema keyword catches) and "field": the label of every property a person
// fills in, by its JSON name, or by the name of the property holding its
// object, a dot and its name where the same name means something else
// there ("consent.scope"; see cooperation.FieldLabel).
//
// The planner takes every label it shows from here; the order of a set's
// values is the schema's (GlossarySets gives it too).
func Glossary(lang cooperation.Lang) map[string]map[string]string {
	sets := GlossarySets()
	out := make(map[string]map[string]string, len(sets))
	for _, s := range sets {
		m := make(map[string]string, len(s.Terms))
		for _, t := range s.Terms {
			if lang == cooperation.English {
				m[t.Value] = t.English
			} else {
				m[t.Value] = t.Polish
			}
		}
		out[s.Name] = m
	}
	return out
}

// teamKindLabel names a team kind in messages, in both languages; a PZK by
// its name in variant v (Partnerski Zespół Kooperacyjny in the urban one).
func teamKindLabel(k cooperation.TeamKind, v cooperation.Variant) label {
	if k == cooperation.TeamPZK {
		return label{v.PZKName(cooperation.Polish) + " (PZK)", k.Label(cooperation.English)}
	}
	return label{k.Label(cooperation.Polish), k.Label(cooperation.English)}
}
