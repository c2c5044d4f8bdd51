package diff

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// label returns the label of value in the glossary set (as the JSON names
// it: "variant", "kind", "actionStatus"…), in lang; a value the glossary
// does not know is returned as it is.
//
// The labels are those of the library's one glossary of the model's
// words; until it is part of package ipw they are kept here.
func label(set, value string, lang cooperation.Lang) string {
	l := glossaryPL
	if lang == cooperation.English {
		l = glossaryEN
	}
	if s, ok := l[set][value]; ok {
		return s
	}
	if lang == cooperation.English {
		return strings.ReplaceAll(value, "_", " ")
	}
	return value
}

var glossaryPL = map[string]map[string]string{
	"variant": {"rural": "gmina wiejska", "urban_rural": "gmina miejsko-wiejska", "urban": "gmina miejska powyżej 20 tys. mieszkańców"},
	"kind": {
		"gmina": "gmina", "powiat": "powiat", "voivodeship": "samorząd województwa", "ops": "ośrodek pomocy społecznej",
		"cus": "centrum usług społecznych", "pcpr": "powiatowe centrum pomocy rodzinie", "rops": "regionalny ośrodek polityki społecznej",
		"oik": "ośrodek interwencji kryzysowej", "dps": "dom pomocy społecznej", "sds": "środowiskowy dom samopomocy",
		"wtz": "warsztat terapii zajęciowej", "zi": "zespół interdyscyplinarny",
		"gkrpa": "gminna komisja rozwiązywania problemów alkoholowych", "pup": "powiatowy urząd pracy",
		"wup": "wojewódzki urząd pracy", "school": "szkoła", "kindergarten": "przedszkole",
		"ppp": "poradnia psychologiczno-pedagogiczna", "kuratorium": "kuratorium oświaty",
		"health_care": "placówka ochrony zdrowia", "police": "policja", "municipal_police": "straż gminna lub miejska",
		"court": "sąd", "probation": "kuratorska służba sądowa", "prison": "zakład karny", "ngo": "organizacja pozarządowa",
		"church": "parafia lub związek wyznaniowy", "culture": "instytucja kultury", "sport": "organizacja sportowa",
		"housing": "zarząd mieszkań komunalnych", "zus": "ZUS", "pfron": "PFRON", "other": "inna instytucja",
	},
	"level":    {"gmina": "gminny", "powiat": "powiatowy", "voivodeship": "wojewódzki", "national": "krajowy"},
	"sector":   {"local_government": "samorząd", "social_assistance": "pomoc społeczna", "health": "ochrona zdrowia", "labour": "rynek pracy", "education": "oświata", "public_safety": "bezpieczeństwo publiczne", "justice": "wymiar sprawiedliwości", "civil_society": "organizacje społeczne i kościoły", "culture_sport": "kultura i sport", "housing": "mieszkalnictwo", "social_insurance": "ubezpieczenia społeczne"},
	"teamKind": {"pzk": "PZK", "wzk": "WZK", "ggk": "GGK", "zzk": "ZZK"},
	"role": {"leader": "lider", "gmina_animator": "animator gminny", "powiat_animator": "animator powiatowy",
		"coordinator": "koordynator GGK", "case_worker": "pracownik socjalny", "network_officer": "koordynator sieci współpracy", "member": "członek"},
	"agreementKind":   {"pilot": "umowa pilotażowa", "local_cooperation": "porozumienie o współpracy", "accession_declaration": "deklaracja przystąpienia", "voivodeship_team": "porozumienie WZK"},
	"beneficiaryKind": {"person": "osoba", "family": "rodzina"},
	"memberRole":      {"applicant": "wnioskodawca/wnioskodawczyni", "spouse": "małżonek/małżonka", "partner": "partner/partnerka", "child": "dziecko", "parent": "rodzic", "sibling": "brat/siostra", "other": "inna osoba"},
	"reason":          {"multiple_problems": "wiele problemów jednocześnie", "own_means_exhausted": "wyczerpane własne możliwości", "crisis": "sytuacja kryzysowa", "other": "inna przesłanka"},
	"method":          {"genogram": "genogram", "psr": "podejście skoncentrowane na rozwiązaniach (PSR)", "diagnostic_workshop": "warsztat diagnostyczny", "interview": "wywiad", "other": "inna metoda"},
	"area": {"income": "sytuacja finansowa", "employment": "zatrudnienie", "housing": "sytuacja mieszkaniowa", "health": "zdrowie",
		"disability": "niepełnosprawność", "addiction": "uzależnienie", "domestic_violence": "przemoc domowa",
		"parenting": "opieka i wychowanie dzieci", "education": "edukacja", "family_relations": "relacje rodzinne",
		"legal": "sprawy prawne", "social_participation": "uczestnictwo społeczne", "other": "inny obszar"},
	"outcome":      {"achieved": "osiągnięty", "partially_achieved": "osiągnięty częściowo", "not_achieved": "nieosiągnięty"},
	"actionStatus": {"planned": "zaplanowane", "in_progress": "w toku", "done": "wykonane", "not_done": "niewykonane", "cancelled": "anulowane"},
	"decision":     {"continue": "kontynuacja", "modify": "modyfikacja", "extend": "przedłużenie", "suspend": "zawieszenie", "close": "zakończenie"},
	"closureReason": {"goals_achieved": "osiągnięcie celów", "goals_partially_achieved": "częściowe osiągnięcie celów",
		"beneficiary_resigned": "rezygnacja rodziny", "consent_withdrawn": "wycofanie zgody", "moved_away": "zmiana miejsca zamieszkania",
		"lost_contact": "utrata kontaktu", "death": "zgon", "transferred": "przekazanie do innej instytucji",
		"period_ended": "upływ okresu programu", "other": "inna przyczyna"},
	"status": {"draft": "projekt", "agreed": "uzgodniony", "in_progress": "w realizacji", "suspended": "zawieszony", "closed": "zakończony"},
	"stage": {"preparation": "przygotowanie", "formalisation": "formalizacja współpracy", "recruitment_diagnosis": "rekrutacja i diagnoza",
		"ipw_implementation": "realizacja IPW", "evaluation": "ewaluacja", "decision_makers": "pozyskanie decydentów",
		"family_selection": "wybór rodzin", "institution_meeting": "spotkanie instytucji", "case_groups": "gminne grupy kooperacyjne (GGK)",
		"resource_diagnosis": "diagnoza zasobów", "partner_mapping": "mapowanie partnerów", "preselection": "preselekcja",
		"pzk_initiation": "zainicjowanie PZK", "case_teams": "zadaniowe zespoły kooperacyjne (ZZK)"},
	"severity": {"error": "błąd", "warning": "ostrzeżenie", "info": "informacja", "off": "wyłączona"},
}

var glossaryEN = map[string]map[string]string{
	"variant": {"rural": "rural gmina", "urban_rural": "urban-rural gmina", "urban": "urban gmina over 20,000 inhabitants"},
	"kind": {
		"gmina": "gmina", "powiat": "powiat", "voivodeship": "voivodeship self-government", "ops": "social assistance centre",
		"cus": "social services centre", "pcpr": "county family support centre", "rops": "regional social policy centre",
		"oik": "crisis intervention centre", "dps": "care home", "sds": "community self-help home",
		"wtz": "occupational therapy workshop", "zi": "interdisciplinary team", "gkrpa": "municipal alcohol problems commission",
		"pup": "county labour office", "wup": "voivodeship labour office", "school": "school", "kindergarten": "kindergarten",
		"ppp": "psychological and pedagogical counselling centre", "kuratorium": "education superintendent",
		"health_care": "health care provider", "police": "police", "municipal_police": "municipal police", "court": "court",
		"probation": "probation service", "prison": "prison", "ngo": "non-governmental organisation",
		"church": "parish or religious association", "culture": "cultural institution", "sport": "sports organisation",
		"housing": "municipal housing administration", "zus": "ZUS", "pfron": "PFRON", "other": "other institution",
	},
	"level":    {"gmina": "gmina", "powiat": "powiat", "voivodeship": "voivodeship", "national": "national"},
	"sector":   {"local_government": "local government", "social_assistance": "social assistance", "health": "health", "labour": "labour", "education": "education", "public_safety": "public safety", "justice": "justice", "civil_society": "civil society", "culture_sport": "culture and sport", "housing": "housing", "social_insurance": "social insurance"},
	"teamKind": {"pzk": "PZK", "wzk": "WZK", "ggk": "GGK", "zzk": "ZZK"},
	"role": {"leader": "leader", "gmina_animator": "gmina animator", "powiat_animator": "powiat animator", "coordinator": "GGK coordinator",
		"case_worker": "case worker", "network_officer": "network officer", "member": "member"},
	"agreementKind":   {"pilot": "pilot agreement", "local_cooperation": "cooperation agreement", "accession_declaration": "declaration of accession", "voivodeship_team": "WZK agreement"},
	"beneficiaryKind": {"person": "person", "family": "family"},
	"memberRole":      {"applicant": "applicant", "spouse": "spouse", "partner": "partner", "child": "child", "parent": "parent", "sibling": "sibling", "other": "other person"},
	"reason":          {"multiple_problems": "multiple problems", "own_means_exhausted": "own means exhausted", "crisis": "crisis", "other": "other reason"},
	"method":          {"genogram": "genogram", "psr": "solution-focused approach (PSR)", "diagnostic_workshop": "diagnostic workshop", "interview": "interview", "other": "other method"},
	"area": {"income": "income", "employment": "employment", "housing": "housing", "health": "health", "disability": "disability",
		"addiction": "addiction", "domestic_violence": "domestic violence", "parenting": "parenting", "education": "education",
		"family_relations": "family relations", "legal": "legal matters", "social_participation": "social participation", "other": "other area"},
	"outcome":      {"achieved": "achieved", "partially_achieved": "partially achieved", "not_achieved": "not achieved"},
	"actionStatus": {"planned": "planned", "in_progress": "in progress", "done": "done", "not_done": "not done", "cancelled": "cancelled"},
	"decision":     {"continue": "continue", "modify": "modify", "extend": "extend", "suspend": "suspend", "close": "close"},
	"closureReason": {"goals_achieved": "goals achieved", "goals_partially_achieved": "goals partially achieved",
		"beneficiary_resigned": "the family resigned", "consent_withdrawn": "consent withdrawn", "moved_away": "moved away",
		"lost_contact": "contact lost", "death": "death", "transferred": "transferred to another institution",
		"period_ended": "the period ended", "other": "other reason"},
	"status": {"draft": "draft", "agreed": "agreed", "in_progress": "in progress", "suspended": "suspended", "closed": "closed"},
	"stage": {"preparation": "preparation", "formalisation": "formalisation of cooperation", "recruitment_diagnosis": "recruitment and diagnosis",
		"ipw_implementation": "IPW implementation", "evaluation": "evaluation", "decision_makers": "engaging the decision-makers",
		"family_selection": "selection of families", "institution_meeting": "meeting of the institutions", "case_groups": "case groups (GGK)",
		"resource_diagnosis": "diagnosis of resources", "partner_mapping": "mapping of partners", "preselection": "preselection",
		"pzk_initiation": "initiation of the PZK", "case_teams": "case teams (ZZK)"},
	"severity": {"error": "error", "warning": "warning", "info": "info", "off": "off"},
}
