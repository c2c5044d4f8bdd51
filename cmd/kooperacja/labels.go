package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// runLabels prints the glossary: every label of every closed set of the
// model and of every field of the documents (ipw.Glossary), as the planner
// shows them.
func runLabels(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("labels", stderr, &c, false)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := c.options(); err != nil || fs.NArg() > 0 {
		if err != nil {
			fmt.Fprintf(stderr, "kooperacja labels: %v\n", err)
		}
		fmt.Fprintln(stderr, "usage: kooperacja labels [--lang pl|en] [--format text|json]")
		return 2
	}
	lang := cooperation.Lang(c.lang)
	if c.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(map[string]any{"labels": ipw.Glossary(lang)})
		return 0
	}
	for i, s := range ipw.GlossarySets() {
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "%s:\n", s.Name)
		for _, t := range s.Terms {
			l := t.Polish
			if lang == cooperation.English {
				l = t.English
			}
			fmt.Fprintf(stdout, "  %-28s %s\n", t.Value, l)
		}
	}
	return 0
}
