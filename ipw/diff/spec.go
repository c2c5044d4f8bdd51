package diff

import (
	"github.com/kooperacja/kooperacja/cooperation"
)

// The bundle's shape, as the comparison reads it: every object of the
// model with its fields in the bundle's order, each field with its type and
// the noun a sentence names it by, every list with what identifies its
// elements and whether their order is a person's own arrangement. A test
// checks that it covers every property of the bundle's JSON Schema.

// vtype is how a field's values are compared and told.
type vtype uint8

const (
	vText   vtype = iota // a short text, quoted
	vLong                // a free text, shortened in messages
	vDate                // a civil date
	vInt                 // a whole number
	vYear                // a year (no thousands separator)
	vBool                // yes or no
	vEnum                // a value of a closed set (set names it)
	vRef                 // an id of another element (ref names what)
	vSet                 // a list of enum values or ids, compared as a set
	vActor               // who: {"institution": id} or {"member": id} (+ name)
	vObject              // an object without identity, compared field by field
	vList                // a list of parts with identity
	vMap                 // an object keyed by ids or codes, each value compared
	vJSON                // free-form JSON, compared value by value
)

// refKind is what an id refers to.
type refKind uint8

const (
	refNone refKind = iota
	refInstitution
	refService
	refTeam
	refHousehold // a household member of the IPW at hand
	refGoal      // a goal of the IPW at hand
)

// gender is the grammatical gender of a Polish noun (plurals of things
// take the neuter's endings), for the participle that follows it:
// "termin przesunięty", "data przesunięta", "działanie dodane",
// "strony zmienione".
type gender byte

const (
	masc   gender = 'm'
	fem    gender = 'f'
	neut   gender = 'n'
	plural gender = 'p'
)

// ending returns the ending of a passive participle for g (-y, -a, -e).
func (g gender) ending() string {
	switch g {
	case masc:
		return "y"
	case fem:
		return "a"
	}
	return "e"
}

// noun is how a sentence names a field or a part: in Polish, in the
// nominative, with its gender; in English.
type noun struct {
	pl string
	g  gender
	en string
}

type field struct {
	name string
	noun noun
	t    vtype
	set  string  // the glossary set of vEnum, of a vSet of values, of a vMap's values
	ref  refKind // what a vRef, a vSet of ids or a vMap's keys refer to
	obj  *object // the shape of a vObject or of a vList's elements
	unit *cooperation.Noun
	// secret fields (PESEL) are never written into a message; their values
	// are in Old and New only.
	secret bool
	// keyNoun names one entry of a vMap.
	keyNoun func(key string) noun
}

// object is the shape of an object of the bundle.
type object struct {
	kind Kind
	// item: the elements of this list are the bundle's items (institutions,
	// IPWs…); otherwise they are parts of the item they lie in.
	item bool
	// key identifies an element within its list.
	key func(v map[string]any) string
	// keyFields are the fields that make up the key.
	keyFields []string
	// ordered: the list's order is a person's own arrangement (documents
	// and the planner show it as entered), so a change of order alone is a
	// change.
	ordered bool
	// whole: an optional section added or removed as one (a consent, a
	// closure); otherwise a missing object compares as an empty one.
	whole  bool
	noun   noun // the section's noun, for whole
	fields []field
	// list names the elements of the list, in the Polish genitive plural
	// ("kolejność działań"), and in English.
	list noun
}

func byField(name string) func(map[string]any) string {
	return func(v map[string]any) string { return str(v[name]) }
}

func n(pl string, g gender, en string) noun { return noun{pl, g, en} }

var (
	days   = &cooperation.Noun{One: "dzień", Few: "dni", Many: "dni", EnOne: "day", EnMany: "days"}
	months = &cooperation.Noun{One: "miesiąc", Few: "miesiące", Many: "miesięcy", EnOne: "month", EnMany: "months"}
)

var (
	municipalitySpec = &object{kind: KindMunicipality, fields: []field{
		{name: "teryt", noun: n("kod TERYT", masc, "TERYT code"), t: vText},
		{name: "name", noun: n("nazwa", fem, "name"), t: vText},
		{name: "population", noun: n("liczba mieszkańców", fem, "population"), t: vInt},
	}}

	profileSpec = &object{kind: KindProfile, fields: []field{
		{name: "team", t: vObject, obj: &object{fields: []field{
			{name: "minInstitutions", noun: n("najmniejsza liczba instytucji w PZK", fem, "minimum number of PZK institutions"), t: vInt},
			{name: "minSectors", noun: n("najmniejsza liczba sektorów w PZK", fem, "minimum number of PZK sectors"), t: vInt},
			{name: "requirePowiat", noun: n("wymóg instytucji powiatowej w PZK", masc, "requirement of a powiat institution in the PZK"), t: vBool},
			{name: "requireAnimators", noun: n("wymóg animatora gminnego i powiatowego", masc, "requirement of gmina and powiat animators"), t: vBool},
			{name: "meetingMaxGapDays", noun: n("najdłuższa przerwa między spotkaniami PZK", fem, "longest gap between PZK meetings"), t: vInt, unit: days},
			{name: "caseTeamKind", noun: n("rodzaj zespołu prowadzącego IPW", masc, "kind of team that runs an IPW"), t: vEnum, set: "teamKind"},
			{name: "requireDeclarations", noun: n("wymóg deklaracji przystąpienia", masc, "requirement of accession declarations"), t: vBool},
		}}},
		{name: "ipw", t: vObject, obj: &object{fields: []field{
			{name: "typicalMaxMonths", noun: n("typowy najdłuższy czas trwania IPW", masc, "typical longest duration of an IPW"), t: vInt, unit: months},
			{name: "maxMonths", noun: n("najdłuższy dopuszczalny czas trwania IPW", masc, "longest allowed duration of an IPW"), t: vInt, unit: months},
			{name: "reviewMaxGapDays", noun: n("najdłuższa przerwa między przeglądami IPW", fem, "longest gap between IPW reviews"), t: vInt, unit: days},
			{name: "minInstitutions", noun: n("najmniejsza liczba instytucji w IPW", fem, "minimum number of institutions in an IPW"), t: vInt},
		}}},
		{name: "agreement", t: vObject, obj: &object{fields: []field{
			{name: "defaultNoticePeriodDays", noun: n("domyślny okres wypowiedzenia", masc, "default notice period"), t: vInt, unit: days},
			{name: "expiryWarningDays", noun: n("wyprzedzenie ostrzeżenia o wygaśnięciu porozumienia", neut, "warning ahead of an agreement's expiry"), t: vInt, unit: days},
		}}},
		{name: "severity", t: vMap, set: "severity", keyNoun: ruleNoun},
	}}

	institutionSpec = &object{kind: KindInstitution, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("instytucji", plural, "institutions"), fields: []field{
			{name: "id", noun: n("identyfikator", masc, "identifier"), t: vText},
			{name: "name", noun: n("nazwa", fem, "name"), t: vText},
			{name: "kind", noun: n("rodzaj instytucji", masc, "kind of institution"), t: vEnum, set: "kind"},
			{name: "level", noun: n("szczebel", masc, "level"), t: vEnum, set: "level"},
			{name: "teryt", noun: n("kod TERYT", masc, "TERYT code"), t: vText},
			{name: "regon", noun: n("numer REGON", masc, "REGON number"), t: vText},
			{name: "nip", noun: n("numer NIP", masc, "NIP number"), t: vText},
			{name: "sector", noun: n("sektor", masc, "sector"), t: vEnum, set: "sector"},
		}}

	serviceSpec = &object{kind: KindService, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("usług", plural, "services"), fields: []field{
			{name: "id", noun: n("identyfikator", masc, "identifier"), t: vText},
			{name: "name", noun: n("nazwa", fem, "name"), t: vText},
			{name: "provider", noun: n("realizator usługi", masc, "provider"), t: vRef, ref: refInstitution},
			{name: "monthlyCapacity", noun: n("liczba miejsc w miesiącu", fem, "monthly capacity"), t: vInt},
		}}

	memberSpec = &object{kind: KindMember, key: byField("institution"), keyFields: []string{"institution"}, ordered: true,
		list: n("członków zespołu", plural, "team members"), fields: []field{
			{name: "institution", noun: n("instytucja", fem, "institution"), t: vRef, ref: refInstitution},
			{name: "representative", noun: n("przedstawiciel", masc, "representative"), t: vText},
			{name: "roles", noun: n("role", plural, "roles"), t: vSet, set: "role"},
			{name: "joined", noun: n("data przystąpienia", fem, "date of joining"), t: vDate},
			{name: "left", noun: n("data wystąpienia", fem, "date of leaving"), t: vDate},
		}}

	meetingSpec = &object{kind: KindMeeting, key: byField("date"), keyFields: []string{"date"}, fields: []field{
		{name: "date", noun: n("data spotkania", fem, "date of the meeting"), t: vDate},
		{name: "attendees", noun: n("obecne instytucje", plural, "attending institutions"), t: vSet, ref: refInstitution},
		{name: "notes", noun: n("notatki", plural, "notes"), t: vLong},
	}}

	teamSpec = &object{kind: KindTeam, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("zespołów", plural, "teams"), fields: []field{
			{name: "id", noun: n("identyfikator", masc, "identifier"), t: vText},
			{name: "kind", noun: n("rodzaj zespołu", masc, "kind of team"), t: vEnum, set: "teamKind"},
			{name: "name", noun: n("nazwa", fem, "name"), t: vText},
			{name: "formed", noun: n("data powołania", fem, "date of forming"), t: vDate},
			{name: "members", t: vList, obj: memberSpec},
			{name: "meetings", t: vList, obj: meetingSpec},
			{name: "parentTeam", noun: n("zespół nadrzędny", masc, "parent team"), t: vRef, ref: refTeam},
		}}

	signatureSpec = &object{kind: KindSignature, key: byField("party"), keyFields: []string{"party"}, fields: []field{
		{name: "party", noun: n("strona", fem, "party"), t: vRef, ref: refInstitution},
		{name: "signatory", noun: n("osoba podpisująca", fem, "signatory"), t: vText},
		{name: "function", noun: n("funkcja osoby podpisującej", fem, "signatory's function"), t: vText},
		{name: "date", noun: n("data podpisu", fem, "date of signing"), t: vDate},
	}}

	annexSpec = &object{kind: KindAnnex, key: byField("id"), keyFields: []string{"id"}, fields: []field{
		{name: "id", noun: n("numer aneksu", masc, "annex number"), t: vText},
		{name: "date", noun: n("data aneksu", fem, "date of the annex"), t: vDate},
		{name: "effectiveFrom", noun: n("data wejścia w życie", fem, "effective date"), t: vDate},
		{name: "addParties", noun: n("strony przystępujące", plural, "parties joining"), t: vSet, ref: refInstitution},
		{name: "removeParties", noun: n("strony odchodzące", plural, "parties leaving"), t: vSet, ref: refInstitution},
		{name: "validUntil", noun: n("termin obowiązywania", masc, "end of validity"), t: vDate},
		{name: "signatures", t: vList, obj: signatureSpec},
	}}

	withdrawalSpec = &object{kind: KindWithdrawal, key: byField("party"), keyFields: []string{"party"}, fields: []field{
		{name: "party", noun: n("strona", fem, "party"), t: vRef, ref: refInstitution},
		{name: "noticeDate", noun: n("data złożenia wypowiedzenia", fem, "notice date"), t: vDate},
		{name: "effectiveDate", noun: n("data odejścia", fem, "effective date"), t: vDate},
	}}

	agreementSpec = &object{kind: KindAgreement, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("porozumień", plural, "agreements"), fields: []field{
			{name: "id", noun: n("identyfikator", masc, "identifier"), t: vText},
			{name: "kind", noun: n("rodzaj porozumienia", masc, "kind of agreement"), t: vEnum, set: "agreementKind"},
			{name: "title", noun: n("tytuł", masc, "title"), t: vText},
			{name: "scope", noun: n("zakres współpracy", masc, "scope of cooperation"), t: vLong},
			{name: "parties", noun: n("strony", plural, "parties"), t: vSet, ref: refInstitution},
			{name: "signatures", t: vList, obj: signatureSpec},
			{name: "effectiveFrom", noun: n("data wejścia w życie", fem, "effective date"), t: vDate},
			{name: "validUntil", noun: n("termin obowiązywania", masc, "end of validity"), t: vDate},
			{name: "noticePeriodDays", noun: n("okres wypowiedzenia", masc, "notice period"), t: vInt, unit: days},
			{name: "team", noun: n("zespół objęty deklaracją", masc, "team of the declaration"), t: vRef, ref: refTeam},
			{name: "annexes", t: vList, obj: annexSpec},
			{name: "withdrawals", t: vList, obj: withdrawalSpec},
		}}

	householdSpec = &object{kind: KindHouseholdMember, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("członków rodziny", plural, "household members"), fields: []field{
			{name: "id", noun: n("identyfikator", masc, "identifier"), t: vText},
			{name: "role", noun: n("rola w rodzinie", fem, "role in the family"), t: vEnum, set: "memberRole"},
			{name: "birthYear", noun: n("rok urodzenia", masc, "year of birth"), t: vYear},
			{name: "pesel", noun: n("numer PESEL", masc, "PESEL number"), t: vText, secret: true},
		}}

	areaSpec = &object{kind: KindArea, key: byField("area"), keyFields: []string{"area"}, ordered: true,
		list: n("obszarów diagnozy", plural, "diagnosis areas"), fields: []field{
			{name: "area", noun: n("obszar", masc, "area"), t: vEnum, set: "area"},
			{name: "problem", noun: n("obszar problemowy", masc, "problem area"), t: vBool},
			{name: "causes", noun: n("przyczyny", plural, "causes"), t: vLong},
			{name: "strengths", noun: n("mocne strony", plural, "strengths"), t: vLong},
			{name: "weaknesses", noun: n("słabe strony", plural, "weaknesses"), t: vLong},
			{name: "resources", noun: n("zasoby", plural, "resources"), t: vLong},
			{name: "deficits", noun: n("deficyty", plural, "deficits"), t: vLong},
			{name: "expectations", noun: n("oczekiwania", plural, "expectations"), t: vLong},
			{name: "needs", noun: n("potrzeby", plural, "needs"), t: vLong},
		}}

	goalSpec = &object{kind: KindGoal, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("celów", plural, "goals"), fields: []field{
			{name: "id", noun: n("identyfikator", masc, "identifier"), t: vText},
			{name: "title", noun: n("tytuł", masc, "title"), t: vText},
			{name: "areas", noun: n("obszary", plural, "areas"), t: vSet, set: "area"},
			{name: "measure", noun: n("miernik", masc, "measure"), t: vText},
			{name: "target", noun: n("wartość docelowa", fem, "target"), t: vText},
			{name: "targetDate", noun: n("termin osiągnięcia", masc, "target date"), t: vDate},
			{name: "outcome", noun: n("ocena realizacji", fem, "outcome"), t: vEnum, set: "outcome"},
		}}

	deferredSpec = &object{kind: KindDeferredArea, key: byField("area"), keyFields: []string{"area"}, ordered: true,
		list: n("obszarów odroczonych", plural, "deferred areas"), fields: []field{
			{name: "area", noun: n("obszar", masc, "area"), t: vEnum, set: "area"},
			{name: "reason", noun: n("przyczyna odroczenia", fem, "reason for deferring"), t: vLong},
		}}

	actionSpec = &object{kind: KindAction, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("działań", plural, "actions"), fields: []field{
			{name: "id", noun: n("identyfikator", masc, "identifier"), t: vText},
			{name: "goal", noun: n("cel", masc, "goal"), t: vRef, ref: refGoal},
			{name: "title", noun: n("tytuł", masc, "title"), t: vText},
			{name: "responsible", noun: n("osoba lub instytucja odpowiedzialna", fem, "responsible"), t: vActor},
			{name: "service", noun: n("usługa", fem, "service"), t: vRef, ref: refService},
			{name: "start", noun: n("data rozpoczęcia", fem, "start date"), t: vDate},
			{name: "due", noun: n("termin", masc, "due date"), t: vDate},
			{name: "status", noun: n("status", masc, "status"), t: vEnum, set: "actionStatus"},
			{name: "completed", noun: n("data wykonania", fem, "completion date"), t: vDate},
			{name: "notes", noun: n("uwagi", plural, "notes"), t: vLong},
		}}

	reviewSpec = &object{kind: KindReview, key: byField("date"), keyFields: []string{"date"}, fields: []field{
		{name: "date", noun: n("data przeglądu", fem, "date of the review"), t: vDate},
		{name: "participants", noun: n("instytucje uczestniczące", plural, "participating institutions"), t: vSet, ref: refInstitution},
		{name: "decision", noun: n("decyzja", fem, "decision"), t: vEnum, set: "decision"},
		{name: "newEnd", noun: n("nowa data zakończenia programu", fem, "new end of the programme"), t: vDate},
		{name: "notes", noun: n("uwagi", plural, "notes"), t: vLong},
	}}

	suspensionSpec = &object{kind: KindSuspension, key: byField("from"), keyFields: []string{"from"}, fields: []field{
		{name: "from", noun: n("początek zawieszenia", masc, "start of the suspension"), t: vDate},
		{name: "to", noun: n("koniec zawieszenia", masc, "end of the suspension"), t: vDate},
		{name: "reason", noun: n("przyczyna zawieszenia", fem, "reason for the suspension"), t: vLong},
	}}

	ipwSignatureSpec = &object{kind: KindIPWSignature, key: signerKey, keyFields: []string{"signer"}, fields: []field{
		{name: "signer", noun: n("osoba podpisująca", fem, "signer"), t: vActor},
		{name: "date", noun: n("data podpisu", fem, "date of signing"), t: vDate},
	}}

	ipwSpec = &object{kind: KindIPW, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("IPW", plural, "IPWs"), fields: []field{
			{name: "id", noun: n("identyfikator", masc, "identifier"), t: vText},
			{name: "team", noun: n("zespół prowadzący", masc, "team"), t: vRef, ref: refTeam},
			{name: "caseWorker", t: vObject, obj: &object{fields: []field{
				{name: "institution", noun: n("instytucja pracownika socjalnego", fem, "case worker's institution"), t: vRef, ref: refInstitution},
				{name: "name", noun: n("pracownik socjalny", masc, "case worker"), t: vText},
			}}},
			{name: "beneficiary", t: vObject, obj: &object{fields: []field{
				{name: "kind", noun: n("rodzaj odbiorcy", masc, "kind of beneficiary"), t: vEnum, set: "beneficiaryKind"},
				{name: "pseudonym", noun: n("pseudonim", masc, "pseudonym"), t: vText},
				{name: "members", t: vList, obj: householdSpec},
			}}},
			{name: "qualification", t: vObject, obj: &object{whole: true, noun: n("kwalifikacja", fem, "qualification"), fields: []field{
				{name: "date", noun: n("data kwalifikacji", fem, "date of qualification"), t: vDate},
				{name: "referredBy", noun: n("instytucja kierująca", fem, "referring institution"), t: vRef, ref: refInstitution},
				{name: "reasons", noun: n("przesłanki", plural, "reasons"), t: vSet, set: "reason"},
				{name: "notes", noun: n("uwagi do kwalifikacji", plural, "notes on qualification"), t: vLong},
			}}},
			{name: "consent", t: vObject, obj: &object{whole: true, noun: n("zgoda", fem, "consent"), fields: []field{
				{name: "date", noun: n("data zgody", fem, "date of consent"), t: vDate},
				{name: "givenBy", noun: n("osoby wyrażające zgodę", plural, "given by"), t: vSet, ref: refHousehold},
				{name: "scope", noun: n("instytucje objęte zgodą", plural, "institutions within the consent"), t: vSet, ref: refInstitution},
				{name: "withdrawn", noun: n("data wycofania zgody", fem, "date of withdrawal"), t: vDate},
			}}},
			{name: "diagnosis", t: vObject, obj: &object{whole: true, noun: n("diagnoza", fem, "diagnosis"), fields: []field{
				{name: "date", noun: n("data diagnozy", fem, "date of diagnosis"), t: vDate},
				{name: "methods", noun: n("metody diagnozy", plural, "diagnostic methods"), t: vSet, set: "method"},
				{name: "areas", t: vList, obj: areaSpec},
			}}},
			{name: "period", t: vObject, obj: &object{fields: []field{
				{name: "start", noun: n("data rozpoczęcia programu", fem, "start of the programme"), t: vDate},
				{name: "end", noun: n("planowana data zakończenia programu", fem, "planned end of the programme"), t: vDate},
			}}},
			{name: "goals", t: vList, obj: goalSpec},
			{name: "deferredAreas", t: vList, obj: deferredSpec},
			{name: "actions", t: vList, obj: actionSpec},
			{name: "reviews", t: vList, obj: reviewSpec},
			{name: "suspensions", t: vList, obj: suspensionSpec},
			{name: "signatures", t: vList, obj: ipwSignatureSpec},
			{name: "closure", t: vObject, obj: &object{whole: true, noun: n("zakończenie programu", neut, "closure"), fields: []field{
				{name: "date", noun: n("data zakończenia", fem, "date of closure"), t: vDate},
				{name: "reason", noun: n("przyczyna zakończenia", fem, "reason for closure"), t: vEnum, set: "closureReason"},
				{name: "goalOutcomes", t: vMap, set: "outcome", ref: refGoal, keyNoun: func(k string) noun {
					return n("ocena celu "+k, fem, "outcome of goal "+k)
				}},
				{name: "summary", noun: n("ocena końcowa", fem, "closing evaluation"), t: vLong},
			}}},
			{name: "status", noun: n("zapisany status", masc, "stored status"), t: vEnum, set: "status"},
		}}

	stageSpec = &object{kind: KindStage, item: true, key: byField("stage"), keyFields: []string{"stage"},
		list: n("etapów", plural, "stages"), fields: []field{
			{name: "stage", noun: n("etap", masc, "stage"), t: vEnum, set: "stage"},
			{name: "started", noun: n("data rozpoczęcia", fem, "start date"), t: vDate},
			{name: "completed", noun: n("data zakończenia", fem, "completion date"), t: vDate},
			{name: "evidence", noun: n("dokumenty potwierdzające", plural, "evidence"), t: vLong},
		}}

	bundleSpec = &object{kind: KindBundle, fields: []field{
		{name: "schemaVersion", noun: n("wersja formatu", fem, "format version"), t: vText},
		{name: "variant", noun: n("wariant modelu", masc, "model variant"), t: vEnum, set: "variant"},
		{name: "municipality", t: vObject, obj: municipalitySpec},
		{name: "asOf", noun: n("stan na dzień", masc, "as-of date"), t: vDate},
		{name: "profile", t: vObject, obj: profileSpec},
		{name: "institutions", t: vList, obj: institutionSpec},
		{name: "services", t: vList, obj: serviceSpec},
		{name: "teams", t: vList, obj: teamSpec},
		{name: "agreements", t: vList, obj: agreementSpec},
		{name: "ipws", t: vList, obj: ipwSpec},
		{name: "stages", t: vList, obj: stageSpec},
		{name: "extensions", t: vJSON},
	}}
)

// signerKey identifies an IPW signature by who signed: a household member
// or an institution.
func signerKey(v map[string]any) string {
	s := asMap(v["signer"])
	if m := str(s["member"]); m != "" {
		return "member:" + m
	}
	return "institution:" + str(s["institution"])
}

// ruleNoun names a rule of the catalogue by its description.
func ruleNoun(code string) noun {
	r, ok := cooperation.Lookup(cooperation.Code(code))
	if !ok {
		return n("waga reguły "+code, fem, "severity of rule "+code)
	}
	return n("waga reguły „"+trimStop(r.DescriptionPL)+"”", fem, `severity of rule "`+trimStop(r.Description)+`"`)
}

func trimStop(s string) string {
	if len(s) > 0 && s[len(s)-1] == '.' {
		return s[:len(s)-1]
	}
	return s
}
