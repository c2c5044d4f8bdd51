package cooperation_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	. "github.com/kooperacja/kooperacja/cooperation"
)

// A fault is one mistake a message could make, put into a message that
// reads well, and what problems must then say.
type fault struct {
	name  string
	want  string // a part of what problems says
	apply func(msg string) string
}

// beforeEnd inserts s before the message's final period.
func beforeEnd(s string) func(string) string {
	return func(msg string) string { return strings.TrimSuffix(msg, ".") + s + "." }
}

var polishDateRE = regexp.MustCompile(`\d{2}\.\d{2}\.\d{4}\x{00a0}r\.`)

// isoDate writes the message's first date as an ISO date, or adds one.
func isoDate(msg string) string {
	if loc := polishDateRE.FindStringIndex(msg); loc != nil {
		return msg[:loc[0]] + "2026-11-16" + msg[loc[1]:]
	}
	return beforeEnd(" (2026-11-16)")(msg)
}

// unquote takes the quotes off the first quoted name of the message, or
// adds a name after a preposition.
func unquote(msg string) string {
	for _, n := range names.Quoted {
		if q := "„" + n + "”"; strings.Contains(msg, q) {
			return strings.Replace(msg, q, n, 1)
		}
	}
	return beforeEnd(" w zespole " + sTeam)(msg)
}

// faults are the mistakes of each language the message tests must catch.
var faults = map[Lang][]fault{
	Polish: {
		{"snake_case code", "a code", beforeEnd(" (rola case_worker)")},
		{"JSON Pointer", "JSON Pointer", beforeEnd(" (zob. /teams/0/members/2)")},
		{"internal id", "internal id", beforeEnd(" w IPW " + idMark + "ipw")},
		{"ISO date", "ISO date", isoDate},
		{"English word", "other language", beforeEnd(", the team")},
		{"wrong plural", "wrong plural", beforeEnd(", za 5\u00a0dzień")},
		{"wrong plural of one", "wrong plural", beforeEnd(", za 1\u00a0dni")},
		{"unquoted name", "inflection", unquote},
		{"institution after a verb", "inflection", beforeEnd("; odpowiada za to " + sInstitution)},
		{"placeholder", "placeholder", beforeEnd(" {days}")},
	},
	English: {
		{"snake_case code", "a code", beforeEnd(" (role case_worker)")},
		{"JSON Pointer", "JSON Pointer", beforeEnd(" (see /teams/0/members/2)")},
		{"internal id", "internal id", beforeEnd(" in IPW " + idMark + "ipw")},
		{"ISO date", "ISO date", beforeEnd(" (2026-11-16)")},
		{"Polish word", "other language", beforeEnd(", który nie jest")},
		{"wrong plural", "wrong plural", beforeEnd(", in 5\u00a0day")},
		{"wrong plural of one", "wrong plural", beforeEnd(", in 1\u00a0days")},
		{"placeholder", "placeholder", beforeEnd(" {days}")},
	},
}

// TestChecksSeeEveryMessage puts every fault into every message of the
// catalogue, as rendered for TestMessagesRead, and wants problems to find
// it there: a check that a message's shape could hide from (a name the
// samples never quote, a date in a form the pattern misses) fails here.
func TestChecksSeeEveryMessage(t *testing.T) {
	for _, lang := range []Lang{Polish, English} {
		for code, msgs := range renderings(lang) {
			for _, msg := range msgs {
				if len(problems(code, msg, lang)) > 0 {
					continue // TestMessagesRead tells
				}
				for _, f := range faults[lang] {
					bad := f.apply(msg)
					if got := strings.Join(problems(code, bad, lang), "; "); !strings.Contains(got, f.want) {
						t.Errorf("%s (%s), %s: problems(%q) = %q, want one about %s", code, lang, f.name, bad, got, f.want)
					}
				}
			}
		}
	}
}

// quotedParams and placedParams are the placeholders of names, by the
// class their sample belongs to: a name quoted after its head noun (teams,
// agreements, services, IPWs, goals, actions) or an institution's or
// gmina's name placed where it needs no inflection.
func nameClasses() (quoted, placed map[string]bool) {
	quoted, placed = map[string]bool{}, map[string]bool{}
	for name, s := range samples {
		for _, n := range names.Quoted {
			if s.pl == n {
				quoted[name] = true
			}
		}
		for _, n := range names.Placed {
			if s.pl == n {
				placed[name] = true
			}
		}
	}
	return quoted, placed
}

var namePlaceholderRE = regexp.MustCompile(`\{([A-Za-z]+)(?:\.pl)?\}`)

// placementProblems returns the placeholders of names in a Polish template
// that stand where Polish would inflect the name: a quoted name must stand
// in „…” right after its head noun; a placed name at the start of a
// sentence, after a colon or semicolon, after "instytucja" (or "gminy",
// "gmina" for a gmina), or in parentheses.
func placementProblems(tmpl string, quoted, placed map[string]bool) []string {
	var out []string
	for _, m := range namePlaceholderRE.FindAllStringSubmatchIndex(tmpl, -1) {
		name := tmpl[m[2]:m[3]]
		before := textBefore(tmpl[:m[0]])
		switch {
		case quoted[name]:
			if !strings.HasSuffix(before, "„") {
				out = append(out, "{"+name+"} is not quoted after its head noun")
			}
		case placed[name]:
			trimmed := strings.TrimRight(before, " ")
			ok := trimmed == "" || strings.HasSuffix(trimmed, ".") || strings.HasSuffix(trimmed, ":") ||
				strings.HasSuffix(trimmed, ";") || strings.HasSuffix(before, "(") ||
				strings.HasSuffix(before, "instytucja ") || strings.HasSuffix(before, "gminy ") || strings.HasSuffix(before, "gmina ")
			if !ok {
				out = append(out, "{"+name+"} stands where it would need inflection")
			}
		}
	}
	return out
}

// textBefore is the template's text before a placeholder as a reader sees
// it: the opening of an optional part is no text, and the start of an
// alternative stands where its "[" stands.
func textBefore(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, "["):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "|"):
			s = s[:strings.LastIndexByte(s, '[')]
		default:
			return s
		}
	}
}

// TestNamesNeedNoInflection: in every Polish template of the catalogue a
// team's, agreement's, service's, IPW's, goal's or action's name stands in
// quotes after its head noun ("do zespołu „{team}”"), and an institution's
// or gmina's name where its nominative fits (placementProblems).
func TestNamesNeedNoInflection(t *testing.T) {
	quoted, placed := nameClasses()
	for _, need := range []string{"team", "agreement", "service", "ipwName", "goalName", "actionName"} {
		if !quoted[need] {
			t.Fatalf("{%s} is not known as a quoted name", need)
		}
	}
	for _, need := range []string{"institution", "party", "provider", "leader", "gmina"} {
		if !placed[need] {
			t.Fatalf("{%s} is not known as a placed name", need)
		}
	}
	for _, r := range Rules() {
		for _, p := range placementProblems(r.Polish, quoted, placed) {
			t.Errorf("%s: %s in %q", r.Code, p, r.Polish)
		}
	}
	// The check itself.
	for _, c := range []struct {
		tmpl string
		bad  bool
	}{
		{"Zespół „{team}” nie ma lidera.", false},
		{"Do zespołu {team} należy…", true},
		{"[Zespół „{team}” to |Ten zespół to ]GGK.", false},
		{"{institution}: data jest zła.", false},
		{"Za to odpowiada instytucja {institution}.", false},
		{"Za to odpowiada {institution}.", true},
		{"Podpis[; strona {party}] jest zły.", true},
		{"Podpis[; instytucja {party}] jest zły.", false},
		{"Umowę podpisał {leader}.", true},
	} {
		if got := placementProblems(c.tmpl, quoted, placed); (len(got) > 0) != c.bad {
			t.Errorf("placementProblems(%q) = %q, want bad=%v", c.tmpl, got, c.bad)
		}
	}
}

// TestEveryCodeIsRendered: every code the package declares has a row of
// the catalogue, so that the message tests above, which render the rows,
// see every message a finding can have.
func TestEveryCodeIsRendered(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	declared := regexp.MustCompile(`\bCode[A-Z]\w*\s+Code\s*=\s*"([^"]+)"`)
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range declared.FindAllStringSubmatch(string(src), -1) {
			n++
			if _, ok := Lookup(Code(m[1])); !ok {
				t.Errorf("%s: code %s has no row of the catalogue", file, m[1])
			}
		}
	}
	if n != len(Rules()) {
		t.Errorf("%d codes declared, %d rows in the catalogue", n, len(Rules()))
	}
}
