package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// The measurements of the document boundary (issue 9) are subcommands; the
// simulation benchmark in main.go stays the default, with its own flags:
//
//	go run ./cmd/kbench check    # decode, floor, schema only, rules, full check; ratios
//	go run ./cmd/kbench stream   # validate --ndjson throughput with GOMAXPROCS=1 and 2
//	go run ./cmd/kbench gen -ipws 10 [-lines N]   # a reference bundle (or N as NDJSON)
//
// They are dispatched before main parses its flags.

type subcommand struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var subcommands = map[string]subcommand{
	"check":  {"decode, schema-only and full check on the reference bundles, side by side", runCheck},
	"stream": {"throughput of kooperacja validate --ndjson with GOMAXPROCS=1 and 2", runStream},
	"gen":    {"print a reference bundle, or a stream of them as NDJSON", runGen},
}

func init() {
	if len(os.Args) < 2 {
		return
	}
	if sc, ok := subcommands[os.Args[1]]; ok {
		os.Exit(sc.run(os.Args[2:], os.Stdout, os.Stderr))
	}
	if os.Args[1] == "help" {
		fmt.Fprintln(os.Stderr, "usage: kbench [-n N] [-months M]   (the simulation benchmark)")
		fmt.Fprintln(os.Stderr, "       kbench SUBCOMMAND [options]\n\nsubcommands:")
		names := make([]string, 0, len(subcommands))
		for n := range subcommands {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(os.Stderr, "  %-8s %s\n", n, subcommands[n].summary)
		}
		os.Exit(0)
	}
}
