package app

import (
	"encoding/json"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
)

// AppendJSON appends the JSON of an answer to b: for a Validation or a
// Document, the answers asked for most often (the planner validates after
// every keystroke, the command line streams documents), encoded here by
// hand rather than by encoding/json's reflection, which in WebAssembly costs
// more on a first call than the findings themselves; for every other
// answer, json.Marshal's. The bytes are json.Marshal's in every case
// (tested).
func AppendJSON(b []byte, answer any) ([]byte, error) {
	switch v := answer.(type) {
	case Validation:
		return appendValidation(b, v), nil
	case Document:
		b = append(b, `{"file":`...)
		b = appendString(b, v.File)
		b = append(b, ',')
		return appendValidationFields(b, v.Validation), nil
	}
	out, err := json.Marshal(answer)
	if err != nil {
		return b, err
	}
	return append(b, out...), nil
}

// appendValidation appends a Validation as json.Marshal writes it.
func appendValidation(b []byte, v Validation) []byte {
	b = append(b, '{')
	return appendValidationFields(b, v)
}

// appendValidationFields appends a Validation's fields and the closing
// brace.
func appendValidationFields(b []byte, v Validation) []byte {
	b = append(b, `"valid":`...)
	b = strconv.AppendBool(b, v.Valid)
	b = append(b, `,"errors":`...)
	b = strconv.AppendInt(b, int64(v.Errors), 10)
	b = append(b, `,"warnings":`...)
	b = strconv.AppendInt(b, int64(v.Warnings), 10)
	b = append(b, `,"findings":`...)
	b = appendFindings(b, v.Findings)
	if len(v.Places) > 0 {
		b = append(b, `,"places":`...)
		b = appendPlaces(b, v.Places)
	}
	return append(b, '}')
}

// appendPlaces appends a list of places as json.Marshal writes it.
func appendPlaces(b []byte, ps []Place) []byte {
	b = append(b, '[')
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"part":`...)
		b = appendString(b, string(p.Part))
		b = append(b, `,"order":`...)
		b = strconv.AppendInt(b, int64(p.Order), 10)
		b = append(b, `,"title":`...)
		b = appendString(b, p.Title)
		if p.Item != "" {
			b = append(b, `,"item":`...)
			b = appendString(b, p.Item)
		}
		if p.Field != "" {
			b = append(b, `,"field":`...)
			b = appendString(b, p.Field)
		}
		if p.Missing {
			b = append(b, `,"missing":true`...)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendFindings appends a list of findings as json.Marshal writes it.
func appendFindings(b []byte, fs []cooperation.Finding) []byte {
	if fs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, f := range fs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"code":`...)
		b = appendString(b, string(f.Code))
		b = append(b, `,"severity":`...)
		b = appendString(b, string(f.Severity))
		b = append(b, `,"path":`...)
		b = appendString(b, string(f.Path))
		b = append(b, `,"message":`...)
		b = appendString(b, f.Message)
		if len(f.Params) > 0 {
			b = append(b, `,"params":{`...)
			keys := make([]string, 0, len(f.Params))
			for k := range f.Params {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			for j, k := range keys {
				if j > 0 {
					b = append(b, ',')
				}
				b = appendString(b, k)
				b = append(b, ':')
				b = appendString(b, f.Params[k])
			}
			b = append(b, '}')
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

const hexDigits = "0123456789abcdef"

// appendString appends s quoted as encoding/json does with HTML escaping:
// ", \ and control characters escaped, <, > and & as \u003c, \u003e and
// \u0026, U+2028 and U+2029 escaped, and bytes that are not UTF-8 as
// \ufffd.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(append(b, s[start:]...), '"')
	return b
}
