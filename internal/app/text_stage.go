package app

import (
	"io"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// variantLabel names a variant for people: "wiejski", "urban-rural".
func variantLabel(v cooperation.Variant, lang cooperation.Lang) string {
	if !v.Valid() {
		return string(v)
	}
	return v.Label(lang)
}

// Text writes the stage report for a coordinator: the municipality, the
// stages with the completed ones ticked and the current one marked, the
// checklist of the current stage with where in the bundle each item
// belongs, and a note when the model's rules find errors in the bundle.
func (s Stage) Text(w io.Writer, lang cooperation.Lang) error {
	var b strings.Builder
	r := s.StageReport
	if s.bundle != nil {
		m := s.bundle.Municipality
		b.WriteString(m.Name + " (TERYT " + m.TERYT + "), ")
	}
	b.WriteString(say(lang, "wariant: ", "variant: ") + variantLabel(r.Variant, lang))
	b.WriteString(say(lang, ", stan na dzień ", ", as of ") + r.Date.Format(lang) + "\n\n")

	total := strconv.Itoa(len(r.Stages))
	switch {
	case len(r.Stages) == 0:
		b.WriteString(say(lang, "Nie można ustalić etapów:", "The stages cannot be determined:") + "\n")
		writeChecklist(&b, r.Missing, lang)
	case r.Current == "":
		b.WriteString(say(lang, "Wszystkie etapy wdrażania ("+total+") są ukończone.",
			"Every implementation stage ("+total+") is completed.") + "\n")
	default:
		n := strconv.Itoa(len(r.Completed) + 1)
		b.WriteString(say(lang, "Etap "+n+" z "+total+": ", "Stage "+n+" of "+total+": ") + r.Current.Title(lang) + "\n")
	}
	for i, st := range r.Stages {
		mark := " "
		switch {
		case i < len(r.Completed):
			mark = "✓"
		case st == r.Current:
			mark = "→"
		}
		b.WriteString("  " + mark + " " + strconv.Itoa(i+1) + ". " + st.Title(lang) + "\n")
	}
	if r.Current != "" {
		title := r.Current.Title(lang)
		b.WriteString("\n" + say(lang, "Do zrobienia, by ukończyć etap „"+title+"”:", "To do, to complete the stage \""+title+"\":") + "\n")
		writeChecklist(&b, r.Missing, lang)
		if r.Next != "" {
			b.WriteString("\n" + say(lang, "Następny etap: ", "Next stage: ") + r.Next.Title(lang) + ".\n")
		} else {
			b.WriteString("\n" + say(lang, "To ostatni etap.", "This is the last stage.") + "\n")
		}
	}
	if e := s.errors(); e > 0 {
		b.WriteString("\n" + say(lang,
			"Uwaga: pakiet ma "+count(e, errorNoun, lang)+"; pokaże je polecenie „kooperacja validate”.",
			"Note: the bundle has "+count(e, errorNoun, lang)+"; \"kooperacja validate\" shows them.") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeChecklist(b *strings.Builder, ms []ipw.Missing, lang cooperation.Lang) {
	for _, m := range ms {
		b.WriteString("  [ ] " + upperFirst(m.Message(lang)) + "\n")
		if m.Path != "" {
			b.WriteString("      " + string(m.Path) + "\n")
		}
	}
}
