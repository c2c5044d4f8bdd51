package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// liveKey is what the differential compares: every finding whole.
func liveKeys(fs []cooperation.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %s %s %s\n", f.Severity, f.Code, f.Path, f.Message)
	}
	return b.String()
}

// reference applies a JSON Patch to a generic value the plain way: the
// expected document after each edit.
func reference(doc any, ops []Op) any {
	for _, op := range ops {
		var v any
		if op.Op != "remove" {
			_ = json.Unmarshal(op.Value, &v)
		}
		segs := cooperation.Path(op.Path).Segments()
		if len(segs) == 0 {
			doc = v
			continue
		}
		parent := doc
		for _, s := range segs[:len(segs)-1] {
			switch x := parent.(type) {
			case map[string]any:
				parent = x[s]
			case []any:
				var i int
				fmt.Sscan(s, &i)
				parent = x[i]
			}
		}
		last := segs[len(segs)-1]
		switch x := parent.(type) {
		case map[string]any:
			if op.Op == "remove" {
				delete(x, last)
			} else {
				x[last] = v
			}
		case []any:
			i := len(x)
			if last != "-" {
				fmt.Sscan(last, &i)
			}
			switch op.Op {
			case "add":
				x = append(x[:i], append([]any{v}, x[i:]...)...)
			case "remove":
				x = append(x[:i], x[i+1:]...)
			case "replace":
				x[i] = v
			}
			set(doc, "/"+strings.Join(segs[:len(segs)-1], "/"), x)
		}
	}
	return doc
}

// edits are single edits a person makes in the planner, as JSON Patch, on
// any example (paths that do not exist in one are skipped).
var edits = []string{
	`[{"op":"replace","path":"/institutions/1/name","value":"Ośrodek po zmianie"}]`,
	`[{"op":"add","path":"/institutions/2/regon","value":"123456789"}]`,
	`[{"op":"remove","path":"/institutions/0/name"}]`,
	`[{"op":"replace","path":"/institutions/0/kind","value":"nie-ma-takiego"}]`,
	`[{"op":"add","path":"/institutions/-","value":{"id":"instytucja-99"}}]`,
	`[{"op":"remove","path":"/institutions/3"}]`,
	`[{"op":"replace","path":"/teams/0/formed","value":"2026-13-01"}]`,
	`[{"op":"remove","path":"/teams/0/members/1"}]`,
	`[{"op":"replace","path":"/teams/0/members/0/roles","value":["member"]}]`,
	`[{"op":"add","path":"/teams/0/meetings/-","value":{"date":"2026-11-02","attendees":[]}}]`,
	`[{"op":"replace","path":"/agreements/0/signatures/0/date","value":"2030-01-01"}]`,
	`[{"op":"remove","path":"/agreements/0/scope"}]`,
	`[{"op":"add","path":"/agreements/0/noticePeriodDays","value":3}]`,
	`[{"op":"replace","path":"/ipws/0/period/end","value":"2026-05-01"}]`,
	`[{"op":"replace","path":"/ipws/0/actions/1/due","value":"2026-4"}]`,
	`[{"op":"remove","path":"/ipws/0/actions/0/title"}]`,
	`[{"op":"add","path":"/ipws/0/actions/-","value":{"id":"d99","status":"planned"}}]`,
	`[{"op":"replace","path":"/ipws/1/beneficiary/pseudonym","value":"Rodzina Z."}]`,
	`[{"op":"replace","path":"/ipws/1/id","value":"ipw-2026-01"}]`,
	`[{"op":"add","path":"/ipws/0/reviews/-","value":{"date":"2026-10-01","decision":"extend"}}]`,
	`[{"op":"replace","path":"/ipws/0","value":{"id":"x"}}]`,
	`[{"op":"remove","path":"/ipws/1"}]`,
	`[{"op":"add","path":"/stages/-","value":{"stage":"preparation","completed":"2020-01-01"}}]`,
	`[{"op":"replace","path":"/asOf","value":"2027-02-01"}]`,
	`[{"op":"add","path":"/profile","value":{"ipw":{"reviewMaxGapDays":10}}}]`,
	`[{"op":"replace","path":"/variant","value":"urban"}]`,
	`[{"op":"replace","path":"/municipality/population","value":45000}]`,
	`[{"op":"replace","path":"/ipws/0/actions/1/due","value":"2026-04-30"},{"op":"replace","path":"/ipws/0/actions/1/start","value":"2026-04-01"}]`,
	`[{"op":"replace","path":"/services/0/monthlyCapacity","value":0}]`,
	`[{"op":"add","path":"/ipws/0","value":{"id":"ipw-nowy","beneficiary":{"kind":"family","members":[]}}}]`,
	`[{"op":"add","path":"/institutions/0","value":{"id":"x","name":"X","kind":"ngo","sector":"civil_society"}}]`,
	`[{"op":"remove","path":"/institutions/0"}]`,
	`[{"op":"remove","path":"/stages/0"}]`,
	`[{"op":"replace","path":"/ipws/2/period/start","value":"2026-99-01"}]`,
	`[{"op":"remove","path":"/profile"}]`,
	`[{"op":"remove","path":"/asOf"}]`,
	`[{"op":"replace","path":"/services","value":[]}]`,
}

// TestLiveMatchesCheck: after every edit of a random sequence, on every
// example, a Live document says what Check says of the document as it
// stands, and holds that document.
func TestLiveMatchesCheck(t *testing.T) {
	asOf := cooperation.AsOf(cooperation.MustDate("2026-11-16"))
	for _, name := range []string{"rural", "urban_rural", "urban"} {
		data := readExample(t, name)
		for seed := range 12 {
			t.Run(fmt.Sprintf("%s/%d", name, seed), func(t *testing.T) {
				rng := rand.New(rand.NewPCG(uint64(seed), 7))
				l, res := OpenLive(data, asOf)
				if l == nil {
					t.Fatal("OpenLive() = nil")
				}
				if got, want := liveKeys(res.Findings), liveKeys(Check(data, asOf).Findings); got != want {
					t.Fatalf("OpenLive() =\n%s\nCheck() =\n%s", got, want)
				}
				var doc any
				_ = json.Unmarshal(data, &doc)
				for step := range 24 {
					text := edits[rng.IntN(len(edits))]
					var ops []Op
					_ = json.Unmarshal([]byte(text), &ops)
					if !applies(doc, ops) {
						continue
					}
					doc = reference(doc, ops)
					res, err := l.Apply([]byte(text))
					if err != nil {
						t.Fatalf("step %d: Apply(%s): %v", step, text, err)
					}
					now, _ := json.Marshal(doc)
					held, _ := json.Marshal(l.doc)
					if string(now) != string(held) {
						t.Fatalf("step %d: after %s the Live document differs from the patched one", step, text)
					}
					if got, want := liveKeys(res.Findings), liveKeys(Check(now, asOf).Findings); got != want {
						t.Fatalf("step %d: after %s Live says\n%s\nCheck says\n%s", step, text, got, want)
					}
					if (res.Bundle == nil) != (Check(now, asOf).Bundle == nil) {
						t.Fatalf("step %d: after %s Live's bundle is %v", step, text, res.Bundle != nil)
					}
				}
			})
		}
	}
}

// TestLiveOpensWithFindings: a document opened with mistakes has their
// findings at once, before any edit (the examples, being correct, would not
// tell).
func TestLiveOpensWithFindings(t *testing.T) {
	asOf := cooperation.AsOf(cooperation.MustDate("2026-11-16"))
	var doc any
	_ = json.Unmarshal(readExample(t, "rural"), &doc)
	doc = reference(doc, []Op{
		{Op: "add", Path: "/institutions/3/regon", Value: json.RawMessage(`"123456789"`)},
		{Op: "replace", Path: "/ipws/0/period/end", Value: json.RawMessage(`"2026-05-01"`)},
	})
	data, _ := json.Marshal(doc)
	want := Check(data, asOf).Findings
	if len(want) < 2 {
		t.Fatalf("Check() = %v, want the mistakes' findings", want)
	}
	if _, res := OpenLive(data, asOf); liveKeys(res.Findings) != liveKeys(want) {
		t.Errorf("OpenLive() =\n%s\nCheck() =\n%s", liveKeys(res.Findings), liveKeys(want))
	}
}

// applies reports whether every path of ops leads somewhere in doc.
func applies(doc any, ops []Op) bool {
	for _, op := range ops {
		segs := cooperation.Path(op.Path).Segments()
		at := "/" + strings.Join(segs[:len(segs)-1], "/")
		if len(segs) == 1 {
			at = ""
		}
		parent := doc
		if at != "" {
			parent = lookup(doc, at)
		}
		switch x := parent.(type) {
		case map[string]any:
			if _, ok := x[segs[len(segs)-1]]; !ok && op.Op != "add" {
				return false
			}
		case []any:
			if last := segs[len(segs)-1]; last != "-" {
				var i int
				if _, err := fmt.Sscan(last, &i); err != nil || i >= len(x) {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

func TestLiveApplyErrors(t *testing.T) {
	l, _ := OpenLive(readExample(t, "rural"))
	for _, bad := range []string{
		`{}`, `[{"op":"move","path":"/asOf","value":1}]`, `[{"op":"replace","path":"/nothing/here","value":1}]`,
		`[{"op":"remove","path":"/ipws/99"}]`, `[{"op":"replace","path":"","value":[]}]`, `[{"op":"add","path":"/asOf","value":}]`,
	} {
		if _, err := l.Apply([]byte(bad)); !errors.Is(err, ErrPatch) {
			t.Errorf("Apply(%s) error = %v, want ErrPatch", bad, err)
		}
		l, _ = OpenLive(readExample(t, "rural"))
	}
	for _, doc := range []string{`[]`, `{"schemaVersion":"9"}`, `{`} {
		if l, res := OpenLive([]byte(doc)); l != nil || len(res.Findings) == 0 {
			t.Errorf("OpenLive(%s) = %v, %d findings", doc, l, len(res.Findings))
		}
	}
}
