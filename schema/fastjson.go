package schema

import (
	"encoding/binary"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// This file is the fast path of the JSON layer. encoding/json reads every
// document three times over (json.Valid, then Unmarshal into an any, then
// Unmarshal into the typed bundle, each checking the whole text first) with
// a state machine that makes an indirect call per byte; in WebAssembly that
// was most of a validation. Here one tight loop builds the generic value the
// schema validator walks, and a second (fastdecode.go) fills the typed value.
//
// Both are only a fast path. Whenever a document is anything but plain
// (broken JSON, nesting too deep, a key twice, a number out of range, a key
// no field has, a value a field cannot take), they give up and the slow path
// (scanStructure, json.Valid and encoding/json) does the work and writes the
// findings. So they never decide a finding; what they accept they must
// decode exactly as encoding/json does, which the differential tests and
// fuzz targets in fastjson_test.go check.

// maxFastDepth bounds the fast parser's nesting whatever the configured
// limit: encoding/json refuses documents nested 10 000 levels deep with an
// error of its own, which the slow path reports.
const maxFastDepth = 5000

// fastParse returns the value json.Unmarshal would decode data into (an
// any), or ok false when data is not plain: not valid JSON, nested deeper
// than maxDepth, holding a key twice in one object or a number that
// numberInRange refuses. data is valid UTF-8 (parse checks it first).
func fastParse(data []byte, maxDepth int) (v any, ok bool) {
	if maxDepth > maxFastDepth {
		maxDepth = maxFastDepth
	}
	p := jsonReader{data: data}
	v, ok = p.value(maxDepth)
	if !ok {
		return nil, false
	}
	p.space()
	return v, p.i == len(data)
}

// jsonReader reads JSON text from data[i:].
type jsonReader struct {
	data []byte
	i    int
}

func (p *jsonReader) space() {
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value reads one value as encoding/json decodes it into an any: objects as
// map[string]any, arrays as []any (empty, not nil, for []), numbers as
// float64. depth is how many more containers may open.
func (p *jsonReader) value(depth int) (any, bool) {
	p.space()
	if p.i >= len(p.data) {
		return nil, false
	}
	switch c := p.data[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.str()
	case c == '-' || c >= '0' && c <= '9':
		lit, ok := p.number()
		if !ok {
			return nil, false
		}
		return parseFloat(lit)
	default:
		return p.literal()
	}
}

// object reads an object as a map; p.i is at its '{'.
func (p *jsonReader) object(depth int) (any, bool) {
	if depth <= 0 {
		return nil, false
	}
	p.i++
	m := map[string]any{}
	p.space()
	if p.i < len(p.data) && p.data[p.i] == '}' {
		p.i++
		return m, true
	}
	for {
		p.space()
		k, ok := p.str()
		if !ok {
			return nil, false
		}
		if _, dup := m[k]; dup || !p.colon() {
			return nil, false
		}
		v, ok := p.value(depth - 1)
		if !ok {
			return nil, false
		}
		m[k] = v
		if more, ok := p.next('}'); !more {
			return m, ok
		}
	}
}

// array reads an array as a slice; p.i is at its '['.
func (p *jsonReader) array(depth int) (any, bool) {
	if depth <= 0 {
		return nil, false
	}
	p.i++
	a := make([]any, 0)
	p.space()
	if p.i < len(p.data) && p.data[p.i] == ']' {
		p.i++
		return a, true
	}
	for {
		v, ok := p.value(depth - 1)
		if !ok {
			return nil, false
		}
		a = append(a, v)
		if more, ok := p.next(']'); !more {
			return a, ok
		}
	}
}

// next reads what follows an element of a container: a comma (more: another
// element follows) or the container's closing byte. Anything else is broken
// JSON (ok false).
func (p *jsonReader) next(close byte) (more, ok bool) {
	p.space()
	if p.i >= len(p.data) {
		return false, false
	}
	c := p.data[p.i]
	p.i++
	return c == ',', c == ',' || c == close
}

// literal reads true, false or null.
func (p *jsonReader) literal() (any, bool) {
	rest := p.data[p.i:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		p.i += 4
		return true, true
	case len(rest) >= 5 && string(rest[:5]) == "false":
		p.i += 5
		return false, true
	case len(rest) >= 4 && string(rest[:4]) == "null":
		p.i += 4
		return nil, true
	}
	return nil, false
}

// str reads a string. A string with escapes, or with bytes that are not
// UTF-8 (which parse refuses before, but fastDecode may meet), is unquoted
// by encoding/json itself, so that every escape, surrogate and replacement
// character comes out exactly as there.
func (p *jsonReader) str() (string, bool) {
	start, end, kind, ok := p.strSpan()
	if !ok {
		return "", false
	}
	if kind == plainASCII || kind == beyondASCII && utf8.Valid(p.data[start+1:end-1]) {
		return string(p.data[start+1 : end-1]), true
	}
	var s string
	if json.Unmarshal(p.data[start:end], &s) != nil {
		return "", false
	}
	return s, true
}

// What a string holds, as strSpan tells.
const (
	plainASCII  = 0
	beyondASCII = 1 // a byte beyond ASCII
	escapes     = 2 // a backslash, perhaps also bytes beyond ASCII
)

// strSpan reads a string and returns its span, quotes included, and what it
// holds.
func (p *jsonReader) strSpan() (start, end int, kind uint8, ok bool) {
	start = p.i
	d := p.data
	if p.i >= len(d) || d[p.i] != '"' {
		return 0, 0, 0, false
	}
	i := p.i + 1
	for {
		// Eight bytes at a time while none is a quote, a backslash or a
		// control character (the usual tests for a zero byte and for a
		// byte below 0x20 in a word).
		for ; i+8 <= len(d); i += 8 {
			x := binary.LittleEndian.Uint64(d[i:])
			q, b := x^(lsb*'"'), x^(lsb*'\\')
			if ((q-lsb)&^q|(b-lsb)&^b|(x-lsb*0x20)&^x)&msb != 0 {
				break
			}
			if x&msb != 0 {
				kind |= beyondASCII
			}
		}
		if i >= len(d) {
			return 0, 0, 0, false
		}
		switch c := d[i]; {
		case c == '"':
			p.i = i + 1
			return start, p.i, kind, true
		case c == '\\':
			kind |= escapes
			n := escapeLen(d[i+1:])
			if n == 0 {
				return 0, 0, 0, false
			}
			i += 1 + n
		case c >= 0x80:
			kind |= beyondASCII
			i++
		case c < 0x20:
			return 0, 0, 0, false
		default:
			i++
		}
	}
}

// escapeLen returns the length of the escape that rest starts with (after
// the backslash), or 0 when JSON has no such escape.
func escapeLen(rest []byte) int {
	if len(rest) == 0 {
		return 0
	}
	switch rest[0] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 1
	case 'u':
		if len(rest) < 5 {
			return 0
		}
		for _, c := range rest[1:5] {
			if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
				return 0
			}
		}
		return 5
	}
	return 0
}

// lsb and msb are the lowest and the highest bit of each byte of a word.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// number reads a number as the JSON grammar has it and returns its text.
func (p *jsonReader) number() ([]byte, bool) {
	d, start := p.data, p.i
	digits := func() int {
		n := 0
		for p.i < len(d) && d[p.i] >= '0' && d[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if d[p.i] == '-' {
		p.i++
	}
	if p.i < len(d) && d[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		return nil, false
	}
	if p.i < len(d) && d[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, false
		}
	}
	if p.i < len(d) && (d[p.i] == 'e' || d[p.i] == 'E') {
		p.i++
		if p.i < len(d) && (d[p.i] == '+' || d[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, false
		}
	}
	return d[start:p.i], true
}

// parseFloat converts a number's text as encoding/json does (ParseFloat),
// refusing what numberInRange refuses. Short integers, nearly every number
// of a bundle, need no more than ParseFloat.
func parseFloat(lit []byte) (any, bool) {
	simple := len(lit) <= 15
	for _, c := range lit {
		if c == '.' || c == 'e' || c == 'E' {
			simple = false
			break
		}
	}
	if !simple && !numberInRange(lit) {
		return nil, false
	}
	f, err := strconv.ParseFloat(string(lit), 64)
	if err != nil {
		return nil, false
	}
	return f, true
}

// skip reads past one value, whatever it is.
func (p *jsonReader) skip(depth int) bool {
	p.space()
	if p.i >= len(p.data) {
		return false
	}
	switch c := p.data[p.i]; {
	case c == '{' || c == '[':
		if depth <= 0 {
			return false
		}
		close := byte('}')
		if c == '[' {
			close = ']'
		}
		p.i++
		p.space()
		if p.i < len(p.data) && p.data[p.i] == close {
			p.i++
			return true
		}
		for {
			if c == '{' {
				p.space()
				if _, _, _, ok := p.strSpan(); !ok || !p.colon() {
					return false
				}
			}
			if !p.skip(depth - 1) {
				return false
			}
			if more, ok := p.next(close); !more {
				return ok
			}
		}
	case c == '"':
		_, _, _, ok := p.strSpan()
		return ok
	case c == '-' || c >= '0' && c <= '9':
		_, ok := p.number()
		return ok
	default:
		_, ok := p.literal()
		return ok
	}
}
