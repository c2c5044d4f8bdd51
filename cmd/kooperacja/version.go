package main

import (
	"io"

	"github.com/kooperacja/kooperacja/internal/app"
)

func runVersion(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("version", "",
		"Prints the version of the module the program was built from, the version\n"+
			"of Go that built it, and the version of the rule catalogue (the number of\n"+
			"rules and a fingerprint of their codes and severities).",
		stdin, stdout, stderr)
	c.withLang().withFormat("text", "json")
	if _, err := c.parse(args, 0, 0); err != nil {
		return exit(err)
	}
	return c.print(app.Version())
}
