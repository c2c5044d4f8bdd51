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
	rules := cooperation.RulesIn(cooperation.Lang(c.lang))
	if c.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(map[string]any{"rules": rules})
		return 0
	}
	for _, r := range rules {
		asOf := ""
		if r.AsOf {
			asOf = " (as-of)"
		}
		fmt.Fprintf(stdout, "%-40s %-7s %s%s\n", r.Code, r.Severity, r.Description, asOf)
	}
	return 0
}
