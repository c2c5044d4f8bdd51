package wasm

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
)

// options decodes the options argument {asOf, lang, profile, places,
// period: {from, to}}, given as an
// object or a JSON string, absent for the defaults. Unknown keys are an error
// (they are usually typos). What each option may be is app's to say
// (app.ParseDate, app.ParseLang); a profile that is not a valid profile is
// an error of the function called, carrying its findings.
func options(a Arg) (app.Options, *Response) {
	var o app.Options
	var text string
	switch a.Kind {
	case Absent:
		return o, nil
	case String, Object:
		text = a.text()
	default:
		return o, bad("options must be an object {asOf, lang, profile} or its JSON string, not %s", a.Text)
	}
	var raw struct {
		AsOf    *string         `json:"asOf"`
		Lang    *string         `json:"lang"`
		Profile json.RawMessage `json:"profile"`
		Places  bool            `json:"places"`
		Period  *struct {
			From *string `json:"from"`
			To   *string `json:"to"`
		} `json:"period"`
	}
	var plain bool
	if raw.AsOf, raw.Lang, raw.Places, plain = plainOptions(text); !plain {
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&raw); err != nil {
			return o, bad("options: %s", optionsError(err))
		}
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			return o, bad("options: unexpected data after the object")
		}
	}
	o.Places = raw.Places
	if raw.Lang != nil {
		l, err := app.ParseLang(*raw.Lang)
		if err != nil {
			return o, bad("options.lang: %s", err.Message)
		}
		o.Lang = l
	}
	if raw.AsOf != nil {
		d, err := app.ParseDate(*raw.AsOf)
		if err != nil {
			return o, bad("options.asOf: %s", err.Message)
		}
		o.AsOf = d
	}
	if raw.Period != nil {
		for _, side := range []struct {
			key  string
			text *string
			into *cooperation.Date
		}{{"from", raw.Period.From, &o.Period.From}, {"to", raw.Period.To, &o.Period.To}} {
			if side.text == nil {
				continue
			}
			d, err := app.ParseDate(*side.text)
			if err != nil {
				return o, bad("options.period.%s: %s", side.key, err.Message)
			}
			*side.into = d
		}
	}
	if p := bytes.TrimSpace(raw.Profile); len(p) > 0 && !bytes.Equal(p, []byte("null")) {
		if p[0] == '"' {
			// The profile as a JSON string holding the document.
			var doc string
			if err := json.Unmarshal(p, &doc); err != nil {
				return o, bad("options.profile: %v", err)
			}
			p = []byte(doc)
		}
		o.Profile = p
	}
	return o, nil
}

// optionsError words a decoding error of the options object.
func optionsError(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return fmt.Sprintf("must be an object {asOf, lang, profile}, not %s %s", article(te.Value), te.Value)
		}
		if te.Field == "period" {
			return fmt.Sprintf("period must be an object {from, to}, not %s %s", article(te.Value), te.Value)
		}
		return fmt.Sprintf("%s must be a string, not %s %s", te.Field, article(te.Value), te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("not valid JSON at byte %d: %v", se.Offset, err)
	}
	if errors.Is(err, io.EOF) {
		return "empty; give an object {asOf, lang, profile}"
	}
	if msg, found := strings.CutPrefix(err.Error(), "json: unknown field "); found {
		return "unknown key " + msg + " (the keys are asOf, lang, profile, places, period)"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

func bad(format string, args ...any) *Response {
	r := failf(format, args...)
	return &r
}

// plainOptions reads the usual options, an object with asOf and lang as
// plain strings (printable ASCII, no escapes) or null and places as true or
// false, without
// encoding/json, whose decoder is most of the first call's cost in
// WebAssembly. ok is false for anything else (a profile, an escape, another
// key, a key twice, broken JSON), which the decoder then reads and words.
func plainOptions(text string) (asOf, lang *string, places, ok bool) {
	i := 0
	space := func() {
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
			i++
		}
	}
	str := func() (string, bool) {
		if i >= len(text) || text[i] != '"' {
			return "", false
		}
		for j := i + 1; j < len(text); j++ {
			switch c := text[j]; {
			case c == '"':
				s := text[i+1 : j]
				i = j + 1
				return s, true
			case c < 0x20 || c >= 0x7f || c == '\\':
				return "", false
			}
		}
		return "", false
	}
	space()
	if i >= len(text) || text[i] != '{' {
		return nil, nil, false, false
	}
	i++
	space()
	var seenAsOf, seenLang, seenPlaces bool
	for i < len(text) && text[i] != '}' {
		key, ok := str()
		space()
		if !ok || i >= len(text) || text[i] != ':' {
			return nil, nil, false, false
		}
		i++
		space()
		switch {
		case key == "places" && !seenPlaces:
			seenPlaces = true
			switch {
			case strings.HasPrefix(text[i:], "true"):
				places, i = true, i+4
			case strings.HasPrefix(text[i:], "false"):
				i += 5
			default:
				return nil, nil, false, false
			}
		case key == "asOf" && !seenAsOf, key == "lang" && !seenLang:
			var val *string
			if strings.HasPrefix(text[i:], "null") {
				i += 4
			} else if v, ok := str(); ok {
				val = &v
			} else {
				return nil, nil, false, false
			}
			if key == "asOf" {
				asOf, seenAsOf = val, true
			} else {
				lang, seenLang = val, true
			}
		default:
			return nil, nil, false, false
		}
		space()
		if i < len(text) && text[i] == ',' {
			i++
			space()
			if i < len(text) && text[i] == '}' {
				return nil, nil, false, false // a trailing comma
			}
		} else if i >= len(text) || text[i] != '}' {
			return nil, nil, false, false
		}
	}
	if i >= len(text) {
		return nil, nil, false, false
	}
	i++
	space()
	return asOf, lang, places, i == len(text)
}
