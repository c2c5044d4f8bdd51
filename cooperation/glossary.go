package cooperation

// The glossary: the one place where every value of a closed set of the
// model has its name for people, in Polish and in English. Messages, the
// CLI's text output, documents and the planner (through the WebAssembly
// function labels) all take their words from here, so that a stage, a
// sector or a closure reason is called the same everywhere.
//
// A label is a name in the nominative, as it stands in a list or after a
// colon ("ochrona zdrowia", "rezygnacja rodziny"), written in lower case
// unless it is a proper name (Partnerski Zespół Kooperacji). Messages place
// labels where they need no inflection: in quotes after a head noun
// (status „w realizacji”), after a colon, or in parentheses.
//
// Glossary returns the sets of this package as data; ipw.Glossary adds the
// sets of the IPW and is what the adapters serve.

// term is one value of a closed set with its labels.
type term struct{ value, pl, en string }

// termSet is a closed set's labels in the model's order.
type termSet struct {
	terms []term
	index map[string]int
}

func newTermSet(terms ...term) *termSet {
	s := &termSet{terms: terms, index: make(map[string]int, len(terms))}
	for i, t := range terms {
		s.index[t.value] = i
	}
	return s
}

// label returns the label of value in lang; a value outside the set is
// returned as it is (the schema reports it).
func (s *termSet) label(value string, lang Lang) string {
	i, ok := s.index[value]
	if !ok {
		return value
	}
	if lang == English {
		return s.terms[i].en
	}
	return s.terms[i].pl
}

// values returns the values of s in order, typed.
func values[T ~string](s *termSet) []T {
	out := make([]T, len(s.terms))
	for i, t := range s.terms {
		out[i] = T(t.value)
	}
	return out
}

// GlossarySet is one closed set of the glossary in the model's order: each
// value with its Polish and English label.
type GlossarySet struct {
	Name  string // the set's name, as the JSON calls the property: "kind", "sector", …
	Terms []GlossaryTerm
}

// GlossaryTerm is one value of a glossary set with its labels.
type GlossaryTerm struct {
	Value, Polish, English string
}

func (s *termSet) export(name string) GlossarySet {
	out := GlossarySet{Name: name, Terms: make([]GlossaryTerm, len(s.terms))}
	for i, t := range s.terms {
		out.Terms[i] = GlossaryTerm{t.value, t.pl, t.en}
	}
	return out
}

var variantTerms = newTermSet(
	term{"rural", "wiejski", "rural"},
	term{"urban_rural", "miejsko-wiejski", "urban-rural"},
	term{"urban", "miejski", "urban"},
)

var variantDescriptions = newTermSet(
	term{"rural", "gmina wiejska: PZK z animatorem gminnym i powiatowym",
		"rural gmina: a PZK with a gmina and a powiat animator"},
	term{"urban_rural", "gmina miejsko-wiejska: PZK i gminne grupy kooperacyjne (GGK)",
		"urban-rural gmina: a PZK and gmina cooperation groups (GGK)"},
	term{"urban", "gmina miejska powyżej 20 tys. mieszkańców: PZK i zadaniowe zespoły kooperacyjne (ZZK)",
		"urban gmina over 20,000 inhabitants: a PZK and task cooperation teams (ZZK)"},
)

var pzkNames = newTermSet(
	term{"rural", "Partnerski Zespół Kooperacji", "Partnership Cooperation Team"},
	term{"urban_rural", "Partnerski Zespół Kooperacji", "Partnership Cooperation Team"},
	term{"urban", "Partnerski Zespół Kooperacyjny", "Partnership Cooperation Team"},
)

// Label returns the variant's name, an adjective to "wariant": "wiejski",
// "miejsko-wiejski", "miejski" (rural, urban-rural, urban).
func (v Variant) Label(lang Lang) string { return variantTerms.label(string(v), lang) }

// Description says for which gmina the variant is and which teams it has:
// "gmina miejska powyżej 20 tys. mieszkańców: PZK i zadaniowe zespoły
// kooperacyjne (ZZK)".
func (v Variant) Description(lang Lang) string {
	return variantDescriptions.label(string(v), lang)
}

// PZKName returns the proper name of the partnership team in the variant:
// "Partnerski Zespół Kooperacyjny" in the urban variant, "Partnerski Zespół
// Kooperacji" in the others (and for an unknown variant).
func (v Variant) PZKName(lang Lang) string {
	if _, ok := pzkNames.index[string(v)]; !ok {
		v = VariantRural
	}
	return pzkNames.label(string(v), lang)
}

var kindTerms = newTermSet(
	term{"gmina", "gmina", "gmina (municipality)"},
	term{"powiat", "powiat", "powiat (county)"},
	term{"voivodeship", "samorząd województwa", "voivodeship self-government"},
	term{"ops", "ośrodek pomocy społecznej (OPS)", "social assistance centre (OPS)"},
	term{"cus", "centrum usług społecznych (CUS)", "social services centre (CUS)"},
	term{"pcpr", "powiatowe centrum pomocy rodzinie (PCPR)", "county family support centre (PCPR)"},
	term{"rops", "regionalny ośrodek polityki społecznej (ROPS)", "regional social policy centre (ROPS)"},
	term{"oik", "ośrodek interwencji kryzysowej", "crisis intervention centre"},
	term{"dps", "dom pomocy społecznej", "care home (DPS)"},
	term{"sds", "środowiskowy dom samopomocy", "community self-help home (ŚDS)"},
	term{"wtz", "warsztat terapii zajęciowej", "occupational therapy workshop (WTZ)"},
	term{"zi", "zespół interdyscyplinarny", "interdisciplinary team"},
	term{"gkrpa", "gminna komisja rozwiązywania problemów alkoholowych (GKRPA)", "municipal commission for alcohol problems (GKRPA)"},
	term{"pup", "powiatowy urząd pracy (PUP)", "county labour office (PUP)"},
	term{"wup", "wojewódzki urząd pracy (WUP)", "voivodeship labour office (WUP)"},
	term{"school", "szkoła", "school"},
	term{"kindergarten", "przedszkole", "kindergarten"},
	term{"ppp", "poradnia psychologiczno-pedagogiczna", "psychological and educational counselling centre"},
	term{"kuratorium", "kuratorium oświaty", "education superintendent (kuratorium)"},
	term{"health_care", "placówka ochrony zdrowia", "health care provider"},
	term{"police", "policja", "police"},
	term{"municipal_police", "straż gminna lub miejska", "municipal police"},
	term{"court", "sąd", "court"},
	term{"probation", "kuratorska służba sądowa", "probation service"},
	term{"prison", "zakład karny", "prison"},
	term{"ngo", "organizacja pozarządowa", "non-governmental organisation"},
	term{"church", "parafia lub związek wyznaniowy", "parish or religious association"},
	term{"culture", "instytucja kultury", "cultural institution"},
	term{"sport", "organizacja sportowa", "sports organisation"},
	term{"housing", "zarząd mieszkań komunalnych", "municipal housing administration"},
	term{"zus", "Zakład Ubezpieczeń Społecznych (ZUS)", "Social Insurance Institution (ZUS)"},
	term{"pfron", "oddział PFRON", "PFRON branch"},
	term{"other", "inny podmiot", "other entity"},
)

// Kinds returns the institution kinds in the catalogue's order.
func Kinds() []Kind { return values[Kind](kindTerms) }

// Sectors returns the sectors in the catalogue's order.
func Sectors() []Sector { return values[Sector](sectorTerms) }

// Label returns the kind's name: "powiatowy urząd pracy (PUP)".
func (k Kind) Label(lang Lang) string { return kindTerms.label(string(k), lang) }

var sectorTerms = newTermSet(
	term{"local_government", "samorząd terytorialny", "local government"},
	term{"social_assistance", "pomoc społeczna", "social assistance"},
	term{"health", "ochrona zdrowia", "health care"},
	term{"labour", "rynek pracy", "labour market"},
	term{"education", "oświata", "education"},
	term{"public_safety", "bezpieczeństwo publiczne", "public safety"},
	term{"justice", "wymiar sprawiedliwości", "justice"},
	term{"civil_society", "organizacje społeczne i kościoły", "civil society and churches"},
	term{"culture_sport", "kultura i sport", "culture and sport"},
	term{"housing", "mieszkalnictwo", "housing"},
	term{"social_insurance", "ubezpieczenia społeczne", "social insurance"},
)

// Label returns the sector's name: "ochrona zdrowia".
func (s Sector) Label(lang Lang) string { return sectorTerms.label(string(s), lang) }

var levelTerms = newTermSet(
	term{"gmina", "gminny", "gmina"},
	term{"powiat", "powiatowy", "powiat"},
	term{"voivodeship", "wojewódzki", "voivodeship"},
	term{"national", "krajowy", "national"},
)

// Label returns the level's name, an adjective to "szczebel": "powiatowy".
func (l Level) Label(lang Lang) string { return levelTerms.label(string(l), lang) }

var teamKindTerms = newTermSet(
	term{"pzk", "Partnerski Zespół Kooperacji (PZK)", "partnership cooperation team (PZK)"},
	term{"wzk", "Wojewódzki Zespół Kooperacji (WZK)", "voivodeship cooperation team (WZK)"},
	term{"ggk", "Gminna Grupa Kooperacyjna (GGK)", "gmina cooperation group (GGK)"},
	term{"zzk", "Zadaniowy Zespół Kooperacyjny (ZZK)", "task cooperation team (ZZK)"},
)

// Label returns the team kind's name: "Gminna Grupa Kooperacyjna (GGK)". The
// PZK is named as in the rural and urban-rural variants; Variant.PZKName
// gives its name in a given variant.
func (k TeamKind) Label(lang Lang) string { return teamKindTerms.label(string(k), lang) }

var roleTerms = newTermSet(
	term{"leader", "lider PZK", "PZK leader"},
	term{"gmina_animator", "animator gminny", "gmina animator"},
	term{"powiat_animator", "animator powiatowy", "powiat animator"},
	term{"coordinator", "koordynator GGK", "GGK coordinator"},
	term{"case_worker", "pracownik socjalny", "case worker"},
	term{"network_officer", "pracownik ds. sieci współpracy", "cooperation network officer"},
	term{"member", "członek zespołu", "team member"},
)

// Label returns the role's name: "animator gminny".
func (r Role) Label(lang Lang) string { return roleTerms.label(string(r), lang) }

var agreementKindTerms = newTermSet(
	term{"pilot", "umowa pilotażowa", "pilot contract"},
	term{"local_cooperation", "porozumienie o współpracy", "cooperation agreement"},
	term{"accession_declaration", "deklaracja przystąpienia do PZK", "declaration of accession to the PZK"},
	term{"voivodeship_team", "porozumienie wojewódzkiego zespołu kooperacji (WZK)", "voivodeship team agreement (WZK)"},
)

// Label returns the agreement kind's name: "deklaracja przystąpienia do PZK".
func (k AgreementKind) Label(lang Lang) string { return agreementKindTerms.label(string(k), lang) }

var severityTerms = newTermSet(
	term{"error", "błąd", "error"},
	term{"warning", "ostrzeżenie", "warning"},
	term{"info", "informacja", "info"},
	term{"off", "wyłączona", "off"},
)

// Label returns the severity's name: "błąd", "ostrzeżenie", "informacja"
// ("wyłączona" for a rule a profile switches off).
func (s Severity) Label(lang Lang) string { return severityTerms.label(string(s), lang) }

// keywordTerms name the JSON Schema keywords a document can fail, as the
// kind of mistake they catch (a schema.violation finding's keyword param).
var keywordTerms = newTermSet(
	term{"required", "brak wymaganego pola", "a required field is missing"},
	term{"additionalProperties", "nieznane pole", "unknown field"},
	term{"propertyNames", "niedozwolona nazwa pola", "a field name that is not allowed"},
	term{"type", "zły rodzaj wartości", "wrong kind of value"},
	term{"enum", "wartość spoza listy", "a value not on the list"},
	term{"const", "niedozwolona wartość", "a value that is not allowed"},
	term{"format", "zły zapis daty", "a malformed date"},
	term{"minLength", "puste pole", "an empty field"},
	term{"minItems", "pusta lista", "an empty list"},
	term{"minimum", "liczba za mała", "a number too small"},
	term{"maximum", "liczba za duża", "a number too large"},
	term{"oneOf", "wartość niepasująca do żadnej dozwolonej postaci", "a value of none of the allowed shapes"},
)

// KeywordLabel names the kind of mistake a failed JSON Schema keyword
// catches ("brak wymaganego pola" for required); anyOf is named as oneOf,
// and an unknown keyword is returned as it is.
func KeywordLabel(keyword string, lang Lang) string {
	if keyword == "anyOf" {
		keyword = "oneOf"
	}
	return keywordTerms.label(keyword, lang)
}

// GlossarySets returns the closed sets of this package with their labels,
// in a stable order: variant, variantDescription, pzkName, kind, sector,
// level, teamKind, role, agreementKind, severity, keyword and field (see
// FieldLabel). ipw.Glossary adds the sets of the IPW.
func GlossarySets() []GlossarySet {
	return []GlossarySet{
		variantTerms.export("variant"),
		variantDescriptions.export("variantDescription"),
		pzkNames.export("pzkName"),
		kindTerms.export("kind"),
		sectorTerms.export("sector"),
		levelTerms.export("level"),
		teamKindTerms.export("teamKind"),
		roleTerms.export("role"),
		agreementKindTerms.export("agreementKind"),
		severityTerms.export("severity"),
		keywordTerms.export("keyword"),
		fieldTerms.export("field"),
	}
}
