package diff_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/diff"
)

var (
	seed   = flag.Uint64("seed", 1, "seed of the random edits")
	trials = flag.Int("trials", 150, "random edits per bundle (40 with -short)")
)

// bases are the documents the property tests edit: every example and two
// generated bundles, each with extensions so that free-form JSON is edited
// too.
func bases(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, name := range examples.Names() {
		data, err := examples.Bundle(name)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = data
	}
	for _, n := range []int{3, 12} {
		data, err := json.Marshal(synth.Bundle(n))
		if err != nil {
			t.Fatal(err)
		}
		out["synth-"+strconv.Itoa(n)] = data
	}
	for name, data := range out {
		v := parse(t, data)
		v["extensions"] = map[string]any{
			"gmina": map[string]any{"sygnatura": "OPS.4012.1.2026", "liczby": []any{json.Number("1"), json.Number("2.5")}, "aktywne": true},
		}
		out[name] = encode(t, v, "  ")
	}
	return out
}

func parse(t *testing.T, data []byte) map[string]any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v map[string]any
	if err := d.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func encode(t *testing.T, v any, indent string) []byte {
	t.Helper()
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	e.SetIndent("", indent)
	if err := e.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func bundle(t *testing.T, data []byte) *ipw.Bundle {
	t.Helper()
	var b ipw.Bundle
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("decode: %v\n%s", err, data)
	}
	return &b
}

func TestBundlesEqual(t *testing.T) {
	for name, data := range bases(t) {
		t.Run(name, func(t *testing.T) {
			a := bundle(t, data)
			if got := diff.Bundles(a, a); len(got) != 0 {
				t.Errorf("Bundles(b, b) = %d changes, first %q; want none", len(got), got[0].Polish)
			}
			if got := diff.Bundles(a, bundle(t, data)); len(got) != 0 {
				t.Errorf("Bundles(b, copy of b) = %d changes, first %q; want none", len(got), got[0].Polish)
			}
			// Another key order, other whitespace, other escapes and
			// number spellings: the same bundle.
			other := reserialise(t, data)
			if bytes.Equal(other, data) {
				t.Fatal("the re-serialised copy is the same text")
			}
			if got := diff.Bundles(a, bundle(t, other)); len(got) != 0 {
				t.Errorf("Bundles(b, re-serialised b) = %d changes, first %q; want none", len(got), got[0].Polish)
			}
		})
	}
}

// reserialise writes data again with every object's keys in reverse order,
// tabs and newlines for indentation, non-ASCII letters as \u escapes and
// the extensions' numbers in another spelling.
func reserialise(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var write func(v any, depth int, ext bool)
	write = func(v any, depth int, ext bool) {
		pad := "\n" + strings.Repeat("\t", depth+1)
		switch v := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Sort(sort.Reverse(sort.StringSlice(keys)))
			buf.WriteString("{")
			for i, k := range keys {
				if i > 0 {
					buf.WriteString(",")
				}
				buf.WriteString(pad)
				buf.WriteString(strconv.QuoteToASCII(k))
				buf.WriteString(" :\t")
				write(v[k], depth+1, ext || (depth == 0 && k == "extensions"))
			}
			buf.WriteString("\n" + strings.Repeat("\t", depth) + "}")
		case []any:
			buf.WriteString("[ ")
			for i, x := range v {
				if i > 0 {
					buf.WriteString(" ,\r\n ")
				}
				write(x, depth+1, ext)
			}
			buf.WriteString(" ]")
		case string:
			buf.WriteString(strconv.QuoteToASCII(v))
		case json.Number:
			switch {
			case ext && strings.Contains(string(v), "."):
				buf.WriteString(string(v) + "00") // 2.5 → 2.500
				return
			case ext && !strings.ContainsAny(string(v), "eE"):
				buf.WriteString(string(v) + "0e-1") // 1 → 10e-1
				return
			}
			buf.WriteString(string(v))
		default:
			b, _ := json.Marshal(v)
			buf.Write(b)
		}
	}
	write(parse(t, data), 0, false)
	return buf.Bytes()
}

// TestBundlesSingleEdit applies one random edit to a bundle, many times
// over, and wants exactly one change, at the place edited.
func TestBundlesSingleEdit(t *testing.T) {
	n := *trials
	if testing.Short() && n > 40 {
		n = 40
	}
	for name, data := range bases(t) {
		t.Run(name, func(t *testing.T) {
			old, orig := bundle(t, data), parse(t, data)
			oldJSON := marshal(t, old)
			rng := rand.New(rand.NewPCG(*seed, uint64(len(name))))
			for trial := 0; trial < n; trial++ {
				doc := clone(orig).(map[string]any)
				e := randomEdit(rng, doc)
				edited := bundle(t, encode(t, doc, ""))
				if bytes.Equal(oldJSON, marshal(t, edited)) {
					continue // e.g. a false flag removed: the same bundle
				}
				got := diff.Bundles(old, edited)
				if len(got) != 1 {
					var msgs []string
					for _, c := range got {
						msgs = append(msgs, fmt.Sprintf("%s %s %s", c.Op, c.Path, c.Polish))
					}
					t.Fatalf("%s: %d changes, want 1:\n%s", e, len(got), strings.Join(msgs, "\n"))
				}
				checkNames(t, e, &got[0], orig, doc)
			}
		})
	}
}

func marshal(t *testing.T, b *ipw.Bundle) []byte {
	t.Helper()
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// edit is one random change of a document.
type edit struct {
	what string
	at   cooperation.Path // the element or value edited
}

func (e edit) String() string { return e.what + " at " + string(e.at) }

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// randomEdit changes doc in one place: a value changed, an element of a
// list removed or added (a copy under a new id), a field removed, or an
// optional section of an IPW removed.
func randomEdit(rng *rand.Rand, doc map[string]any) edit {
	var leaves, elements, fields, idLists, sections []cooperation.Path
	var walk func(v any, p cooperation.Path)
	walk = func(v any, p cooperation.Path) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				q := p.Key(k)
				switch x.(type) {
				case map[string]any:
					if k == "qualification" || k == "consent" || k == "diagnosis" || k == "closure" || k == "extensions" {
						sections = append(sections, q)
					}
				case []any:
				default:
					fields = append(fields, q)
				}
				walk(x, q)
			}
		case []any:
			for i, x := range v {
				elements = append(elements, p.Index(i))
				walk(x, p.Index(i))
			}
			if len(v) > 0 {
				if m, ok := v[0].(map[string]any); ok && m["id"] != nil {
					idLists = append(idLists, p)
				}
			}
		default:
			leaves = append(leaves, p)
		}
	}
	walk(doc, "")
	for _, l := range [][]cooperation.Path{leaves, elements, fields, idLists, sections} {
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	}
	switch k := rng.IntN(10); {
	case k < 5:
		p := leaves[rng.IntN(len(leaves))]
		set(doc, p, changeValue(rng, get(doc, p)))
		return edit{"value changed", p}
	case k < 7:
		p := elements[rng.IntN(len(elements))]
		remove(doc, p)
		return edit{"element removed", p}
	case k < 8 && len(idLists) > 0:
		p := idLists[rng.IntN(len(idLists))]
		list := get(doc, p).([]any)
		c := clone(list[rng.IntN(len(list))]).(map[string]any)
		c["id"] = fmt.Sprint(c["id"], "-kopia")
		set(doc, p, append(list, c))
		return edit{"element added", p.Index(len(list))}
	case k < 9 && len(sections) > 0:
		p := sections[rng.IntN(len(sections))]
		remove(doc, p)
		return edit{"section removed", p}
	}
	p := fields[rng.IntN(len(fields))]
	remove(doc, p)
	return edit{"field removed", p}
}

func changeValue(rng *rand.Rand, v any) any {
	switch v := v.(type) {
	case string:
		if isoDate.MatchString(v) {
			d := cooperation.MustDate(v).AddDays(1 + rng.IntN(60))
			return d.String()
		}
		return v + " (zm.)"
	case json.Number:
		n, err := strconv.Atoi(string(v))
		if err != nil {
			return json.Number(string(v) + "1")
		}
		return json.Number(strconv.Itoa(n + 1 + rng.IntN(5)))
	case bool:
		return !v
	}
	return "x"
}

func clone(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = clone(x)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = clone(x)
		}
		return out
	}
	return v
}

func get(doc any, p cooperation.Path) any {
	v := doc
	for _, s := range p.Segments() {
		switch x := v.(type) {
		case map[string]any:
			v = x[s]
		case []any:
			i, _ := strconv.Atoi(s)
			v = x[i]
		}
	}
	return v
}

// set replaces the value at p (p not the root).
func set(doc any, p cooperation.Path, v any) {
	segs := p.Segments()
	parent := get(doc, pointer(segs[:len(segs)-1]))
	last := segs[len(segs)-1]
	switch x := parent.(type) {
	case map[string]any:
		x[last] = v
	case []any:
		i, _ := strconv.Atoi(last)
		x[i] = v
	}
}

// remove deletes the value at p from its object or list.
func remove(doc any, p cooperation.Path) {
	segs := p.Segments()
	pp := pointer(segs[:len(segs)-1])
	last := segs[len(segs)-1]
	switch x := get(doc, pp).(type) {
	case map[string]any:
		delete(x, last)
	case []any:
		i, _ := strconv.Atoi(last)
		set(doc, pp, append(x[:i:i], x[i+1:]...))
	}
}

func pointer(segs []string) cooperation.Path {
	var p cooperation.Path
	for _, s := range segs {
		p = p.Key(s)
	}
	return p
}

// checkNames checks that the one change names the edit: it lies at the
// edited place or at the field, part or item that holds it, and names the
// item the edit lies in by its id.
func checkNames(t *testing.T, e edit, c *diff.Change, old, new map[string]any) {
	t.Helper()
	if !e.at.Within(c.Path) {
		t.Fatalf("%s: the change is at %s, which does not hold the edit: %s", e, c.Path, c.Polish)
	}
	// The change lies no higher than the item's part that holds the edit.
	segs := e.at.Segments()
	if len(c.Path.Segments()) < 2 && len(segs) >= 2 && segs[0] != "municipality" && segs[0] != "profile" && segs[0] != "extensions" {
		t.Fatalf("%s: the change is at %s, not at the item", e, c.Path)
	}
	doc := new
	if e.what == "element removed" || e.what == "section removed" {
		doc = old
	}
	wantKind, wantID := itemOf(doc, segs)
	if c.Item.Kind != wantKind || c.Item.ID != wantID {
		t.Fatalf("%s: the change names item %s %q, want %s %q: %s", e, c.Item.Kind, c.Item.ID, wantKind, wantID, c.Polish)
	}
	if c.Polish == "" || c.English == "" {
		t.Fatalf("%s: a message is empty: %+v", e, c)
	}
	if strings.Contains(c.Polish, "/ipws") || strings.Contains(c.Polish, "/teams") {
		t.Fatalf("%s: the message shows a JSON Pointer: %s", e, c.Polish)
	}
}

// itemOf returns the kind and id of the item at the top of a path.
func itemOf(doc map[string]any, segs []string) (diff.Kind, string) {
	if len(segs) < 2 {
		if segs[0] == "extensions" {
			return diff.KindExtensions, ""
		}
		if segs[0] == "municipality" {
			return diff.KindMunicipality, str(get(doc, "/municipality/teryt"))
		}
		return diff.KindBundle, ""
	}
	el, _ := get(doc, pointer(segs[:2])).(map[string]any)
	switch segs[0] {
	case "institutions":
		return diff.KindInstitution, str(el["id"])
	case "services":
		return diff.KindService, str(el["id"])
	case "teams":
		return diff.KindTeam, str(el["id"])
	case "agreements":
		return diff.KindAgreement, str(el["id"])
	case "ipws":
		return diff.KindIPW, str(el["id"])
	case "stages":
		return diff.KindStage, str(el["stage"])
	case "municipality":
		return diff.KindMunicipality, str(get(doc, "/municipality/teryt"))
	case "extensions":
		return diff.KindExtensions, ""
	case "profile":
		return diff.KindProfile, ""
	}
	return diff.KindBundle, ""
}

func str(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}
