package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// This file is the walker of the validator (see validator.go): where a
// mistake is, and the helpers that read generic JSON values.

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
