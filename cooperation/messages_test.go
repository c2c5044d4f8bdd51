package cooperation_test

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	. "github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/msgcheck"
)

var updateMessages = flag.Bool("update", false, "rewrite testdata/messages.*.txt")

// sample is a parameter's value for the message tests, per language when
// the rules give it per language.
type sample struct{ pl, en string }

func both(v string) sample { return sample{v, v} }

// Names that messages must quote after a head noun, or place where they
// need no inflection (institutions). Each is recognisable in the output.
const (
	sTeam        = "Zespół Próbny Gminy Masłów"
	sParent      = "Partnerski Zespół Próbny Masłów"
	sAgreement   = "Partnerstwo Próbne na rzecz Rodzin"
	sService     = "Usługa Próbna Asystenta"
	sInstitution = "Instytucja Próbna w Kielcach"
	sProvider    = "Dostawca Próbny w Kielcach"
	sLeader      = "Lider Próbny w Masłowie"
	sIPW         = "Rodzina Próbna"
	sOtherIPW    = "Rodzina Druga"
	sGoal        = "Cel Próbny Rodziny"
	sAction      = "Działanie Próbne Rodziny"
	sMunicipal   = "Gmina Próbna"
	idMark       = "zz-id-"
)

// samples are the parameters the rules pass, by name. Ids are marked with
// idMark, so that a test can tell an id in a sentence.
var samples = map[string]sample{
	"team": both(sTeam), "parent": both(sParent), "agreement": both(sAgreement),
	"service": both(sService), "institution": both(sInstitution), "provider": both(sProvider),
	"party": both(sInstitution), "leader": both(sLeader), "gmina": both(sMunicipal),
	"municipality": both(sMunicipal), "ipwName": both(sIPW), "otherName": both(sOtherIPW),
	"goalName": both(sGoal), "actionName": both(sAction),
	"ipw": both(idMark + "ipw"), "goal": both(idMark + "goal"), "action": both(idMark + "action"),
	"other": both(idMark + "other"), "annex": both(idMark + "annex"), "first": both("/ipws/3"),
	"id": both(idMark + "ref"), "old": both(idMark + "old"), "member": both(idMark + "member"), "key": both("name"),
	"firstName":  both(sInstitution),
	"file":       both("dane/gmina.json"),
	"canonical":  both("1234563218"),
	"memberName": {"dziecko, ur. 2010", "child, born 2010"},
	"date":       both("2026-11-16"), "start": both("2026-01-05"), "end": both("2026-12-31"),
	"asOf": both("2026-11-16"), "due": both("2026-03-13"), "signed": both("2025-09-19"),
	"from": both("2025-12-08"), "to": both("2026-11-16"), "annexDate": both("2026-02-02"),
	"horizon": both("2027-06-30"), "consent": both("2026-01-10"), "otherStart": both("2025-04-01"),
	"otherJoined": both("2025-02-01"), "notice": both("2026-05-04"), "next": both("2026-03-16"),
	"newEnd": both("2026-10-31"), "left": both("2025-01-31"), "joined": both("2025-03-01"),
	"effective": both("2026-05-15"), "effectiveFrom": both("2025-09-01"), "earliest": both("2026-06-03"),
	"diagnosis": both("2026-02-20"), "periodStart": both("2026-01-05"), "periodEnd": both("2026-12-31"),
	"month": both("2026-09"), "year": both("2026"), "teryt": both("2604011"), "area": {"zdrowie", "health"},
	"value": both("12345"), "supported": both("1"), "version": both("7"), "number": both("3"),
	"ggk": both("1"), "formed": both("2024-02-01"), "completed": both("2026-03-02"),
	"goals": {"„" + sGoal + "”, „Drugi Cel Rodziny”", `"` + sGoal + `", "Drugi Cel Rodziny"`},
	"sentence": {"W zespole „" + sTeam + "” nie ma instytucji szczebla powiatowego (zwykle jest nią PCPR). Dodaj do zespołu instytucję powiatową.",
		`Team "` + sTeam + `" has no powiat-level institution (usually the PCPR). Add a powiat institution to the team.`},
	"offset": both("5062"), "line": both("118"), "column": both("7"), "detail": {"plik urywa się w połowie – jest niekompletny lub uszkodzony. Zapisz go ponownie.", "the file ends too early: it is incomplete or damaged. Save it again."},
	"reason":     {"ma złą liczbę cyfr", "it has the wrong number of digits"},
	"status":     {"w toku", "in progress"},
	"stage":      {"„rekrutacja i diagnoza”", `"recruitment and diagnosis"`},
	"previous":   {"„przygotowanie”", `"preparation"`},
	"why":        {"nie wskazuje żadnego zespołu", "names no team"},
	"absent":     {"ochrona zdrowia, kultura i sport, mieszkalnictwo – i jeszcze 2\u00a0sektory", "health care, culture and sport, housing – and 2\u00a0more sectors"},
	"variant":    {"wiejski", "rural"},
	"declared":   {"wiejski", "rural"},
	"derived":    {"miejski", "urban"},
	"type":       {"odejście partnera", "partner withdraws"},
	"missing":    {"W PZK brakuje animatora powiatowego. Nie obowiązuje porozumienie o współpracy. Do tego jeszcze 2\u00a0braki – zob. listę braków etapu wdrażania.", "The powiat animator is missing from the PZK. No cooperation agreement is in force. The stage's checklist lists 2\u00a0more gaps."},
	"kind":       {"Gminna Grupa Kooperacyjna (GGK)", "gmina cooperation group (GGK)"},
	"want":       {"Zadaniowy Zespół Kooperacyjny (ZZK)", "task cooperation team (ZZK)"},
	"collection": {"instytucji", "the institutions"},
	"who":        {"pełnoletniego członka rodziny", "an adult member of the family"},
	"what":       {"diagnoza", "the diagnosis"},
	"stored":     {"zakończony", "closed"},
	"since":      {"rozpoczęcia programu", "the start of the programme"},
	"sectors":    {"pomoc społeczna, oświata", "social assistance, education"},
	"role":       {"animatora gminnego z OPS lub CUS", "gmina animator from the OPS or CUS"},
	"owner":      both(sProvider),
	"found":      {sInstitution + " (gmina), " + sProvider + " (powiat)", sInstitution + " (gmina), " + sProvider + " (powiat)"},
	"level":      {"powiatowy", "powiat"},
	"dayKind":    {"sobota", "Saturday"},
	"population": both("45000"),
	"area.pl":    both("zdrowie"),
}

// samplesFor are the samples of parameters whose meaning depends on the
// rule.
var samplesFor = map[Code]map[string]sample{
	CodeIPWClosureReasonInconsistent: {
		"reason": {"osiągnięcie celów", "goals achieved"},
		"detail": {"cel „" + sGoal + "” oceniono jako „nieosiągnięty”", `goal "` + sGoal + `" is not achieved`},
	},
	CodeIPWStatusMismatch:       {"derived": {"w realizacji", "in progress"}},
	CodeDocumentUnreadable:      {"reason": {"nie ma takiego pliku", "no such file or directory"}},
	CodeNIPInvalid:              {"reason": {"ma przedrostek PL i odstępy lub kreski: wpisz 1234563218", "it has the PL prefix and spaces or dashes: write 1234563218"}},
	CodeREGONInvalid:            {"reason": {"zawiera odstępy lub kreski: wpisz 123456785", "it contains spaces or dashes: write 123456785"}},
	CodeIPWDiagnosisIncomplete:  {"missing": {"przyczyny; oczekiwania i potrzeby", "causes; expectations and needs"}},
	CodeIPWBeneficiaryDuplicate: {"why": {"ten sam pseudonim i lata urodzenia", "the same pseudonym and birth years"}},
	CodeInstitutionOutside:      {"area": both("2604")},
	// The kind of agreement a rule is about names its head noun
	// ({agreement:Nom}); the other rules' messages show the plain noun.
	CodeAgreementDeclarationTeamMissing: {"agreementKind": both(string(AgreementDeclaration))},
	CodeAgreementPilotParties:           {"agreementKind": both(string(AgreementPilot))},
	CodeAgreementWZKParties:             {"agreementKind": both(string(AgreementVoivodeshipTeam))},
	CodeAgreementGminaMissing:           {"agreementKind": both(string(AgreementLocal))},
	CodeSchemaViolation: {"detail": {"Zły rodzaj wartości w polu „Liczba mieszkańców”: jest tu tekst, a powinna być liczba całkowita. Popraw wartość.",
		`Wrong kind of value in the field "Population": it is text, but should be a whole number. Correct the value.`}},
	CodeScenarioEventInvalid: {
		"reason": {sInstitution + " jest już członkiem zespołu „" + sTeam + "”.", sInstitution + ` is already a member of team "` + sTeam + `".`},
	},
}

// counted are the parameters that are counts: each message is rendered with
// every one of countValues, so that every plural form appears.
var counted = map[string]bool{"count": true, "days": true, "max": true, "min": true, "used": true,
	"capacity": true, "size": true, "limit": true}

var countValues = []string{"1", "2", "5", "12", "22", "45000"}

var (
	alternativeRE = regexp.MustCompile(`\[([^|\]]*)\|([^\]]*)\]`)
	optionalRE    = regexp.MustCompile(`\[[^\]]*\]`)
)

var placeholderRE = regexp.MustCompile(`\{([A-Za-z]+)(?:\.(?:pl|en))?(?::[A-Za-z]+)?\}`)

// params builds the parameters of a template: every placeholder it names,
// in both languages, counts set to n; optional parts are given too unless
// required is set, when only the parameters outside square brackets are.
func params(r Rule, n string, required bool) map[string]string {
	out := map[string]string{}
	for _, tmpl := range []string{r.Polish, r.English} {
		t := tmpl
		if required {
			t = alternativeRE.ReplaceAllString(t, "$2")
			t = optionalRE.ReplaceAllString(t, "")
		}
		for _, m := range placeholderRE.FindAllStringSubmatch(t, -1) {
			name := m[1]
			if counted[name] {
				out[name] = n
				continue
			}
			s, ok := samplesFor[r.Code][name]
			if !ok {
				s, ok = samples[name]
			}
			if !ok {
				continue
			}
			out[name+".pl"], out[name+".en"] = s.pl, s.en
			if s.pl == s.en {
				out[name] = s.pl
				delete(out, name+".pl")
				delete(out, name+".en")
			}
		}
	}
	if s, ok := samplesFor[r.Code]["agreementKind"]; ok {
		out["agreementKind"] = s.pl
	}
	return out
}

// TestSamplesCoverPlaceholders: every placeholder of the catalogue has a
// sample, so that the checks below see every message whole.
func TestSamplesCoverPlaceholders(t *testing.T) {
	for _, r := range Rules() {
		for _, tmpl := range []string{r.Polish, r.English} {
			for _, m := range placeholderRE.FindAllStringSubmatch(tmpl, -1) {
				if _, ok := samples[m[1]]; !ok && !counted[m[1]] {
					t.Errorf("%s: no sample for {%s}", r.Code, m[1])
				}
			}
		}
	}
}

// renderings returns every message of the catalogue rendered in lang with
// the samples: once per count value with every parameter, and once with
// only the required ones.
func renderings(lang Lang) map[Code][]string {
	out := map[Code][]string{}
	for _, r := range Rules() {
		for _, n := range countValues {
			out[r.Code] = append(out[r.Code], Message(r.Code, lang, params(r, n, false)))
		}
		out[r.Code] = append(out[r.Code], Message(r.Code, lang, params(r, "2", true)))
	}
	return out
}

// names are the sample names as msgcheck sees them.
var names = msgcheck.Names{
	Quoted: []string{sTeam, sParent, sAgreement, sService, sIPW, sOtherIPW, sGoal, sAction},
	Placed: []string{sInstitution, sProvider, sLeader, sMunicipal},
	IDs: []string{idMark + "ipw", idMark + "goal", idMark + "action", idMark + "other", idMark + "annex",
		idMark + "ref", idMark + "member"},
}

// TestMessagesRead renders every message of the catalogue in both languages
// and checks what a reader would stumble on (problems); the rules'
// descriptions too, which "kooperacja rules" prints.
func TestMessagesRead(t *testing.T) {
	for _, r := range Rules() {
		for _, d := range []struct {
			text string
			lang Lang
		}{{r.DescriptionPL, Polish}, {r.Description, English}} {
			for _, p := range append(msgcheck.Problems(d.text, d.lang, names), msgcheck.Sentence(d.text)...) {
				t.Errorf("%s (%s), description: %s in %q", r.Code, d.lang, p, d.text)
			}
		}
	}
	for _, lang := range []Lang{Polish, English} {
		for code, msgs := range renderings(lang) {
			for _, msg := range msgs {
				for _, p := range problems(code, msg, lang) {
					t.Errorf("%s (%s): %s in %q", code, lang, p, msg)
				}
			}
		}
	}
}

// problems returns what is wrong with msg, a message of code in lang: what
// msgcheck finds in its words and as a sentence, an internal id where the
// rule has no reason to quote one, and, for a Polish error or warning or
// an item of the stage checklist, nothing that says what to do.
func problems(code Code, msg string, lang Lang) []string {
	out := append(msgcheck.Problems(msg, lang, names), msgcheck.Sentence(msg)...)
	if strings.Contains(msg, idMark) && !idAllowed(code) {
		out = append(out, "an internal id")
	}
	if strings.ContainsAny(msg, "[]") {
		out = append(out, "an unfilled placeholder or bracket")
	}
	r, _ := Lookup(code)
	if lang == Polish && (r.Severity != SeverityInfo || IsStageGap(code)) && !selfDescribed(code) && !msgcheck.SaysWhatToDo(msg) {
		out = append(out, "nothing that says what to do")
	}
	return out
}

// TestProblems shows that each check of problems catches what it is for.
func TestProblems(t *testing.T) {
	for _, c := range []struct {
		msg  string
		lang Lang
		want string
	}{
		{"Zespół „" + sTeam + "” ma {count} liderów. Popraw to.", Polish, "placeholder"},
		{"Rola team_member jest zła. Popraw ją.", Polish, "a code"},
		{"Błąd w /ipws/0/actions. Popraw go.", Polish, "JSON Pointer"},
		{"Działanie " + idMark + "action jest złe. Popraw je.", Polish, "internal id"},
		{"Termin minął 2026-11-16. Popraw go.", Polish, "ISO date"},
		{"Zespół the team nie ma lidera. Dodaj go.", Polish, "other language"},
		{"The team nie has no leader. Add one.", English, "other language"},
		{"Porozumienie wygasa za 1\u00a0dni. Przygotuj aneks.", Polish, "wrong plural"},
		{"The agreement ends in 1\u00a0days. Prepare an annex.", English, "wrong plural"},
		{"Nie ma lidera w zespole " + sTeam + ". Dodaj go.", Polish, "inflection"},
		{"Za działanie odpowiada " + sInstitution + ". Popraw to.", Polish, "inflection"},
		{"Zespół nie ma lidera . Dodaj go.", Polish, "stray punctuation"},
		{"zespół nie ma lidera. Dodaj go.", Polish, "lower-case start"},
		{"Zespół nie ma lidera", Polish, "no final period"},
		{"Zespół nie ma lidera.", Polish, "what to do"},
	} {
		got := strings.Join(problems(CodeTeamLeaderMissing, c.msg, c.lang), "; ")
		if !strings.Contains(got, c.want) {
			t.Errorf("problems(%q) = %q, want one about %s", c.msg, got, c.want)
		}
	}
	for _, good := range []string{
		"Zespół „" + sTeam + "” nie ma lidera. Nadaj rolę lidera członkowi z OPS.",
		sInstitution + ": data wystąpienia z zespołu jest wcześniejsza niż data przystąpienia. Popraw jedną z dat.",
		"Za działanie odpowiada instytucja " + sInstitution + ", ale nie należy do zespołu. Dodaj ją do zespołu.",
		"Porozumienie wygasa za 1\u00a0dzień, 2\u00a0dni lub 5\u00a0dni. Przygotuj aneks.",
	} {
		if got := problems(CodeTeamLeaderMissing, good, Polish); len(got) > 0 {
			t.Errorf("problems(%q) = %q, want none", good, got)
		}
	}
}

// idAllowed lists the rules whose message must quote an id: the id is the
// mistake itself (a reference to nothing, an id used twice).
func idAllowed(c Code) bool {
	return c == CodeRefUnknown || c == CodeRefDuplicateID || c == CodeRefIDChanged || c == CodeIPWMemberUnknown
}

// selfDescribed lists the rules whose message is a detail given by the
// code that finds the mistake (which says what to do itself).
func selfDescribed(c Code) bool {
	return c == CodeSchemaViolation || c == CodeDocumentInvalidJSON || c == CodeScenarioEventInvalid
}

// TestMessagesGolden keeps every message of the catalogue, rendered with
// the samples, in testdata/messages.pl.txt and messages.en.txt, for review
// in the diff. Run "go test ./cooperation -run Golden -update" to rewrite.
func TestMessagesGolden(t *testing.T) {
	for _, lang := range []Lang{Polish, English} {
		var b strings.Builder
		codes := make([]string, 0, len(Rules()))
		byCode := map[string]Rule{}
		for _, r := range Rules() {
			codes = append(codes, string(r.Code))
			byCode[string(r.Code)] = r
		}
		sort.Strings(codes)
		for _, c := range codes {
			r := byCode[c]
			d := r.DescriptionPL
			if lang == English {
				d = r.Description
			}
			b.WriteString(c + " (" + r.Severity.Label(lang) + "): " + d + "\n")
			seen := map[string]bool{}
			for _, n := range []string{"1", "5"} {
				for _, req := range []bool{false, true} {
					m := Message(r.Code, lang, params(r, n, req))
					if !seen[m] {
						seen[m] = true
						b.WriteString("  " + strings.ReplaceAll(m, "\u00a0", " ") + "\n")
					}
				}
			}
		}
		file := filepath.Join("testdata", "messages."+string(lang)+".txt")
		if *updateMessages {
			if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run with -update to write it)", err)
		}
		if string(want) != b.String() {
			t.Errorf("%s differs from the catalogue's messages; run go test ./cooperation -run Golden -update and review the diff", file)
		}
	}
}
