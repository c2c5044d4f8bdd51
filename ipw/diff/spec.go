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
	vLong                // a long free text, quoted whole on one line
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

// n is a noun of the shape's own; an empty pl or en leaves that language's
// noun to the glossary.
func n(pl string, g gender, en string) noun { return noun{pl, g, en} }

// gl is a noun of gender g taken from the glossary in both languages.
func gl(g gender) noun { return noun{g: g} }

var (
	days   = &cooperation.Noun{One: "dzień", Few: "dni", Many: "dni", EnOne: "day", EnMany: "days"}
	months = &cooperation.Noun{One: "miesiąc", Few: "miesiące", Many: "miesięcy", EnOne: "month", EnMany: "months"}
)

var (
	municipalitySpec = &object{kind: KindMunicipality, fields: []field{
		{name: "teryt", noun: gl(masc), t: vText},
		{name: "name", noun: gl(fem), t: vText},
		{name: "population", noun: gl(fem), t: vInt},
	}}

	profileSpec = &object{kind: KindProfile, fields: []field{
		{name: "team", t: vObject, obj: &object{fields: []field{
			{name: "minInstitutions", noun: gl(fem), t: vInt},
			{name: "minSectors", noun: gl(fem), t: vInt},
			{name: "requirePowiat", noun: n("wymóg instytucji powiatowej w PZK", masc, "requirement of a powiat institution in the PZK"), t: vBool},
			{name: "requireAnimators", noun: n("wymóg animatora gminnego i powiatowego", masc, "requirement of gmina and powiat animators"), t: vBool},
			{name: "meetingMaxGapDays", noun: gl(fem), t: vInt, unit: days},
			{name: "caseTeamKind", noun: gl(masc), t: vEnum, set: "teamKind"},
			{name: "requireDeclarations", noun: n("wymóg deklaracji przystąpienia", masc, "requirement of accession declarations"), t: vBool},
		}}},
		{name: "ipw", t: vObject, obj: &object{fields: []field{
			{name: "typicalMaxMonths", noun: gl(masc), t: vInt, unit: months},
			{name: "maxMonths", noun: gl(masc), t: vInt, unit: months},
			{name: "reviewMaxGapDays", noun: gl(fem), t: vInt, unit: days},
			{name: "minInstitutions", noun: gl(fem), t: vInt},
		}}},
		{name: "agreement", t: vObject, obj: &object{fields: []field{
			{name: "defaultNoticePeriodDays", noun: gl(masc), t: vInt, unit: days},
			{name: "expiryWarningDays", noun: n("", neut, "warning ahead of an agreement's expiry"), t: vInt, unit: days},
		}}},
		{name: "severity", t: vMap, set: "severity", keyNoun: ruleNoun},
		{name: "disclosureThreshold", noun: n("próg ujawniania liczebności", masc, "disclosure threshold"), t: vInt},
	}}

	institutionSpec = &object{kind: KindInstitution, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("instytucji", plural, "institutions"), fields: []field{
			{name: "id", noun: gl(masc), t: vText},
			{name: "name", noun: gl(fem), t: vText},
			{name: "kind", noun: gl(masc), t: vEnum, set: "kind"},
			{name: "level", noun: gl(masc), t: vEnum, set: "level"},
			{name: "teryt", noun: gl(masc), t: vText},
			{name: "regon", noun: gl(masc), t: vText},
			{name: "nip", noun: gl(masc), t: vText},
			{name: "sector", noun: gl(masc), t: vEnum, set: "sector"},
		}}

	serviceSpec = &object{kind: KindService, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("usług", plural, "services"), fields: []field{
			{name: "id", noun: gl(masc), t: vText},
			{name: "name", noun: gl(fem), t: vText},
			{name: "provider", noun: gl(masc), t: vRef, ref: refInstitution},
			{name: "monthlyCapacity", noun: gl(fem), t: vInt},
		}}

	memberSpec = &object{kind: KindMember, key: byField("institution"), keyFields: []string{"institution"}, ordered: true,
		list: n("członków zespołu", plural, "team members"), fields: []field{
			{name: "institution", noun: gl(fem), t: vRef, ref: refInstitution},
			{name: "representative", noun: gl(masc), t: vText},
			{name: "roles", noun: gl(plural), t: vSet, set: "role"},
			{name: "joined", noun: n("", fem, "date of joining"), t: vDate},
			{name: "left", noun: n("", fem, "date of leaving"), t: vDate},
		}}

	meetingSpec = &object{kind: KindMeeting, key: byField("date"), keyFields: []string{"date"}, fields: []field{
		{name: "date", noun: gl(fem), t: vDate},
		{name: "attendees", noun: gl(plural), t: vSet, ref: refInstitution},
		{name: "notes", noun: gl(plural), t: vLong},
	}}

	teamSpec = &object{kind: KindTeam, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("zespołów", plural, "teams"), fields: []field{
			{name: "id", noun: gl(masc), t: vText},
			{name: "kind", noun: gl(masc), t: vEnum, set: "teamKind"},
			{name: "name", noun: gl(fem), t: vText},
			{name: "formed", noun: n("", fem, "date of forming"), t: vDate},
			{name: "members", t: vList, obj: memberSpec},
			{name: "meetings", t: vList, obj: meetingSpec},
			{name: "parentTeam", noun: gl(masc), t: vRef, ref: refTeam},
		}}

	signatureSpec = &object{kind: KindSignature, key: byField("party"), keyFields: []string{"party"}, fields: []field{
		{name: "party", noun: gl(fem), t: vRef, ref: refInstitution},
		{name: "signatory", noun: gl(masc), t: vText},
		{name: "function", noun: gl(fem), t: vText},
		{name: "date", noun: gl(fem), t: vDate},
	}}

	annexSpec = &object{kind: KindAnnex, key: byField("id"), keyFields: []string{"id"}, fields: []field{
		{name: "id", noun: gl(masc), t: vText},
		{name: "date", noun: gl(fem), t: vDate},
		{name: "effectiveFrom", noun: n("data wejścia w życie", fem, "effective date"), t: vDate},
		{name: "addParties", noun: n("strony przystępujące", plural, "parties joining"), t: vSet, ref: refInstitution},
		{name: "removeParties", noun: n("strony odchodzące", plural, "parties leaving"), t: vSet, ref: refInstitution},
		{name: "validUntil", noun: n("termin obowiązywania", masc, "end of validity"), t: vDate},
		{name: "signatures", t: vList, obj: signatureSpec},
	}}

	withdrawalSpec = &object{kind: KindWithdrawal, key: byField("party"), keyFields: []string{"party"}, fields: []field{
		{name: "party", noun: gl(fem), t: vRef, ref: refInstitution},
		{name: "noticeDate", noun: n("", fem, "notice date"), t: vDate},
		{name: "effectiveDate", noun: n("", fem, "effective date"), t: vDate},
	}}

	agreementSpec = &object{kind: KindAgreement, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("porozumień", plural, "agreements"), fields: []field{
			{name: "id", noun: gl(masc), t: vText},
			{name: "kind", noun: gl(masc), t: vEnum, set: "agreementKind"},
			{name: "title", noun: gl(masc), t: vText},
			{name: "scope", noun: gl(masc), t: vLong},
			{name: "parties", noun: gl(plural), t: vSet, ref: refInstitution},
			{name: "signatures", t: vList, obj: signatureSpec},
			{name: "effectiveFrom", noun: n("data wejścia w życie", fem, "effective date"), t: vDate},
			{name: "validUntil", noun: n("termin obowiązywania", masc, "end of validity"), t: vDate},
			{name: "noticePeriodDays", noun: gl(masc), t: vInt, unit: days},
			{name: "team", noun: n("zespół objęty deklaracją", masc, ""), t: vRef, ref: refTeam},
			{name: "annexes", t: vList, obj: annexSpec},
			{name: "withdrawals", t: vList, obj: withdrawalSpec},
		}}

	householdSpec = &object{kind: KindHouseholdMember, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("członków rodziny", plural, "household members"), fields: []field{
			{name: "id", noun: gl(masc), t: vText},
			{name: "role", noun: gl(fem), t: vEnum, set: "memberRole"},
			{name: "birthYear", noun: gl(masc), t: vYear},
			{name: "pesel", noun: gl(masc), t: vText, secret: true},
		}}

	areaSpec = &object{kind: KindArea, key: byField("area"), keyFields: []string{"area"}, ordered: true,
		list: n("obszarów diagnozy", plural, "diagnosis areas"), fields: []field{
			{name: "area", noun: gl(masc), t: vEnum, set: "area"},
			{name: "problem", noun: gl(masc), t: vBool},
			{name: "causes", noun: gl(plural), t: vLong},
			{name: "strengths", noun: gl(plural), t: vLong},
			{name: "weaknesses", noun: gl(plural), t: vLong},
			{name: "resources", noun: gl(plural), t: vLong},
			{name: "deficits", noun: gl(plural), t: vLong},
			{name: "expectations", noun: gl(plural), t: vLong},
			{name: "needs", noun: gl(plural), t: vLong},
		}}

	goalSpec = &object{kind: KindGoal, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("celów", plural, "goals"), fields: []field{
			{name: "id", noun: gl(masc), t: vText},
			{name: "title", noun: gl(fem), t: vText},
			{name: "areas", noun: gl(plural), t: vSet, set: "area"},
			{name: "measure", noun: gl(masc), t: vText},
			{name: "target", noun: gl(fem), t: vText},
			{name: "targetDate", noun: gl(masc), t: vDate},
			{name: "outcome", noun: gl(masc), t: vEnum, set: "outcome"},
		}}

	deferredSpec = &object{kind: KindDeferredArea, key: byField("area"), keyFields: []string{"area"}, ordered: true,
		list: n("obszarów odroczonych", plural, "deferred areas"), fields: []field{
			{name: "area", noun: gl(masc), t: vEnum, set: "area"},
			{name: "reason", noun: n("", neut, "reason for deferring"), t: vLong},
		}}

	actionSpec = &object{kind: KindAction, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("działań", plural, "actions"), fields: []field{
			{name: "id", noun: gl(masc), t: vText},
			{name: "goal", noun: gl(masc), t: vRef, ref: refGoal},
			{name: "title", noun: gl(fem), t: vText},
			{name: "responsible", noun: n("osoba lub instytucja odpowiedzialna", fem, "responsible"), t: vActor},
			{name: "service", noun: gl(fem), t: vRef, ref: refService},
			{name: "start", noun: gl(masc), t: vDate},
			{name: "due", noun: n("", masc, "due date"), t: vDate},
			{name: "status", noun: gl(masc), t: vEnum, set: "actionStatus"},
			{name: "completed", noun: n("", fem, "completion date"), t: vDate},
			{name: "notes", noun: gl(plural), t: vLong},
		}}

	reviewSpec = &object{kind: KindReview, key: byField("date"), keyFields: []string{"date"}, fields: []field{
		{name: "date", noun: gl(fem), t: vDate},
		{name: "participants", noun: gl(plural), t: vSet, ref: refInstitution},
		{name: "decision", noun: gl(fem), t: vEnum, set: "decision"},
		{name: "newEnd", noun: gl(fem), t: vDate},
		{name: "notes", noun: gl(plural), t: vLong},
	}}

	suspensionSpec = &object{kind: KindSuspension, key: byField("from"), keyFields: []string{"from"}, fields: []field{
		{name: "from", noun: n("początek zawieszenia", masc, "start of the suspension"), t: vDate},
		{name: "to", noun: n("koniec zawieszenia", masc, "end of the suspension"), t: vDate},
		{name: "reason", noun: gl(fem), t: vLong},
	}}

	ipwSignatureSpec = &object{kind: KindIPWSignature, key: signerKey, keyFields: []string{"signer"}, fields: []field{
		{name: "signer", noun: gl(masc), t: vActor},
		{name: "date", noun: gl(fem), t: vDate},
	}}

	ipwSpec = &object{kind: KindIPW, item: true, key: byField("id"), keyFields: []string{"id"}, ordered: true,
		list: n("IPW", plural, "IPWs"), fields: []field{
			{name: "id", noun: gl(masc), t: vText},
			{name: "team", noun: gl(masc), t: vRef, ref: refTeam},
			{name: "caseWorker", t: vObject, obj: &object{fields: []field{
				{name: "institution", noun: gl(fem), t: vRef, ref: refInstitution},
				{name: "name", noun: gl(plural), t: vText},
			}}},
			{name: "beneficiary", t: vObject, obj: &object{fields: []field{
				{name: "kind", noun: n("odbiorca programu", masc, "beneficiary"), t: vEnum, set: "beneficiaryKind"},
				{name: "pseudonym", noun: gl(masc), t: vText},
				{name: "members", t: vList, obj: householdSpec},
			}}},
			{name: "qualification", t: vObject, obj: &object{whole: true, noun: gl(fem), fields: []field{
				{name: "date", noun: gl(fem), t: vDate},
				{name: "referredBy", noun: gl(fem), t: vRef, ref: refInstitution},
				{name: "reasons", noun: gl(plural), t: vSet, set: "reason"},
				{name: "notes", noun: gl(plural), t: vLong},
			}}},
			{name: "consent", t: vObject, obj: &object{whole: true, noun: gl(fem), fields: []field{
				{name: "date", noun: gl(fem), t: vDate},
				{name: "givenBy", noun: n("osoby wyrażające zgodę", plural, ""), t: vSet, ref: refHousehold},
				{name: "scope", noun: gl(plural), t: vSet, ref: refInstitution},
				{name: "withdrawn", noun: n("", fem, "date of withdrawal"), t: vDate},
			}}},
			{name: "diagnosis", t: vObject, obj: &object{whole: true, noun: gl(fem), fields: []field{
				{name: "date", noun: gl(fem), t: vDate},
				{name: "methods", noun: gl(plural), t: vSet, set: "method"},
				{name: "areas", t: vList, obj: areaSpec},
			}}},
			{name: "period", t: vObject, obj: &object{fields: []field{
				{name: "start", noun: gl(masc), t: vDate},
				{name: "end", noun: gl(masc), t: vDate},
			}}},
			{name: "goals", t: vList, obj: goalSpec},
			{name: "deferredAreas", t: vList, obj: deferredSpec},
			{name: "actions", t: vList, obj: actionSpec},
			{name: "reviews", t: vList, obj: reviewSpec},
			{name: "suspensions", t: vList, obj: suspensionSpec},
			{name: "signatures", t: vList, obj: ipwSignatureSpec},
			{name: "closure", t: vObject, obj: &object{whole: true, noun: gl(neut), fields: []field{
				{name: "date", noun: gl(fem), t: vDate},
				{name: "reason", noun: gl(fem), t: vEnum, set: "closureReason"},
				{name: "goalOutcomes", t: vMap, set: "outcome", ref: refGoal, keyNoun: func(k string) noun {
					return n("ocena celu "+k, fem, "outcome of goal "+k)
				}},
				{name: "summary", noun: gl(fem), t: vLong},
			}}},
			{name: "status", noun: gl(masc), t: vEnum, set: "status"},
		}}

	stageSpec = &object{kind: KindStage, item: true, key: byField("stage"), keyFields: []string{"stage"},
		list: n("etapów", plural, "stages"), fields: []field{
			{name: "stage", noun: gl(masc), t: vEnum, set: "stage"},
			{name: "started", noun: n("", fem, "start date"), t: vDate},
			{name: "completed", noun: n("", fem, "completion date"), t: vDate},
			{name: "evidence", noun: gl(plural), t: vLong},
		}}

	bundleSpec = &object{kind: KindBundle, fields: []field{
		{name: "schemaVersion", noun: gl(fem), t: vText},
		{name: "variant", noun: gl(masc), t: vEnum, set: "variant"},
		{name: "municipality", t: vObject, obj: municipalitySpec},
		{name: "asOf", noun: n("", masc, "as-of date"), t: vDate},
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
