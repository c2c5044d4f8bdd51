package main

import (
	"io"

	"github.com/kooperacja/kooperacja/internal/app"
)

// runStage implements "kooperacja stage": where the municipality stands in
// implementing the model, and a checklist of what the current stage lacks.
// Findings of the model's rules in a bundle that can be read do not change
// the exit status: the report is about the data as they are, and
// "kooperacja validate" judges them.
func runStage(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("stage", "BUNDLE|-",
		"Prints the implementation stages of the bundle's variant, those completed,\n"+
			"the current one and what it still lacks, with where in the bundle each\n"+
			"item belongs.",
		stdin, stdout, stderr)
	c.withAsOf().withLang().withFormat("text", "json").withProfile()
	files, err := c.parse(args, 1, 1)
	if err != nil {
		return exit(err)
	}
	o, ok := c.options()
	if !ok {
		return app.ExitUsage
	}
	data, status, ok := c.readDocument(files[0])
	if !ok {
		return status
	}
	answer, aerr := app.StageOf(data, o)
	if aerr != nil {
		return c.fail(aerr)
	}
	return c.print(answer)
}
