package schema

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// schemaDocs returns the shipped schemas by $id.
func schemaDocs(t *testing.T) map[string]map[string]any {
	t.Helper()
	docs := map[string]map[string]any{}
	for _, name := range Names() {
		b, err := Schema(name)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		docs[doc["$id"].(string)] = doc
	}
	return docs
}

// glossarySets returns the glossary's sets by name.
func glossarySets() map[string]cooperation.GlossarySet {
	out := map[string]cooperation.GlossarySet{}
	for _, s := range ipw.GlossarySets() {
		out[s.Name] = s
	}
	return out
}

// TestGlossaryMatchesSchemaEnums checks that every enumeration of the
// schemas has its set in the glossary, with exactly the schema's values in
// the schema's order (the planner lists them in the glossary's order).
func TestGlossaryMatchesSchemaEnums(t *testing.T) {
	sets := glossarySets()
	defs := map[string]string{ // $defs name → glossary set
		"variant": "variant", "institutionKind": "kind", "level": "level", "sector": "sector",
		"teamKind": "teamKind", "role": "role", "agreementKind": "agreementKind", "stageName": "stage",
		"beneficiaryKind": "beneficiaryKind", "memberRole": "memberRole", "qualificationReason": "reason",
		"diagnosisMethod": "method", "diagnosisArea": "area", "goalOutcome": "outcome",
		"actionStatus": "actionStatus", "reviewDecision": "decision", "closureReason": "closureReason",
		"ipwStatus": "status", "assumption": "assumption", "eventType": "eventType", "severity": "severity",
	}
	found := map[string]bool{}
	for id, doc := range schemaDocs(t) {
		d, _ := doc["$defs"].(map[string]any)
		for name, def := range d {
			m, _ := def.(map[string]any)
			list, ok := m["enum"].([]any)
			if !ok || name == "ruleCode" {
				continue
			}
			if name == "caseTeamKind" { // the team kinds that run IPWs
				for _, v := range list {
					if _, ok := ipw.Glossary(cooperation.Polish)["teamKind"][v.(string)]; !ok {
						t.Errorf("$defs/caseTeamKind: %v has no label", v)
					}
				}
				continue
			}
			set, ok := defs[name]
			if !ok {
				t.Errorf("%s: $defs/%s is an enumeration the glossary does not name", id, name)
				continue
			}
			found[name] = true
			var want []string
			for _, v := range list {
				want = append(want, v.(string))
			}
			if set == "eventType" {
				want = append(want, string(ipw.EventMeetingHeld)) // only among assumed events
			}
			var got []string
			for _, term := range sets[set].Terms {
				got = append(got, term.Value)
			}
			if !slices.Equal(got, want) {
				t.Errorf("glossary set %s = %v, want the values of $defs/%s: %v", set, got, name, want)
			}
		}
	}
	for name := range defs {
		if !found[name] {
			t.Errorf("$defs/%s is not an enumeration of any schema", name)
		}
	}
}

// TestFieldLabels checks that every property of every schema has a label,
// found as FieldLabel finds it (by its name under the property holding its
// object), and that the glossary labels no property the schemas lack.
func TestFieldLabels(t *testing.T) {
	docs := schemaDocs(t)
	type pair struct{ holder, name string }
	pairs := map[pair]bool{}
	visited := map[string]bool{}
	var walk func(doc map[string]any, node any, holder string)
	walk = func(doc map[string]any, node any, holder string) {
		m, ok := node.(map[string]any)
		if !ok {
			return
		}
		if ref, ok := m["$ref"].(string); ok {
			base, frag, _ := strings.Cut(ref, "#")
			target := doc
			if base != "" {
				target = docs[base]
			}
			// The target document's identity, not the ref's text: "#/$defs/period"
			// is one definition in the bundle schema and another in the monitor's.
			key := fmt.Sprintf("%p", target) + "#" + frag + "@" + holder
			if !visited[key] {
				visited[key] = true
				var n any = target
				for _, tok := range strings.Split(strings.TrimPrefix(frag, "/"), "/") {
					if tok != "" {
						n = n.(map[string]any)[tok]
					}
				}
				walk(target, n, holder)
			}
		}
		if props, ok := m["properties"].(map[string]any); ok {
			for name, sub := range props {
				pairs[pair{holder, name}] = true
				if name != "extensions" {
					walk(doc, sub, name)
				}
			}
		}
		for _, kw := range []string{"items", "if", "then", "else", "additionalProperties"} {
			walk(doc, m[kw], holder)
		}
		for _, kw := range []string{"allOf", "anyOf", "oneOf"} {
			list, _ := m[kw].([]any)
			for _, sub := range list {
				walk(doc, sub, holder)
			}
		}
	}
	for _, doc := range docs {
		walk(doc, doc, "")
	}
	used := map[string]bool{}
	for p := range pairs {
		path := cooperation.Path("").Key(p.name)
		if p.holder != "" {
			path = cooperation.Path("").Key(p.holder).Index(0).Key(p.name)
		}
		for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
			if cooperation.FieldLabel(path, lang) == "" {
				t.Errorf("property %q (in %q) has no %s label", p.name, p.holder, lang)
			}
		}
		used[p.name] = true
		used[p.holder+"."+p.name] = true
	}
	for _, term := range glossarySets()["field"].Terms {
		if !used[term.Value] {
			t.Errorf("the glossary labels field %q, which no schema has", term.Value)
		}
	}
}
