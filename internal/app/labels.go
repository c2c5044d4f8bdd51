package app

import (
	"io"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Labels is the answer of labels: the glossary in one language, set name →
// value → label (ipw.Glossary), as the planner shows every value and field.
type Labels struct {
	lang cooperation.Lang
	sets map[string]map[string]string
}

// LabelsIn returns the glossary in lang.
func LabelsIn(lang cooperation.Lang) Labels {
	return Labels{lang: lang, sets: ipw.Glossary(lang)}
}

// Sets returns the glossary as data: set name → value → label.
func (l Labels) Sets() map[string]map[string]string { return l.sets }

// MarshalJSON writes the glossary as {set: {value: label}}.
func (l Labels) MarshalJSON() ([]byte, error) { return marshal(l.sets) }

// Text writes each set, its values and their labels, in the order of the
// glossary.
func (l Labels) Text(w io.Writer, lang cooperation.Lang) error {
	var b strings.Builder
	for i, s := range ipw.GlossarySets() {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(s.Name + ":\n")
		for _, t := range s.Terms {
			b.WriteString("  " + pad(t.Value, 28) + " " + say(lang, t.Polish, t.English) + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
