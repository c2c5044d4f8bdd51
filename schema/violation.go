package schema

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// findings turns the validator's leaves into schema.violation findings, one
// per mistake, in a stable order.
//
// A leaf is one failed keyword at one instance location; a failed oneOf or
// anyOf is one leaf at the value's own location (the value fits none of the
// allowed shapes), described by the branch mistake that got furthest. An
// unknown property (additionalProperties false) is reported at the property
// itself: that is the typo. One mistake can fail one keyword twice (a
// "required" of the schema and another of its if/then): findings are
// de-duplicated by location and keyword, keeping the first in the order of
// the keyword locations, which is the order jsonschema v5's error tree gave.
func findings(leaves []leaf) []cooperation.Finding {
	slices.SortStableFunc(leaves, func(a, b leaf) int {
		if c := cooperation.ComparePaths(a.path, b.path); c != 0 {
			return c
		}
		return strings.Compare(a.kwloc, b.kwloc)
	})
	seen := map[string]bool{}
	var f cooperation.Findings
	for i := range leaves {
		l := &leaves[i]
		if l.kw == "additionalProperties" {
			for _, name := range l.names {
				p := l.path.Key(name)
				key := string(p) + "\x00" + l.kw
				if seen[key] {
					continue
				}
				seen[key] = true
				shown := display(name)
				f.Add(cooperation.CodeSchemaViolation, p, "keyword", l.kw, "property", name,
					"detail.en", "unknown property \""+shown+"\" (a typo?)",
					"detail.pl", "nieznane pole „"+shown+"” (literówka?)")
			}
			continue
		}
		key := string(l.path) + "\x00" + l.kw
		if seen[key] {
			continue
		}
		seen[key] = true
		en, pl := describe(l)
		f.Add(cooperation.CodeSchemaViolation, l.path, "keyword", l.kw, "detail.en", en, "detail.pl", pl)
	}
	return f.Raw()
}

// display returns s as a message shows a value taken from the document:
// Go-quoted without the quotes, so that control characters are visible
// (this is how jsonschema v5 quoted values, and the details keep its form).
func display(s string) string {
	q := strconv.Quote(s)
	q = strings.ReplaceAll(q[1:len(q)-1], `\"`, `"`)
	return strings.ReplaceAll(q, `'`, `\'`)
}

// describe returns the English and Polish detail of a leaf.
func describe(l *leaf) (en, pl string) {
	msg := l.msg
	switch l.kw {
	case "required":
		list := strings.Join(l.names, "\", \"")
		listPL := strings.Join(l.names, "”, „")
		if len(l.names) == 1 {
			return "the required property \"" + list + "\" is missing", "brak wymaganego pola „" + listPL + "”"
		}
		return "the required properties \"" + list + "\" are missing", "brak wymaganych pól „" + listPL + "”"
	case "type":
		return msg, "zły typ wartości (" + msg + ")"
	case "enum", "const":
		return "the value is not one of the allowed values (" + msg + ")", "wartość spoza listy dozwolonych (" + msg + ")"
	case "format":
		v := display(l.value)
		return "\"" + v + "\" is not a valid date (YYYY-MM-DD, a day that exists)", "„" + v + "” nie jest poprawną datą (RRRR-MM-DD, dzień, który istnieje)"
	case "minLength":
		return "the value must not be empty", "pole nie może być puste"
	case "minItems":
		return "the list must not be empty (" + msg + ")", "lista nie może być pusta (" + msg + ")"
	case "minimum", "maximum":
		return "the number is out of range (" + msg + ")", "liczba poza dozwolonym zakresem (" + msg + ")"
	case "oneOf", "anyOf":
		if c := l.cause; c != nil && c.kw != "oneOf" && c.kw != "anyOf" {
			den, dpl := describe(c)
			return "the value fits none of the allowed shapes: " + den, "wartość nie pasuje do żadnej dozwolonej postaci: " + dpl
		}
		return "the value fits none of the allowed shapes", "wartość nie pasuje do żadnej dozwolonej postaci"
	case "additionalProperties":
		names := make([]string, len(l.names))
		for i, n := range l.names {
			names[i] = display(n)
		}
		return "the property \"" + strings.Join(names, "\", \"") + "\" is not allowed here", "pole „" + strings.Join(names, "”, „") + "” jest tu niedozwolone"
	}
	return msg, "niezgodność ze schematem: " + msg
}
