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
// Templates name parameters in braces, {agreement}. A parameter may be given
// per language as "name.pl" and "name.en", which {name} prefers. A part in
// square brackets is printed only when every parameter inside it is given.
type Rule struct {
	Code          Code     `json:"code"`
	Severity      Severity `json:"severity"`
	AsOf          bool     `json:"asOf,omitempty"` // depends on the check date
	Description   string   `json:"description"`
	DescriptionPL string   `json:"descriptionPl"`
	English       string   `json:"messageEn"`
	Polish        string   `json:"messagePl"`
}

// The codes of the rule catalogue (DOMAIN.md §14).
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

	// Simulation scenarios (DOMAIN.md §12): problems of the scenario
	// document itself, at paths into it.
	CodeScenarioEventOutOfRange Code = "scenario.event_out_of_range"
	CodeScenarioEventInvalid    Code = "scenario.event_invalid"
	CodeScenarioHorizonInvalid  Code = "scenario.horizon_invalid"
)

// catalogue is the one place where rules are declared. Order: as DOMAIN.md §14.
var catalogue = []Rule{
	// Document.
	{CodeDocumentUnreadable, SeverityError, false,
		"The file cannot be read (it does not exist, is a directory, or may not be read).",
		"Nie można odczytać pliku (nie istnieje, jest katalogiem albo brak uprawnień do odczytu).",
		"The file {file} cannot be read: {reason.en}",
		"Nie można odczytać pliku {file}: {reason.pl}"},
	{CodeDocumentInvalidJSON, SeverityError, false,
		"The document is not well-formed JSON.",
		"Dokument nie jest poprawnym JSON-em.",
		"The document is not valid JSON[ at byte {offset}]: {detail}",
		"Dokument nie jest poprawnym JSON-em[ (bajt {offset})]: {detail}"},
	{CodeDocumentTooLarge, SeverityError, false,
		"The document is larger than the size limit.",
		"Dokument przekracza dopuszczalny rozmiar.",
		"The document has {size} bytes; the limit is {limit} bytes",
		"Dokument ma {size} bajtów; limit to {limit} bajtów"},
	{CodeDocumentTooDeep, SeverityError, false,
		"The document nests arrays or objects deeper than the limit.",
		"Dokument ma zbyt głęboko zagnieżdżone tablice lub obiekty.",
		"The document nests deeper than {limit} levels",
		"Dokument jest zagnieżdżony głębiej niż {limit} poziomów"},
	{CodeDocumentDuplicateKey, SeverityError, false,
		"An object has the same key twice; one of the values would be lost.",
		"Obiekt ma dwa razy ten sam klucz; jedna z wartości zostałaby utracona.",
		"The key \"{key}\" appears more than once in this object; only one value could be kept",
		"Klucz „{key}” występuje w tym obiekcie więcej niż raz; zachować można tylko jedną wartość"},
	{CodeDocumentVersionUnsupported, SeverityError, false,
		"The document's schemaVersion is not one this library reads.",
		"Wersja schematu dokumentu (schemaVersion) nie jest obsługiwana.",
		"Schema version \"{version}\" is not supported; this library reads version {supported}",
		"Wersja schematu „{version}” nie jest obsługiwana; biblioteka czyta wersję {supported}"},
	{CodeSchemaViolation, SeverityError, false,
		"The document does not match the JSON Schema (a field is missing, misspelled or of the wrong type).",
		"Dokument nie jest zgodny ze schematem JSON (brak pola, literówka w nazwie lub zły typ wartości).",
		"{detail}",
		"{detail}"},
	{CodeRefUnknown, SeverityError, false,
		"A reference names an element that does not exist.",
		"Odwołanie wskazuje element, który nie istnieje.",
		"\"{id}\" does not exist among {collection.en}",
		"Nie znaleziono „{id}” wśród {collection.pl}"},
	{CodeRefDuplicateID, SeverityError, false,
		"Two elements of one collection have the same id.",
		"Dwa elementy jednej kolekcji mają ten sam identyfikator.",
		"The id \"{id}\" is already used at {first}",
		"Identyfikator „{id}” jest już użyty w {first}"},

	// Identifiers and area.
	{CodeTERYTInvalid, SeverityError, false,
		"A TERYT code is malformed or names no municipality, powiat or voivodeship.",
		"Kod TERYT jest błędny albo nie oznacza gminy, powiatu ani województwa.",
		"TERYT code \"{value}\" is invalid[: {reason.en}]",
		"Kod TERYT „{value}” jest niepoprawny[: {reason.pl}]"},
	{CodeREGONInvalid, SeverityError, false,
		"A REGON number fails its length or checksum test.",
		"Numer REGON ma złą długość lub sumę kontrolną.",
		"REGON \"{value}\" is invalid[: {reason.en}]",
		"REGON „{value}” jest niepoprawny[: {reason.pl}]"},
	{CodeNIPInvalid, SeverityError, false,
		"A NIP number fails its length or checksum test.",
		"Numer NIP ma złą długość lub sumę kontrolną.",
		"NIP \"{value}\" is invalid[: {reason.en}]",
		"NIP „{value}” jest niepoprawny[: {reason.pl}]"},
	{CodePESELInvalid, SeverityError, false,
		"A PESEL number fails its checksum or encodes a date that does not exist.",
		"Numer PESEL ma złą sumę kontrolną lub zawiera nieistniejącą datę urodzenia.",
		"PESEL of household member {member} is invalid[: {reason.en}]",
		"PESEL członka rodziny {member} jest niepoprawny[: {reason.pl}]"},
	{CodeVariantMismatch, SeverityWarning, false,
		"The declared variant differs from the one the municipality's TERYT type and population suggest.",
		"Zadeklarowany wariant modelu różni się od wynikającego z typu gminy w TERYT i liczby mieszkańców.",
		"The bundle declares the {declared} variant, but TERYT {teryt}[ and a population of {population}] suggest the {derived} variant; keep it only if the gmina deliberately stays with the model it piloted",
		"Pakiet deklaruje wariant {declared}, a kod TERYT {teryt}[ i liczba mieszkańców {population}] wskazują na wariant {derived}; można go zachować tylko świadomie, np. gdy gmina zostaje przy pilotowanym modelu"},
	{CodeInstitutionOutside, SeverityWarning, false,
		"An institution's TERYT lies outside the municipality's area (often a typo).",
		"Kod TERYT instytucji leży poza obszarem gminy (często to literówka).",
		"{institution}: TERYT {teryt} lies outside the area of the municipality ({municipality}, code {area}); partners from outside may be invited, but check the code for a typo",
		"{institution}: kod TERYT {teryt} leży poza obszarem, którego dotyczy pakiet ({municipality}, kod {area}); można zapraszać partnerów spoza gminy, ale warto sprawdzić, czy to nie literówka"},
	{CodePrivacyPESELPresent, SeverityInfo, false,
		"A PESEL is stored although an IPW should identify people by pseudonym (data minimisation).",
		"Zapisano PESEL, choć IPW powinien wskazywać osoby pseudonimem (minimalizacja danych).",
		"A PESEL is stored for household member {member}; identify people by pseudonym unless the number is really needed",
		"Dla członka rodziny {member} zapisano PESEL; jeśli numer nie jest niezbędny, wystarczy pseudonim"},

	// Teams.
	{CodeTeamLeaderMissing, SeverityError, true,
		"The partnership team (PZK) has no leader.",
		"Partnerski zespół kooperacji (PZK) nie ma lidera.",
		"Team \"{team}\" has no leader on {date}",
		"Zespół „{team}” nie ma lidera w dniu {date}"},
	{CodeTeamLeaderMultiple, SeverityWarning, true,
		"The PZK has more than one leader.",
		"PZK ma więcej niż jednego lidera.",
		"Team \"{team}\" has {count} leaders on {date}; it should have exactly one",
		"Zespół „{team}” ma w dniu {date} więcej niż jednego lidera (liczba liderów: {count}); lider powinien być jeden"},
	{CodeTeamLeaderNotOPS, SeverityError, true,
		"The PZK leader's institution is not an OPS or CUS.",
		"Lider PZK nie pochodzi z OPS ani CUS.",
		"The leader of team \"{team}\" comes from {institution}, which is not a social assistance centre (OPS) or a social services centre (CUS)",
		"Lider zespołu „{team}” pochodzi z instytucji: {institution}, a liderem PZK może być tylko ośrodek pomocy społecznej (OPS) lub centrum usług społecznych (CUS)"},
	{CodeTeamOPSMissing, SeverityError, true,
		"The PZK does not include the municipality's OPS or CUS.",
		"W PZK nie ma ośrodka pomocy społecznej (OPS) ani CUS gminy.",
		"Team \"{team}\" does not include the municipality's social assistance centre (OPS) or social services centre (CUS) on {date}",
		"W zespole „{team}” nie ma w dniu {date} ośrodka pomocy społecznej gminy (OPS) ani centrum usług społecznych (CUS)"},
	{CodeTeamPowiatMissing, SeverityError, true,
		"The PZK has no powiat-level institution (normally the PCPR).",
		"W PZK nie ma instytucji powiatowej (zwykle PCPR).",
		"Team \"{team}\" has no powiat-level institution (normally the PCPR) on {date}",
		"W zespole „{team}” nie ma w dniu {date} instytucji szczebla powiatowego (zwykle PCPR)"},
	{CodeTeamAnimatorMissing, SeverityError, true,
		"The rural PZK lacks its gmina or powiat animator.",
		"W wiejskim PZK brakuje animatora gminnego lub powiatowego.",
		"Team \"{team}\" has no {role} on {date}",
		"W zespole „{team}” brakuje w dniu {date} {role}"},
	{CodeTeamTooSmall, SeverityError, true,
		"The team has fewer member institutions than the profile requires.",
		"Zespół ma mniej instytucji członkowskich, niż wymaga profil.",
		"Team \"{team}\" has {count} member institutions on {date}; the profile requires at least {min}",
		"Liczba instytucji członkowskich zespołu „{team}” w dniu {date}: {count}; profil wymaga co najmniej {min}"},
	{CodeTeamSectorsInsufficient, SeverityError, true,
		"The team's members come from fewer sectors than the profile requires.",
		"Członkowie zespołu reprezentują mniej sektorów, niż wymaga profil.",
		"Team \"{team}\" has members from {count} sectors on {date}[ ({sectors})]; the profile requires at least {min} (local government does not count)",
		"Liczba sektorów reprezentowanych w zespole „{team}” w dniu {date}: {count}[ ({sectors})]; profil wymaga co najmniej {min} (samorząd się nie liczy)"},
	{CodeTeamMemberDuplicate, SeverityError, false,
		"An institution is a member of the same team twice over overlapping periods.",
		"Instytucja jest członkiem tego samego zespołu dwukrotnie w nakładających się okresach.",
		"{institution} is listed in team \"{team}\" twice over overlapping periods (see {other})",
		"{institution} figuruje w zespole „{team}” dwukrotnie w nakładających się okresach (zob. {other})"},
	{CodeTeamMemberDatesInvalid, SeverityError, false,
		"A member left the team before joining it.",
		"Data wystąpienia członka z zespołu jest wcześniejsza niż data przystąpienia.",
		"{institution} left team \"{team}\" on {left}, before it joined on {joined}",
		"{institution}: data wystąpienia z zespołu „{team}” ({left}) jest wcześniejsza niż data przystąpienia ({joined})"},
	{CodeTeamMemberNotInAgreement, SeverityError, true,
		"An active PZK member is not covered by a cooperation agreement in force.",
		"Aktywny członek PZK nie jest objęty obowiązującym porozumieniem o współpracy.",
		"{institution}, a member of team \"{team}\", is not a party to any cooperation agreement in force on {date}",
		"{institution}, członek zespołu „{team}”, nie jest w dniu {date} stroną żadnego obowiązującego porozumienia o współpracy"},
	{CodeTeamDeclarationMissing, SeverityError, true,
		"An active PZK member has no accession declaration in force (urban variant).",
		"Aktywny członek PZK nie ma obowiązującej deklaracji przystąpienia (wariant miejski).",
		"{institution}, a member of team \"{team}\", has no declaration of accession in force on {date}",
		"{institution}, członek zespołu „{team}”, nie ma deklaracji przystąpienia obowiązującej w dniu {date}"},
	{CodeTeamParentMissing, SeverityError, false,
		"A GGK or ZZK does not name its parent PZK.",
		"GGK lub ZZK nie wskazuje nadrzędnego PZK.",
		"Team \"{team}\" does not name a partnership team (PZK) as its parent",
		"Zespół „{team}” nie wskazuje nadrzędnego partnerskiego zespołu kooperacji (PZK)"},
	{CodeTeamCaseTeamMemberNotInPZK, SeverityError, false,
		"A member of a GGK or ZZK is not a PZK member on its joining date.",
		"Członek GGK lub ZZK nie należy do PZK w dniu przystąpienia.",
		"{institution} joins team \"{team}\" on {date} but is not then a member of the partnership team \"{parent}\"",
		"{institution} przystępuje do zespołu „{team}” w dniu {date}, ale nie jest wtedy członkiem zespołu partnerskiego „{parent}”"},
	{CodeTeamCaseWorkerMissing, SeverityError, false,
		"A GGK or ZZK has no case worker from the OPS or CUS.",
		"GGK lub ZZK nie ma pracownika socjalnego z OPS lub CUS.",
		"Team \"{team}\" has no case worker from the social assistance centre (OPS or CUS)",
		"Zespół „{team}” nie ma pracownika socjalnego z ośrodka pomocy społecznej (OPS lub CUS)"},
	{CodeTeamCoordinatorMissing, SeverityError, false,
		"A GGK has no coordinator from the OPS or CUS.",
		"GGK nie ma koordynatora z OPS lub CUS.",
		"Team \"{team}\" has no coordinator from the social assistance centre (OPS or CUS)",
		"Zespół „{team}” nie ma koordynatora z ośrodka pomocy społecznej (OPS lub CUS)"},
	{CodeTeamWZKLevel, SeverityError, false,
		"A WZK has a member that is not voivodeship-level, or lacks the voivodeship and its ROPS.",
		"W WZK jest członek spoza szczebla wojewódzkiego albo brak samorządu województwa i ROPS.",
		"Team \"{team}\" must consist of voivodeship-level institutions including the voivodeship or its ROPS[; {institution} works at the {level} level]",
		"Zespół „{team}” musi składać się z instytucji wojewódzkich, w tym samorządu województwa lub ROPS[; {institution} działa na szczeblu {level}]"},
	{CodeTeamMeetingGap, SeverityWarning, true,
		"Too long a time passed between two PZK meetings, or since the last one.",
		"Między spotkaniami PZK (lub od ostatniego spotkania) minęło zbyt wiele czasu.",
		"Team \"{team}\" did not meet for {days} days ({from} – {to}); the profile allows at most {max}",
		"Zespół „{team}” nie spotykał się przez {days} dni ({from} – {to}); profil dopuszcza najwyżej {max}"},
	{CodeTeamKindNotInVariant, SeverityError, false,
		"The team kind does not belong to the bundle's variant.",
		"Ten rodzaj zespołu nie występuje w wariancie modelu pakietu.",
		"A team of kind {kind} is not part of the {variant} variant of the model",
		"Zespół rodzaju {kind} nie jest przewidziany w tym wariancie modelu (wariant {variant})"},

	// Agreements.
	{CodeAgreementPartiesTooFew, SeverityError, false,
		"An agreement has fewer than two parties.",
		"Porozumienie ma mniej niż dwie strony.",
		"The number of parties to agreement \"{agreement}\"[ from {date}] is {count}; an agreement needs at least 2",
		"Liczba stron porozumienia „{agreement}”[ od {date}]: {count}; porozumienie musi mieć co najmniej 2 strony"},
	{CodeAgreementUnsignedParty, SeverityError, false,
		"An original party has not signed the agreement.",
		"Jedna ze stron nie podpisała porozumienia.",
		"Agreement \"{agreement}\" is not signed by {party}; it is not in force until every party signs",
		"Pod porozumieniem „{agreement}” brakuje podpisu: {party}; porozumienie nie obowiązuje, dopóki nie podpiszą go wszystkie strony"},
	{CodeAgreementSignatureByNonParty, SeverityError, false,
		"A signature belongs to an institution that is not a party.",
		"Podpis złożyła instytucja, która nie jest stroną.",
		"{party} signed \"{agreement}\" but is not a party to it",
		"Pod dokumentem „{agreement}” jest podpis w imieniu: {party}, a ta instytucja nie jest jego stroną"},
	{CodeAgreementSignatureInFuture, SeverityError, true,
		"A signature is dated after the check date.",
		"Podpis ma datę późniejszą niż data sprawdzenia.",
		"A signature under \"{agreement}\" is dated {date}, after the check date {asOf}",
		"Podpis pod porozumieniem „{agreement}” ma datę {date}, późniejszą niż data sprawdzenia ({asOf})"},
	{CodeAgreementEffectiveBeforeSigned, SeverityWarning, false,
		"An agreement is said to take effect before its last signature.",
		"Porozumienie ma wejść w życie przed złożeniem ostatniego podpisu.",
		"Agreement \"{agreement}\" is to take effect on {effectiveFrom}, but its last signature is dated {signed}; it is in force only from {signed}",
		"Porozumienie „{agreement}” ma obowiązywać od {effectiveFrom}, ale ostatni podpis złożono {signed}; obowiązuje dopiero od {signed}"},
	{CodeAgreementDatesInvalid, SeverityError, false,
		"An agreement or annex ends before it starts.",
		"Porozumienie lub aneks kończy się przed rozpoczęciem.",
		"Agreement \"{agreement}\"[ as changed by annex {annex}] ends on {end}, before it starts on {start}",
		"Porozumienie „{agreement}”[ (po aneksie {annex})] kończy się {end}, przed rozpoczęciem {start}"},
	{CodeAgreementScopeMissing, SeverityError, false,
		"An agreement does not say what the parties cooperate on.",
		"Porozumienie nie określa przedmiotu współpracy.",
		"Agreement \"{agreement}\" does not say what the parties cooperate on (scope)",
		"Porozumienie „{agreement}” nie określa przedmiotu współpracy (scope)"},
	{CodeAgreementPilotParties, SeverityError, false,
		"A pilot agreement does not have exactly one voivodeship, one powiat and one gmina party.",
		"Porozumienie pilotażowe nie ma dokładnie jednej strony: województwa, powiatu i gminy.",
		"Pilot agreement \"{agreement}\" must have exactly one voivodeship, one powiat and one gmina party[; its parties are {found}]",
		"Porozumienie pilotażowe „{agreement}” musi mieć dokładnie trzy strony: województwo, powiat i gminę[; strony to: {found}]"},
	{CodeAgreementGminaMissing, SeverityError, false,
		"A local cooperation agreement does not include the gmina or its OPS/CUS.",
		"Porozumienie o współpracy nie obejmuje gminy ani jej OPS/CUS.",
		"Cooperation agreement \"{agreement}\" includes neither the municipality ({gmina}) nor its OPS or CUS",
		"Porozumienie o współpracy „{agreement}” nie obejmuje ani gminy ({gmina}), ani jej OPS lub CUS"},
	{CodeAgreementWZKParties, SeverityError, false,
		"A voivodeship team agreement has a party that is not voivodeship-level, or lacks the voivodeship.",
		"Porozumienie WZK ma stronę spoza szczebla wojewódzkiego albo nie obejmuje samorządu województwa.",
		"Voivodeship team agreement \"{agreement}\" must have only voivodeship-level parties, including the voivodeship[; {party} is not voivodeship-level]",
		"Porozumienie zespołu wojewódzkiego „{agreement}” może mieć tylko strony szczebla wojewódzkiego, w tym samorząd województwa[; {party} nie jest instytucją wojewódzką]"},
	{CodeAgreementDeclarationTeamMissing, SeverityError, false,
		"An accession declaration does not name an existing PZK, or is not made with its leader.",
		"Deklaracja przystąpienia nie wskazuje istniejącego PZK albo nie jest złożona wobec jego lidera.",
		"Declaration of accession \"{agreement}\" must name a partnership team (PZK) and be made between the joining institution and the team's leader institution[ ({leader})]",
		"Deklaracja przystąpienia „{agreement}” musi wskazywać partnerski zespół kooperacji (PZK) i być zawarta między przystępującą instytucją a instytucją lidera zespołu[ ({leader})]"},
	{CodeAgreementAnnexBeforeAgreement, SeverityError, false,
		"An annex is dated before the agreement was signed.",
		"Aneks ma datę wcześniejszą niż podpisanie porozumienia.",
		"Annex {annex} to \"{agreement}\" is dated {date}, before the agreement was signed ({signed})",
		"Aneks {annex} do porozumienia „{agreement}” ma datę {date}, wcześniejszą niż zawarcie porozumienia ({signed})"},
	{CodeAgreementAnnexUnsigned, SeverityError, false,
		"An annex lacks the signature of a party in force or of a party it adds.",
		"Aneksu nie podpisała strona porozumienia lub strona przez niego dodawana.",
		"Annex {annex} to \"{agreement}\" is not signed by {party}; it does not take effect until it is",
		"Pod aneksem {annex} do porozumienia „{agreement}” brakuje podpisu: {party}; bez niego aneks nie wchodzi w życie"},
	{CodeAgreementAnnexAfterExpiry, SeverityError, false,
		"An annex takes effect after the agreement ended.",
		"Aneks wchodzi w życie po wygaśnięciu porozumienia.",
		"Annex {annex} to \"{agreement}\" takes effect on {date}, after the agreement ended on {end}; an ended agreement cannot be amended, a new one is needed",
		"Aneks {annex} do porozumienia „{agreement}” wchodzi w życie {date}, a porozumienie wygasło {end}; wygasłego porozumienia nie można zmienić aneksem, potrzebne jest nowe"},
	{CodeAgreementNoticeTooShort, SeverityError, false,
		"A withdrawal takes effect earlier than its notice period allows.",
		"Wypowiedzenie ma skutek wcześniej, niż pozwala okres wypowiedzenia.",
		"{party} withdraws from \"{agreement}\" with effect on {effective}, but notice given on {notice} with a {days}-day notice period takes effect on {earliest} at the earliest",
		"{party}: wypowiedzenie porozumienia „{agreement}” złożone {notice} ma mieć skutek od {effective}, a przy {days}-dniowym okresie wypowiedzenia może go mieć najwcześniej od {earliest}"},
	{CodeAgreementExpiring, SeverityWarning, true,
		"An agreement in force ends soon.",
		"Obowiązujące porozumienie wkrótce wygasa.",
		"Agreement \"{agreement}\" ends on {end}, in {days} days; prepare an annex or a new agreement",
		"Porozumienie „{agreement}” wygasa {end}, za {days} dni; warto przygotować aneks lub nowe porozumienie"},

	// Services.
	{CodeServiceProviderNotMember, SeverityWarning, false,
		"A service's provider is not a member of the PZK.",
		"Dostawca usługi z koszyka nie jest członkiem PZK.",
		"{institution}, the provider of service \"{service}\", is not a member of the partnership team (PZK)",
		"{institution}, dostawca usługi „{service}”, nie jest członkiem zespołu partnerskiego (PZK)"},
	{CodeServiceCapacityExceeded, SeverityWarning, false,
		"More IPW actions use a service in a month than its capacity.",
		"W danym miesiącu więcej działań IPW korzysta z usługi, niż wynosi jej pojemność.",
		"Service \"{service}\" is used by {used} IPW actions in {month}; its monthly capacity is {capacity}",
		"Liczba działań IPW korzystających z usługi „{service}” w miesiącu {month}: {used}; miesięczna pojemność usługi: {capacity}"},

	// IPW.
	{CodeIPWTeamKindMismatch, SeverityError, false,
		"The IPW is run by a team of the wrong kind for the variant.",
		"IPW prowadzi zespół niewłaściwego rodzaju dla wariantu.",
		"IPW {ipw} is run by {team}, a {kind.en}; in this bundle IPWs are run by a {want.en}",
		"IPW {ipw} prowadzi zespół {team}, czyli {kind.pl}; w tym pakiecie IPW prowadzi {want.pl}"},
	{CodeIPWCaseWorkerNotOPS, SeverityError, false,
		"The IPW's case worker is not from an OPS or CUS.",
		"Pracownik socjalny IPW nie pochodzi z OPS ani CUS.",
		"The case worker of IPW {ipw} works at {institution}, which is not a social assistance centre (OPS) or a social services centre (CUS)",
		"Pracodawca pracownika socjalnego IPW {ipw}, {institution}, nie jest ośrodkiem pomocy społecznej (OPS) ani centrum usług społecznych (CUS)"},
	{CodeIPWQualificationMissing, SeverityError, false,
		"The IPW does not record the family's qualification.",
		"W IPW brak kwalifikacji rodziny do programu.",
		"IPW {ipw} does not record how the family was qualified (date, referring institution, reasons)",
		"W IPW {ipw} brak kwalifikacji rodziny (data, instytucja kierująca, przesłanki)"},
	{CodeIPWConsentMissing, SeverityError, false,
		"The IPW has no consent to share the family's data.",
		"W IPW brak zgody na przekazywanie danych rodziny.",
		"IPW {ipw} has no consent of the family to share its data with the partners",
		"W IPW {ipw} brak zgody rodziny na przekazywanie danych partnerom"},
	{CodeIPWConsentByMinor, SeverityError, false,
		"Consent was given by a household member under 18.",
		"Zgody udzieliła osoba niepełnoletnia.",
		"Consent in IPW {ipw} is given by {member}, who does not turn 18 in {year}",
		"W IPW {ipw} zgody udzieliła osoba {member}, która w {year} r. nie kończy 18 lat"},
	{CodeIPWConsentAfterDiagnosis, SeverityWarning, false,
		"Consent is dated after the diagnosis or a signature it should precede.",
		"Zgoda ma datę późniejszą niż diagnoza lub podpis, które powinna poprzedzać.",
		"Consent in IPW {ipw} is dated {consent}, after {what.en} dated {date}; consent should come first",
		"Zgoda w IPW {ipw} ma datę {consent}, późniejszą niż {what.pl} z {date}; zgoda powinna być pierwsza"},
	{CodeIPWConsentScope, SeverityError, false,
		"An institution owns an action but is not in the consent scope.",
		"Instytucja odpowiada za działanie, ale nie jest objęta zakresem zgody.",
		"{institution} is responsible for action {action} of IPW {ipw}, but on {date} the family's consent does not cover sharing its data with it[ (consent dated {consent})]",
		"{institution} odpowiada za działanie {action} w IPW {ipw}, ale w dniu {date} zgoda rodziny nie obejmuje przekazywania danych tej instytucji[ (zgoda z {consent})]"},
	{CodeIPWConsentWithdrawnActive, SeverityError, true,
		"After consent was withdrawn an institution's action is still open.",
		"Po wycofaniu zgody działanie instytucji pozostaje otwarte.",
		"Consent in IPW {ipw} was withdrawn on {date}, but action {action} of {institution} is still open; suspend or close the plan from that date",
		"Zgodę w IPW {ipw} wycofano {date}, a działanie {action}, za które odpowiada {institution}, wciąż jest otwarte; zawieś lub zakończ program od tej daty"},
	{CodeIPWDiagnosisMissing, SeverityError, false,
		"The IPW has no diagnosis.",
		"W IPW brak diagnozy.",
		"IPW {ipw} has no diagnosis of the family's situation",
		"W IPW {ipw} brak diagnozy sytuacji rodziny"},
	{CodeIPWDiagnosisAfterStart, SeverityError, false,
		"The diagnosis is dated after the plan starts.",
		"Diagnoza ma datę późniejszą niż początek programu.",
		"The diagnosis of IPW {ipw} is dated {diagnosis}, after the plan starts on {start}",
		"Diagnoza w IPW {ipw} ma datę {diagnosis}, późniejszą niż początek programu {start}"},
	{CodeIPWDiagnosisIncomplete, SeverityWarning, false,
		"A problem area of the diagnosis lacks some of the model's four facets.",
		"Obszar problemowy diagnozy nie opisuje wszystkich czterech wymiarów modelu.",
		"The {area.en} area of the diagnosis of IPW {ipw} is marked as a problem but does not describe: {missing.en}",
		"Obszar „{area.pl}” w diagnozie IPW {ipw} jest oznaczony jako problemowy, ale nie opisano: {missing.pl}"},
	{CodeIPWAreaWithoutGoal, SeverityError, false,
		"A diagnosed problem area has no goal and is not deferred with a reason.",
		"Obszar problemowy z diagnozy nie ma celu ani uzasadnionego odroczenia.",
		"The {area.en} problem area of IPW {ipw} is not addressed by any goal, nor deferred with a reason",
		"Obszaru problemowego „{area.pl}” w IPW {ipw} nie dotyczy żaden cel ani nie odroczono go z podaniem przyczyny"},
	{CodeIPWGoalAreaUnknown, SeverityError, false,
		"A goal refers to an area the diagnosis does not cover.",
		"Cel dotyczy obszaru, którego nie ma w diagnozie.",
		"Goal {goal} of IPW {ipw} refers to the {area.en} area, which the diagnosis does not cover",
		"Cel {goal} w IPW {ipw} dotyczy obszaru „{area.pl}”, którego nie ma w diagnozie"},
	{CodeIPWGoalWithoutAction, SeverityError, false,
		"A goal has no action.",
		"Cel nie ma żadnego działania.",
		"Goal {goal} of IPW {ipw} has no action",
		"Cel {goal} w IPW {ipw} nie ma żadnego działania"},
	{CodeIPWGoalTargetWithoutMeasure, SeverityError, false,
		"A goal has a target but no measure.",
		"Cel ma wartość docelową, ale nie ma miernika.",
		"Goal {goal} of IPW {ipw} has a target but no measure to check it against",
		"Cel {goal} w IPW {ipw} ma wartość docelową, ale nie ma miernika"},
	{CodeIPWGoalTargetDateOutside, SeverityWarning, false,
		"A goal's target date lies outside the plan's period.",
		"Termin osiągnięcia celu leży poza okresem programu.",
		"The target date of goal {goal} ({date}) lies outside the period of IPW {ipw} ({start} – {end})",
		"Termin celu {goal} ({date}) leży poza okresem IPW {ipw} ({start} – {end})"},
	{CodeIPWActionDatesInvalid, SeverityError, false,
		"An action is due before it starts.",
		"Termin działania przypada przed jego rozpoczęciem.",
		"Action {action} of IPW {ipw} is due on {due}, before it starts on {start}",
		"Działanie {action} w IPW {ipw} ma termin {due}, przed rozpoczęciem {start}"},
	{CodeIPWActionOutsidePeriod, SeverityError, false,
		"An action lies outside the plan's period.",
		"Działanie wykracza poza okres programu.",
		"Action {action} ({start} – {due}) lies outside the period of IPW {ipw} ({periodStart} – {periodEnd})",
		"Działanie {action} ({start} – {due}) wykracza poza okres IPW {ipw} ({periodStart} – {periodEnd})"},
	{CodeIPWActionResponsibleNotMember, SeverityError, false,
		"The institution responsible for an action is not a member of the IPW's team over the action's span.",
		"Instytucja odpowiedzialna za działanie nie należy do zespołu IPW przez cały czas działania.",
		"{institution}, responsible for action {action} of IPW {ipw}, is not a member of team {team} on {date}",
		"Za działanie {action} w IPW {ipw} odpowiada {institution}, ale w dniu {date} ta instytucja nie należy do zespołu {team}"},
	{CodeIPWActionNotCovered, SeverityError, false,
		"The institution responsible for an action is not covered by an agreement in force over the action's span.",
		"Instytucja odpowiedzialna za działanie nie jest objęta obowiązującym porozumieniem przez cały czas działania.",
		"{institution}, responsible for action {action} of IPW {ipw}, is not covered by a cooperation agreement in force on {date}",
		"Za działanie {action} w IPW {ipw} odpowiada {institution}, ale w dniu {date} tej instytucji nie obejmuje żadne obowiązujące porozumienie o współpracy"},
	{CodeIPWActionServiceMismatch, SeverityError, false,
		"An action uses a service that its responsible institution does not provide.",
		"Działanie korzysta z usługi, której nie świadczy odpowiedzialna instytucja.",
		"Action {action} of IPW {ipw} uses service {service}, which {provider} provides, not {institution.en}",
		"Działanie {action} w IPW {ipw} korzysta z usługi {service}, którą świadczy {provider}, a nie {institution.pl}"},
	{CodeIPWActionCompletionMissing, SeverityError, false,
		"A done or not-done action has no completion date.",
		"Działanie zakończone (wykonane lub nie) nie ma daty zakończenia.",
		"Action {action} of IPW {ipw} is {status.en} but has no completion date",
		"Działanie {action} w IPW {ipw} ma status „{status.pl}”, ale brak daty zakończenia"},
	{CodeIPWActionCompletedInFuture, SeverityError, true,
		"An action's completion date is after the check date.",
		"Data zakończenia działania jest późniejsza niż data sprawdzenia.",
		"Action {action} of IPW {ipw} is recorded as completed on {date}, after the check date {asOf}",
		"Działanie {action} w IPW {ipw} ma datę zakończenia {date}, późniejszą niż data sprawdzenia {asOf}"},
	{CodeIPWActionOverdue, SeverityWarning, true,
		"A planned or ongoing action's due date has passed.",
		"Minął termin zaplanowanego lub trwającego działania.",
		"Action {action} of IPW {ipw}[ ({owner})] was due on {due} and is still {status.en}",
		"Działanie {action} w IPW {ipw}[ ({owner})] miało termin {due} i wciąż ma status „{status.pl}”"},
	{CodeIPWActionDueNonWorkingDay, SeverityInfo, false,
		"An action is due on a Saturday, Sunday or public holiday; the deadline moves to the next working day.",
		"Termin działania przypada w sobotę, niedzielę lub święto; przesuwa się na najbliższy dzień roboczy.",
		"Action {action} of IPW {ipw} is due on {due} ({dayKind.en}); the deadline moves to the next working day, {next}",
		"Działanie {action} w IPW {ipw} ma termin {due} ({dayKind.pl}); termin przesuwa się na najbliższy dzień roboczy: {next}"},
	{CodeIPWCommitmentMissing, SeverityWarning, false,
		"The plan contains no commitment of the family itself.",
		"Program nie zawiera żadnego zobowiązania samej rodziny.",
		"IPW {ipw} has no action the family itself commits to; the model expects the family's own commitments",
		"IPW {ipw} nie zawiera działań samej rodziny; model zakłada własne zobowiązania rodziny"},
	{CodeIPWSingleInstitution, SeverityWarning, false,
		"Fewer institutions own actions than the profile expects.",
		"Za działania odpowiada mniej instytucji, niż przewiduje profil.",
		"Actions of IPW {ipw} are owned by {count} institution(s); cooperation means at least {min}",
		"Liczba instytucji odpowiedzialnych za działania w IPW {ipw}: {count}; kooperacja oznacza co najmniej {min}"},
	{CodeIPWPeriodInvalid, SeverityError, false,
		"The plan's period ends before it starts.",
		"Okres programu kończy się przed jego rozpoczęciem.",
		"The period of IPW {ipw} ends on {end}, before it starts on {start}",
		"Okres IPW {ipw} kończy się {end}, przed rozpoczęciem {start}"},
	{CodeIPWDurationLong, SeverityWarning, false,
		"The plan lasts longer than the typical duration.",
		"Program trwa dłużej niż typowo.",
		"IPW {ipw} runs from {start} to {end}, longer than the typical {max} months",
		"IPW {ipw} trwa od {start} do {end}, dłużej niż typowe {max} mies."},
	{CodeIPWDurationExceeds, SeverityError, false,
		"The plan lasts longer than the maximum duration.",
		"Program trwa dłużej niż dopuszczalne maksimum.",
		"IPW {ipw} runs from {start} to {end}, longer than the maximum of {max} months",
		"IPW {ipw} trwa od {start} do {end}, dłużej niż dopuszczalne {max} mies."},
	{CodeIPWReviewGap, SeverityWarning, false,
		"Too long a time passed between two reviews (or from the start to the first).",
		"Między przeglądami (lub od początku do pierwszego przeglądu) minęło zbyt wiele czasu.",
		"{days} days passed between reviews of IPW {ipw} ({from} – {to}); reviews are due at most every {max} days",
		"Między przeglądami IPW {ipw} minęło {days} dni ({from} – {to}); przegląd powinien odbywać się co najwyżej co {max} dni"},
	{CodeIPWReviewOverdue, SeverityWarning, true,
		"A plan in progress has not been reviewed for too long.",
		"Trwający program zbyt długo nie był przeglądany.",
		"IPW {ipw} has not been reviewed since {from}, {days} days ago; a review is due at least every {max} days",
		"IPW {ipw} nie był przeglądany od {from}, czyli od {days} dni; przegląd powinien odbywać się co najmniej co {max} dni"},
	{CodeIPWReviewExtendInvalid, SeverityError, false,
		"An extending review gives no new end, or one not after the current end.",
		"Przegląd przedłużający program nie podaje nowej daty końca albo nie jest ona późniejsza od obecnej.",
		"The review of IPW {ipw} on {date} extends the plan but its new end[ {newEnd}] is not after the current end {end}",
		"Przegląd IPW {ipw} z {date} przedłuża program, ale nowa data końca[ {newEnd}] nie jest późniejsza niż obecna {end}"},
	{CodeIPWSignatureMissing, SeverityError, false,
		"The plan lacks the signature of the case worker's institution or of an adult family member.",
		"Programu nie podpisała instytucja pracownika socjalnego lub dorosły członek rodziny.",
		"IPW {ipw} lacks the signature of {who.en}",
		"IPW {ipw} nie został podpisany przez {who.pl}"},
	{CodeIPWStatusMismatch, SeverityError, true,
		"The stored status differs from the one the plan's data give.",
		"Zapisany status programu różni się od wynikającego z danych.",
		"IPW {ipw} is stored as {stored.en}, but its data make it {derived.en} on {date}",
		"IPW {ipw} ma zapisany status „{stored.pl}”, a z danych wynika w dniu {date} status „{derived.pl}”"},
	{CodeIPWClosureReasonMissing, SeverityError, false,
		"A closure gives no reason.",
		"Zakończenie programu nie podaje przyczyny.",
		"The closure of IPW {ipw} gives no reason",
		"Zakończenie IPW {ipw} nie podaje przyczyny"},
	{CodeIPWClosureEvaluationMissing, SeverityWarning, false,
		"A closed plan lacks the outcome of a goal.",
		"W zakończonym programie brak oceny realizacji celu.",
		"IPW {ipw} is closed without an outcome for goal {goal}",
		"IPW {ipw} zakończono bez oceny realizacji celu {goal}"},
	{CodeIPWClosureReasonInconsistent, SeverityWarning, false,
		"The closure reason does not agree with the goal outcomes.",
		"Przyczyna zakończenia nie zgadza się z oceną realizacji celów.",
		"IPW {ipw} is closed with the reason \"{reason.en}\", but {detail.en}",
		"IPW {ipw} zakończono z przyczyną „{reason.pl}”, ale {detail.pl}"},
	{CodeIPWClosedWithOpenActions, SeverityWarning, false,
		"A closed plan still has open actions.",
		"Zakończony program ma wciąż otwarte działania.",
		"IPW {ipw} is closed but action {action} is still {status.en}",
		"IPW {ipw} jest zakończony, a działanie {action} wciąż ma status „{status.pl}”"},
	{CodeIPWBeneficiaryDuplicate, SeverityWarning, false,
		"The same person appears in two IPWs active at the same time.",
		"Ta sama osoba występuje w dwóch IPW realizowanych w tym samym czasie.",
		"The family of IPW {ipw} seems to be the same as in IPW {other} ({why.en}), and the two plans overlap in time",
		"Rodzina z IPW {ipw} wydaje się tą samą co w IPW {other} ({why.pl}), a okresy obu programów się pokrywają"},
	{CodeIPWMemberUnknown, SeverityError, false,
		"A reference names a household member the IPW does not have.",
		"Odwołanie wskazuje członka rodziny, którego nie ma w IPW.",
		"\"{member}\" is not a member of the household in IPW {ipw}",
		"„{member}” nie jest członkiem rodziny w IPW {ipw}"},

	// Stages.
	{CodeStageUnknownForVariant, SeverityError, false,
		"A recorded stage is not a stage of the bundle's variant.",
		"Zapisany etap nie należy do wariantu modelu pakietu.",
		"Stage {stage} is not a stage of the {variant} variant",
		"Etap {stage} nie należy do wariantu {variant}"},
	{CodeStageOrderViolation, SeverityError, false,
		"A stage is recorded as completed before its predecessor.",
		"Etap zapisano jako ukończony przed ukończeniem poprzedniego.",
		"Stage {stage} is recorded as completed on {date}, but the previous stage {previous} was not completed by then",
		"Etap {stage} zapisano jako ukończony {date}, a poprzedni etap {previous} nie był wtedy ukończony"},
	{CodeStageEvidenceMissing, SeverityError, false,
		"A stage is recorded as completed but the data do not show its evidence.",
		"Etap zapisano jako ukończony, ale dane tego nie potwierdzają.",
		"Stage {stage} is recorded as completed on {date}, but the data do not show it then. {missing.en}",
		"Etap {stage} zapisano jako ukończony {date}, ale dane tego wtedy nie potwierdzają. {missing.pl}"},

	// Simulation scenarios.
	{CodeScenarioEventOutOfRange, SeverityError, false,
		"A scenario event is dated before the simulation's start (asOf) or after its horizon.",
		"Zdarzenie scenariusza ma datę sprzed początku symulacji (asOf) lub po jej horyzoncie.",
		"Event {event} ({type}) is dated {date}, outside the simulated span from {asOf} to {horizon}; it is skipped",
		"Zdarzenie {event} ({type}) ma datę {date} spoza symulowanego okresu od {asOf} do {horizon}; pominięto je"},
	{CodeScenarioEventInvalid, SeverityError, false,
		"A scenario event cannot be applied to the state it meets.",
		"Zdarzenia scenariusza nie można zastosować do stanu, w którym następuje.",
		"[Event {event} ({type}) on {date} cannot be applied: ]{reason.en}",
		"[Zdarzenia {event} ({type}) z dnia {date} nie można zastosować: ]{reason.pl}"},
	{CodeScenarioHorizonInvalid, SeverityError, false,
		"The scenario's horizon is missing or before the simulation's start.",
		"Horyzont scenariusza nie został podany lub przypada przed początkiem symulacji.",
		"The horizon [{horizon} ]is not on or after the simulation's start {asOf}; only {asOf} is simulated",
		"Horyzont [{horizon} ]nie przypada w dniu ani po dniu początku symulacji {asOf}; symulowany jest tylko dzień {asOf}"},
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
