package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Default limits of the JSON boundary.
const (
	DefaultMaxBytes = 16 << 20 // 16 MiB
	DefaultMaxDepth = 64
)

var bom = []byte{0xEF, 0xBB, 0xBF}

// parse reads a JSON document into generic values (objects as map[string]any,
// numbers as json.Number) while enforcing the boundary's rules: size, valid
// UTF-8, well-formedness, nesting depth and no duplicate keys. It never
// recurses, so any nesting is safe. A UTF-8 byte order mark is skipped (RFC
// 8259 §8.1 allows parsers to ignore it). It returns nil and the findings
// when the document cannot be used.
func parse(data []byte, maxBytes, maxDepth int) (any, []cooperation.Finding) {
	fail := func(code cooperation.Code, path cooperation.Path, params ...string) (any, []cooperation.Finding) {
		var f cooperation.Findings
		f.Add(code, path, params...)
		return nil, f.Raw()
	}
	if len(data) > maxBytes {
		return fail(cooperation.CodeDocumentTooLarge, "", "size", strconv.Itoa(len(data)), "limit", strconv.Itoa(maxBytes))
	}
	data = bytes.TrimPrefix(data, bom)
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
