// Command kbench measures kooperacja against its baseline on generated
// reference bundles (package refbundle: gmina Górno with 1, 10 and 100 IPWs).
//
//	go run ./cmd/kbench check    # decode, schema only, full check; ratios
//	go run ./cmd/kbench stream   # validate --ndjson throughput on 1 and 2 cores
//	go run ./cmd/kbench gen -ipws 10 [-lines N]   # print a reference bundle (or N as NDJSON)
//
// Each subcommand lives in its own file; other measurements add theirs to
// the table below.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

type subcommand struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var subcommands = map[string]subcommand{
	"check":  {"decode, schema-only and full check on the reference bundles, side by side", runCheck},
	"stream": {"throughput of kooperacja validate --ndjson with GOMAXPROCS=1 and 2", runStream},
	"gen":    {"print a reference bundle, or a stream of them as NDJSON", runGen},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		args = []string{"check"}
	}
	sc, ok := subcommands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "usage: kbench SUBCOMMAND [options]\n\nsubcommands:\n")
		names := make([]string, 0, len(subcommands))
		for n := range subcommands {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(stderr, "  %-8s %s\n", n, subcommands[n].summary)
		}
		if args[0] == "help" || args[0] == "-h" {
			return 0
		}
		return 2
	}
	return sc.run(args[1:], stdout, stderr)
}
