package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/schema"
)

func runSchema(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("schema", "["+strings.Join(schema.Names(), "|")+"]",
		"Prints the JSON Schema of a document as it is shipped. Without a name,\n"+
			"lists the schemas and their $id.",
		stdin, stdout, stderr)
	names, err := c.parse(args, 0, 1)
	if err != nil {
		return exit(err)
	}
	if len(names) == 0 {
		for _, n := range schema.Names() {
			fmt.Fprintf(stdout, "%-9s %s\n", n, schema.ID(n))
		}
		return app.ExitOK
	}
	b, aerr := app.Schema(names[0])
	if aerr != nil {
		return c.fail(aerr)
	}
	stdout.Write(b)
	return app.ExitOK
}
