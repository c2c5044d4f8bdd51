package diff

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// The comparison works on the bundles' JSON form (objects as
// map[string]any, arrays as []any, numbers as json.Number), read from the
// typed bundles: what differs only in key order, whitespace or escapes is
// then already the same. Empty values (null, "", [] and {}) are dropped
// from the model's part of the tree, so that an empty field and a missing
// one are the same; the extensions are kept as they were written, since
// their meaning is not the library's to know.

// trees returns the JSON forms of old and new (an empty object for nil).
//
// Between two versions most items are the same. An item of a top-level
// list whose JSON is, byte for byte, that of an item of the other bundle is
// not decoded: both trees hold one small stand-in for the two, with its key
// and a mark, so that it matches, compares as equal and keeps its place at
// a fraction of the cost.
func trees(old, new *ipw.Bundle) (a, b map[string]any) {
	a, b = rest(old), rest(new)
	for _, l := range topLists {
		da, ka := l.each(old)
		db, kb := l.each(new)
		sa, sb := standIns(l.key, da, ka, db, kb)
		if len(sa) > 0 {
			a[l.name] = sa
		}
		if len(sb) > 0 {
			b[l.name] = sb
		}
	}
	return a, b
}

// sameMark is the key of a stand-in's mark; no JSON name of the bundle
// starts with a NUL.
const sameMark = "\x00same"

// topList is a list of the bundle's items: its JSON name, the name of its
// key, and its items' JSON and keys.
type topList struct {
	name, key string
	each      func(b *ipw.Bundle) (data [][]byte, keys []string)
}

var topLists = []topList{
	{"institutions", "id", func(b *ipw.Bundle) ([][]byte, []string) {
		return each(b, func(b *ipw.Bundle) []cooperation.Institution { return b.Institutions }, func(x *cooperation.Institution) string { return x.ID })
	}},
	{"services", "id", func(b *ipw.Bundle) ([][]byte, []string) {
		return each(b, func(b *ipw.Bundle) []cooperation.Service { return b.Services }, func(x *cooperation.Service) string { return x.ID })
	}},
	{"teams", "id", func(b *ipw.Bundle) ([][]byte, []string) {
		return each(b, func(b *ipw.Bundle) []cooperation.Team { return b.Teams }, func(x *cooperation.Team) string { return x.ID })
	}},
	{"agreements", "id", func(b *ipw.Bundle) ([][]byte, []string) {
		return each(b, func(b *ipw.Bundle) []cooperation.Agreement { return b.Agreements }, func(x *cooperation.Agreement) string { return x.ID })
	}},
	{"ipws", "id", func(b *ipw.Bundle) ([][]byte, []string) {
		return each(b, func(b *ipw.Bundle) []ipw.Plan { return b.IPWs }, func(x *ipw.Plan) string { return x.ID })
	}},
	{"stages", "stage", func(b *ipw.Bundle) ([][]byte, []string) {
		return each(b, func(b *ipw.Bundle) []ipw.StageRecord { return b.Stages }, func(x *ipw.StageRecord) string { return string(x.Stage) })
	}},
}

// each returns the JSON and the key of every item of a list of b.
func each[T any](b *ipw.Bundle, list func(*ipw.Bundle) []T, key func(*T) string) ([][]byte, []string) {
	if b == nil {
		return nil, nil
	}
	xs := list(b)
	data, keys := make([][]byte, len(xs)), make([]string, len(xs))
	for i := range xs {
		data[i], _ = json.Marshal(&xs[i]) // items hold nothing that fails to marshal
		keys[i] = key(&xs[i])
	}
	return data, keys
}

// standIns returns the items of two lists as trees, an item the same in
// both as one stand-in shared by the two.
func standIns(key string, da [][]byte, ka []string, db [][]byte, kb []string) (a, b []any) {
	unused := make(map[string][]int, len(da))
	for i, d := range da {
		unused[string(d)] = append(unused[string(d)], i)
	}
	a, b = make([]any, len(da)), make([]any, len(db))
	for j, d := range db {
		is := unused[string(d)]
		if len(is) == 0 {
			continue
		}
		i := is[0]
		unused[string(d)] = is[1:]
		s := map[string]any{sameMark: json.Number(strconv.Itoa(j))}
		if kb[j] != "" {
			s[key] = kb[j]
		}
		a[i], b[j] = s, s
	}
	for i := range a {
		if a[i] == nil {
			a[i] = prune(decode(da[i]))
		}
	}
	for j := range b {
		if b[j] == nil {
			b[j] = prune(decode(db[j]))
		}
	}
	return a, b
}

// rest returns the JSON form of b without its lists of items.
func rest(b *ipw.Bundle) map[string]any {
	if b == nil {
		return map[string]any{}
	}
	c := *b
	c.Institutions, c.Services, c.Teams, c.Agreements, c.IPWs, c.Stages = nil, nil, nil, nil, nil, nil
	c.Extensions = nil
	data, err := json.Marshal(&c)
	if err != nil {
		// The typed bundle holds nothing that fails to marshal but its
		// extensions, which were set aside.
		return map[string]any{}
	}
	m, _ := decode(data).(map[string]any)
	if m == nil {
		m = map[string]any{}
	}
	prune(m)
	if len(b.Extensions) > 0 {
		if json.Valid(b.Extensions) {
			m["extensions"] = decode(b.Extensions)
		} else {
			// Not JSON (only a Go caller can build such a bundle): compared
			// as the text it is.
			m["extensions"] = string(b.Extensions)
		}
	}
	return m
}

func decode(data []byte) any {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if d.Decode(&v) != nil {
		return nil
	}
	return v
}

// prune drops the empty values from v's objects, at every level.
func prune(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if x = prune(x); empty(x) {
				delete(v, k)
			} else {
				v[k] = x
			}
		}
	case []any:
		for i, x := range v {
			v[i] = prune(x)
		}
	}
	return v
}

// empty reports whether v is null, "", [] or {}.
func empty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case string:
		return v == ""
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return false
}

// equal reports whether a and b are the same JSON value: objects compared
// by key whatever their order, numbers by value (1, 1.0 and 1e0 are the
// same number).
func equal(a, b any) bool {
	switch a := a.(type) {
	case map[string]any:
		b, ok := b.(map[string]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for k, x := range a {
			y, ok := b[k]
			if !ok || !equal(x, y) {
				return false
			}
		}
		return true
	case []any:
		b, ok := b.([]any)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !equal(a[i], b[i]) {
				return false
			}
		}
		return true
	case json.Number:
		b, ok := b.(json.Number)
		return ok && (a == b || canonNumber(string(a)) == canonNumber(string(b)))
	case string:
		b, ok := b.(string)
		return ok && a == b
	case bool:
		b, ok := b.(bool)
		return ok && a == b
	case nil:
		return b == nil
	}
	return false
}

// canonNumber writes a JSON number as sign, significant digits and
// exponent, so that numbers of equal value read alike ("1.50", "15e-1" and
// "1.5" all give "15e-1"). It works on the text: a number as large as JSON
// allows costs no more than its length.
func canonNumber(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	mant, exp := s, int64(0)
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant = s[:i]
		e, err := strconv.ParseInt(strings.TrimPrefix(s[i+1:], "+"), 10, 64)
		if err != nil {
			return s // an exponent past int64: compared as written
		}
		exp = e
	}
	digits := mant
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		digits = mant[:i] + mant[i+1:]
		exp -= int64(len(mant) - i - 1)
	}
	digits = strings.TrimLeft(digits, "0")
	for strings.HasSuffix(digits, "0") {
		digits = digits[:len(digits)-1]
		exp++
	}
	if digits == "" {
		return "0"
	}
	sign := ""
	if neg {
		sign = "-"
	}
	return sign + digits + "e" + strconv.FormatInt(exp, 10)
}

// raw returns v as JSON, or nil for an empty value.
func raw(v any) json.RawMessage {
	if v == nil {
		return nil
	}
	if s, ok := v.(string); ok && s == "" {
		return nil
	}
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	if e.Encode(v) != nil {
		return nil
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// sortedKeys returns m's keys in order.
func sortedKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// str returns v as a string: a string as it is, a number as written, a
// boolean as true or false, anything else as compact JSON.
func str(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case json.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return string(raw(v))
}
