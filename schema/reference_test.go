package schema

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The reference validator: jsonschema v5, which the schema layer used before
// it had its own validator, with the normalisation of its error tree that
// turned it into findings. The differential tests (validator_test.go)
// compare the two.
//
// Two corrections to what the runtime did with v5's output, both in how
// locations were read, never in the verdict: v5 percent-encodes instance
// locations (a key "a b" is /a%20b) and Go-quotes the unknown property's
// name in its message (it's → it\'s); the runtime took both as they were,
// the reference here decodes them, giving the plain RFC 6901 pointers the
// validator gives.

// refCompiled holds the three schemas compiled by jsonschema v5.
var refCompiled = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema: refusing to fetch %s: every schema is embedded", url)
	}
	for _, name := range Names() {
		b, err := Schema(name)
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(ID(name), bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("schema: adding %s: %w", name, err)
		}
	}
	out := make(map[string]*jsonschema.Schema, 3)
	for _, name := range Names() {
		s, err := c.Compile(ID(name))
		if err != nil {
			return nil, fmt.Errorf("schema: compiling %s: %w", name, err)
		}
		out[name] = s
	}
	return out, nil
})

// refCheck validates v against schema name with jsonschema v5 and returns
// the normalised findings (nil when it conforms).
func refCheck(name string, v any) []cooperation.Finding {
	m, err := refCompiled()
	if err != nil {
		panic(err)
	}
	if err := m[name].Validate(v); err != nil {
		return refViolations(err)
	}
	return nil
}

// refPath decodes v5's percent-encoded instance location.
func refPath(loc string) cooperation.Path {
	if !strings.Contains(loc, "%") {
		return cooperation.Path(loc)
	}
	segs := strings.Split(loc, "/")
	for i, s := range segs {
		if u, err := url.PathUnescape(s); err == nil {
			segs[i] = u
		}
	}
	return cooperation.Path(strings.Join(segs, "/"))
}

// refUnquote undoes v5's quoting of a name taken from the document.
func refUnquote(q string) string {
	q = strings.ReplaceAll(q, `\'`, `'`)
	q = strings.ReplaceAll(q, `"`, `\"`)
	if u, err := strconv.Unquote(`"` + q + `"`); err == nil {
		return u
	}
	return q
}

// refViolations turns a jsonschema validation error into schema.violation
// findings, one per mistake, in a stable order.
//
// jsonschema reports a tree of errors in no stable order, and a single
// mistake often shows up several times: once per branch of a oneOf, and
// again through every $ref on the way. The tree is flattened to its leaves;
// a failed oneOf or anyOf counts as one mistake at its own location (the
// value fits none of the allowed shapes), reported with the branch error
// that got furthest; leaves are then de-duplicated by location and keyword.
func refViolations(err error) []cooperation.Finding {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		var f cooperation.Findings
		f.Add(cooperation.CodeSchemaViolation, "", "keyword", "", "detail.en", err.Error(), "detail.pl", err.Error())
		return f.Raw()
	}
	var leaves []*jsonschema.ValidationError
	refCollect(ve, &leaves)

	seen := map[string]bool{}
	var f cooperation.Findings
	for _, l := range leaves {
		kw := refKeyword(l.KeywordLocation)
		path := refPath(l.InstanceLocation)
		params := []string{"keyword", kw}
		switch kw {
		case "additionalProperties":
			// Point at the unknown property itself: that is the typo.
			for _, name := range refQuoted(l.Message) {
				name = refUnquote(name)
				p := path.Key(name)
				key := string(p) + "\x00" + kw
				if seen[key] {
					continue
				}
				seen[key] = true
				f.Add(cooperation.CodeSchemaViolation, p, append(params, "property", name,
					"detail.en", "unknown property \""+name+"\" (a typo?)",
					"detail.pl", "nieznane pole „"+name+"” (literówka?)")...)
			}
			continue
		}
		key := string(path) + "\x00" + kw
		if seen[key] {
			continue
		}
		seen[key] = true
		en, pl := refDescribe(kw, l)
		f.Add(cooperation.CodeSchemaViolation, path, append(params, "detail.en", en, "detail.pl", pl)...)
	}
	return f.Raw()
}

// refCollect gathers the leaves of the error tree; a failed oneOf/anyOf is a
// leaf itself, described by its deepest cause.
func refCollect(ve *jsonschema.ValidationError, out *[]*jsonschema.ValidationError) {
	kw := refKeyword(ve.KeywordLocation)
	if (kw == "oneOf" || kw == "anyOf") && len(ve.Causes) > 0 {
		*out = append(*out, ve)
		return
	}
	if len(ve.Causes) == 0 {
		*out = append(*out, ve)
		return
	}
	causes := append([]*jsonschema.ValidationError(nil), ve.Causes...)
	sort.SliceStable(causes, func(i, j int) bool {
		a, b := causes[i], causes[j]
		if c := cooperation.ComparePaths(cooperation.Path(a.InstanceLocation), cooperation.Path(b.InstanceLocation)); c != 0 {
			return c < 0
		}
		return a.KeywordLocation < b.KeywordLocation
	})
	for _, c := range causes {
		refCollect(c, out)
	}
}

// refKeyword returns the failing keyword: the last segment of the keyword
// location that is not a property name or index of the schema.
func refKeyword(loc string) string {
	segs := strings.Split(loc, "/")
	for i := len(segs) - 1; i >= 0; i-- {
		s := segs[i]
		if s == "" || s == "$ref" || s == "items" || s == "properties" || s == "$defs" || s == "allOf" || s == "then" {
			continue
		}
		if i > 0 && (segs[i-1] == "properties" || segs[i-1] == "$defs" || segs[i-1] == "allOf" || segs[i-1] == "oneOf" || segs[i-1] == "anyOf") {
			continue
		}
		return s
	}
	return ""
}

var refQuotedRE = regexp.MustCompile(`'((?:[^'\\]|\\.)*)'`)

func refQuoted(msg string) []string {
	var out []string
	for _, m := range refQuotedRE.FindAllStringSubmatch(msg, -1) {
		out = append(out, m[1])
	}
	return out
}

// refDeepest returns the cause of a oneOf/anyOf failure that reached furthest
// into the value (the branch the author most likely meant).
func refDeepest(ve *jsonschema.ValidationError) *jsonschema.ValidationError {
	best := ve
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			if len(e.InstanceLocation) > len(best.InstanceLocation) || best == ve {
				best = e
			}
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	for _, c := range ve.Causes {
		walk(c)
	}
	return best
}

// refDescribe returns the English and Polish detail of a leaf.
func refDescribe(kw string, l *jsonschema.ValidationError) (en, pl string) {
	msg := l.Message
	switch kw {
	case "required":
		names := refQuoted(msg)
		list := strings.Join(names, "\", \"")
		listPL := strings.Join(names, "”, „")
		if len(names) == 1 {
			return "the required property \"" + list + "\" is missing", "brak wymaganego pola „" + listPL + "”"
		}
		return "the required properties \"" + list + "\" are missing", "brak wymaganych pól „" + listPL + "”"
	case "type":
		return msg, "zły typ wartości (" + msg + ")"
	case "enum", "const":
		return "the value is not one of the allowed values (" + msg + ")", "wartość spoza listy dozwolonych (" + msg + ")"
	case "format":
		v := ""
		if q := refQuoted(msg); len(q) > 0 {
			v = q[0]
		}
		return "\"" + v + "\" is not a valid date (YYYY-MM-DD, a day that exists)", "„" + v + "” nie jest poprawną datą (RRRR-MM-DD, dzień, który istnieje)"
	case "minLength":
		return "the value must not be empty", "pole nie może być puste"
	case "minItems":
		return "the list must not be empty (" + msg + ")", "lista nie może być pusta (" + msg + ")"
	case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		return "the number is out of range (" + msg + ")", "liczba poza dozwolonym zakresem (" + msg + ")"
	case "oneOf", "anyOf":
		d := refDeepest(l)
		if d != l {
			dk := refKeyword(d.KeywordLocation)
			if dk != "oneOf" && dk != "anyOf" {
				den, dpl := refDescribe(dk, d)
				return "the value fits none of the allowed shapes: " + den, "wartość nie pasuje do żadnej dozwolonej postaci: " + dpl
			}
		}
		return "the value fits none of the allowed shapes", "wartość nie pasuje do żadnej dozwolonej postaci"
	case "additionalProperties":
		names := strings.Join(refQuoted(msg), "\", \"")
		namesPL := strings.Join(refQuoted(msg), "”, „")
		return "the property \"" + names + "\" is not allowed here", "pole „" + namesPL + "” jest tu niedozwolone"
	case "propertyNames":
		return "unknown name (" + msg + ")", "nieznana nazwa (" + msg + ")"
	}
	return msg, "niezgodność ze schematem: " + msg
}
