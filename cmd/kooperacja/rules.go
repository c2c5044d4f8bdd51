package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/kooperacja/kooperacja/cooperation"
)

func runRules(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("rules", stderr, &c, false)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if _, err := c.options(); err != nil || fs.NArg() > 0 {
		if err != nil {
			fmt.Fprintf(stderr, "kooperacja rules: %v\n", err)
		}
		fmt.Fprintln(stderr, "usage: kooperacja rules [--lang pl|en] [--format text|json]")
		return 2
	}
	rules := cooperation.Rules()
	if c.format == "json" {
		type entry struct {
			Code        cooperation.Code     `json:"code"`
			Severity    cooperation.Severity `json:"severity"`
			AsOf        bool                 `json:"asOf"`
			Description string               `json:"description"`
			Message     string               `json:"message"`
		}
		out := make([]entry, 0, len(rules))
		for _, r := range rules {
			d, m := r.Description, r.English
			if c.lang == "pl" {
				d, m = r.DescriptionPL, r.Polish
			}
			out = append(out, entry{r.Code, r.Severity, r.AsOf, d, m})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(map[string]any{"rules": out})
		return 0
	}
	for _, r := range rules {
		d := r.Description
		if c.lang == "pl" {
			d = r.DescriptionPL
		}
		asOf := ""
		if r.AsOf {
			asOf = " (as-of)"
		}
		fmt.Fprintf(stdout, "%-40s %-7s %s%s\n", r.Code, r.Severity, d, asOf)
	}
	return 0
}
