package main

import (
	"io"

	"github.com/kooperacja/kooperacja/internal/app"
)

// runLabels prints the glossary: every label of every closed set of the
// model and of every field of the documents, as the planner shows them.
func runLabels(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("labels", "",
		"Lists the name of every value of every closed set of the model (kinds,\n"+
			"roles, sectors, stages, statuses, …) and of every field of the documents,\n"+
			"as the planner shows them. --format json prints {\"labels\": {set: {value:\n"+
			"label}}}.",
		stdin, stdout, stderr)
	c.withLang().withFormat("text", "json")
	if _, err := c.parse(args, 0, 0); err != nil {
		return exit(err)
	}
	labels := app.LabelsIn(c.language())
	if c.format == "json" {
		return c.print(struct {
			Labels app.Labels `json:"labels"`
		}{labels})
	}
	return c.print(labels)
}
