package schema

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"sync"
)

// This file is the second half of the JSON layer's fast path (see
// fastjson.go): the typed decoding.

// fastDecode fills *v, a fresh zero value, from data as json.Unmarshal
// would, or reports false, leaving *v in any state, when data or the type
// holds anything it does not decode exactly as encoding/json does: then the
// caller resets *v and uses json.Unmarshal.
func fastDecode[T any](data []byte, v *T) bool {
	pl := planOf(reflect.TypeFor[T]())
	p := jsonReader{data: data}
	if !p.decode(reflect.ValueOf(v).Elem(), pl, maxFastDepth) {
		return false
	}
	p.space()
	return p.i == len(data)
}

// planKind says how a Go type takes a JSON value.
type planKind uint8

const (
	planUnsupported planKind = iota
	planUnmarshaler          // *T implements json.Unmarshaler
	planPointer
	planInterface // any
	planString
	planBool
	planInt
	planUint
	planFloat
	planSlice
	planMap // map with string-kinded keys
	planStruct
)

// plan is how to decode into one Go type.
type plan struct {
	kind   planKind
	typ    reflect.Type
	bits   int     // planInt, planUint, planFloat
	elem   *plan   // planPointer, planSlice, planMap
	fields []field // planStruct, in the struct's order
}

// field is a struct field as encoding/json names it.
type field struct {
	name  string
	index []int
	plan  *plan
}

// field returns the field named by the JSON key k (its text, unquoted).
// Structs are small: a scan beats hashing, which WebAssembly does slowly.
func (pl *plan) field(k []byte) *field {
	for i := range pl.fields {
		if f := &pl.fields[i]; len(f.name) == len(k) && f.name == string(k) {
			return f
		}
	}
	return nil
}

var (
	plans           sync.Map // reflect.Type → *plan
	plansMu         sync.Mutex
	unmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// planOf returns the plan of t, building it (and those of the types it
// holds) once.
func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	plansMu.Lock()
	defer plansMu.Unlock()
	building := map[reflect.Type]*plan{}
	p := buildPlan(t, building)
	for t, p := range building {
		plans.Store(t, p)
	}
	return p
}

// buildPlan builds the plan of t; building holds the plans under
// construction, so that recursive types end.
func buildPlan(t reflect.Type, building map[reflect.Type]*plan) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	if p, ok := building[t]; ok {
		return p
	}
	p := &plan{typ: t}
	building[t] = p
	// encoding/json looks for the methods on the address of a named value.
	if t.Kind() != reflect.Pointer && t.Name() != "" {
		pt := reflect.PointerTo(t)
		if pt.Implements(unmarshalerType) {
			p.kind = planUnmarshaler
			return p
		}
		if pt.Implements(textUnmarshaler) {
			return p // unsupported
		}
	}
	switch t.Kind() {
	case reflect.Pointer:
		// null sets it to nil; anything else goes into a new element, which
		// the element's plan decodes (calling its UnmarshalJSON, if any, on
		// this very pointer, as encoding/json does).
		p.kind, p.elem = planPointer, buildPlan(t.Elem(), building)
	case reflect.Interface:
		if t.NumMethod() == 0 {
			p.kind = planInterface
		}
	case reflect.String:
		p.kind = planString
	case reflect.Bool:
		p.kind = planBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.kind, p.bits = planInt, t.Bits()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		p.kind, p.bits = planUint, t.Bits()
	case reflect.Float32, reflect.Float64:
		p.kind, p.bits = planFloat, t.Bits()
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return p // base64 in encoding/json
		}
		p.kind, p.elem = planSlice, buildPlan(t.Elem(), building)
	case reflect.Map:
		k := t.Key()
		if k.Kind() != reflect.String || reflect.PointerTo(k).Implements(textUnmarshaler) {
			return p
		}
		p.kind, p.elem = planMap, buildPlan(t.Elem(), building)
	case reflect.Struct:
		fields, ok := structFields(t, building)
		if ok {
			p.kind, p.fields = planStruct, fields
		}
	}
	return p
}

// structFields names the fields of struct t as encoding/json does: the tag's
// name or the field's, exported fields only, the fields of an untagged
// embedded struct promoted. ok is false for what this fast path does not
// handle: the ",string" option, an embedded pointer, or two fields claiming
// one name (encoding/json's dominance rules).
func structFields(t reflect.Type, building map[reflect.Type]*plan) ([]field, bool) {
	var out []field
	names := map[string]bool{}
	var walk func(t reflect.Type, index []int) bool
	walk = func(t reflect.Type, index []int) bool {
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := cutComma(tag)
			if hasOption(opts, "string") || !plainName(name) {
				return false
			}
			idx := append(append([]int(nil), index...), i)
			if f.Anonymous {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					return false
				}
				if name == "" && ft.Kind() == reflect.Struct {
					if !walk(ft, idx) {
						return false
					}
					continue
				}
				if !f.IsExported() {
					continue
				}
			} else if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if names[name] {
				return false
			}
			names[name] = true
			out = append(out, field{name: name, index: idx, plan: buildPlan(f.Type, building)})
		}
		return true
	}
	return out, walk(t, nil)
}

// plainName reports whether a tag's name is one encoding/json surely takes
// as it is (it ignores some it finds invalid).
func plainName(name string) bool {
	for _, c := range name {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_', c == '-', c == '$', c == '@':
		default:
			return false
		}
	}
	return true
}

func cutComma(s string) (before, after string, found bool) {
	for i := range len(s) {
		if s[i] == ',' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func hasOption(opts, name string) bool {
	for opts != "" {
		var o string
		o, opts, _ = cutComma(opts)
		if o == name {
			return true
		}
	}
	return false
}

// decode reads one value into v (settable, zero) by plan pl.
func (p *jsonReader) decode(v reflect.Value, pl *plan, depth int) bool {
	p.space()
	if p.i >= len(p.data) {
		return false
	}
	c := p.data[p.i]
	switch pl.kind {
	case planUnmarshaler:
		start := p.i
		if !p.skip(depth) {
			return false
		}
		u, ok := v.Addr().Interface().(json.Unmarshaler)
		return ok && u.UnmarshalJSON(p.data[start:p.i]) == nil
	case planPointer:
		if c == 'n' {
			_, ok := p.literal()
			return ok // stays nil
		}
		e := reflect.New(pl.typ.Elem())
		if !p.decode(e.Elem(), pl.elem, depth) {
			return false
		}
		v.Set(e)
		return true
	case planInterface:
		x, ok := p.value(depth)
		if ok && x != nil {
			v.Set(reflect.ValueOf(x))
		}
		return ok
	}
	if c == 'n' {
		// null leaves every other kind as it is (zero here).
		_, ok := p.literal()
		return ok
	}
	switch pl.kind {
	case planString:
		if c != '"' {
			return false
		}
		s, ok := p.str()
		v.SetString(s)
		return ok
	case planBool:
		x, ok := p.literal()
		b, isBool := x.(bool)
		v.SetBool(b)
		return ok && isBool
	case planInt, planUint, planFloat:
		if c != '-' && (c < '0' || c > '9') {
			return false
		}
		lit, ok := p.number()
		return ok && setNumber(v, pl, string(lit))
	case planSlice:
		return c == '[' && p.decodeSlice(v, pl, depth)
	case planMap:
		return c == '{' && p.decodeMap(v, pl, depth)
	case planStruct:
		return c == '{' && p.decodeStruct(v, pl, depth)
	}
	return false
}

// decodeSlice reads an array into a slice; p.i is at its '['.
func (p *jsonReader) decodeSlice(v reflect.Value, pl *plan, depth int) bool {
	if depth <= 0 {
		return false
	}
	p.i++
	v.Set(reflect.MakeSlice(pl.typ, 0, 0))
	p.space()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return true
	}
	for n := 0; ; n++ {
		if n == v.Cap() {
			v.Grow(max(4, n))
		}
		v.SetLen(n + 1)
		if !p.decode(v.Index(n), pl.elem, depth-1) {
			return false
		}
		if more, ok := p.next(']'); !more {
			return ok
		}
	}
}

// decodeMap reads an object into a map; p.i is at its '{'.
func (p *jsonReader) decodeMap(v reflect.Value, pl *plan, depth int) bool {
	if depth <= 0 {
		return false
	}
	p.i++
	m := reflect.MakeMap(pl.typ)
	v.Set(m)
	p.space()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return true
	}
	for {
		p.space()
		k, ok := p.str()
		if !ok || !p.colon() {
			return false
		}
		e := reflect.New(pl.typ.Elem()).Elem()
		if !p.decode(e, pl.elem, depth-1) {
			return false
		}
		m.SetMapIndex(reflect.ValueOf(k).Convert(pl.typ.Key()), e)
		if more, ok := p.next('}'); !more {
			return ok
		}
	}
}

// decodeStruct reads an object into a struct; p.i is at its '{'. (The
// kinds are decoded by functions of their own: WebAssembly engines optimise
// small functions sooner and more cheaply than one large one.)
func (p *jsonReader) decodeStruct(v reflect.Value, pl *plan, depth int) bool {
	if depth <= 0 {
		return false
	}
	p.i++
	p.space()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return true
	}
	for {
		p.space()
		start, end, kind, ok := p.strSpan()
		if !ok || kind != plainASCII || !p.colon() {
			return false // field names are plain ASCII
		}
		f := pl.field(p.data[start+1 : end-1])
		if f == nil {
			// encoding/json would try a case-insensitive match or skip
			// the value; leave both to it.
			return false
		}
		fv := v.Field(f.index[0])
		if len(f.index) > 1 {
			fv = v.FieldByIndex(f.index)
		}
		if !p.decode(fv, f.plan, depth-1) {
			return false
		}
		if more, ok := p.next('}'); !more {
			return ok
		}
	}
}

func (p *jsonReader) colon() bool {
	p.space()
	if p.i >= len(p.data) || p.data[p.i] != ':' {
		return false
	}
	p.i++
	return true
}

// setNumber stores a number's text in v as encoding/json does, reporting
// false where encoding/json reports an error.
func setNumber(v reflect.Value, pl *plan, lit string) bool {
	switch pl.kind {
	case planInt:
		n, err := strconv.ParseInt(lit, 10, 64)
		if err != nil || v.OverflowInt(n) {
			return false
		}
		v.SetInt(n)
	case planUint:
		n, err := strconv.ParseUint(lit, 10, 64)
		if err != nil || v.OverflowUint(n) {
			return false
		}
		v.SetUint(n)
	case planFloat:
		f, err := strconv.ParseFloat(lit, pl.bits)
		if err != nil || v.OverflowFloat(f) {
			return false
		}
		v.SetFloat(f)
	}
	return true
}
