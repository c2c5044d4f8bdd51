package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
)

// This file is the schema layer's validator: a compiler that turns the three
// schema files into a tree of nodes, and the walk that checks generic JSON
// values (as encoding/json decodes them into an any) against that tree.
//
// It implements exactly the part of JSON Schema draft 2020-12 the shipped
// schemas use, and the compiler refuses any other keyword, so that an edit of
// a schema can never be silently ignored:
//
//	type (a name or a list of names; integer is a number with no fraction)
//	properties, required, additionalProperties (false or a schema),
//	propertyNames, items (one schema for every element), minItems,
//	enum, const, minLength (in Unicode code points), minimum, maximum,
//	format "date" (YYYY-MM-DD, a day that exists: cooperation.ParseDate),
//	$ref (to "#/…" in the same file or to another file by its absolute $id,
//	never fetched), $defs, allOf, anyOf, oneOf, if, then, else;
//	and the annotations title, description, $schema, $id (at a file's root),
//	$comment, examples, default.
//
// The program does not run the compiler: the tree it makes of the embedded
// files is generated as Go code into compiled_gen.go, which the linker lays
// out as data, so nothing is parsed or compiled at start-up. After editing a
// schema file, regenerate that file (the compiler runs, refusing what it does
// not implement) and review the diff:
//
//	go test ./schema -run TestCompiledGenerated -update
//
// Until then TestCompiledGenerated fails, saying so.
//
// A document is first checked for its verdict alone, stopping at the first
// mistake and recording nothing, which costs no allocation; only a document
// that fails is walked again to collect its mistakes.

// node is one compiled (sub)schema.
type node struct {
	types     typeSet
	typeNames string // the type keyword as jsonschema v5 wrote it: "string", "integer or null"

	hasConst bool
	constVal any
	constMsg string
	enum     []any
	enumStrs []string // the enum sorted (a binary search), when it holds strings only
	enumMsg  string

	date      bool
	minLength int // -1: none
	minItems  int // -1: none
	minimum   *bound
	maximum   *bound

	required      []string
	props         []prop // sorted by name (see hasProp)
	noAdditional  bool   // additionalProperties: false
	additional    *node  // additionalProperties: a schema
	propertyNames *node
	items         *node

	ref                *node
	allOf, anyOf       []*node
	oneOf              []*node
	ifN, thenN, elseN  *node
	allOfKW, oneOfKW   []string // "allOf/0", …: keyword locations
	anyOfKW            []string
	refLoc, compileLoc string // for messages about the schema itself
}

type prop struct {
	name string
	kw   string // "properties/NAME"
	n    *node
}

type bound struct {
	v   float64
	str string // as v5 prints it
}

// typeSet is a set of JSON types.
type typeSet uint8

const (
	tNull typeSet = 1 << iota
	tBoolean
	tNumber
	tInteger
	tString
	tArray
	tObject
)

var typeNames = map[string]typeSet{
	"null": tNull, "boolean": tBoolean, "number": tNumber, "integer": tInteger,
	"string": tString, "array": tArray, "object": tObject,
}

// A SchemaError reports a shipped schema file that the validator cannot
// compile: a keyword it does not implement, a broken $ref, a malformed value.
type SchemaError struct {
	Location string // absolute location: $id#pointer
	Reason   string
}

func (e *SchemaError) Error() string {
	return "schema: " + e.Location + ": " + e.Reason
}

// compiler turns the embedded files into nodes.
type compiler struct {
	docs  map[string]any // $id → the file's JSON value (numbers as json.Number)
	nodes map[string]*node
}

// compileFiles compiles the given schema files (name → JSON text). Every
// file's root and every entry of its $defs is compiled, referenced or not.
func compileFiles(texts map[string][]byte) (map[string]*node, error) {
	c := &compiler{docs: map[string]any{}, nodes: map[string]*node{}}
	ids := map[string]string{}
	for _, name := range slices.Sorted(mapKeys(texts)) {
		dec := json.NewDecoder(bytes.NewReader(texts[name]))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			return nil, &SchemaError{Location: name, Reason: "not JSON: " + err.Error()}
		}
		m, ok := doc.(map[string]any)
		if !ok {
			return nil, &SchemaError{Location: name, Reason: "not an object"}
		}
		id, _ := m["$id"].(string)
		if id == "" {
			return nil, &SchemaError{Location: name, Reason: "no $id"}
		}
		c.docs[id] = doc
		ids[name] = id
	}
	out := map[string]*node{}
	for _, name := range slices.Sorted(mapKeys(texts)) {
		id := ids[name]
		n, err := c.resolve(id, "")
		if err != nil {
			return nil, err
		}
		out[name] = n
		if defs, ok := c.docs[id].(map[string]any)["$defs"].(map[string]any); ok {
			for _, d := range slices.Sorted(mapKeys(defs)) {
				if _, err := c.resolve(id, "/$defs/"+escapeToken(d)); err != nil {
					return nil, err
				}
			}
		}
	}
	return out, nil
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// resolve returns the node at pointer ptr of the file with $id id, compiling
// it once.
func (c *compiler) resolve(id, ptr string) (*node, error) {
	loc := id + "#" + ptr
	if n, ok := c.nodes[loc]; ok {
		return n, nil
	}
	doc, ok := c.docs[id]
	if !ok {
		return nil, &SchemaError{Location: loc, Reason: "no embedded schema has this $id (nothing is fetched)"}
	}
	v := doc
	if ptr != "" {
		for _, tok := range strings.Split(ptr[1:], "/") {
			tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
			switch x := v.(type) {
			case map[string]any:
				v, ok = x[tok]
			case []any:
				i, err := strconv.Atoi(tok)
				ok = err == nil && i >= 0 && i < len(x)
				if ok {
					v = x[i]
				}
			default:
				ok = false
			}
			if !ok {
				return nil, &SchemaError{Location: loc, Reason: "the reference points at nothing"}
			}
		}
	}
	n := &node{compileLoc: loc}
	c.nodes[loc] = n
	if err := c.compile(n, v, id, ptr); err != nil {
		return nil, err
	}
	return n, nil
}

// compile fills n from the schema value v found at id#ptr.
func (c *compiler) compile(n *node, v any, id, ptr string) error {
	n.minLength, n.minItems = -1, -1
	fail := func(format string, a ...any) error {
		return &SchemaError{Location: id + "#" + ptr, Reason: fmt.Sprintf(format, a...)}
	}
	if b, ok := v.(bool); ok {
		if !b {
			return fail("the schema false is not implemented here (only as additionalProperties)")
		}
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return fail("a schema must be an object or true")
	}
	sub := func(kw string, v any) (*node, error) {
		p := ptr + "/" + kw
		n := &node{compileLoc: id + "#" + p}
		return n, c.compile(n, v, id, p)
	}
	subs := func(kw string, v any) ([]*node, []string, error) {
		list, ok := v.([]any)
		if !ok || len(list) == 0 {
			return nil, nil, fail("%s must be a non-empty array of schemas", kw)
		}
		var ns []*node
		var kws []string
		for i, s := range list {
			k := kw + "/" + strconv.Itoa(i)
			sn, err := sub(k, s)
			if err != nil {
				return nil, nil, err
			}
			ns, kws = append(ns, sn), append(kws, k)
		}
		return ns, kws, nil
	}
	nonNegInt := func(kw string, v any) (int, error) {
		num, ok := v.(json.Number)
		i, err := strconv.Atoi(string(num))
		if !ok || err != nil || i < 0 {
			return 0, fail("%s must be a non-negative integer", kw)
		}
		return i, nil
	}
	number := func(kw string, v any) (*bound, error) {
		num, ok := v.(json.Number)
		f, err := strconv.ParseFloat(string(num), 64)
		if !ok || err != nil {
			return nil, fail("%s must be a number", kw)
		}
		return &bound{v: f, str: fmt.Sprint(f)}, nil
	}
	for _, kw := range slices.Sorted(mapKeys(m)) {
		val := m[kw]
		var err error
		switch kw {
		case "title", "description", "$schema", "$comment", "examples", "default":
		case "$id":
			if ptr != "" {
				err = fail("$id below a file's root is not implemented")
			}
		case "$defs":
			if _, ok := val.(map[string]any); !ok {
				err = fail("$defs must be an object")
			}
		case "type":
			var names []string
			switch t := val.(type) {
			case string:
				names = []string{t}
			case []any:
				for _, x := range t {
					s, _ := x.(string)
					names = append(names, s)
				}
			}
			if len(names) == 0 {
				err = fail("type must be a name or a list of names")
			}
			for _, name := range names {
				bit, ok := typeNames[name]
				if !ok {
					err = fail("unknown type %q", name)
				}
				n.types |= bit
			}
			n.typeNames = strings.Join(names, " or ")
		case "enum":
			list, ok := val.([]any)
			if !ok || len(list) == 0 {
				err = fail("enum must be a non-empty array")
				break
			}
			n.enum = make([]any, len(list))
			strs := make([]string, len(list))
			primitive := true
			for i, x := range list {
				n.enum[i] = plain(x)
				strs[i] = fmt.Sprintf("%#v", x)
				switch x.(type) {
				case map[string]any, []any:
					primitive = false
				}
			}
			for _, x := range list {
				s, ok := x.(string)
				if !ok {
					n.enumStrs = nil
					break
				}
				n.enumStrs = append(n.enumStrs, s)
			}
			slices.Sort(n.enumStrs)
			n.enumStrs = slices.Compact(n.enumStrs)
			switch {
			case !primitive:
				n.enumMsg = "enum failed"
			case len(list) == 1:
				n.enumMsg = "value must be " + strs[0]
			default:
				n.enumMsg = "value must be one of " + strings.Join(strs, ", ")
			}
		case "const":
			n.hasConst, n.constVal = true, plain(val)
			switch val.(type) {
			case map[string]any, []any:
				n.constMsg = "const failed"
			default:
				n.constMsg = fmt.Sprintf("value must be %#v", val)
			}
		case "format":
			if val != "date" {
				err = fail("format %v is not implemented (only date)", val)
			}
			n.date = true
		case "minLength":
			n.minLength, err = nonNegInt(kw, val)
		case "minItems":
			n.minItems, err = nonNegInt(kw, val)
		case "minimum":
			n.minimum, err = number(kw, val)
		case "maximum":
			n.maximum, err = number(kw, val)
		case "required":
			list, ok := val.([]any)
			if !ok {
				err = fail("required must be an array of names")
				break
			}
			for _, x := range list {
				s, ok := x.(string)
				if !ok {
					err = fail("required must be an array of names")
				}
				n.required = append(n.required, s)
			}
		case "properties":
			pm, ok := val.(map[string]any)
			if !ok {
				err = fail("properties must be an object")
				break
			}
			for _, name := range slices.Sorted(mapKeys(pm)) {
				var pn *node
				if pn, err = sub("properties/"+escapeToken(name), pm[name]); err != nil {
					break
				}
				n.props = append(n.props, prop{name: name, kw: "properties/" + name, n: pn})
			}
		case "additionalProperties":
			if b, ok := val.(bool); ok {
				n.noAdditional = !b
				break
			}
			n.additional, err = sub(kw, val)
		case "propertyNames":
			n.propertyNames, err = sub(kw, val)
		case "items":
			if _, ok := val.(map[string]any); !ok {
				err = fail("items must be one schema (the array form is not implemented)")
				break
			}
			n.items, err = sub(kw, val)
		case "$ref":
			ref, ok := val.(string)
			if !ok {
				err = fail("$ref must be a string")
				break
			}
			base, frag, _ := strings.Cut(ref, "#")
			if base == "" {
				base = id
			}
			if frag != "" && frag[0] != '/' {
				err = fail("$ref %q: only JSON Pointer fragments are implemented", ref)
				break
			}
			n.refLoc = base + "#" + frag
			n.ref, err = c.resolve(base, frag)
		case "allOf":
			n.allOf, n.allOfKW, err = subs(kw, val)
		case "anyOf":
			n.anyOf, n.anyOfKW, err = subs(kw, val)
		case "oneOf":
			n.oneOf, n.oneOfKW, err = subs(kw, val)
		case "if":
			n.ifN, err = sub(kw, val)
		case "then":
			n.thenN, err = sub(kw, val)
		case "else":
			n.elseN, err = sub(kw, val)
		default:
			err = fail("keyword %q is not implemented by the validator", kw)
		}
		if err != nil {
			return err
		}
	}
	if n.ifN == nil {
		n.thenN, n.elseN = nil, nil // as in draft 2020-12: then and else need if
	}
	return nil
}

// plain converts the schema's json.Numbers to float64, as instances hold them.
func plain(v any) any {
	switch x := v.(type) {
	case json.Number:
		f, _ := strconv.ParseFloat(string(x), 64)
		return f
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	}
	return v
}

func escapeToken(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// compiledNodes compiles the embedded schema files. Only the tests do: the
// program uses the same tree, generated as Go code into compiled_gen.go (see
// schemaNode), and TestCompiledGenerated renders this one to write that file
// and to check that it is up to date.
func compiledNodes() (map[string]*node, error) {
	texts := map[string][]byte{}
	for _, name := range Names() {
		b, err := Schema(name)
		if err != nil {
			return nil, err
		}
		texts[name] = b
	}
	return compileFiles(texts)
}

// schemaNode returns the compiled schema name, from compiled_gen.go: nothing
// is parsed or compiled at run time.
func schemaNode(name string) *node { return compiledRoot(name) }

// --- validation --------------------------------------------------------------

// leaf is one mistake found by the collecting walk.
type leaf struct {
	path  cooperation.Path
	kwloc string // the keyword location, as jsonschema v5 gives it
	kw    string
	msg   string   // v5's message for type, enum, const, minItems, minimum, maximum, oneOf
	names []string // required: the missing names; additionalProperties: the unknown ones
	value string   // format: the string that is not a date; type, enum, const, minimum, maximum, minItems: the value found (a JSON type, a value, a number, a length)
	want  []string // type: the types allowed; enum, const: the values allowed; minimum, maximum, minItems: the bound
	// oneOf, anyOf: the branch mistake that got furthest, if any
	cause *leaf
}

// pseg is one step of the instance location.
type pseg struct {
	key string
	idx int // -1 for a key
}

// walker holds the state of one collecting walk. A nil *walker checks the
// verdict alone.
type walker struct {
	path []pseg
	kw   []string
	out  []leaf
	raw  int // >0 inside a oneOf/anyOf branch: nested failures give their branch leaves
}

func (w *walker) emit(l leaf) {
	var p cooperation.Path
	for _, s := range w.path {
		if s.idx >= 0 {
			p = p.Index(s.idx)
		} else {
			p = p.Key(s.key)
		}
	}
	l.path = p
	l.kwloc = "/" + strings.Join(append(w.kw, l.kw), "/")
	w.out = append(w.out, l)
}

func (w *walker) pushKey(k string) {
	if w != nil {
		w.path = append(w.path, pseg{key: k, idx: -1})
	}
}

func (w *walker) pushIndex(i int) {
	if w != nil {
		w.path = append(w.path, pseg{idx: i})
	}
}

func (w *walker) popPath() {
	if w != nil {
		w.path = w.path[:len(w.path)-1]
	}
}

func (w *walker) pushKW(k string) {
	if w != nil {
		w.kw = append(w.kw, k)
	}
}

func (w *walker) popKW() {
	if w != nil {
		w.kw = w.kw[:len(w.kw)-1]
	}
}

// jsonType names the JSON type of a generic value.
// shown writes a value of the document for a message: a string as it is,
// anything else as JSON.
func shown(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func jsonType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case float64, json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}

func typeOK(t typeSet, v any) bool {
	switch x := v.(type) {
	case nil:
		return t&tNull != 0
	case bool:
		return t&tBoolean != 0
	case float64:
		return t&tNumber != 0 || t&tInteger != 0 && x == math.Trunc(x) && !math.IsInf(x, 0)
	case json.Number:
		if t&tNumber != 0 {
			return true
		}
		if t&tInteger == 0 {
			return false
		}
		f, err := strconv.ParseFloat(string(x), 64)
		if err != nil { // beyond float64: an integer unless it has a fraction
			return !strings.ContainsAny(string(x), ".eE")
		}
		return f == math.Trunc(f)
	case string:
		return t&tString != 0
	case []any:
		return t&tArray != 0
	case map[string]any:
		return t&tObject != 0
	}
	return false
}

func numberOf(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case json.Number:
		f, _ := strconv.ParseFloat(string(x), 64) // ±Inf beyond float64
		return f, true
	}
	return 0, false
}

// equal is JSON equality of generic values (numbers by value).
func equal(a, b any) bool {
	switch x := a.(type) {
	case string:
		y, ok := b.(string)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case nil:
		return b == nil
	case float64, json.Number:
		fx, _ := numberOf(a)
		fy, ok := numberOf(b)
		return ok && fx == fy
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !equal(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k, xv := range x {
			yv, ok := y[k]
			if !ok || !equal(xv, yv) {
				return false
			}
		}
		return true
	}
	return false
}

// validDate reports whether s is a date YYYY-MM-DD that exists.
func validDate(s string) bool {
	_, err := cooperation.ParseDate(s)
	return err == nil
}

// validate checks v against n. With a nil walker it returns at the first
// mistake and records nothing; with a walker it records every mistake, in
// the order jsonschema v5 finds them.
func (n *node) validate(w *walker, v any) bool {
	if n.types != 0 && !typeOK(n.types, v) {
		if w != nil {
			w.emit(leaf{kw: "type", msg: "expected " + n.typeNames + ", but got " + jsonType(v),
				value: jsonType(v), want: strings.Split(n.typeNames, " or ")})
		}
		return false // as in v5: nothing else is checked on a value of the wrong type
	}
	// The keywords are checked in the order v5 reports them, each group in
	// a function of its own: WebAssembly engines optimise the small, hot
	// ones (type, properties) sooner and more cheaply than one large one.
	ok := true
	if (n.hasConst || n.enum != nil || n.date) && !n.validateValue(w, v) {
		if w == nil {
			return false
		}
		ok = false
	}
	switch x := v.(type) {
	case map[string]any:
		if !n.validateObject(w, x) {
			if w == nil {
				return false
			}
			ok = false
		}
	case []any:
		if (n.minItems >= 0 || n.items != nil) && !n.validateArray(w, x) {
			if w == nil {
				return false
			}
			ok = false
		}
	case string:
		if n.minLength > 0 && utf8.RuneCountInString(x) < n.minLength {
			if w == nil {
				return false
			}
			ok = false
			w.emit(leaf{kw: "minLength"})
		}
	case float64, json.Number:
		if (n.minimum != nil || n.maximum != nil) && !n.validateNumber(w, x) {
			if w == nil {
				return false
			}
			ok = false
		}
	}
	if (n.ref != nil || n.allOf != nil || n.anyOf != nil || n.oneOf != nil || n.ifN != nil) && !n.validateApplicators(w, v) {
		if w == nil {
			return false
		}
		ok = false
	}
	return ok
}

// validateValue checks const, enum and format, in that order.
func (n *node) validateValue(w *walker, v any) bool {
	ok := true
	if n.hasConst && !equal(v, n.constVal) {
		if w == nil {
			return false
		}
		ok = false
		w.emit(leaf{kw: "const", msg: n.constMsg, value: shown(v), want: []string{shown(n.constVal)}})
	}
	if n.enum != nil && !n.inEnum(v) {
		if w == nil {
			return false
		}
		ok = false
		allowed := make([]string, len(n.enum))
		for i, x := range n.enum {
			allowed[i] = shown(x)
		}
		w.emit(leaf{kw: "enum", msg: n.enumMsg, value: shown(v), want: allowed})
	}
	if s, isStr := v.(string); isStr && n.date && !validDate(s) {
		if w == nil {
			return false
		}
		ok = false
		w.emit(leaf{kw: "format", value: s})
	}
	return ok
}

// validateArray checks minItems and items.
func (n *node) validateArray(w *walker, x []any) bool {
	ok := true
	if n.minItems >= 0 && len(x) < n.minItems {
		if w == nil {
			return false
		}
		ok = false
		w.emit(leaf{kw: "minItems", msg: fmt.Sprintf("minimum %d items required, but found %d items", n.minItems, len(x)),
			value: strconv.Itoa(len(x)), want: []string{strconv.Itoa(n.minItems)}})
	}
	if n.items != nil {
		w.pushKW("items")
		for i, e := range x {
			w.pushIndex(i)
			good := n.items.validate(w, e)
			w.popPath()
			if !good {
				if w == nil {
					return false
				}
				ok = false
			}
		}
		w.popKW()
	}
	return ok
}

// validateNumber checks minimum and maximum.
func (n *node) validateNumber(w *walker, x any) bool {
	ok := true
	f, _ := numberOf(x)
	if n.minimum != nil && f < n.minimum.v {
		if w == nil {
			return false
		}
		ok = false
		w.emit(leaf{kw: "minimum", msg: "must be >= " + n.minimum.str + " but found " + fmt.Sprint(x),
			value: fmt.Sprint(x), want: []string{n.minimum.str}})
	}
	if n.maximum != nil && f > n.maximum.v {
		if w == nil {
			return false
		}
		ok = false
		w.emit(leaf{kw: "maximum", msg: "must be <= " + n.maximum.str + " but found " + fmt.Sprint(x),
			value: fmt.Sprint(x), want: []string{n.maximum.str}})
	}
	return ok
}

// validateApplicators checks $ref, allOf, anyOf, oneOf and if/then/else.
func (n *node) validateApplicators(w *walker, v any) bool {
	ok := true
	if n.ref != nil {
		w.pushKW("$ref")
		good := n.ref.validate(w, v)
		w.popKW()
		if !good {
			if w == nil {
				return false
			}
			ok = false
		}
	}
	for i, s := range n.allOf {
		w.pushKW(n.allOfKW[i])
		good := s.validate(w, v)
		w.popKW()
		if !good {
			if w == nil {
				return false
			}
			ok = false
		}
	}
	if n.anyOf != nil && !n.validateAlternatives(w, v, "anyOf", n.anyOf, n.anyOfKW) {
		if w == nil {
			return false
		}
		ok = false
	}
	if n.oneOf != nil && !n.validateAlternatives(w, v, "oneOf", n.oneOf, n.oneOfKW) {
		if w == nil {
			return false
		}
		ok = false
	}
	if n.ifN != nil {
		branch, kw := n.thenN, "then"
		if !n.ifN.validate(nil, v) {
			branch, kw = n.elseN, "else"
		}
		if branch != nil {
			w.pushKW(kw)
			good := branch.validate(w, v)
			w.popKW()
			if !good {
				if w == nil {
					return false
				}
				ok = false
			}
		}
	}
	return ok
}

func (n *node) validateObject(w *walker, x map[string]any) bool {
	ok := true
	if len(n.required) > 0 {
		var missing []string
		for _, name := range n.required {
			if _, has := x[name]; !has {
				if w == nil {
					return false
				}
				missing = append(missing, name)
			}
		}
		if missing != nil {
			ok = false
			w.emit(leaf{kw: "required", names: missing})
		}
	}
	named := 0 // the properties of x that the properties keyword names
	if len(n.props) > 0 && len(x) > 0 {
		for i := range n.props {
			p := &n.props[i]
			pv, has := x[p.name]
			if !has {
				continue
			}
			named++
			w.pushKW(p.kw)
			w.pushKey(p.name)
			good := p.n.validate(w, pv)
			w.popPath()
			w.popKW()
			if !good {
				if w == nil {
					return false
				}
				ok = false
			}
		}
	}
	if n.propertyNames != nil && !n.validatePropertyNames(w, x) {
		if w == nil {
			return false
		}
		ok = false
	}
	if named < len(x) && (n.noAdditional || n.additional != nil) && !n.validateAdditional(w, x) {
		if w == nil {
			return false
		}
		ok = false
	}
	return ok
}

// validatePropertyNames checks propertyNames.
func (n *node) validatePropertyNames(w *walker, x map[string]any) bool {
	ok := true
	if w == nil {
		for k := range x {
			if !n.propertyNames.nameOK(k) {
				return false
			}
		}
	} else {
		w.pushKW("propertyNames")
		for _, k := range sortedKeys(x) {
			w.pushKey(k)
			if !n.propertyNames.validate(w, k) {
				ok = false
			}
			w.popPath()
		}
		w.popKW()
	}
	return ok
}

// validateAdditional checks additionalProperties, for an object that has
// properties the properties keyword does not name.
func (n *node) validateAdditional(w *walker, x map[string]any) bool {
	ok := true
	switch {
	case n.noAdditional:
		var unknown []string
		for k := range x {
			if !n.hasProp(k) {
				if w == nil {
					return false
				}
				unknown = append(unknown, k)
			}
		}
		if unknown != nil {
			ok = false
			slices.Sort(unknown)
			w.emit(leaf{kw: "additionalProperties", names: unknown})
		}
	case n.additional != nil && w == nil:
		for k, pv := range x {
			if !n.hasProp(k) && !n.additional.validate(nil, pv) {
				return false
			}
		}
	case n.additional != nil:
		w.pushKW("additionalProperties")
		for _, k := range sortedKeys(x) {
			if n.hasProp(k) {
				continue
			}
			w.pushKey(k)
			if !n.additional.validate(w, x[k]) {
				ok = false
			}
			w.popPath()
		}
		w.popKW()
	}
	return ok
}

// hasProp reports whether the properties keyword names k: a binary search
// of props.
func (n *node) hasProp(k string) bool {
	i, j := 0, len(n.props)
	for i < j {
		h := int(uint(i+j) >> 1)
		if n.props[h].name < k {
			i = h + 1
		} else {
			j = h
		}
	}
	return i < len(n.props) && n.props[i].name == k
}

func (n *node) inEnum(v any) bool {
	if n.enumStrs != nil {
		s, ok := v.(string)
		if !ok {
			return false
		}
		_, found := slices.BinarySearch(n.enumStrs, s)
		return found
	}
	for _, e := range n.enum {
		if equal(v, e) {
			return true
		}
	}
	return false
}

// nameOK is validate(nil, k) for a property name: it checks the string
// without boxing it in an interface, which would allocate.
func (n *node) nameOK(k string) bool {
	if n.types != 0 && n.types&tString == 0 {
		return false
	}
	if n.hasConst {
		if c, ok := n.constVal.(string); !ok || c != k {
			return false
		}
	}
	if n.enum != nil {
		if n.enumStrs == nil {
			return n.validate(nil, k) // not a list of strings: no shortcut
		}
		if _, found := slices.BinarySearch(n.enumStrs, k); !found {
			return false
		}
	}
	if n.date && !validDate(k) {
		return false
	}
	if n.minLength > 0 && utf8.RuneCountInString(k) < n.minLength {
		return false
	}
	if n.ref != nil && !n.ref.nameOK(k) {
		return false
	}
	for _, s := range n.allOf {
		if !s.nameOK(k) {
			return false
		}
	}
	if n.anyOf != nil && !slices.ContainsFunc(n.anyOf, func(s *node) bool { return s.nameOK(k) }) {
		return false
	}
	if n.oneOf != nil {
		matched := 0
		for _, s := range n.oneOf {
			if s.nameOK(k) {
				matched++
			}
		}
		if matched != 1 {
			return false
		}
	}
	if n.ifN != nil {
		branch := n.thenN
		if !n.ifN.nameOK(k) {
			branch = n.elseN
		}
		if branch != nil && !branch.nameOK(k) {
			return false
		}
	}
	return true
}

// sortedKeys returns the keys of x in order: the collecting walk is
// deterministic, so that the furthest branch mistake is always the same.
func sortedKeys(x map[string]any) []string {
	return slices.Sorted(mapKeys(x))
}

// validateAlternatives checks oneOf (exactly one branch) or anyOf (at least
// one). A failure is one leaf at the value's own location, described by the
// branch mistake that got furthest (see furthest).
func (n *node) validateAlternatives(w *walker, v any, kw string, branches []*node, kws []string) bool {
	matched, second := -1, -1
	for i, b := range branches {
		if b.validate(nil, v) {
			if matched < 0 {
				matched = i
				if kw == "anyOf" {
					break
				}
			} else {
				second = i
				break
			}
		}
	}
	if matched >= 0 && second < 0 {
		return true
	}
	if w == nil {
		return false
	}
	if second >= 0 {
		w.emit(leaf{kw: kw, msg: fmt.Sprintf("valid against schemas at indexes %d and %d", matched, second)})
		return false
	}
	start := len(w.out)
	w.raw++
	for i, b := range branches {
		w.pushKW(kws[i])
		b.validate(w, v)
		w.popKW()
	}
	w.raw--
	causes := slices.Clone(w.out[start:])
	w.out = w.out[:start]
	if w.raw > 0 {
		// Inside another branch: the enclosing oneOf/anyOf looks at these
		// mistakes themselves, as v5's walk does.
		w.out = append(w.out, causes...)
		return false
	}
	l := leaf{kw: kw, msg: kw + " failed"}
	if c := furthest(causes); c != nil {
		l.cause = c
	}
	w.emit(l)
	return false
}

// furthest returns the branch mistake that reached furthest into the value
// (the longest instance location; the first of equals, branches in order and
// within a branch in the order of validate), which is the branch the author
// most likely meant. This is the choice jsonschema v5's error tree gave.
func furthest(causes []leaf) *leaf {
	if len(causes) == 0 {
		return nil
	}
	best := 0
	for i := range causes {
		if len(causes[i].path) > len(causes[best].path) {
			best = i
		}
	}
	c := causes[best]
	return &c
}

// check validates v against schema name and returns its schema.violation
// findings (nil when it conforms).
func check(name string, v any) []cooperation.Finding {
	n := schemaNode(name)
	if n.validate(nil, v) {
		return nil
	}
	w := &walker{}
	n.validate(w, v)
	return findings(w.out)
}
