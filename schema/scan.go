package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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

// freeFormKey names the top-level part of a bundle whose content is the
// caller's own and is kept untouched, whatever numbers it holds.
const freeFormKey = "extensions"

// parse reads a JSON document into generic values (objects as map[string]any,
// numbers as json.Number) while enforcing the boundary's rules: size, valid
// UTF-8, well-formedness, nesting depth, no duplicate keys, and numbers that
// some field could hold. Nothing here recurses deeper than maxDepth, so any
// nesting is safe. The caller skips a UTF-8 byte order mark first (RFC 8259
// §8.1 allows parsers to ignore one; a second one is an error). It returns
// nil and the findings when the document cannot be used.
//
// A plain document (most of them) is read by fastParse in one pass. Any
// other goes to parseSlow, which splits the work for exact findings: one
// byte scan checks depth (first, since encoding/json's validator stops at
// 10 000 levels with a message of its own), duplicate keys and numbers;
// encoding/json's validator, a state machine that does not recurse, finds
// syntax errors; then the standard decoder, safe once the depth is known,
// builds the values.
// unusable is parse's answer for a document that cannot be used: no value and
// the one finding.
func unusable(code cooperation.Code, path cooperation.Path, params ...string) (any, []cooperation.Finding) {
	var f cooperation.Findings
	f.Add(code, path, params...)
	return nil, f.Raw()
}

func parse(data []byte, maxBytes, maxDepth int) (any, []cooperation.Finding) {
	if len(data) > maxBytes {
		// The size is not told: a reader stops at the limit and one byte
		// more, so only "more than the limit" is known.
		return unusable(cooperation.CodeDocumentTooLarge, "", "limit", strconv.Itoa(maxBytes))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return unusable(cooperation.CodeDocumentInvalidJSON, "", jsonDetail("the document is empty")...)
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
		return unusable(cooperation.CodeDocumentInvalidJSON, "", append(position(data, off), jsonDetail("the text is not valid UTF-8")...)...)
	}
	// The fast path takes every plain document (fastjson.go); the rest, and
	// every finding, are the slow path's.
	if v, ok := fastParse(data, maxDepth); ok {
		return v, nil
	}
	return parseSlow(data, maxDepth)
}

// parseSlow is parse without the fast path, for valid UTF-8 that is not
// empty.
func parseSlow(data []byte, maxDepth int) (any, []cooperation.Finding) {
	// Depth first: encoding/json's own validator gives up at 10 000 levels
	// with a message of its own.
	sc := scanStructure(data, maxDepth)
	if sc.tooDeep {
		return unusable(cooperation.CodeDocumentTooDeep, sc.depthPath, "limit", strconv.Itoa(maxDepth))
	}
	if !json.Valid(data) {
		// Unmarshal checks the whole text before decoding anything, so this
		// only locates the syntax error.
		err := json.Unmarshal(data, new(json.RawMessage))
		var se *json.SyntaxError
		if errors.As(err, &se) {
			// Offset counts the bytes read up to and including the one that
			// is wrong; at the end of the text it is the text's length.
			detail, off := se.Error(), int(se.Offset)-1
			if strings.Contains(detail, "unexpected end of JSON input") {
				detail, off = "the document ends too early", len(data)
			}
			return unusable(cooperation.CodeDocumentInvalidJSON, "", append(position(data, off), jsonDetail(detail)...)...)
		}
		return unusable(cooperation.CodeDocumentInvalidJSON, "", jsonDetail(fmt.Sprint(err))...)
	}
	if sc.dupKey != nil {
		return unusable(cooperation.CodeDocumentDuplicateKey, sc.dupPath, "key", *sc.dupKey)
	}
	if sc.badNumber != "" {
		n := sc.badNumber
		at := where(sc.numberPath)
		return unusable(cooperation.CodeSchemaViolation, sc.numberPath, "keyword", "type", "value", n,
			"detail.pl", "Liczba "+at.pl+" jest zbyt duża, by zapisać ją w jakimkolwiek polu ("+shownNumber(n, cooperation.Polish)+"). Popraw wartość.",
			"detail.en", "The number "+at.en+" is too large to be stored in any field ("+shownNumber(n, cooperation.English)+"). Correct the value.")
	}
	// Every number now fits a float64, and the nesting is shallow enough for
	// the recursive decoder.
	var root any
	var err error
	if sc.freeNumber {
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		err = dec.Decode(&root)
	} else {
		err = json.Unmarshal(data, &root)
	}
	if err != nil {
		return unusable(cooperation.CodeDocumentInvalidJSON, "", jsonDetail(err.Error())...)
	}
	return root, nil
}

// position gives the params of a place in the text: its line and column as
// an editor shows them (from 1, the column in characters) and its offset in
// bytes from the start (from 0).
func position(data []byte, off int) []string {
	off = max(0, min(off, len(data)))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	column := 1 + utf8.RuneCount(data[start:off])
	return []string{"line", strconv.Itoa(line), "column", strconv.Itoa(column), "offset", strconv.Itoa(off)}
}

// jsonDetail gives the detail of a document.invalid_json finding: the
// parser's words (detail) and, in each language, what they mean and what to
// do about it.
func jsonDetail(detail string) []string {
	// The parser's words are English: the Polish text does not quote them.
	pl, en := "plik zawiera błąd składni JSON; popraw go w edytorze tekstu albo zapisz plik ponownie z programu, który go utworzył.",
		"the file has a JSON syntax error ("+strconv.Quote(detail)+"); correct it in a text editor, or save the file again from the program that made it."
	switch {
	case detail == "the document is empty":
		pl, en = "plik jest pusty. Wybierz plik z danymi gminy.", "the file is empty. Choose the file with the gmina's data."
	case detail == "the text is not valid UTF-8":
		pl, en = "tekst nie jest zapisany w kodowaniu UTF-8. Zapisz plik ponownie w tym kodowaniu.",
			"the text is not encoded in UTF-8. Save the file again in that encoding."
	case detail == "the document ends too early":
		pl, en = "plik urywa się w połowie – jest niekompletny lub uszkodzony. Zapisz go ponownie.",
			"the file ends too early: it is incomplete or damaged. Save it again."
	case strings.HasPrefix(detail, "invalid character "):
		ch, _, _ := strings.Cut(strings.TrimPrefix(detail, "invalid character "), " ")
		ch = strings.Trim(ch, "'")
		pl = "nieoczekiwany znak „" + ch + "”. Sprawdź przecinki, cudzysłowy i nawiasy w pobliżu tego miejsca."
		en = "an unexpected character " + strconv.Quote(ch) + ". Check the commas, quotes and brackets near this place."
	}
	return []string{"detail", detail, "detail.pl", pl, "detail.en", en}
}

// shownNumber writes a number for a message: itself when it is short
// enough to read, else how many characters it has (never a cut number).
func shownNumber(n string, lang cooperation.Lang) string {
	if len(n) <= 24 {
		if lang == cooperation.Polish {
			return "„" + n + "”"
		}
		return n
	}
	chars := cooperation.Noun{One: "znak", Few: "znaki", Many: "znaków", EnOne: "character", EnMany: "characters"}.Count(len(n), lang)
	if lang == cooperation.Polish {
		return "zapis liczby ma " + chars
	}
	return "it is written with " + chars
}

// level is an open array or object during scanStructure. The keys of the
// open objects share one stack (keys), each level owning keys[keyStart:].
type level struct {
	obj      bool
	wantKey  bool
	key      string
	idx      int
	keyStart int
	keySet   map[string]struct{}
}

// scan is what scanStructure found.
type scan struct {
	tooDeep    bool
	depthPath  cooperation.Path
	dupKey     *string
	dupPath    cooperation.Path
	badNumber  string
	numberPath cooperation.Path
	// freeNumber: the free-form part holds a number beyond float64, which
	// only json.Number can keep.
	freeNumber bool
}

// scanStructure walks JSON text and reports the first container nested
// deeper than maxDepth (at the element that would open it), the first key
// repeated in one object (at the key) and the first number that no field can
// hold (outside the bundle's free-form extensions). It does not judge
// syntax: on broken text it stops quietly where it loses its way, and the
// syntax check reports the problem.
func scanStructure(data []byte, maxDepth int) scan {
	var out scan
	var stack []level
	var keys []string
	path := func() cooperation.Path {
		var p cooperation.Path
		for i := range stack {
			if stack[i].obj {
				p = p.Key(stack[i].key)
			} else {
				p = p.Index(stack[i].idx)
			}
		}
		return p
	}
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case c == '{' || c == '[':
			if len(stack) >= maxDepth {
				out.tooDeep, out.depthPath = true, path()
				return out
			}
			stack = append(stack, level{obj: c == '{', wantKey: c == '{', keyStart: len(keys)})
		case c == '}' || c == ']':
			if len(stack) == 0 {
				return out
			}
			keys = keys[:stack[len(stack)-1].keyStart]
			stack = stack[:len(stack)-1]
		case c == ',':
			if len(stack) == 0 {
				return out
			}
			if top := &stack[len(stack)-1]; top.obj {
				top.wantKey = true
			} else {
				top.idx++
			}
		case c == '"':
			start := i
			escaped := false
			for i++; i < len(data) && data[i] != '"'; i++ {
				if data[i] == '\\' {
					escaped = true
					i++
				}
			}
			if i >= len(data) {
				return out
			}
			if n := len(stack); n > 0 && stack[n-1].obj && stack[n-1].wantKey {
				top := &stack[n-1]
				key := string(data[start+1 : i])
				if escaped {
					json.Unmarshal(data[start:i+1], &key)
				}
				top.key, top.wantKey = key, false
				if seen(top, &keys, key) && out.dupKey == nil {
					out.dupKey, out.dupPath = &key, path()
				}
			}
		case c == '-' || c >= '0' && c <= '9':
			start := i
			for i+1 < len(data) && strings.IndexByte("+-.eE0123456789", data[i+1]) >= 0 {
				i++
			}
			free := len(stack) > 0 && stack[0].obj && stack[0].key == freeFormKey
			if !numberInRange(data[start : i+1]) {
				if free {
					out.freeNumber = true
				} else if out.badNumber == "" {
					out.badNumber, out.numberPath = string(data[start:i+1]), path()
				}
			}
		}
	}
	return out
}

// seen reports whether key was already seen in the object at top, and
// records it. Small objects search the shared key stack; large ones switch
// to a map of their own.
func seen(top *level, keys *[]string, key string) bool {
	if top.keySet != nil {
		if _, dup := top.keySet[key]; dup {
			return true
		}
		top.keySet[key] = struct{}{}
		return false
	}
	own := (*keys)[top.keyStart:]
	for _, k := range own {
		if k == key {
			return true
		}
	}
	if len(own) >= 16 {
		top.keySet = make(map[string]struct{}, 2*len(own))
		for _, k := range own {
			top.keySet[k] = struct{}{}
		}
		top.keySet[key] = struct{}{}
		return false
	}
	*keys = append(*keys, key)
	return false
}

// numberInRange reports whether a JSON number fits a float64, has an
// exponent of at most a few hundred and does not underflow to zero. Numbers
// past that fit no field of any document, and the schema validator would try
// to build them as exact rationals (10^9999999 is megabytes) and fail; they
// are reported here.
func numberInRange(n []byte) bool {
	s := string(n)
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		exp, err := strconv.Atoi(strings.TrimPrefix(s[i+1:], "+"))
		if err != nil || exp > 400 || exp < -400 {
			return false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) {
		return false
	}
	// A non-zero number that rounds to zero (1e-400) has underflowed.
	mantissa := s
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mantissa = s[:i]
	}
	return f != 0 || strings.Trim(mantissa, "-+.0") == ""
}
