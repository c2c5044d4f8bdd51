package diff

import (
	"sort"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// walker compares two bundles' trees along the bundle's shape and collects
// the changes.
type walker struct {
	cfg   config
	names *names
	out   []Change
}

// scope is where the walker stands: the item, the parts down to the
// current one with their heads (how a message names them), the field
// below the last of them, and the JSON Pointers into both bundles.
type scope struct {
	item   Ref
	head   *head // nil for the bundle itself
	parts  []Ref
	heads  []head
	field  string
	pa, pb cooperation.Path
	// inA and inB: the current item or part exists in the old, the new
	// bundle.
	inA, inB bool
	plan     *plan
}

// head is how a message names an item or a part, in Polish (with the
// gender of its head noun) and in English.
type head struct {
	pl, en string
	g      gender
}

// sub returns s moved to the field name.
func (s scope) sub(name string) scope {
	name = escape(name)
	if s.field == "" {
		s.field = name
	} else {
		s.field += "/" + name
	}
	s.pa += "/" + cooperation.Path(name)
	s.pb += "/" + cooperation.Path(name)
	return s
}

// escape writes a name as a JSON Pointer token.
func escape(name string) string {
	if strings.ContainsAny(name, "~/") {
		name = strings.ReplaceAll(name, "~", "~0")
		name = strings.ReplaceAll(name, "/", "~1")
	}
	return name
}

// element returns s moved into a list's element: old index i, new index j
// (-1 where the element is missing).
func (s scope) element(ref Ref, h head, item bool, i, j int) scope {
	if item {
		s.item, s.head, s.parts, s.heads, s.plan = ref, &h, nil, nil, nil
	} else {
		s.parts = append(s.parts[:len(s.parts):len(s.parts)], ref)
		s.heads = append(s.heads[:len(s.heads):len(s.heads)], h)
	}
	s.field = ""
	if i >= 0 {
		s.pa = s.pa.Index(i)
	}
	if j >= 0 {
		s.pb = s.pb.Index(j)
	}
	s.inA, s.inB = i >= 0, j >= 0
	return s
}

// emit records a change at s.
func (w *walker) emit(s scope, op Op, a, b any, m mode, t text) {
	path := s.pb
	if !s.inB {
		path = s.pa
	}
	c := Change{Op: op, Item: s.item, Field: s.field, Path: path, Old: raw(a), New: raw(b)}
	if len(s.parts) > 0 {
		c.Parts = s.parts
	}
	c.Polish, c.English = s.compose(m, t.pl, true), s.compose(m, t.en, false)
	if s.head != nil && m != alone {
		bare := s
		bare.head = nil
		c.brief = [2]string{bare.compose(m, t.pl, true), bare.compose(m, t.en, false)}
	}
	w.out = append(w.out, c)
}

// object compares two objects of shape o field by field, then whatever
// they hold that the shape does not know, as free-form JSON.
func (w *walker) object(o *object, s scope, a, b map[string]any) {
	for i := range o.fields {
		f := &o.fields[i]
		w.field(f, s, a[f.name], b[f.name])
	}
	var extra []string
	for k := range a {
		if !o.has(k) {
			extra = append(extra, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok && !o.has(k) {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	for _, k := range extra {
		x, inA := a[k]
		y, inB := b[k]
		w.json(s.sub(k), x, y, inA, inB)
	}
}

func (o *object) has(name string) bool {
	for _, f := range o.fields {
		if f.name == name {
			return true
		}
	}
	return false
}

func (w *walker) field(f *field, s scope, a, b any) {
	switch f.t {
	case vObject:
		w.section(f, s, asMap(a), asMap(b))
	case vList:
		w.list(f.obj, s.sub(f.name), asList(a), asList(b))
	case vSet:
		w.set(f, s.sub(f.name), asList(a), asList(b))
	case vMap:
		w.mapping(f, s.sub(f.name), asMap(a), asMap(b))
	case vJSON:
		s = s.sub(f.name)
		s.item, s.head, s.field = Ref{Kind: KindExtensions}, fieldHead(s.pb, plural), ""
		w.json(s, a, b, a != nil, b != nil)
	default:
		if equal(a, b) {
			return
		}
		w.changed(f, s.sub(f.name), a, b)
	}
}

// section compares an object without identity: the municipality and the
// profile (items of their own), an IPW's consent or closure (added or
// removed as a whole), a period or a case worker (field by field).
func (w *walker) section(f *field, s scope, a, b map[string]any) {
	o := f.obj
	switch o.kind {
	case KindMunicipality:
		id, name := str(b["teryt"]), str(b["name"])
		if b == nil {
			id, name = str(a["teryt"]), str(a["name"])
		}
		s = s.sub(f.name)
		s.item, s.head, s.field = Ref{Kind: KindMunicipality, ID: id, Name: name}, fieldHead(s.pb, fem), ""
	case KindProfile:
		s = s.sub(f.name)
		s.item, s.head, s.field = Ref{Kind: KindProfile}, fieldHead(s.pb, plural), ""
	default:
		s = s.sub(f.name)
		if o.whole && (a == nil) != (b == nil) {
			w.wholeSection(o, s, a, b)
			return
		}
	}
	w.object(o, s, a, b)
}

// fieldHead names an item by its field's label in the glossary
// ("Gmina", "Ustawienia gminy (profil)", "Rozszerzenia").
func fieldHead(p cooperation.Path, g gender) *head {
	return &head{cooperation.FieldLabel(p, cooperation.Polish), cooperation.FieldLabel(p, cooperation.English), g}
}

// list compares two lists of o's elements.
func (w *walker) list(o *object, s scope, a, b []any) {
	oldOf, newOf := match(o, a, b)
	if o.ordered && !w.cfg.ignoreOrder && reordered(newOf) {
		var ka, kb []any
		for i, j := range newOf {
			if j >= 0 {
				ka = append(ka, refID(o, asMap(a[i])))
			}
		}
		for j, i := range oldOf {
			if i >= 0 {
				kb = append(kb, refID(o, asMap(b[j])))
			}
		}
		w.emit(s, Reordered, ka, kb, predicate, text{"zmieniono kolejność " + o.list.pl, "order of " + o.list.en + " changed"})
	}
	// A removed element is told after the element that stood before it.
	after := map[int][]int{}
	last := -1
	for i, j := range newOf {
		if j >= 0 {
			last = j
			continue
		}
		after[last] = append(after[last], i)
	}
	removed := func(anchor int) {
		for _, i := range after[anchor] {
			w.element(o, s, i, -1, asMap(a[i]), nil)
		}
	}
	removed(-1)
	for j := range b {
		i := oldOf[j]
		if i >= 0 {
			w.element(o, s, i, j, asMap(a[i]), asMap(b[j]))
		} else {
			w.element(o, s, -1, j, nil, asMap(b[j]))
		}
		removed(j)
	}
}

// element compares an old and a new element of a list (either may be
// missing).
func (w *walker) element(o *object, s scope, i, j int, a, b map[string]any) {
	v := b
	if v == nil {
		v = a
	}
	if a != nil && a[sameMark] != nil && equal(a, b) {
		return // an item the same in both bundles
	}
	es := s.element(w.ref(o, s, v), w.head(o, s, v), o.item, i, j)
	if o.kind == KindIPW {
		es.plan = &plan{a, b}
	}
	switch {
	case a == nil:
		w.added(o, es, b)
	case b == nil:
		w.removed(o, es, a)
	default:
		w.object(o, es, a, b)
	}
}

// set compares two lists of values as sets: one change tells what was
// added and what removed.
func (w *walker) set(f *field, s scope, a, b []any) {
	added, removed := minus(b, a), minus(a, b)
	if len(added) == 0 && len(removed) == 0 {
		return
	}
	var pl, en []string
	if len(added) > 0 {
		pl = append(pl, "dodano "+w.showAll(f, s, added, cooperation.Polish))
		en = append(en, "added "+w.showAll(f, s, added, cooperation.English))
	}
	if len(removed) > 0 {
		pl = append(pl, "usunięto "+w.showAll(f, s, removed, cooperation.Polish))
		en = append(en, "removed "+w.showAll(f, s, removed, cooperation.English))
	}
	w.emit(s, Changed, nilIfEmpty(a), nilIfEmpty(b), predicate,
		text{f.noun.pl + ": " + strings.Join(pl, "; "), f.noun.en + ": " + strings.Join(en, "; ")})
}

// minus returns the values of a that b lacks, counting repeats.
func minus(a, b []any) []any {
	left := map[string]int{}
	for _, v := range b {
		left[str(v)]++
	}
	var out []any
	for _, v := range a {
		if k := str(v); left[k] > 0 {
			left[k]--
		} else {
			out = append(out, v)
		}
	}
	return out
}

func nilIfEmpty(l []any) any {
	if len(l) == 0 {
		return nil
	}
	return l
}

// mapping compares two objects keyed by ids or codes entry by entry, in
// the order of their keys.
func (w *walker) mapping(f *field, s scope, a, b map[string]any) {
	keys := map[string]bool{}
	for k := range a {
		keys[k] = true
	}
	for k := range b {
		keys[k] = true
	}
	ordered := make([]string, 0, len(keys))
	for k := range keys {
		ordered = append(ordered, k)
	}
	sort.Slice(ordered, func(i, j int) bool { return naturalLess(ordered[i], ordered[j]) })
	for _, k := range ordered {
		if x, y := a[k], b[k]; !equal(x, y) {
			entry := &field{name: k, noun: f.keyNoun(k), t: vEnum, set: f.set}
			w.changed(entry, s.sub(k), x, y)
		}
	}
}

// naturalLess orders keys with their numbers by value: c2 before c10.
func naturalLess(a, b string) bool {
	ta, tb := strings.TrimRight(a, "0123456789"), strings.TrimRight(b, "0123456789")
	if ta == tb && len(ta) < len(a) && len(tb) < len(b) {
		na, ea := strconv.Atoi(a[len(ta):])
		nb, eb := strconv.Atoi(b[len(tb):])
		if ea == nil && eb == nil && na != nb {
			return na < nb
		}
	}
	return a < b
}

// json compares free-form JSON: objects key by key, arrays element by
// element, anything else by value. inA and inB say whether the value is
// present at all (a null is a value here).
func (w *walker) json(s scope, a, b any, inA, inB bool) {
	switch {
	case inA && inB && equal(a, b):
		return
	case !inA && !inB:
		return
	case !inA:
		w.emit(s, Added, nil, b, w.jsonMode(s), w.sayJSON(s, Added, nil, b))
		return
	case !inB:
		w.emit(s, Removed, a, nil, w.jsonMode(s), w.sayJSON(s, Removed, a, nil))
		return
	}
	switch x := a.(type) {
	case map[string]any:
		if y, ok := b.(map[string]any); ok {
			ks := map[string]bool{}
			for k := range x {
				ks[k] = true
			}
			for k := range y {
				ks[k] = true
			}
			ordered := make([]string, 0, len(ks))
			for k := range ks {
				ordered = append(ordered, k)
			}
			sort.Strings(ordered)
			for _, k := range ordered {
				u, okA := x[k]
				v, okB := y[k]
				w.json(s.sub(k), u, v, okA, okB)
			}
			return
		}
	case []any:
		if y, ok := b.([]any); ok {
			w.jsonArray(s, x, y)
			return
		}
	}
	w.emit(s, Changed, a, b, predicate, w.sayJSON(s, Changed, a, b))
}

func (w *walker) jsonMode(s scope) mode {
	if s.field == "" && s.item.Kind == KindExtensions {
		return alone
	}
	return predicate
}

// jsonArray compares two free-form arrays. Their order is their meaning,
// so elements are aligned by a longest common subsequence of equal
// elements: one element inserted or removed is one change, not a change of
// every element after it. Between aligned elements, the rest are compared
// by position. Arrays too long to align (maxAlign cells) are compared by
// position alone.
func (w *walker) jsonArray(s scope, a, b []any) {
	i, j := 0, 0
	for _, p := range append(align(a, b), [2]int{len(a), len(b)}) {
		for ; i < p[0] && j < p[1]; i, j = i+1, j+1 {
			w.json(s.at(i, j), a[i], b[j], true, true)
		}
		for ; i < p[0]; i++ {
			w.json(s.at(i, -1), a[i], nil, true, false)
		}
		for ; j < p[1]; j++ {
			w.json(s.at(-1, j), nil, b[j], false, true)
		}
		i, j = p[0]+1, p[1]+1
	}
}

// at returns s moved to an array's element: old index i, new index j (-1
// where the element is missing). The field names the new index, or the old
// one for an element removed.
func (s scope) at(i, j int) scope {
	k := j
	if j < 0 {
		k = i
		s.inB = false
	} else {
		s.pb = s.pb.Index(j)
	}
	if i >= 0 {
		s.pa = s.pa.Index(i)
	}
	if s.field == "" {
		s.field = strconv.Itoa(k)
	} else {
		s.field += "/" + strconv.Itoa(k)
	}
	return s
}

// maxAlign bounds the work of align (cells of its table).
const maxAlign = 1 << 18

// align returns the index pairs of a longest common subsequence of equal
// elements of a and b, in order.
func align(a, b []any) [][2]int {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return nil
	}
	if n*m > maxAlign {
		var out [][2]int
		for i := 0; i < n && i < m; i++ {
			if equal(a[i], b[i]) {
				out = append(out, [2]int{i, i})
			}
		}
		return out
	}
	// l[i][j]: length of the LCS of a[i:] and b[j:].
	l := make([][]int32, n+1)
	for i := range l {
		l[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case equal(a[i], b[j]):
				l[i][j] = l[i+1][j+1] + 1
			case l[i+1][j] >= l[i][j+1]:
				l[i][j] = l[i+1][j]
			default:
				l[i][j] = l[i][j+1]
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case equal(a[i], b[j]):
			out = append(out, [2]int{i, j})
			i, j = i+1, j+1
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
		}
	}
	return out
}
