package schema

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
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
//
// The details say, in each language, which field is wrong by the label the
// planner gives it (cooperation.FieldLabel), what is wrong and what to do.
// A JSON name appears only where the path does not end at it (a missing or
// an unknown field), in quotes beside the label.
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
				pl, en := unknownField(l.path, name)
				f.Add(cooperation.CodeSchemaViolation, p, "keyword", l.kw, "property", name, "detail.pl", pl, "detail.en", en)
			}
			continue
		}
		key := string(l.path) + "\x00" + l.kw
		if seen[key] {
			continue
		}
		seen[key] = true
		pl, en := describe(l)
		f.Add(cooperation.CodeSchemaViolation, l.path, "keyword", l.kw, "detail.pl", pl, "detail.en", en)
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

// unknownField describes the unknown property name of the object at parent.
func unknownField(parent cooperation.Path, name string) (pl, en string) {
	shown, at := display(name), where(parent)
	return "Nieznane pole „" + shown + "” " + at.pl + ". Sprawdź, czy w nazwie nie ma literówki, albo usuń to pole.",
		`Unknown field "` + shown + `" ` + at.en + `. Check the name for a typo, or remove the field.`
}

// place is where a mistake is, as a phrase of each language: "w polu
// „Liczba mieszkańców”", `in the field "Population"`.
type place struct {
	pl, en string
	field  string // the field's label, when the place is a field
	item   string // the list's label, when the place is an item of a list
}

// where names the place p points at by the labels of the documents.
func where(p cooperation.Path) place {
	if p == "" {
		return place{pl: "w dokumencie", en: "in the document"}
	}
	if l := cooperation.FieldLabel(p, cooperation.Polish); l != "" {
		return place{pl: "w polu „" + l + "”", en: `in the field "` + cooperation.FieldLabel(p, cooperation.English) + `"`, field: l}
	}
	segs := p.Segments()
	if n, err := strconv.Atoi(segs[len(segs)-1]); err == nil {
		parent := cooperation.Path(string(p)[:strings.LastIndexByte(string(p), '/')])
		if l := cooperation.FieldLabel(parent, cooperation.Polish); l != "" {
			nr := strconv.Itoa(n + 1)
			return place{pl: "w elemencie nr " + nr + " listy „" + l + "”",
				en: "in item " + nr + ` of the list "` + cooperation.FieldLabel(parent, cooperation.English) + `"`, item: l}
		}
	}
	return place{pl: "w tym miejscu dokumentu", en: "at this place in the document"}
}

// typeWords name the JSON types: what a value should be (with the Polish
// verb form that agrees with the noun) and what it is.
var typeWords = map[string]struct{ should, want, got, wantEN, gotEN string }{
	"integer": {"powinna", "liczba całkowita", "liczba", "a whole number", "a number"},
	"number":  {"powinna", "liczba", "liczba", "a number", "a number"},
	"string":  {"powinien", "tekst", "tekst", "text", "text"},
	"boolean": {"powinna", "wartość logiczna („true” albo „false”)", "wartość logiczna", `true or false`, "true or false"},
	"object":  {"powinien", "obiekt", "obiekt", "an object", "an object"},
	"array":   {"powinna", "lista", "lista", "a list", "a list"},
	"null":    {"powinno", "„null”", "„null”", `null`, "null"},
}

// describe returns the Polish and English detail of a leaf.
func describe(l *leaf) (pl, en string) {
	at := where(l.path)
	switch l.kw {
	case "required":
		var namesPL, namesEN []string
		for _, name := range l.names {
			p := l.path.Key(name)
			lpl, lEN := cooperation.FieldLabel(p, cooperation.Polish), cooperation.FieldLabel(p, cooperation.English)
			if lpl == "" {
				namesPL, namesEN = append(namesPL, "„"+name+"”"), append(namesEN, `"`+name+`"`)
				continue
			}
			namesPL = append(namesPL, "„"+lpl+"” („"+name+"”)")
			namesEN = append(namesEN, `"`+lEN+`" ("`+name+`")`)
		}
		if len(l.names) == 1 {
			return "Brak wymaganego pola " + namesPL[0] + " " + at.pl + ". Uzupełnij je.",
				"The required field " + namesEN[0] + " is missing " + at.en + ". Fill it in."
		}
		// Named by items, not cut by characters: as many as fit a
		// message's parameter, then how many more.
		n := fieldsThatFit(namesPL)
		return "Brak wymaganych pól " + at.pl + ": " + cooperation.JoinItems(namesPL, ", ", n, "field", cooperation.Polish) + ". Uzupełnij je.",
			"Required fields are missing " + at.en + ": " + cooperation.JoinItems(namesEN, ", ", n, "field", cooperation.English) + ". Fill them in."
	case "type":
		gotW := typeWords[l.value]
		if gotW.got == "" {
			gotW.got, gotW.gotEN = l.value, l.value
		}
		var wantPL, wantEN []string
		should := ""
		for _, t := range l.want {
			w, ok := typeWords[t]
			if !ok {
				w.want, w.wantEN, w.should = t, t, "powinna"
			}
			if should == "" {
				should = w.should
			}
			wantPL, wantEN = append(wantPL, w.want), append(wantEN, w.wantEN)
		}
		if should == "" {
			should = "powinna"
		}
		return "Zły rodzaj wartości " + at.pl + ": jest tu " + gotW.got + ", a " + should + " być " + strings.Join(wantPL, " albo ") + ". Popraw wartość.",
			"Wrong kind of value " + at.en + ": it is " + gotW.gotEN + ", but should be " + strings.Join(wantEN, " or ") + ". Correct the value."
	case "enum":
		return "Niedozwolona wartość " + at.pl + ": „" + display(l.value) + "”. Wybierz jedną z wartości: " + quoteList(l.want, cooperation.Polish) + ".",
			`The value "` + display(l.value) + `" is not allowed ` + at.en + ". Choose one of: " + quoteList(l.want, cooperation.English) + "."
	case "const":
		want := ""
		if len(l.want) > 0 {
			want = display(l.want[0])
		}
		return "Niedozwolona wartość " + at.pl + ": „" + display(l.value) + "”; jedyna dozwolona to „" + want + "”. Wpisz ją.",
			`The value "` + display(l.value) + `" is not allowed ` + at.en + `; the only value allowed is "` + want + `". Enter it.`
	case "format":
		v := display(l.value)
		return "Niepoprawna data " + at.pl + ": „" + v + "”. Wpisz istniejący dzień w postaci RRRR-MM-DD, np. „2026-04-01”.",
			`Invalid date ` + at.en + `: "` + v + `". Enter a day that exists, as YYYY-MM-DD, for example "2026-04-01".`
	case "minLength":
		switch {
		case at.field != "":
			return "Pole „" + at.field + "” nie może być puste. Uzupełnij je.",
				"The field " + strings.TrimPrefix(at.en, "in the field ") + " must not be empty. Fill it in."
		case at.item != "":
			return "Element nie może być pusty (" + at.pl + "). Uzupełnij go albo usuń.",
				"An item must not be empty " + at.en + ". Fill it in or remove it."
		}
		return "Wartość nie może być pusta (" + at.pl + "). Uzupełnij ją.", "The value must not be empty " + at.en + ". Fill it in."
	case "minItems":
		min := "1"
		if len(l.want) > 0 {
			min = l.want[0]
		}
		if min == "1" {
			return "Lista nie może być pusta (" + at.pl + "). Dodaj co najmniej jeden element.",
				"The list must not be empty " + at.en + ". Add at least one item."
		}
		return "Lista ma za mało elementów (" + at.pl + "): liczba elementów " + l.value + ", potrzeba co najmniej " + min + ". Dodaj brakujące elementy.",
			"The list has too few items " + at.en + " (" + l.value + "); it needs at least " + min + ". Add the missing items."
	case "minimum", "maximum":
		bound := ""
		if len(l.want) > 0 {
			bound = l.want[0]
		}
		if l.kw == "minimum" {
			return "Za mała liczba " + at.pl + ": " + number(l.value, cooperation.Polish) + "; najmniejsza dozwolona wartość to " + number(bound, cooperation.Polish) + ". Popraw wartość.",
				"The number " + at.en + " is too small: " + number(l.value, cooperation.English) + "; the smallest allowed is " + number(bound, cooperation.English) + ". Correct the value."
		}
		return "Za duża liczba " + at.pl + ": " + number(l.value, cooperation.Polish) + "; największa dozwolona wartość to " + number(bound, cooperation.Polish) + ". Popraw wartość.",
			"The number " + at.en + " is too large: " + number(l.value, cooperation.English) + "; the largest allowed is " + number(bound, cooperation.English) + ". Correct the value."
	case "oneOf", "anyOf":
		if c := l.cause; c != nil && c.kw != "oneOf" && c.kw != "anyOf" {
			dpl, den := describe(c)
			return "Wartość " + at.pl + " nie pasuje do żadnej z dozwolonych postaci. " + dpl,
				"The value " + at.en + " fits none of the allowed shapes. " + den
		}
		return "Wartość " + at.pl + " nie pasuje do żadnej z dozwolonych postaci. Porównaj ją ze schematem.",
			"The value " + at.en + " fits none of the allowed shapes. Compare it with the schema."
	}
	return "Dokument nie jest zgodny ze schematem " + at.pl + " (" + cooperation.KeywordLabel(l.kw, cooperation.Polish) + "). Popraw wartość.",
		"The document does not match the schema " + at.en + " (" + l.msg + "). Correct the value."
}

// quoteList quotes the allowed values for a message, each with its label
// when the glossary names the enumeration ("„ops” (ośrodek pomocy
// społecznej)"), at most twelve of them and how many more there are.
func quoteList(values []string, lang cooperation.Lang) string {
	labels := valueLabels(values, lang)
	q := make([]string, len(values))
	for i, v := range values {
		if lang == cooperation.English {
			q[i] = `"` + display(v) + `"`
		} else {
			q[i] = "„" + display(v) + "”"
		}
		if l := labels[v]; l != "" && !strings.EqualFold(l, v) {
			// "ośrodek pomocy społecznej (OPS)" in parentheses reads
			// "(ośrodek pomocy społecznej, OPS)"
			if open := strings.LastIndex(l, " ("); open > 0 && strings.HasSuffix(l, ")") {
				l = l[:open] + ", " + l[open+2:len(l)-1]
			}
			q[i] += " (" + l + ")"
		}
	}
	return cooperation.JoinItems(q, ", ", 12, "value", lang)
}

// valueLabels returns the glossary's labels in lang of the values of an
// enumeration: those of the smallest set of the glossary that names every
// one of them; nil when no set does (the values are then shown alone).
func valueLabels(values []string, lang cooperation.Lang) map[string]string {
	var best *cooperation.GlossarySet
	sets := ipw.GlossarySets()
	for i := range sets {
		s := &sets[i]
		if s.Name == "field" || s.Name == "keyword" || len(s.Terms) < len(values) || best != nil && len(s.Terms) >= len(best.Terms) {
			continue
		}
		names := make(map[string]bool, len(s.Terms))
		for _, t := range s.Terms {
			names[t.Value] = true
		}
		all := true
		for _, v := range values {
			all = all && names[v]
		}
		if all {
			best = s
		}
	}
	if best == nil {
		return nil
	}
	out := make(map[string]string, len(best.Terms))
	for _, t := range best.Terms {
		out[t.Value] = t.English
		if lang == cooperation.Polish {
			out[t.Value] = t.Polish
		}
	}
	return out
}

// number writes a number of the document for people (45 000, 2,5); what is
// not a number stays as it is.
func number(s string, lang cooperation.Lang) string {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	if f == float64(int(f)) && f < 1e15 && f > -1e15 {
		return cooperation.FormatInt(int(f), lang)
	}
	return s
}

// requiredListRunes is how long the list of missing fields may grow: with
// the sentence around it, the detail stays within a finding parameter's
// bound (cooperation cuts a longer one mid-list, by characters).
const requiredListRunes = 120

// fieldsThatFit returns how many of names, joined, fit requiredListRunes
// (at least one).
func fieldsThatFit(names []string) int {
	n, total := 0, 0
	for _, name := range names {
		total += utf8.RuneCountInString(name) + 2
		if n > 0 && total > requiredListRunes {
			break
		}
		n++
	}
	return n
}
