// Package msgcheck finds what a reader would stumble on in a message of the
// library: a placeholder left unfilled, a code or a JSON Pointer, an ISO
// date, a word of the other language, a number with a noun in the wrong
// form, a name placed where Polish would have to inflect it, stray
// punctuation. The tests of the catalogue, of the schema layer and of the
// command line's output run every message they see through Problems.
package msgcheck

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Names are the names a text may contain, which the checks treat as data,
// not as the text's own words.
type Names struct {
	// Quoted names (teams, agreements, services, IPWs, goals, actions) must
	// stand in quotes after their head noun, or alone at the start of the
	// text (a line of a list).
	Quoted []string
	// Placed names (institutions, gminas) must stand where they need no
	// inflection: at the start of a sentence, after a colon, after the word
	// "instytucja" (or "gminy" for a gmina), in parentheses, or in a list of
	// such names.
	Placed []string
	// IDs are internal ids that must not appear outside quotes.
	IDs []string
}

var (
	snakeRE   = regexp.MustCompile(`(^|[^\p{L}\d_-])[a-z]+_[a-z_]+([^\p{L}\d_-]|$)`)
	camelRE   = regexp.MustCompile(`(^|[^\p{L}\d_-])[a-z]+[A-Z][A-Za-z]*([^\p{L}\d_-]|$)`)
	pointerRE = regexp.MustCompile(`(^|[\s(])/[A-Za-z]+(/|\b)`)
	isoRE     = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	quotedRE  = regexp.MustCompile(`„[^”]*”|"[^"]*"`)
	countRE   = regexp.MustCompile(`(\d[\d\x{00a0}]*)[\x{00a0} ](\p{L}+)`)
	wordRE    = regexp.MustCompile(`\p{L}+`)
)

// English words that give away an untranslated phrase in Polish, and the
// reverse. Words both languages use ("to", "data") are left out.
var (
	englishWords = words("the and of is are not with for from has have was be must should team agreement " +
		"action goal review date day days error errors warning warnings field value missing invalid unknown " +
		"member members signature institution since until before after at valid")
	polishWords = words("nie jest się oraz albo lub dla przez zespół zespołu porozumienie porozumienia dni dzień " +
		"brak który która które jeszcze działanie działania cel celu datę instytucja instytucji wpisz dodaj popraw " +
		"błąd błędy błędów ostrzeżenie poprawny")
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Nouns are the counted nouns the checks know, with the Polish forms for
// 1, 2–4 and 5 and the English singular and plural.
var Nouns = []cooperation.Noun{
	{One: "dzień", Few: "dni", Many: "dni", EnOne: "day", EnMany: "days"},
	{One: "miesiąc", Few: "miesiące", Many: "miesięcy", EnOne: "month", EnMany: "months"},
	{One: "rok", Few: "lata", Many: "lat", EnOne: "year", EnMany: "years"},
	{One: "bajt", Few: "bajty", Many: "bajtów", EnOne: "byte", EnMany: "bytes"},
	{One: "poziom", Few: "poziomy", Many: "poziomów", EnOne: "level", EnMany: "levels"},
	{One: "brak", Few: "braki", Many: "braków", EnOne: "gap", EnMany: "gaps"},
	{One: "strona", Few: "strony", Many: "stron", EnOne: "party", EnMany: "parties"},
	{One: "sektor", Few: "sektory", Many: "sektorów", EnOne: "sector", EnMany: "sectors"},
	{One: "wymiar", Few: "wymiary", Many: "wymiarów", EnOne: "facet", EnMany: "facets"},
	{One: "działanie", Few: "działania", Many: "działań", EnOne: "action", EnMany: "actions"},
	{One: "instytucja", Few: "instytucje", Many: "instytucji", EnOne: "institution", EnMany: "institutions"},
	{One: "cel", Few: "cele", Many: "celów", EnOne: "goal", EnMany: "goals"},
	{One: "wartość", Few: "wartości", Many: "wartości", EnOne: "value", EnMany: "values"},
	{One: "miejsce", Few: "miejsca", Many: "miejsc", EnOne: "place", EnMany: "places"},
	{One: "cyfra", Few: "cyfry", Many: "cyfr", EnOne: "digit", EnMany: "digits"},
	{One: "błąd", Few: "błędy", Many: "błędów", EnOne: "error", EnMany: "errors"},
	{One: "ostrzeżenie", Few: "ostrzeżenia", Many: "ostrzeżeń", EnOne: "warning", EnMany: "warnings"},
	{One: "informacja", Few: "informacje", Many: "informacji", EnOne: "note", EnMany: "notes"},
	{One: "zdarzenie", Few: "zdarzenia", Many: "zdarzeń", EnOne: "event", EnMany: "events"},
	{One: "uwaga", Few: "uwagi", Many: "uwag", EnOne: "finding", EnMany: "findings"},
	{One: "tydzień", Few: "tygodnie", Many: "tygodni", EnOne: "week", EnMany: "weeks"},
	{One: "osoba", Few: "osoby", Many: "osób", EnOne: "person", EnMany: "persons"},
	{One: "rodzina", Few: "rodziny", Many: "rodzin", EnOne: "family", EnMany: "families"},
	{One: "spotkanie", Few: "spotkania", Many: "spotkań", EnOne: "meeting", EnMany: "meetings"},
	{One: "przegląd", Few: "przeglądy", Many: "przeglądów", EnOne: "review", EnMany: "reviews"},
	{One: "zespół", Few: "zespoły", Many: "zespołów", EnOne: "team", EnMany: "teams"},
	{One: "porozumienie", Few: "porozumienia", Many: "porozumień", EnOne: "agreement", EnMany: "agreements"},
	{One: "usługa", Few: "usługi", Many: "usług", EnOne: "service", EnMany: "services"},
	{One: "etap", Few: "etapy", Many: "etapów", EnOne: "stage", EnMany: "stages"},
	{One: "sekunda", Few: "sekundy", Many: "sekund", EnOne: "second", EnMany: "seconds"},
	{One: "godzina", Few: "godziny", Many: "godzin", EnOne: "hour", EnMany: "hours"},
}

// Prose returns the words text wrote itself: quoted values and the names
// taken out.
func Prose(text string, names Names) string {
	all := append(append([]string(nil), names.Quoted...), names.Placed...)
	sort.Slice(all, func(i, j int) bool { return len(all[i]) > len(all[j]) }) // a name may hold another
	for _, n := range all {
		if n != "" {
			text = strings.ReplaceAll(text, n, " ")
		}
	}
	return quotedRE.ReplaceAllString(text, " ")
}

// Problems returns what is wrong with text, a message or a line of output
// in lang; none for a text that reads well. The checks of a message as a
// sentence are Sentence's.
func Problems(text string, lang cooperation.Lang, names Names) []string {
	var out []string
	fail := func(what string) { out = append(out, what) }
	foreign := englishWords
	if lang == cooperation.English {
		foreign = polishWords
	}
	p := Prose(text, names)
	if strings.ContainsAny(text, "{}") {
		fail("an unfilled placeholder")
	}
	if s := snakeRE.FindString(p); s != "" {
		fail("a code " + strings.TrimSpace(s))
	}
	if s := camelRE.FindString(p); s != "" {
		fail("a JSON name " + strings.Trim(s, " ().,;:"))
	}
	if s := pointerRE.FindString(p); s != "" {
		fail("a JSON Pointer " + strings.TrimSpace(s))
	}
	for _, id := range names.IDs {
		if id != "" && containsWord(p, id) {
			fail("an internal id " + id)
		}
	}
	if s := isoRE.FindString(p); s != "" {
		fail("an ISO date " + s)
	}
	for _, w := range wordRE.FindAllString(p, -1) {
		if foreign[strings.ToLower(w)] {
			fail("the word " + strconv.Quote(w) + " of the other language")
			break
		}
	}
	if s := WrongPlural(text, lang); s != "" {
		fail("a wrong plural " + strconv.Quote(s))
	}
	if lang == cooperation.Polish {
		if s := misplaced(text, names); s != "" {
			fail("a name that would need inflection: " + s)
		}
	}
	return out
}

// Sentence returns what is wrong with msg as a message: stray spaces or
// punctuation, a lower-case start, no final period.
func Sentence(msg string) []string {
	var out []string
	if msg == "" {
		return []string{"an empty message"}
	}
	flat := strings.ReplaceAll(msg, "\u00a0", " ")
	for _, bad := range []string{"  ", " ,", " .", " ;", " :", "()", "..", ",,", ". .", ",."} {
		if strings.Contains(flat, bad) {
			out = append(out, "stray punctuation "+strconv.Quote(bad))
		}
	}
	if first := []rune(msg)[0]; strings.ToUpper(string(first)) != string(first) {
		out = append(out, "a lower-case start")
	}
	if !strings.HasSuffix(msg, ".") {
		out = append(out, "no final period")
	}
	return out
}

func containsWord(text, w string) bool {
	for i := strings.Index(text, w); i >= 0; {
		before, after := text[:i], text[i+len(w):]
		if !endsInWordChar(before) && !startsWithWordChar(after) {
			return true
		}
		j := strings.Index(after, w)
		if j < 0 {
			return false
		}
		i += len(w) + j
	}
	return false
}

func endsInWordChar(s string) bool {
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	return c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func startsWithWordChar(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	return c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// WrongPlural returns the first number in text followed by a counted noun
// in a form that does not fit the number, or "".
func WrongPlural(text string, lang cooperation.Lang) string {
	for _, m := range countRE.FindAllStringSubmatch(text, -1) {
		n, err := strconv.Atoi(strings.ReplaceAll(strings.ReplaceAll(m[1], "\u00a0", ""), " ", ""))
		if err != nil {
			continue
		}
		for _, noun := range Nouns {
			forms := []string{noun.One, noun.Few, noun.Many}
			if lang == cooperation.English {
				forms = []string{noun.EnOne, noun.EnMany}
			}
			for _, f := range forms {
				if m[2] == f && noun.Form(n, lang) != f {
					return m[0]
				}
			}
		}
	}
	return ""
}

// misplaced returns a name of names that stands where Polish would inflect
// it, or "". A name inside another name ("Masłów" in "Partnerski Zespół
// Kooperacji Gminy Masłów") is that name's business.
func misplaced(text string, names Names) string {
	inside := covered(text, names)
	for _, name := range names.Quoted {
		for i := index(text, name, 0); i >= 0; i = index(text, name, i+len(name)) {
			if inside(i, len(name)) {
				continue
			}
			before := text[:i]
			if i > 0 && !strings.HasSuffix(before, "„") && !strings.HasSuffix(before, `"`) && !strings.HasSuffix(before, "(") {
				return name
			}
		}
	}
	for _, name := range names.Placed {
		for i := index(text, name, 0); i >= 0; i = index(text, name, i+len(name)) {
			if inside(i, len(name)) {
				continue
			}
			before := text[:i]
			trimmed := strings.TrimRight(before, " ")
			ok := trimmed == "" || strings.HasSuffix(trimmed, ".") || strings.HasSuffix(trimmed, ":") ||
				strings.HasSuffix(before, "instytucja ") || strings.HasSuffix(before, "gminy ") ||
				strings.HasSuffix(before, "gmina ") || strings.HasSuffix(before, "(") || strings.HasSuffix(before, "„") ||
				strings.HasSuffix(trimmed, ";") || inList(before, names)
			if !ok {
				return name
			}
		}
	}
	return ""
}

// covered returns whether the span at i of length n lies inside a longer
// name of names.
func covered(text string, names Names) func(i, n int) bool {
	type span struct{ from, to int }
	var spans []span
	for _, list := range [][]string{names.Quoted, names.Placed} {
		for _, name := range list {
			for i := index(text, name, 0); i >= 0; i = index(text, name, i+len(name)) {
				spans = append(spans, span{i, i + len(name)})
			}
		}
	}
	return func(i, n int) bool {
		for _, s := range spans {
			if s.from <= i && i+n <= s.to && s.to-s.from > n {
				return true
			}
		}
		return false
	}
}

// inList reports whether before ends in a list of names after a colon:
// "…: A, B, " or "…: A (gmina), ".
func inList(before string, names Names) bool {
	colon := strings.LastIndex(before, ": ")
	if colon < 0 {
		return false
	}
	rest := before[colon+2:]
	all := append(append([]string(nil), names.Placed...), names.Quoted...)
	sort.Slice(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
	for _, n := range all {
		if n != "" {
			rest = strings.ReplaceAll(rest, n, "")
		}
	}
	rest = regexp.MustCompile(`\([^)]*\)`).ReplaceAllString(rest, "")
	return strings.Trim(rest, ", ") == "" && strings.HasSuffix(before, ", ")
}

func index(text, name string, from int) int {
	if name == "" || from > len(text) {
		return -1
	}
	j := strings.Index(text[from:], name)
	if j < 0 {
		return -1
	}
	return from + j
}

// imperatives are the verbs with which a Polish message says what to do.
var imperatives = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(Dodaj|Popraw|Usuń|Wpisz|Zmień|Wskaż|Nadaj|Zwołaj|Uzupełnij|Sprawdź|Zaproś|` +
	`Przygotuj|Zawrzyj|Dołącz|Wybierz|Opisz|Pozostaw|Zaplanuj|Zawieś|Skróć|Zaktualizuj|Planuj|Włącz|Zapisz|` +
	`Podziel|Zwiększ|Ustaw|Porównaj|Możesz|Utwórz|Zakończ|Oceń|Podpisz|Przypisz)(?:[^\p{L}]|$)`)

// SaysWhatToDo reports whether a Polish message tells the reader what to
// do, by one of the imperatives the catalogue uses.
func SaysWhatToDo(msg string) bool { return imperatives.MatchString(msg) }
