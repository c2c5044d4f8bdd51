package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Default limits of the JSON boundary.
const (
	DefaultMaxBytes = 16 << 20 // 16 MiB
	DefaultMaxDepth = 64
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// freeForm is the part of a bundle whose content is the caller's own and
// is kept untouched, whatever numbers it holds.
const freeForm cooperation.Path = "/extensions"

// parse reads a JSON document into generic values (objects as map[string]any,
// numbers as json.Number) while enforcing the boundary's rules: size, valid
// UTF-8, well-formedness, nesting depth, no duplicate keys, and numbers that
// some field could hold. It never recurses, so any nesting is safe. The
// caller skips a UTF-8 byte order mark first (RFC 8259 §8.1 allows parsers to
// ignore one; a second one is an error). It returns nil and the findings when
// the document cannot be used.
func parse(data []byte, maxBytes, maxDepth int) (any, []cooperation.Finding) {
	fail := func(code cooperation.Code, path cooperation.Path, params ...string) (any, []cooperation.Finding) {
		var f cooperation.Findings
		f.Add(code, path, params...)
		return nil, f.Raw()
	}
	if len(data) > maxBytes {
		return fail(cooperation.CodeDocumentTooLarge, "", "size", strconv.Itoa(len(data)), "limit", strconv.Itoa(maxBytes))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(cooperation.CodeDocumentInvalidJSON, "", "detail", "the document is empty")
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fail(cooperation.CodeDocumentInvalidJSON, "", "offset", strconv.Itoa(off), "detail", "the text is not valid UTF-8")
	}

	type frame struct {
		obj    map[string]any
		arr    []any
		isObj  bool
		key    string // object: the key whose value comes next
		hasKey bool
		path   cooperation.Path
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var stack []*frame
	var root any
	done := false
	put := func(v any) {
		if len(stack) == 0 {
			root, done = v, true
			return
		}
		top := stack[len(stack)-1]
		if top.isObj {
			top.obj[top.key] = v
			top.hasKey = false
		} else {
			top.arr = append(top.arr, v)
		}
	}
	childPath := func() cooperation.Path {
		if len(stack) == 0 {
			return ""
		}
		top := stack[len(stack)-1]
		if top.isObj {
			return top.path.Key(top.key)
		}
		return top.path.Index(len(top.arr))
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fail(cooperation.CodeDocumentInvalidJSON, "", syntaxParams(err, dec)...)
		}
		// An object key comes as a string while the object awaits a key.
		if n := len(stack); n > 0 && stack[n-1].isObj && !stack[n-1].hasKey {
			if d, ok := tok.(json.Delim); ok && d == '}' {
				// fall through to the delimiter handling below
			} else {
				key := tok.(string)
				top := stack[n-1]
				if _, dup := top.obj[key]; dup {
					return fail(cooperation.CodeDocumentDuplicateKey, top.path.Key(key), "key", key)
				}
				top.key, top.hasKey = key, true
				continue
			}
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if len(stack) >= maxDepth {
					return fail(cooperation.CodeDocumentTooDeep, childPath(), "limit", strconv.Itoa(maxDepth))
				}
				f := &frame{isObj: t == '{', path: childPath()}
				if f.isObj {
					f.obj = map[string]any{}
				} else {
					f.arr = []any{}
				}
				stack = append(stack, f)
			case '}', ']':
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if top.isObj {
					put(top.obj)
				} else {
					put(top.arr)
				}
			}
		case json.Number:
			if !numberInRange(t) && !childPath().Within(freeForm) {
				return fail(cooperation.CodeSchemaViolation, childPath(), "keyword", "type", "value", string(t),
					"detail.en", "the number "+string(t)+" is out of the range any field can hold",
					"detail.pl", "liczba "+string(t)+" wykracza poza zakres każdego pola")
			}
			put(t)
		default:
			put(t)
		}
		if done {
			// Only white space may follow the top-level value.
			if _, err := dec.Token(); !errors.Is(err, io.EOF) {
				return fail(cooperation.CodeDocumentInvalidJSON, "", "offset", strconv.FormatInt(dec.InputOffset(), 10), "detail", "unexpected data after the end of the document")
			}
			break
		}
	}
	if !done {
		return fail(cooperation.CodeDocumentInvalidJSON, "", "offset", strconv.FormatInt(dec.InputOffset(), 10), "detail", "the document ends too early")
	}
	return root, nil
}

// numberInRange reports whether a JSON number fits a float64 and has an
// exponent of at most a few hundred. Numbers past that fit no field of any
// document, and the schema validator would try to build them as exact
// rationals (10^9999999 is megabytes) and fail; they are reported here.
func numberInRange(n json.Number) bool {
	s := string(n)
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		exp, err := strconv.Atoi(strings.TrimPrefix(s[i+1:], "+"))
		if err != nil || exp > 400 || exp < -400 {
			return false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	return err == nil && !math.IsInf(f, 0)
}

func syntaxParams(err error, dec *json.Decoder) []string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return []string{"offset", strconv.FormatInt(se.Offset, 10), "detail", se.Error()}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return []string{"offset", strconv.FormatInt(dec.InputOffset(), 10), "detail", "the document ends too early"}
	}
	return []string{"detail", fmt.Sprint(err)}
}
