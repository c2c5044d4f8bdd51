package main

import (
	"io"

	"github.com/kooperacja/kooperacja/internal/app"
)

// runMonitor implements "kooperacja monitor": the monitoring record that
// the gmina sends to its region, as JSON (the record's schema is
// "kooperacja schema monitor"), or with --format text what it holds, as a
// person reads it. The record holds no personal data (see package
// ipw/monitor). Findings of the model's rules in a bundle that can be read
// do not stop it; "kooperacja validate" judges them.
func runMonitor(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("monitor", "BUNDLE|-",
		"Writes the monitoring record (rekord monitoringu) of the bundle at the date:\n"+
			"the municipality, the implementation stages, the PZK, the agreements and\n"+
			"the IPWs' figures, with no pseudonym, no free text, no household data, no\n"+
			"IPW id and no date of a family. A count of the families' matters below the\n"+
			"profile's disclosureThreshold (default 3) is written as {\"fewerThan\": 3}\n"+
			"(\"mniej niż 3\"), and a count that would let it be worked out as\n"+
			"{\"withheld\": true} (\"utajniona\"). --format text shows the record in words,\n"+
			"as the planner's \"Eksport do monitoringu\" previews it. The period of the\n"+
			"\"in the period\" figures defaults to the year to date.",
		stdin, stdout, stderr)
	var period, out string
	c.withAsOf()
	c.stringFlag(&period, "period", "FROM..TO", "", "the period, YYYY-MM-DD..YYYY-MM-DD (either end may be left out); default: from 1 January of the as-of date's year to the as-of date")
	c.withProfile()
	c.stringFlag(&out, "out", "FILE", "", "write the record (or the text) to FILE; default: standard output")
	c.withFormat("json", "text").withLang()
	files, err := c.parse(args, 1, 1)
	if err != nil {
		return exit(err)
	}
	o, ok := c.options()
	if !ok {
		return app.ExitUsage
	}
	if period != "" {
		p, perr := app.ParsePeriod(period)
		if perr != nil {
			return exit(c.usageError("--period: %s", perr.Message))
		}
		o.Period = p
	}
	data, status, ok := c.readDocument(files[0])
	if !ok {
		return status
	}
	answer, aerr := app.MonitorOf(data, o)
	if aerr != nil {
		return c.fail(aerr)
	}
	return c.emit(out, app.ExitOK, func(w io.Writer) error {
		if c.format == "json" {
			return app.WriteJSON(w, answer.Record)
		}
		return app.WriteText(w, answer, c.language())
	})
}
