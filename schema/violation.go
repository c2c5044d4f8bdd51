package schema

import (
	"errors"
	"regexp"
	"sort"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// violations turns a jsonschema validation error into schema.violation
// findings, one per mistake, in a stable order.
//
// jsonschema reports a tree of errors in no stable order, and a single
// mistake often shows up several times: once per branch of a oneOf, and
// again through every $ref on the way. The tree is flattened to its leaves;
// a failed oneOf or anyOf counts as one mistake at its own location (the
// value fits none of the allowed shapes), reported with the branch error
// that got furthest; leaves are then de-duplicated by location and keyword.
func violations(err error) []cooperation.Finding {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		var f cooperation.Findings
		f.Add(cooperation.CodeSchemaViolation, "", "keyword", "", "detail.en", err.Error(), "detail.pl", err.Error())
		return f.Raw()
	}
	var leaves []*jsonschema.ValidationError
	collect(ve, &leaves)

	seen := map[string]bool{}
	var f cooperation.Findings
	for _, l := range leaves {
		kw := keyword(l.KeywordLocation)
		path := cooperation.Path(l.InstanceLocation)
		params := []string{"keyword", kw}
		switch kw {
		case "additionalProperties":
			// Point at the unknown property itself: that is the typo.
			for _, name := range quoted(l.Message) {
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
		en, pl := describe(kw, l)
		f.Add(cooperation.CodeSchemaViolation, path, append(params, "detail.en", en, "detail.pl", pl)...)
	}
	return f.Raw()
}

// collect gathers the leaves of the error tree; a failed oneOf/anyOf is a
// leaf itself, described by its deepest cause.
func collect(ve *jsonschema.ValidationError, out *[]*jsonschema.ValidationError) {
	kw := keyword(ve.KeywordLocation)
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
		collect(c, out)
	}
}

// keyword returns the failing keyword: the last segment of the keyword
// location that is not a property name or index of the schema.
func keyword(loc string) string {
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

var quotedRE = regexp.MustCompile(`'((?:[^'\\]|\\.)*)'`)

func quoted(msg string) []string {
	var out []string
	for _, m := range quotedRE.FindAllStringSubmatch(msg, -1) {
		out = append(out, m[1])
	}
	return out
}

// deepest returns the cause of a oneOf/anyOf failure that reached furthest
// into the value (the branch the author most likely meant).
func deepest(ve *jsonschema.ValidationError) *jsonschema.ValidationError {
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

// describe returns the English and Polish detail of a leaf.
func describe(kw string, l *jsonschema.ValidationError) (en, pl string) {
	msg := l.Message
	switch kw {
	case "required":
		names := quoted(msg)
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
		if q := quoted(msg); len(q) > 0 {
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
		d := deepest(l)
		if d != l {
			dk := keyword(d.KeywordLocation)
			if dk != "oneOf" && dk != "anyOf" {
				den, dpl := describe(dk, d)
				return "the value fits none of the allowed shapes: " + den, "wartość nie pasuje do żadnej dozwolonej postaci: " + dpl
			}
		}
		return "the value fits none of the allowed shapes", "wartość nie pasuje do żadnej dozwolonej postaci"
	case "additionalProperties":
		names := strings.Join(quoted(msg), "\", \"")
		namesPL := strings.Join(quoted(msg), "”, „")
		return "the property \"" + names + "\" is not allowed here", "pole „" + namesPL + "” jest tu niedozwolone"
	case "propertyNames":
		return "unknown name (" + msg + ")", "nieznana nazwa (" + msg + ")"
	}
	return msg, "niezgodność ze schematem: " + msg
}
