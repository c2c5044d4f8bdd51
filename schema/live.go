package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// A Live document is a bundle kept between a person's edits, so that an
// edit is checked by doing again only what it can change: the JSON Schema
// of the item it touched, that item's typed value, and the parts of the
// model's rules that read it (ipw.Checker). An edit is a list of JSON Patch
// operations (RFC 6902: add, remove, replace), as a planner's store records
// them. Its findings are always Check's for the document as it stands
// (tested against Check edit by edit): the layers, the "one mistake, one
// finding" of the schema layer stopping the rules, the order.
//
// The unit of an edit is one element of the bundle's top-level lists (an
// institution, a service, a team, an agreement, an IPW, a stage record):
// an edit inside one, or replacing one, checks that element again; adding
// or removing one checks it alone and moves the others; an edit of the
// rest (the municipality, the variant, asOf, the profile) checks that rest
// and evaluates the rules again. The schema and the typed values of the
// elements it did not touch are kept.
//
// A Live document is not safe for concurrent use.
type Live struct {
	cfg  cooperation.Config
	opts []cooperation.Option
	doc  map[string]any // the document's JSON value

	rootSchema []cooperation.Finding              // raw schema findings outside the lists' elements
	unitSchema map[string][][]cooperation.Finding // list → element → raw schema findings

	b       *ipw.Bundle
	checker *ipw.Checker
	day     cooperation.Date

	partnership, across, capacity, stages ipw.Part
	plans                                 []ipw.PlanPart
	allStale                              bool         // every part of the rules must be evaluated again
	stalePlans                            map[int]bool // the plans to evaluate again, with across, capacity and stages
	staleStages                           bool         // the stages part alone

	findings []cooperation.Finding
}

// units are the top-level lists whose elements are checked one by one.
var units = []string{"institutions", "services", "teams", "agreements", "ipws", "stages"}

func isUnit(key string) bool { return slices.Contains(units, key) }

// OpenLive reads a bundle document as Check does and keeps it for edits.
// It returns Check's result; the Live document is nil when the document
// stops at the JSON layer (not JSON, too large or deep, not an object, a
// duplicate key) or at its version: such a document has nothing to edit.
// Options are Check's.
func OpenLive(data []byte, opts ...cooperation.Option) (*Live, Result) {
	cfg := cooperation.NewConfig(opts...)
	data = bytes.TrimPrefix(data, bom)
	maxBytes, maxDepth := cfg.MaxBytes, cfg.MaxDepth
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	v, raw := parse(data, maxBytes, maxDepth)
	doc, isObject := v.(map[string]any)
	if raw != nil || !isObject || versionOf(doc) != "" {
		return nil, Check(data, opts...)
	}
	l := &Live{cfg: cfg, opts: opts, doc: doc}
	l.rebuild(data)
	l.evaluate()
	return l, l.Result()
}

// versionOf returns the unsupported schemaVersion of doc, or "".
func versionOf(doc map[string]any) string {
	if ver, ok := doc["schemaVersion"].(string); ok && ver != cooperation.SchemaVersion {
		return ver
	}
	return ""
}

// Result returns the findings of the document as it stands, and its typed
// bundle when the document gets past the schema layer.
func (l *Live) Result() Result {
	fs := append([]cooperation.Finding(nil), l.findings...)
	if l.schemaFails() {
		return Result{Findings: fs}
	}
	return Result{Bundle: l.b, Findings: fs}
}

// Bundle returns the typed bundle of as much of the document as can be read
// (see DecodePartial), whether or not it gets past the schema layer. The
// caller must not change it.
func (l *Live) Bundle() *ipw.Bundle { return l.b }

// ErrPatch is returned by Apply for an operation that cannot be applied.
var ErrPatch = errors.New("schema: the patch does not apply")

// Op is one JSON Patch operation: add, remove or replace the value at Path.
type Op struct {
	Op    string          `json:"op"`
	Path  string          `json:"path"`
	Value json.RawMessage `json:"value,omitempty"`
}

// Apply applies ops (a JSON array of Op) in order and checks again what
// they can change. An operation that cannot be applied (an unknown op, a
// path that does not lead anywhere, a value that is not JSON) is an error
// wrapping ErrPatch, and leaves the document in an unknown state: open it
// again.
func (l *Live) Apply(ops []byte) (Result, error) {
	var list []Op
	if err := json.Unmarshal(ops, &list); err != nil {
		return Result{}, fmt.Errorf("%w: %v", ErrPatch, err)
	}
	for _, op := range list {
		var value any
		if op.Op != "remove" {
			v, raw := parse(op.Value, DefaultMaxBytes, DefaultMaxDepth)
			if raw != nil {
				return Result{}, fmt.Errorf("%w: the value of %s %s is not JSON", ErrPatch, op.Op, op.Path)
			}
			value = v
		}
		segs := cooperation.Path(op.Path).Segments()
		at, err := l.patch(op.Op, segs, value)
		if err != nil {
			return Result{}, fmt.Errorf("%w: %s %s: %v", ErrPatch, op.Op, op.Path, err)
		}
		l.changed(op.Op, segs, at)
	}
	l.evaluate()
	return l.Result(), nil
}

// changed brings the schema and the typed bundle up to date after one
// operation at segs (at: the index an array operation used).
func (l *Live) changed(op string, segs []string, at int) {
	switch {
	case len(segs) == 0:
		l.rebuild(nil)
	case !isUnit(segs[0]):
		l.refreshRoot()
	case len(segs) == 1:
		// a whole list replaced or removed
		l.refreshRoot()
		l.refreshList(segs[0])
	case len(segs) == 2 && op != "replace":
		if _, isList := l.doc[segs[0]].([]any); !isList {
			l.refreshRoot()
			return
		}
		l.moved(segs[0], op, at)
	default:
		if _, isList := l.doc[segs[0]].([]any); !isList {
			l.refreshRoot()
			return
		}
		i, err := strconv.Atoi(segs[1])
		if err != nil {
			l.refreshRoot()
			return
		}
		l.refreshUnit(segs[0], i)
	}
}

// patch applies one operation to the document, as RFC 6902 says (an array
// index "-" adds at the end). It returns the index an array operation used.
func (l *Live) patch(op string, segs []string, value any) (int, error) {
	if op != "add" && op != "remove" && op != "replace" {
		return 0, fmt.Errorf("unknown op %q", op)
	}
	if len(segs) == 0 {
		doc, ok := value.(map[string]any)
		if op == "remove" || !ok {
			return 0, errors.New("the document must stay an object")
		}
		l.doc = doc
		return 0, nil
	}
	container := func(segs []string) (any, error) {
		var v any = l.doc
		for _, s := range segs {
			switch x := v.(type) {
			case map[string]any:
				c, ok := x[s]
				if !ok {
					return nil, fmt.Errorf("no %q", s)
				}
				v = c
			case []any:
				i, err := strconv.Atoi(s)
				if err != nil || i < 0 || i >= len(x) {
					return nil, fmt.Errorf("no element %q", s)
				}
				v = x[i]
			default:
				return nil, fmt.Errorf("%q is inside a value", s)
			}
		}
		return v, nil
	}
	parent, err := container(segs[:len(segs)-1])
	if err != nil {
		return 0, err
	}
	last := segs[len(segs)-1]
	switch x := parent.(type) {
	case map[string]any:
		_, had := x[last]
		if op != "add" && !had {
			return 0, fmt.Errorf("no %q", last)
		}
		if op == "remove" {
			delete(x, last)
		} else {
			x[last] = value
		}
		return 0, nil
	case []any:
		i := len(x)
		if last != "-" || op != "add" {
			n, err := strconv.Atoi(last)
			if err != nil || n < 0 || n > len(x) || (op != "add" && n == len(x)) {
				return 0, fmt.Errorf("no element %q", last)
			}
			i = n
		}
		switch op {
		case "replace":
			x[i] = value
			return i, nil
		case "add":
			x = slices.Insert(x, i, value)
		case "remove":
			x = slices.Delete(x, i, i+1)
		}
		// the array changed length: put it back where it was
		grand, _ := container(segs[:len(segs)-2])
		key := segs[len(segs)-2]
		switch g := grand.(type) {
		case map[string]any:
			g[key] = x
		case []any:
			k, _ := strconv.Atoi(key)
			g[k] = x
		}
		return i, nil
	}
	return 0, fmt.Errorf("%q is inside a value", last)
}

// rebuild checks the whole document again. data, when given, is its text,
// decoded at once when the schema lets it through.
func (l *Live) rebuild(data []byte) {
	l.unitSchema = map[string][][]cooperation.Finding{}
	clean := true
	for _, u := range units {
		list, _ := l.doc[u].([]any)
		l.unitSchema[u] = make([][]cooperation.Finding, len(list))
		for i := range list {
			l.unitSchema[u][i] = unitFindings(u, i, list[i])
			clean = clean && l.unitSchema[u][i] == nil
		}
	}
	l.rootSchema = check(Bundle, l.rest())
	l.b = &ipw.Bundle{}
	if clean && l.rootSchema == nil {
		if data == nil {
			data, _ = json.Marshal(l.doc)
		}
		if !fastDecode(data, l.b) {
			*l.b = ipw.Bundle{}
			_ = json.Unmarshal(data, l.b)
		}
	} else {
		l.refreshRoot()
		for _, u := range units {
			l.refreshList(u)
		}
	}
	l.resetRules()
}

// rest is the document without the elements of its lists.
func (l *Live) rest() map[string]any {
	rest := make(map[string]any, len(l.doc))
	for k, v := range l.doc {
		if _, isList := v.([]any); isList && isUnit(k) {
			rest[k] = []any{}
		} else {
			rest[k] = v
		}
	}
	return rest
}

// refreshRoot checks the document outside its lists' elements again and
// decodes its own fields; every part of the rules is evaluated again (the
// variant, the profile or the date may have changed).
func (l *Live) refreshRoot() {
	rest := l.rest()
	l.rootSchema = check(Bundle, rest)
	var root ipw.Bundle
	decodeLenient(rest, l.rootSchema, &root)
	l.b.SchemaVersion, l.b.Variant, l.b.Municipality = root.SchemaVersion, root.Variant, root.Municipality
	l.b.AsOf, l.b.Profile, l.b.Extensions = root.AsOf, root.Profile, root.Extensions
	for _, u := range units {
		if _, isList := l.doc[u].([]any); !isList {
			l.unitSchema[u] = nil
			l.resize(u, 0)
		}
	}
	l.resetRules()
}

// resetRules makes a new Checker for the bundle (the settings and the day
// may have changed) and every part stale.
func (l *Live) resetRules() {
	l.day = l.cfg.AsOf
	if l.day.IsZero() {
		l.day = l.b.AsOf
	}
	if l.day.IsZero() {
		l.day = Today()
	}
	l.checker = ipw.NewChecker(l.b, l.opts...)
	l.allStale = true
}

// refreshList checks every element of list u again.
func (l *Live) refreshList(u string) {
	list, _ := l.doc[u].([]any)
	l.unitSchema[u] = make([][]cooperation.Finding, len(list))
	l.resize(u, len(list))
	for i := range list {
		l.refreshUnit(u, i)
	}
	if u != "stages" {
		l.checker.Refresh()
	}
	l.allStale = true
}

// moved follows an element added to or removed from list u at index i:
// the others keep their schema findings and typed values, moved along.
func (l *Live) moved(u, op string, i int) {
	if op == "remove" {
		l.unitSchema[u] = slices.Delete(l.unitSchema[u], i, i+1)
		l.cut(u, i)
	} else {
		l.unitSchema[u] = slices.Insert(l.unitSchema[u], i, nil)
		l.insert(u, i)
		l.refreshUnit(u, i)
		i++
	}
	// the elements after it moved: their findings name their places anew
	list, _ := l.doc[u].([]any)
	for j := i; j < len(l.unitSchema[u]) && j < len(list); j++ {
		if l.unitSchema[u][j] != nil {
			l.unitSchema[u][j] = unitFindings(u, j, list[j])
		}
	}
	if u != "stages" {
		l.checker.Refresh()
	}
	l.allStale = true
}

// refreshUnit checks element i of list u again: its schema and its typed
// value; the parts of the rules that read it become stale.
func (l *Live) refreshUnit(u string, i int) {
	list, _ := l.doc[u].([]any)
	if i < 0 || i >= len(list) || i >= len(l.unitSchema[u]) {
		return
	}
	raw := unitFindings(u, i, list[i])
	l.unitSchema[u][i] = raw
	dst := l.element(u, i)
	decodeLenient(list[i], shift(raw, 2), dst)
	switch u {
	case "ipws":
		if l.stalePlans == nil {
			l.stalePlans = map[int]bool{}
		}
		l.stalePlans[i] = true
	case "stages":
		l.staleStages = true
	default: // the partnership changed: every part reads it
		l.checker.Refresh()
		l.allStale = true
	}
}

// unitFindings are the raw schema findings of element v, at index i of
// list u.
func unitFindings(u string, i int, v any) []cooperation.Finding {
	items := listItems(u)
	if items.validate(nil, v) {
		return nil
	}
	w := &walker{}
	w.pushKW("properties/" + u)
	w.pushKey(u)
	w.pushKW("items")
	w.pushIndex(i)
	items.validate(w, v)
	return findings(w.out)
}

// shift drops the first n segments of the findings' paths, for a value
// decoded on its own.
func shift(fs []cooperation.Finding, n int) []cooperation.Finding {
	if len(fs) == 0 {
		return nil
	}
	out := make([]cooperation.Finding, len(fs))
	for i, f := range fs {
		var p cooperation.Path
		for _, seg := range f.Path.Segments()[min(n, len(f.Path.Segments())):] {
			p = p.Key(seg)
		}
		f.Path = p
		out[i] = f
	}
	return out
}

func (l *Live) schemaFails() bool {
	if len(l.rootSchema) > 0 {
		return true
	}
	for _, list := range l.unitSchema {
		for _, fs := range list {
			if len(fs) > 0 {
				return true
			}
		}
	}
	return false
}

// evaluate brings the findings up to date: the schema's when the document
// fails it, else the rules' parts, those the edits made stale evaluated
// again.
func (l *Live) evaluate() {
	if l.schemaFails() {
		all := append([]cooperation.Finding{}, l.rootSchema...)
		for _, u := range units {
			for _, fs := range l.unitSchema[u] {
				all = append(all, fs...)
			}
		}
		l.findings = finish(all, l.cfg)
		return
	}
	c, day := l.checker, l.day
	switch {
	case l.allStale:
		l.partnership = c.Partnership(day)
		l.plans = make([]ipw.PlanPart, len(l.b.IPWs))
		for k := range l.b.IPWs {
			l.plans[k] = c.Plan(k, day)
		}
	case len(l.stalePlans) > 0:
		for k := range l.stalePlans {
			l.plans[k] = c.Plan(k, day)
		}
	}
	if l.allStale || len(l.stalePlans) > 0 {
		l.across = c.AcrossPlans(day)
		l.capacity = c.Capacity(day)
	}
	if l.allStale || len(l.stalePlans) > 0 || l.staleStages {
		l.stages = c.Stages(day)
	}
	l.allStale, l.stalePlans, l.staleStages = false, nil, false
	var all []cooperation.Finding
	all = append(all, l.partnership.Findings...)
	for _, p := range l.plans {
		all = append(all, p.Findings...)
		for _, a := range p.Actions {
			all = append(all, a.Findings...)
		}
	}
	all = append(all, l.across.Findings...)
	all = append(all, l.capacity.Findings...)
	all = append(all, l.stages.Findings...)
	cooperation.SortFindings(all)
	l.findings = all
}
