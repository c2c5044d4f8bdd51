package schema

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file is the validation walk of the validator (see validator.go):
// each keyword of a node checked against a generic JSON value.

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
