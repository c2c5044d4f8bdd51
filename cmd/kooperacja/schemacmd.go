package main

import (
	"fmt"
	"io"

	"github.com/kooperacja/kooperacja/schema"
)

func runSchema(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	switch len(args) {
	case 0:
		for _, n := range schema.Names() {
			fmt.Fprintf(stdout, "%-9s %s\n", n, schema.ID(n))
		}
		return 0
	case 1:
		if args[0] == "-h" || args[0] == "--help" {
			fmt.Fprintln(stdout, "usage: kooperacja schema [bundle|profile|scenario]\n\nWithout a name, lists the schemas and their $id.")
			return 0
		}
		b, err := schema.Schema(args[0])
		if err != nil {
			fmt.Fprintf(stderr, "kooperacja schema: %v\n", err)
			return 2
		}
		stdout.Write(b)
		return 0
	}
	fmt.Fprintln(stderr, "usage: kooperacja schema [bundle|profile|scenario]")
	return 2
}
