package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/internal/msgcheck"
	"github.com/kooperacja/kooperacja/internal/mutation"
)

// A readable input is a bundle (and a scenario) the command line is run
// over: every example, and every single mistake of the mutation table.
type readableInput struct {
	name             string
	bundle, scenario []byte
	missing          bool // the file cannot be read
}

func readableInputs(t *testing.T) []readableInput {
	t.Helper()
	var out []readableInput
	for _, name := range examples.Names() {
		b, err := examples.Bundle(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, sc := range examples.ScenarioNames() {
			s, err := examples.Scenario(sc)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, readableInput{name: name + "+" + sc, bundle: b, scenario: s})
		}
	}
	for _, m := range mutation.Table() {
		if m.File != nil {
			b, _ := examples.Bundle(m.Base)
			out = append(out, readableInput{name: m.Name, bundle: b, missing: true})
			continue
		}
		b, s, err := m.Apply()
		if err != nil {
			t.Fatalf("%s: %v", m.Name, err)
		}
		out = append(out, readableInput{name: m.Name, bundle: b, scenario: s})
	}
	return out
}

// namesOf reads the names a bundle gives things, for msgcheck: the names
// messages quote, the names they place, and the internal ids.
func namesOf(bundle []byte) msgcheck.Names {
	var doc any
	json.Unmarshal(bundle, &doc)
	var n msgcheck.Names
	str := func(v any) string { s, _ := v.(string); return s }
	var walk func(v any, holder string)
	walk = func(v any, holder string) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				switch {
				case k == "id":
					n.IDs = append(n.IDs, str(e))
				case k == "name" && (holder == "institutions" || holder == "municipality"):
					n.Placed = append(n.Placed, str(e))
				case k == "name" && (holder == "teams" || holder == "services"),
					k == "title" && (holder == "agreements" || holder == "goals" || holder == "actions"),
					k == "pseudonym":
					n.Quoted = append(n.Quoted, str(e))
				}
				walk(e, k)
			}
		case []any:
			for _, e := range x {
				walk(e, holder)
			}
		}
	}
	walk(doc, "")
	// An id that is also a word of the messages (an IPW's id "ipw") is no
	// proof of a leak.
	var ids []string
	for _, id := range n.IDs {
		if strings.ContainsAny(id, "-_0123456789") && len(id) > 2 {
			ids = append(ids, id)
		}
	}
	n.IDs = ids
	return n
}

var (
	pathLineRE    = regexp.MustCompile(`^\s*/\S*$`)
	codeLineRE    = regexp.MustCompile(`^\s*\[[a-z_.]+\]$`)
	findingLineRE = regexp.MustCompile(`^\s*\S+\s+(/\S*)?\s\s(.*)$`)
)

// TestOutputReads runs validate, stage, report and simulate over every
// example and every mistake of the mutation table, in Polish and English,
// and checks every sentence they print as the catalogue's test checks the
// messages: no codes, JSON Pointers or ids in a sentence (a finding's path
// stands beside it, on its own), no ISO dates, no words of the other
// language, no number with a noun in the wrong form, no name where Polish
// would inflect it; and every Polish error or warning says what to do.
// Each check is proved on every line it passes (faultsMissed), and every
// command must have printed sentences in both languages.
func TestOutputReads(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command line over every mutation")
	}
	dir := t.TempDir()
	seen := map[string]bool{}
	problems := 0
	counts := map[string]int{}
	var missed []string
	for i, in := range readableInputs(t) {
		bundle := filepath.Join(dir, "b"+itoa(i)+".json")
		if !in.missing {
			if err := os.WriteFile(bundle, in.bundle, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		scenario := filepath.Join(dir, "s"+itoa(i)+".json")
		if in.scenario != nil {
			os.WriteFile(scenario, in.scenario, 0o644)
		}
		names := namesOf(in.bundle)
		names.Placed = append(names.Placed, bundle) // the file's name heads validate's lines
		for _, lang := range []string{"pl", "en"} {
			var texts []string
			add := func(cmd string, got []string) {
				texts = append(texts, got...)
				counts[cmd+" "+lang] += len(got)
			}
			_, out, _ := runCLI(t, "", "validate", "--lang", lang, bundle)
			add("validate", validateSentences(out))
			var todo []string // Polish errors and warnings, which must say what to do
			if lang == "pl" {
				todo = append(todo, polishFaults(out)...)
			}
			if !in.missing {
				for _, cmd := range []string{"stage", "report"} {
					_, out, _ := runCLI(t, "", cmd, "--lang", lang, bundle)
					add(cmd, plainSentences(out))
				}
				if in.scenario != nil {
					_, out, _ := runCLI(t, "", "simulate", "--lang", lang, "--scenario", scenario, bundle)
					add("simulate", jsonMessages(out))
					if lang == "pl" {
						todo = append(todo, jsonFaults(out)...)
					}
				}
			}
			for _, text := range todo {
				counts["to do"]++
				if !msgcheck.SaysWhatToDo(text) && !seen["todo\x00"+text] {
					seen["todo\x00"+text] = true
					problems++
					if problems <= 60 {
						t.Errorf("%s (pl): an error or warning that says nothing to do: %q", in.name, text)
					}
				}
			}
			for _, text := range texts {
				ps := msgcheck.Problems(text, cooperation.Lang(lang), names)
				if len(ps) == 0 {
					missed = append(missed, faultsMissed(text, cooperation.Lang(lang), names)...)
					continue
				}
				key := lang + "\x00" + strings.Join(ps, ";") + "\x00" + text
				if seen[key] {
					continue
				}
				seen[key] = true
				problems++
				if problems <= 60 {
					t.Errorf("%s (%s): %s in %q", in.name, lang, strings.Join(ps, "; "), text)
				}
			}
		}
	}
	if problems > 60 {
		t.Errorf("and %d more", problems-60)
	}
	for _, missed := range missed {
		t.Error(missed)
	}
	// Every command printed sentences in both languages, and the mutations
	// brought findings: the checks above saw the output, not nothing.
	if counts["to do"] < 100 {
		t.Errorf("%d Polish errors and warnings seen, want the mutations'", counts["to do"])
	}
	for _, cmd := range []string{"validate", "stage", "report", "simulate"} {
		for _, lang := range []string{"pl", "en"} {
			if counts[cmd+" "+lang] < 50 {
				t.Errorf("%s --lang %s printed %d sentences in all, want the output of every input", cmd, lang, counts[cmd+" "+lang])
			}
		}
	}
}

// faultsMissed puts a mistake of each kind into text, a line that reads
// well, and returns the mistakes msgcheck does not see there, so that a
// line whose shape hides it from a check is known (at most one report per
// kind of mistake and language).
func faultsMissed(text string, lang cooperation.Lang, names msgcheck.Names) []string {
	faults := []struct{ name, add string }{
		{"a code", " (case_worker)"},
		{"a JSON Pointer", " (/teams/0/members/2)"},
		{"an ISO date", " (2026-11-16)"},
		{"a word of the other language", map[cooperation.Lang]string{cooperation.Polish: ", the team", cooperation.English: ", nie jest"}[lang]},
		{"a wrong plural", map[cooperation.Lang]string{cooperation.Polish: ", za 5\u00a0dzień", cooperation.English: ", in 1\u00a0days"}[lang]},
	}
	if len(names.IDs) > 0 {
		faults = append(faults, struct{ name, add string }{"an internal id", " " + names.IDs[0]})
	}
	if lang == cooperation.Polish && len(names.Placed) > 0 {
		faults = append(faults, struct{ name, add string }{"an inflected name", "; odpowiada za to " + names.Placed[0]})
	}
	var out []string
	for _, f := range faults {
		if len(msgcheck.Problems(text+f.add, lang, names)) == 0 && !reportedMiss[string(lang)+f.name] {
			reportedMiss[string(lang)+f.name] = true
			out = append(out, "msgcheck does not see "+f.name+" in "+strconvQuote(text+f.add))
		}
	}
	return out
}

var reportedMiss = map[string]bool{}

func strconvQuote(s string) string { b, _ := json.Marshal(s); return string(b) }

// validateSentences returns the message of each finding line of validate's
// text output, and the summary line without the file's name.
func validateSentences(out string) []string {
	var texts []string
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.TrimSpace(line) == "", codeLineRE.MatchString(line):
		case !strings.HasPrefix(line, " "):
			if _, summary, ok := strings.Cut(line, ": "); ok {
				texts = append(texts, summary)
			}
		default:
			if m := findingLineRE.FindStringSubmatch(line); m != nil {
				texts = append(texts, m[2])
			} else {
				texts = append(texts, strings.TrimSpace(line))
			}
		}
	}
	return texts
}

// polishFaults returns the messages of the errors and warnings of
// validate's Polish text output.
func polishFaults(out string) []string {
	var texts []string
	for _, line := range strings.Split(out, "\n") {
		trimmed := strings.TrimSpace(line)
		if !strings.HasPrefix(trimmed, "błąd ") && !strings.HasPrefix(trimmed, "ostrzeżenie ") {
			continue
		}
		if m := findingLineRE.FindStringSubmatch(line); m != nil {
			texts = append(texts, m[2])
		}
	}
	return texts
}

// jsonFaults returns the message of every finding of severity error or
// warning of a JSON output.
func jsonFaults(out string) []string {
	var doc any
	if json.Unmarshal([]byte(out), &doc) != nil {
		return nil
	}
	var texts []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if sev, _ := x["severity"].(string); sev == "error" || sev == "warning" {
				if msg, ok := x["message"].(string); ok {
					texts = append(texts, msg)
				}
			}
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(doc)
	return texts
}

// plainSentences returns the lines of a text output that are not paths.
func plainSentences(out string) []string {
	var texts []string
	for _, line := range strings.Split(out, "\n") {
		if strings.TrimSpace(line) == "" || pathLineRE.MatchString(line) {
			continue
		}
		line = strings.TrimSpace(line)
		for _, mark := range []string{"[ ] ", "✓ ", "→ "} {
			line = strings.TrimPrefix(line, mark)
		}
		texts = append(texts, line)
	}
	return texts
}

// jsonMessages returns every "message" (and messagePl/messageEn) string of
// a JSON output.
func jsonMessages(out string) []string {
	var doc any
	if json.Unmarshal([]byte(out), &doc) != nil {
		return nil
	}
	var texts []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if s, ok := x[k].(string); ok && (k == "message" || k == "messagePl" || k == "messageEn") {
					texts = append(texts, s)
				}
				if k != "final" && k != "initial" {
					walk(x[k])
				}
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(doc)
	return texts
}
