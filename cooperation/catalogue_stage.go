package cooperation

// The codes of the stage checklist: what the data must still show for an
// implementation stage to count as completed (ipw.Progress, "kooperacja
// stage"). They are not findings of a check: a municipality working on a
// stage lacks something by definition. Their severity is info, and a
// profile's severity does not touch them; the catalogue holds them so that
// every code the project gives has one home, with its texts in both
// languages.
const (
	CodeStageVariantUnknown           Code = "stage.variant_unknown"
	CodeStageRecordMissing            Code = "stage.record_missing"
	CodeStageRecordNotCompleted       Code = "stage.record_not_completed"
	CodeStageRecordEvidenceMissing    Code = "stage.record_evidence_missing"
	CodeStagePZKMissing               Code = "stage.pzk_missing"
	CodeStagePZKEmpty                 Code = "stage.pzk_empty"
	CodeStagePZKGminaAnimatorMissing  Code = "stage.pzk_gmina_animator_missing"
	CodeStagePZKPowiatAnimatorMissing Code = "stage.pzk_powiat_animator_missing"
	CodeStagePZKTeamRule              Code = "stage.pzk_team_rule"
	CodeStagePZKMeetingMissing        Code = "stage.pzk_meeting_missing"
	CodeStageAgreementMissing         Code = "stage.agreement_missing"
	CodeStageMemberAgreementMissing   Code = "stage.member_agreement_missing"
	CodeStageMemberDeclarationMissing Code = "stage.member_declaration_missing"
	CodeStageInstitutionsTooFew       Code = "stage.institutions_too_few"
	CodeStageSectorsTooFew            Code = "stage.sectors_too_few"
	CodeStageServicesMissing          Code = "stage.services_missing"
	CodeStageIPWMissing               Code = "stage.ipw_missing"
	CodeStageQualifiedIPWMissing      Code = "stage.qualified_ipw_missing"
	CodeStageIPWQualificationMissing  Code = "stage.ipw_qualification_missing"
	CodeStageIPWConsentMissing        Code = "stage.ipw_consent_missing"
	CodeStageIPWDiagnosisMissing      Code = "stage.ipw_diagnosis_missing"
	CodeStageSignedIPWMissing         Code = "stage.signed_ipw_missing"
	CodeStageCaseTeamMissing          Code = "stage.case_team_missing"
	CodeStageCaseTeamIPWMissing       Code = "stage.case_team_ipw_missing"
	CodeStageIPWNotClosed             Code = "stage.ipw_not_closed"
	CodeStageIPWOutcomesMissing       Code = "stage.ipw_outcomes_missing"
)

// IsStageGap reports whether code is an item of the stage checklist rather
// than a finding of a check.
func IsStageGap(code Code) bool {
	i, ok := byCode[code]
	return ok && i >= len(partnershipRules)+len(ipwRules)
}

// stageGapRules are the items of the stage checklist. A stage is named
// with its quotes ({stage}: „przygotowanie”, "preparation"); {ggk:if}
// chooses the GGK's words over the ZZK's.
var stageGapRules = []Rule{
	{CodeStageVariantUnknown, SeverityInfo, false,
		"Wariant gminy nie jest wariantem modelu, więc nie ma etapów wdrażania.",
		"The bundle's variant is not one of the model's, so it has no stages.",
		"Wybrany wariant („{variant}”) nie jest wariantem modelu, więc nie ma etapów. Wybierz wariant wiejski, miejsko-wiejski albo miejski.",
		`The chosen variant ("{variant}") is not a variant of the model, so it has no stages. Choose the rural, urban-rural or urban variant.`},
	{CodeStageRecordMissing, SeverityInfo, true,
		"Etap, który potwierdza tylko jego zapis, nie jest zapisany.",
		"A stage that only its record can show is not recorded.",
		"Etap {stage} nie jest zapisany. Zapisz go z datą ukończenia i dokumentami potwierdzającymi.",
		"Stage {stage} is not recorded. Record it with its completion date and the supporting documents."},
	{CodeStageRecordNotCompleted, SeverityInfo, true,
		"Zapis etapu nie ma daty ukończenia albo jest ona późniejsza niż stan na dzień.",
		"A stage's record has no completion date, or one after the as-of date.",
		"Etap {stage} [ma datę ukończenia {completed:date}, późniejszą niż stan na dzień ({date:date})|nie ma jeszcze daty ukończenia]. Wpisz datę ukończenia, gdy etap zostanie ukończony.",
		"Stage {stage} [is completed only on {completed:date}, after the as-of date ({date:date})|has no completion date yet]. Enter the completion date once the stage is completed."},
	{CodeStageRecordEvidenceMissing, SeverityInfo, false,
		"Zapis etapu nie wskazuje dokumentów potwierdzających.",
		"A stage's record names no supporting documents.",
		"Przy etapie {stage} nie wskazano dokumentów potwierdzających. Dodaj je.",
		"No supporting documents are named for stage {stage}. Add them."},
	{CodeStagePZKMissing, SeverityInfo, true,
		"Według stanu na dzień nie utworzono PZK.",
		"No PZK is formed by the date.",
		"[PZK zostanie utworzony dopiero {formed:date}; jeśli już działa, popraw datę utworzenia.|Nie utworzono jeszcze partnerskiego zespołu (PZK). Utwórz go i dodaj do danych gminy.]",
		"[The PZK is formed only on {formed:date}; if it already works, correct the date it was formed.|No partnership team (PZK) has been formed yet. Form it and add it to the data.]"},
	{CodeStagePZKEmpty, SeverityInfo, true,
		"PZK nie ma aktywnych członków.",
		"The PZK has no active members.",
		"PZK nie ma jeszcze członków. Dodaj do zespołu instytucje członkowskie.",
		"The PZK has no members yet. Add its member institutions."},
	{CodeStagePZKGminaAnimatorMissing, SeverityInfo, true,
		"Żaden aktywny członek PZK nie jest animatorem gminnym.",
		"No active PZK member is the gmina animator.",
		"W PZK brakuje animatora gminnego. Nadaj tę rolę przedstawicielowi OPS lub CUS.",
		"The gmina animator is missing from the PZK. Give the role to a representative of the OPS or CUS."},
	{CodeStagePZKPowiatAnimatorMissing, SeverityInfo, true,
		"Żaden aktywny członek PZK nie jest animatorem powiatowym.",
		"No active PZK member is the powiat animator.",
		"W PZK brakuje animatora powiatowego. Nadaj tę rolę przedstawicielowi instytucji powiatowej.",
		"The powiat animator is missing from the PZK. Give the role to a representative of a powiat institution."},
	{CodeStagePZKTeamRule, SeverityInfo, true,
		"PZK narusza regułę zespołu; treścią jest komunikat tej reguły, której kod podaje parametr „rule”.",
		"The PZK breaks a team rule; the text is the message of that rule, whose code the parameter \"rule\" gives.",
		"{sentence}",
		"{sentence}"},
	{CodeStagePZKMeetingMissing, SeverityInfo, true,
		"Według stanu na dzień PZK nie odbył żadnego spotkania.",
		"The PZK has not met by the date.",
		"PZK nie odbył jeszcze żadnego spotkania. Zwołaj pierwsze spotkanie zespołu.",
		"The PZK has not met yet. Call its first meeting."},
	{CodeStageAgreementMissing, SeverityInfo, true,
		"Nie obowiązuje porozumienie gminy lub jej OPS z instytucją powiatową.",
		"No agreement of the gmina or its OPS with a powiat institution is in force.",
		"Nie obowiązuje porozumienie o współpracy ani umowa pilotażowa gminy lub jej OPS z instytucją powiatową. Zawrzyj porozumienie z instytucją powiatową.",
		"No cooperation agreement or pilot contract between the gmina or its OPS and a powiat institution is in force. Conclude an agreement with a powiat institution."},
	{CodeStageMemberAgreementMissing, SeverityInfo, true,
		"Członek PZK nie jest stroną obowiązującego porozumienia o współpracy ani umowy pilotażowej.",
		"A PZK member is a party to no cooperation agreement or pilot contract in force.",
		"{institution}: ta instytucja, członek PZK, nie jest stroną żadnego obowiązującego porozumienia o współpracy. Dołącz ją do porozumienia aneksem albo zawrzyj z nią porozumienie.",
		"{institution}: this PZK member is not a party to any cooperation agreement in force. Add it to an agreement by an annex, or conclude one with it."},
	{CodeStageMemberDeclarationMissing, SeverityInfo, true,
		"Członek PZK nie ma obowiązującej deklaracji przystąpienia.",
		"A PZK member has no declaration of accession in force.",
		"{institution}: ta instytucja, członek PZK, nie ma obowiązującej deklaracji przystąpienia. Dodaj deklarację podpisaną przez tę instytucję i lidera zespołu.",
		"{institution}: this PZK member has no declaration of accession in force. Add a declaration signed by it and the team's leader."},
	{CodeStageInstitutionsTooFew, SeverityInfo, false,
		"Zmapowano mniej instytucji, niż wymagają ustawienia gminy (profil).",
		"Fewer institutions are mapped than the settings (profile) require.",
		"Zmapowano za mało instytucji (liczba instytucji: {count:int}, potrzeba co najmniej {min:int}). Dodaj instytucje działające na terenie gminy i powiatu.",
		"Too few institutions are mapped ({count:int}; at least {min:int} are needed). Add institutions working in the gmina and the powiat."},
	{CodeStageSectorsTooFew, SeverityInfo, false,
		"Zmapowane instytucje reprezentują mniej sektorów, niż wymagają ustawienia gminy (profil).",
		"The mapped institutions cover fewer sectors than the settings (profile) require.",
		"Zmapowane instytucje reprezentują za mało sektorów (liczba sektorów bez samorządu: {count:int}, potrzeba co najmniej {min:int}). Dodaj instytucje z innych sektorów.",
		"The mapped institutions cover too few sectors ({count:int} besides local government; at least {min:int} are needed). Add institutions of other sectors."},
	{CodeStageServicesMissing, SeverityInfo, false,
		"Lokalny koszyk usług jest pusty.",
		"The local basket of services is empty.",
		"Lokalny koszyk usług jest pusty. Dodaj usługi, które partnerzy oferują rodzinom.",
		"The local basket of services is empty. Add the services the partners offer families."},
	{CodeStageIPWMissing, SeverityInfo, false,
		"Nie ma żadnego IPW.",
		"There is no IPW at all.",
		"Nie sporządzono jeszcze żadnego IPW. Dodaj pierwszy IPW.",
		"No IPW has been drawn up yet. Add the first one."},
	{CodeStageQualifiedIPWMissing, SeverityInfo, true,
		"Żaden IPW nie ma kwalifikacji.",
		"No IPW has a qualification.",
		"Żadna osoba ani rodzina nie została jeszcze zakwalifikowana (żaden IPW nie ma kwalifikacji). Wpisz kwalifikację w IPW zakwalifikowanej rodziny.",
		"No person or family has been qualified yet (no IPW has a qualification). Record the qualification in the IPW of a qualified family."},
	{CodeStageIPWQualificationMissing, SeverityInfo, true,
		"IPW najbliższy ukończenia rekrutacji nie ma kwalifikacji.",
		"The IPW nearest to completing recruitment lacks its qualification.",
		"IPW „{ipwName}” nie ma jeszcze kwalifikacji rodziny. Uzupełnij ją.",
		`IPW "{ipwName}" has no qualification of the family yet. Fill it in.`},
	{CodeStageIPWConsentMissing, SeverityInfo, true,
		"IPW najbliższy ukończenia rekrutacji nie ma zgody rodziny.",
		"The IPW nearest to completing recruitment lacks the family's consent.",
		"IPW „{ipwName}” nie ma jeszcze zgody rodziny na przekazywanie danych. Dodaj zgodę z datą i osobami, które jej udzieliły.",
		`IPW "{ipwName}" has no consent of the family to share its data yet. Add the consent with its date and the people who gave it.`},
	{CodeStageIPWDiagnosisMissing, SeverityInfo, true,
		"IPW najbliższy ukończenia rekrutacji nie ma diagnozy.",
		"The IPW nearest to completing recruitment lacks its diagnosis.",
		"IPW „{ipwName}” nie ma jeszcze diagnozy. Dodaj diagnozę z datą i opisem obszarów.",
		`IPW "{ipwName}" has no diagnosis yet. Add the diagnosis with its date and the areas.`},
	{CodeStageSignedIPWMissing, SeverityInfo, true,
		"Żaden IPW nie jest podpisany przez obie strony.",
		"No IPW is signed by both sides.",
		"Żaden IPW nie jest jeszcze podpisany przez instytucję pracownika socjalnego i pełnoletniego członka rodziny. Dodaj podpisy z datami pod uzgodnionym IPW.",
		"No IPW is signed yet by the case worker's institution and an adult family member. Add the dated signatures to an agreed IPW."},
	{CodeStageCaseTeamMissing, SeverityInfo, true,
		"Nie utworzono zespołu prowadzącego sprawy (GGK lub ZZK).",
		"No case team (GGK or ZZK) is formed.",
		"Nie utworzono jeszcze [żadnej gminnej grupy kooperacyjnej (GGK){ggk:if}|żadnego zadaniowego zespołu kooperacyjnego (ZZK)]. Utwórz zespół dla pierwszej rodziny.",
		"No [gmina cooperation group (GGK){ggk:if}|task cooperation team (ZZK)] has been formed yet. Form one for the first family."},
	{CodeStageCaseTeamIPWMissing, SeverityInfo, true,
		"Żaden podpisany IPW nie jest prowadzony przez GGK lub ZZK.",
		"No signed IPW is run by a GGK or ZZK.",
		"Żaden podpisany IPW nie jest jeszcze prowadzony przez [GGK{ggk:if}|ZZK]. Wskaż [GGK{ggk:if}|ZZK] jako zespół prowadzący podpisany IPW.",
		"No signed IPW is run by a [GGK{ggk:if}|ZZK] yet. Name a [GGK{ggk:if}|ZZK] as the team of a signed IPW."},
	{CodeStageIPWNotClosed, SeverityInfo, true,
		"IPW nie jest zakończony.",
		"An IPW is not closed.",
		"IPW „{ipwName}” nie jest jeszcze zakończony. Zakończ go po realizacji programu, z przyczyną zakończenia i oceną celów.",
		`IPW "{ipwName}" is not closed yet. Close it when the programme is over, with the reason and the goals' outcomes.`},
	{CodeStageIPWOutcomesMissing, SeverityInfo, false,
		"Zakończony IPW ma cele bez oceny realizacji.",
		"A closed IPW has goals without an outcome.",
		"Zakończenie IPW „{ipwName}” nie ocenia realizacji celów: {goals}. Oceń realizację każdego z nich.",
		`The closure of IPW "{ipwName}" gives no outcome for the goals {goals}. Give each its outcome.`},
}
