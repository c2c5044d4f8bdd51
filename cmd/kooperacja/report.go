package main

import (
	"io"

	"github.com/kooperacja/kooperacja/internal/app"
)

// runReport prints the indicators of each bundle at its date, and with
// several bundles their totals: counts summed, rates recomputed from the
// sums. JSON for one bundle is the indicators object (as the WebAssembly
// report answers); for several, {"bundles": [{file, asOf, indicators}],
// "totals": {…}}.
func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("report", "BUNDLE|-...",
		"Prints the indicators of each bundle at its date (IPWs by status, success\n"+
			"rate, durations, actions on time, the PZK, workload and use of services),\n"+
			"and with several bundles their totals.",
		stdin, stdout, stderr)
	c.withAsOf().withLang().withFormat("text", "json").withProfile()
	files, err := c.parse(args, 1, -1)
	if err != nil {
		return exit(err)
	}
	o, ok := c.options()
	if !ok {
		return app.ExitUsage
	}
	var all app.Reports
	for _, name := range files {
		data, status, ok := c.readDocument(name)
		if !ok {
			return status
		}
		r, aerr := app.ReportOf(data, o)
		if aerr != nil {
			return c.fail(aerr)
		}
		all.Add(name, r)
	}
	return c.print(all)
}
