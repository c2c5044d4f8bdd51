package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
)

// propertyInput is a document the properties are checked on, with the date
// to check it at.
type propertyInput struct {
	name string
	data []byte
	asOf cooperation.Date
}

// richExtensions is an extensions object with every kind of JSON value,
// numbers no Go type holds, escapes and nesting: it must survive untouched.
const richExtensions = `{"gmina":{"system":"Pomost","id":"2604062-17","eksport":"2026-11-16T08:00:00+01:00"},
 "liczby":[0,-0,2.50,1e400,-1E-400,12345678901234567890123],"puste":{},"tablica":[],"nic":null,"prawda":true,
 "tekst":"zażółć gęślą jaźń \u0000\t\"<&>\ud83d\ude00","głębiej":{"a":{"b":{"c":[{"d":[[[]]]}]}}}}`

// propertyInputs are the examples, the CLI's fixtures, the reference bundles
// and variants of them with mistakes that the rules (not the schema) find,
// each at its own date and at a later one when the as-of rules fire.
func propertyInputs(t testing.TB) []propertyInput {
	t.Helper()
	var files []string
	for _, g := range []string{"../examples/*.json", "../cmd/kooperacja/testdata/*.json", "testdata/*.json"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) < 6 {
		t.Fatalf("inputs missing: %v", files)
	}
	later := cooperation.MustDate("2027-09-01")
	var in []propertyInput
	for _, f := range files {
		data := readFile(t, f)
		in = append(in, propertyInput{filepath.Base(f), data, synth.ReferenceAsOf}, propertyInput{filepath.Base(f) + "@later", data, later})
	}
	for _, n := range []int{1, 10} {
		data := synth.Reference(n)
		in = append(in, propertyInput{fmt.Sprintf("ref%d", n), data, synth.ReferenceAsOf}, propertyInput{fmt.Sprintf("ref%d@later", n), data, later})
	}
	for name, mutate := range ruleMistakes {
		doc := synth.ReferenceDocument(10)
		mutate(doc)
		in = append(in, propertyInput{"ref10-" + name, mustJSON(t, doc), synth.ReferenceAsOf})
	}
	rich := synth.ReferenceBundle(3)
	rich.Extensions = json.RawMessage(richExtensions)
	in = append(in, propertyInput{"ref3-extensions", mustJSON(t, rich), synth.ReferenceAsOf})
	return in
}

type obj = map[string]any

// objs returns the objects of a JSON array (the maps themselves, so that
// editing one edits the document).
func objs(v any) []obj {
	xs := v.([]any)
	out := make([]obj, len(xs))
	for i, x := range xs {
		out[i] = x.(obj)
	}
	return out
}

// ruleMistakes change a valid reference bundle so that rules of every
// family (team, agreement, consent, action, review) find something.
var ruleMistakes = map[string]func(obj){
	"member-left": func(d obj) {
		team := objs(d["teams"])[0]
		members := team["members"].([]any)
		team["members"] = append(members[:2:2], members[3:]...) // pup-kielce leaves the PZK
	},
	"consent-narrow": func(d obj) {
		for _, p := range objs(d["ipws"])[:4] {
			c := p["consent"].(obj)
			c["scope"] = c["scope"].([]any)[:3]
		}
	},
	"agreement-unsigned": func(d obj) {
		a := objs(d["agreements"])[1]
		a["signatures"] = a["signatures"].([]any)[1:]
	},
	"no-reviews-no-leader": func(d obj) {
		for _, p := range objs(d["ipws"]) {
			delete(p, "reviews")
		}
		m := objs(objs(d["teams"])[0]["members"])[0]
		m["roles"] = []string{"case_worker"}
	},
	"late-actions": func(d obj) {
		for _, p := range objs(d["ipws"])[2:6] {
			for _, a := range objs(p["actions"]) {
				if a["status"] == "done" {
					a["status"] = "in_progress"
					delete(a, "completed")
				}
			}
		}
	},
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPropertyDeterministic: the same input gives byte-identical output, run
// after run and from many goroutines at once.
func TestPropertyDeterministic(t *testing.T) {
	for _, in := range propertyInputs(t) {
		t.Run(in.name, func(t *testing.T) {
			opts := []cooperation.Option{cooperation.AsOf(in.asOf), cooperation.InLanguage(cooperation.Polish)}
			first := mustJSON(t, Check(in.data, opts...).Findings)
			var wg sync.WaitGroup
			outs := make([][]byte, 8)
			for i := range outs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					b, _ := json.Marshal(Check(in.data, opts...).Findings)
					outs[i] = b
				}()
			}
			wg.Wait()
			for i, out := range outs {
				if !bytes.Equal(out, first) {
					t.Fatalf("Check() run %d differs from the first run:\n got: %s\nwant: %s", i, out, first)
				}
			}
		})
	}
}

// topIndex matches the index right after a top-level collection that the
// reordering property permutes.
var topIndex = regexp.MustCompile(`^/(institutions|teams|ipws)/\d+`)

// findingKeys are the findings with the permuted indices blanked out,
// sorted: what must not change when those arrays are reordered. Messages
// are compared too, except in a document with duplicate ids: there a
// reference resolves to the first of the duplicates, and reordering changes
// which one that is (and so the name in a message), but no code or path.
func findingKeys(fs []cooperation.Finding) []string {
	withMessages := len(codesAt(fs, cooperation.CodeRefDuplicateID)) == 0
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = fmt.Sprintf("%s %s %s", f.Code, f.Severity, topIndex.ReplaceAllString(string(f.Path), "/$1/*"))
		if withMessages {
			out[i] += " " + f.Message
		}
	}
	sort.Strings(out)
	return out
}

// TestPropertyReorder: reordering the institutions, teams or IPWs arrays
// changes no finding (code, severity, message, path), only the indices of
// the reordered arrays in paths.
func TestPropertyReorder(t *testing.T) {
	perms := map[string]func(n int, r *rand.Rand) []int{
		"reverse": func(n int, _ *rand.Rand) []int {
			p := make([]int, n)
			for i := range p {
				p[i] = n - 1 - i
			}
			return p
		},
		"rotate": func(n int, _ *rand.Rand) []int {
			p := make([]int, n)
			for i := range p {
				p[i] = (i + 1) % n
			}
			return p
		},
		"shuffle": func(n int, r *rand.Rand) []int { return r.Perm(n) },
	}
	collections := [][]string{{"institutions"}, {"teams"}, {"ipws"}, {"institutions", "teams", "ipws"}}
	checked := 0
	for _, in := range propertyInputs(t) {
		var doc map[string]any
		dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(in.data, bom)))
		dec.UseNumber()
		if err := dec.Decode(&doc); err != nil {
			continue // not a JSON object: nothing to reorder
		}
		opts := []cooperation.Option{cooperation.AsOf(in.asOf), cooperation.InLanguage(cooperation.English)}
		base := Check(in.data, opts...)
		if base.Bundle == nil {
			continue // the boundary stopped it; nothing the order could change
		}
		want := findingKeys(base.Findings)
		checked++
		for pname, perm := range perms {
			for _, cols := range collections {
				name := in.name + "/" + pname + "/" + strings.Join(cols, "+")
				t.Run(name, func(t *testing.T) {
					r := rand.New(rand.NewSource(int64(len(in.data))))
					moved := map[string]any{}
					for k, v := range doc {
						moved[k] = v
					}
					for _, c := range cols {
						arr, ok := doc[c].([]any)
						if !ok || len(arr) < 2 {
							continue
						}
						p := perm(len(arr), r)
						out := make([]any, len(arr))
						for i, j := range p {
							out[i] = arr[j]
						}
						moved[c] = out
					}
					got := findingKeys(Check(mustJSON(t, moved), opts...).Findings)
					if !reflect.DeepEqual(got, want) {
						t.Errorf("Check(reordered) findings differ:\n%s", diffLines(got, want))
					}
				})
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d inputs decoded; the property was hardly tested", checked)
	}
}

// diffLines lists the lines only in got (+) and only in want (-).
func diffLines(got, want []string) string {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	var b strings.Builder
	for _, g := range got {
		if count[g] > 0 {
			count[g]--
			continue
		}
		fmt.Fprintf(&b, "+ %s\n", g)
	}
	for _, w := range want {
		if count[w] > 0 {
			count[w]--
			fmt.Fprintf(&b, "- %s\n", w)
		}
	}
	return b.String()
}

// TestPropertyRoundTrip: encode → decode → encode of a bundle is lossless,
// extensions included: the first encoding says what the document said (as
// JSON values, numbers to the digit), encoding again gives the same bytes,
// and the re-encoded document gets the same findings.
func TestPropertyRoundTrip(t *testing.T) {
	checked := 0
	for _, in := range propertyInputs(t) {
		opts := []cooperation.Option{cooperation.AsOf(in.asOf)}
		b1, _ := Decode(in.data, opts...)
		if b1 == nil {
			continue
		}
		checked++
		t.Run(in.name, func(t *testing.T) {
			e1 := mustJSON(t, b1)
			if d := jsonDiff(t, bytes.TrimPrefix(in.data, bom), e1); d != "" {
				t.Errorf("encoding the decoded bundle lost or changed data: %s", d)
			}
			b2, fs := Decode(e1, opts...)
			if b2 == nil {
				t.Fatalf("Decode(encoded bundle) = nil, %v", fs)
			}
			e2 := mustJSON(t, b2)
			if !bytes.Equal(e1, e2) {
				t.Errorf("encode → decode → encode is not stable:\n first: %s\nsecond: %s", e1, e2)
			}
			normalize := func(b *ipw.Bundle) ipw.Bundle {
				c := *b
				if len(c.Extensions) > 0 {
					// Encoding compacts the raw extensions and escapes <, >
					// and & in strings: the same JSON value in other bytes.
					c.Extensions = mustJSON(t, c.Extensions)
				}
				return c
			}
			if !reflect.DeepEqual(normalize(b1), normalize(b2)) {
				t.Errorf("Decode(Encode(b)) != b")
			}
			f1 := mustJSON(t, Check(in.data, opts...).Findings)
			f2 := mustJSON(t, Check(e1, opts...).Findings)
			if !bytes.Equal(f1, f2) {
				t.Errorf("the re-encoded bundle gets other findings:\n got: %s\nwant: %s", f2, f1)
			}
		})
	}
	if checked < 10 {
		t.Fatalf("only %d inputs decoded; the property was hardly tested", checked)
	}
}

// jsonDiff compares two documents as JSON values (numbers by their text)
// and describes the first difference, or returns "".
func jsonDiff(t testing.TB, a, b []byte) string {
	t.Helper()
	parse := func(data []byte) any {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		return v
	}
	return valueDiff("", parse(a), parse(b))
}

func valueDiff(path string, a, b any) string {
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok {
			return fmt.Sprintf("%s: %v became %v", path, a, b)
		}
		keys := map[string]bool{}
		for k := range x {
			keys[k] = true
		}
		for k := range y {
			keys[k] = true
		}
		names := make([]string, 0, len(keys))
		for k := range keys {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			va, ina := x[k]
			vb, inb := y[k]
			switch {
			case !ina:
				return fmt.Sprintf("%s/%s: added %v", path, k, vb)
			case !inb:
				return fmt.Sprintf("%s/%s: %v dropped", path, k, va)
			}
			if d := valueDiff(path+"/"+k, va, vb); d != "" {
				return d
			}
		}
		return ""
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return fmt.Sprintf("%s: %v became %v", path, a, b)
		}
		for i := range x {
			if d := valueDiff(fmt.Sprintf("%s/%d", path, i), x[i], y[i]); d != "" {
				return d
			}
		}
		return ""
	}
	if !reflect.DeepEqual(a, b) {
		return fmt.Sprintf("%s: %v became %v", path, a, b)
	}
	return ""
}
