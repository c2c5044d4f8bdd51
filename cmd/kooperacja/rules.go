package main

import (
	"io"

	"github.com/kooperacja/kooperacja/internal/app"
)

func runRules(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("rules", "",
		"Lists the rule catalogue: every code the project reports, its default\n"+
			"severity and what it checks. --format json adds the message templates.",
		stdin, stdout, stderr)
	c.withLang().withFormat("text", "json")
	if _, err := c.parse(args, 0, 0); err != nil {
		return exit(err)
	}
	rules := app.RulesIn(c.language())
	if c.format == "json" {
		return c.print(struct {
			Rules app.Rules `json:"rules"`
		}{rules})
	}
	return c.print(rules)
}
