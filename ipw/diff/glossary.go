package diff

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Words come from the library's one glossary: the labels of the values of
// closed sets (ipw.Glossary) and the names of fields
// (cooperation.FieldLabel).

var glossaries = sync.OnceValue(func() [2]map[string]map[string]string {
	return [2]map[string]map[string]string{ipw.Glossary(cooperation.Polish), ipw.Glossary(cooperation.English)}
})

// label returns the label of value in the glossary set (as the JSON names
// it: "variant", "kind", "actionStatus"…), in lang; a value the glossary
// does not know is returned as it is.
func label(set, value string, lang cooperation.Lang) string {
	g := glossaries()[0]
	if lang == cooperation.English {
		g = glossaries()[1]
	}
	if s, ok := g[set][value]; ok {
		return s
	}
	return value
}

// A sentence names a field by a noun that a participle follows ("termin
// przesunięty", "data wystąpienia przesunięta"). That noun is the field's
// label in the glossary, as the planner's form shows it, in lower case and
// without a unit in parentheses ("Okres wypowiedzenia (dni)" → "okres
// wypowiedzenia"); the shape gives only its gender. Where a label is not a
// noun ("Obowiązuje od", "Kto odpowiada", "Joined on") the shape gives a
// noun of its own.

// nouns fills in the nouns of o's fields that the shape leaves to the
// glossary; p is a pointer to an object of shape o.
func nouns(o *object, p cooperation.Path) {
	for i := range o.fields {
		f := &o.fields[i]
		fp := p.Key(f.name)
		if f.noun.pl == "" {
			f.noun.pl = sentenceNoun(cooperation.FieldLabel(fp, cooperation.Polish))
		}
		if f.noun.en == "" {
			f.noun.en = sentenceNoun(cooperation.FieldLabel(fp, cooperation.English))
		}
		if f.obj == nil {
			continue
		}
		if f.t == vList {
			fp = fp.Index(0)
		}
		if f.obj.whole && f.obj.noun.pl == "" {
			f.obj.noun.pl = sentenceNoun(cooperation.FieldLabel(p.Key(f.name), cooperation.Polish))
			f.obj.noun.en = sentenceNoun(cooperation.FieldLabel(p.Key(f.name), cooperation.English))
		}
		nouns(f.obj, fp)
	}
}

// sentenceNoun turns a form's label into a noun for a sentence: a unit or
// note in parentheses at its end goes, and its first letter is lowered
// unless its first word is an abbreviation (REGON, PESEL).
func sentenceNoun(label string) string {
	if i := strings.LastIndex(label, " ("); i > 0 && strings.HasSuffix(label, ")") {
		label = label[:i]
	}
	first, _, _ := strings.Cut(label, " ")
	if strings.ToUpper(first) == first {
		return label
	}
	r, n := utf8.DecodeRuneInString(label)
	return string(unicode.ToLower(r)) + label[n:]
}

func init() { nouns(bundleSpec, "") }
