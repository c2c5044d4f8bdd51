package main

import (
	"io"

	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/internal/app/paperwork"
)

// runDiff implements "kooperacja diff": the differences between two
// versions of a bundle in the model's words. It exits like diff(1): 0 when
// the bundles are the same, 1 when they differ, 2 on trouble (a usage
// error, a file that cannot be read, a bundle that is not one).
func runDiff(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("diff", "OLD NEW",
		"Prints what changed from the bundle OLD to the bundle NEW, one change a line,\n"+
			"each naming the item (an IPW by its pseudonym, an institution by its name),\n"+
			"the part and the field, in the bundle's order. Key order and whitespace are\n"+
			"no differences. A bundle with findings is compared as it is; one that does\n"+
			"not pass the JSON and schema layers cannot be. Either file may be \"-\" for\n"+
			"standard input.\n\n"+
			"Exit status, as diff(1): 0 the bundles are the same, 1 they differ, 2 trouble.",
		stdin, stdout, stderr)
	c.withLang().withFormat("text", "json")
	files, err := c.parse(args, 2, 2)
	if err != nil {
		return exit(err)
	}
	if files[0] == "-" && files[1] == "-" {
		return exit(c.usageError("standard input (-) can be only one of the two bundles"))
	}
	o, ok := c.options()
	if !ok {
		return app.ExitUsage
	}
	old, status, ok := c.readDocument(files[0])
	if !ok {
		return status
	}
	new, status, ok := c.readDocument(files[1])
	if !ok {
		return status
	}
	answer, aerr := paperwork.DiffOf(old, new, o)
	if aerr != nil {
		return c.fail(aerr)
	}
	return c.print(answer)
}
