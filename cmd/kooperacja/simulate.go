package main

import (
	"io"

	"github.com/kooperacja/kooperacja/internal/app"
)

// runSimulate replays a scenario over a bundle and prints the simulation as
// JSON.
func runSimulate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("simulate", "BUNDLE|-",
		"Replays the scenario's events over the bundle from its date to the\n"+
			"scenario's horizon, and prints {asOf, horizon, assume, scenario, initial,\n"+
			"timeline, indicators, findings, final} as JSON. Events the scenario cannot\n"+
			"apply are skipped and reported under \"scenario\" (exit status 1).",
		stdin, stdout, stderr)
	var scenario string
	c.requiredFlag(&scenario, "scenario", "FILE", "the scenario document in FILE")
	c.withAsOf().withLang().withProfile()
	files, err := c.parse(args, 1, 1)
	if err != nil {
		return exit(err)
	}
	c.format = "json"
	o, ok := c.options()
	if !ok {
		return app.ExitUsage
	}
	sc, status, ok := c.readDocument(scenario)
	if !ok {
		return status
	}
	data, status, ok := c.readDocument(files[0])
	if !ok {
		return status
	}
	answer, aerr := app.Simulate(data, sc, o)
	if aerr != nil {
		return c.fail(aerr)
	}
	return c.print(answer)
}
