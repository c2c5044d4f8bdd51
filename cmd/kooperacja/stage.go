package main

import (
	"encoding/json"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/schema"
)

// runStage implements "kooperacja stage": where the municipality stands in
// implementing the model, and a checklist of what the current stage lacks.
// Exit status: 0 when the report is printed, 2 on a usage or I/O error or a
// bundle that cannot be read (its findings go to stderr). Rule findings of a
// bundle that reads do not change the exit status: the report is about the
// data as they are; "kooperacja validate" judges them.
func runStage(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("stage", stderr, &c, true)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kooperacja stage [--as-of DATE] [--format text|json] [--lang pl|en] [--profile FILE] BUNDLE|-")
		fmt.Fprintln(stderr, "\nPrints the implementation stages completed, the current stage and what it still lacks.")
		fmt.Fprintln(stderr, "Exit status: 0 when the report is printed, 2 on a usage or I/O error or a bundle that cannot be read.")
		fs.PrintDefaults()
	}
	opts, ok := parseFlags(fs, &c, args, stderr, exactlyOne)
	if !ok {
		return 2
	}
	res := loadBundle(fs.Arg(0), stdin, stderr, opts)
	if res == nil {
		return 2
	}
	b := res.Bundle
	if c.asOf == "" && b.AsOf.IsZero() {
		opts = append(opts, cooperation.AsOf(schema.Today()))
	}
	r, err := ipw.Progress(b, opts...)
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja stage: %v\n", err)
		return 2
	}
	if c.format == "json" {
		out, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "kooperacja stage: %v\n", err)
			return 2
		}
		fmt.Fprintf(stdout, "%s\n", out)
		return 0
	}
	errs, _, _ := cooperation.Count(res.Findings)
	writeStageText(stdout, b, r, cooperation.Lang(c.lang), errs)
	return 0
}

// stageText holds the fixed words of the text report in one language.
type stageText struct {
	variant                       map[cooperation.Variant]string
	header, position, done, lacks string
	next, last, noStages          string
	errors                        string
}

var stageTexts = map[cooperation.Lang]stageText{
	cooperation.Polish: {
		variant: map[cooperation.Variant]string{
			cooperation.VariantRural:      "gmina wiejska",
			cooperation.VariantUrbanRural: "gmina miejsko-wiejska",
			cooperation.VariantUrban:      "gmina miejska",
		},
		header:   "%s (TERYT %s), wariant: %s, stan na %s",
		position: "Etap %d z %d: %s",
		done:     "Wszystkie etapy wdrażania (%d) są ukończone.",
		lacks:    "Do zrobienia, by ukończyć etap „%s”:",
		next:     "Następny etap: %s.",
		last:     "To ostatni etap.",
		noStages: "Nie można ustalić etapów:",
		errors:   "Uwaga: pakiet zawiera błędy (%d); szczegóły pokaże „kooperacja validate”.",
	},
	cooperation.English: {
		variant: map[cooperation.Variant]string{
			cooperation.VariantRural:      "rural gmina",
			cooperation.VariantUrbanRural: "urban-rural gmina",
			cooperation.VariantUrban:      "urban gmina",
		},
		header:   "%s (TERYT %s), variant: %s, as of %s",
		position: "Stage %d of %d: %s",
		done:     "Every implementation stage (%d) is completed.",
		lacks:    "To do, to complete the stage %q:",
		next:     "Next stage: %s.",
		last:     "This is the last stage.",
		noStages: "The stages cannot be determined:",
		errors:   "Note: the bundle has errors (%d); \"kooperacja validate\" shows them.",
	},
}

// writeStageText prints the report for a coordinator: the municipality, the
// stages with the completed ones ticked and the current one marked, and the
// checklist of the current stage with where in the bundle each item belongs.
func writeStageText(w io.Writer, b *ipw.Bundle, r ipw.StageReport, lang cooperation.Lang, errs int) {
	tx := stageTexts[lang]
	variant := tx.variant[r.Variant]
	if variant == "" {
		variant = string(r.Variant)
	}
	fmt.Fprintf(w, tx.header+"\n\n", b.Municipality.Name, b.Municipality.TERYT, variant, r.Date)

	if len(r.Stages) == 0 {
		fmt.Fprintln(w, tx.noStages)
		writeChecklist(w, r.Missing, lang)
	} else {
		if r.Current == "" {
			fmt.Fprintf(w, tx.done+"\n", len(r.Stages))
		} else {
			fmt.Fprintf(w, tx.position+"\n", len(r.Completed)+1, len(r.Stages), r.Current.Title(lang))
		}
		for i, s := range r.Stages {
			mark := " "
			switch {
			case i < len(r.Completed):
				mark = "✓"
			case s == r.Current:
				mark = "→"
			}
			fmt.Fprintf(w, "  %s %d. %s\n", mark, i+1, s.Title(lang))
		}
		if r.Current != "" {
			fmt.Fprintf(w, "\n"+tx.lacks+"\n", r.Current.Title(lang))
			writeChecklist(w, r.Missing, lang)
			if r.Next != "" {
				fmt.Fprintf(w, "\n"+tx.next+"\n", r.Next.Title(lang))
			} else {
				fmt.Fprintln(w, "\n"+tx.last)
			}
		}
	}
	if errs > 0 {
		fmt.Fprintf(w, "\n"+tx.errors+"\n", errs)
	}
}

func writeChecklist(w io.Writer, ms []ipw.Missing, lang cooperation.Lang) {
	for _, m := range ms {
		fmt.Fprintf(w, "  [ ] %s\n", upperFirst(m.Message(lang)))
		if m.Path != "" {
			fmt.Fprintf(w, "      %s\n", m.Path)
		}
	}
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
