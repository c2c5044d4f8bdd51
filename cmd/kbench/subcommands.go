package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// The measurements are subcommands (see the package documentation); they
// are dispatched before main, which runs simulate.

type subcommand struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var subcommands = map[string]subcommand{
	"simulate": {"the simulation with no events against one full check of the same bytes; growth with IPWs and horizon", runSimulate},
	"check":    {"decode, schema-only and full check on the reference bundles, side by side", runCheck},
	"stream":   {"throughput of kooperacja validate --ndjson with GOMAXPROCS=1 and 2", runStream},
	"gen":      {"print a reference bundle, or a stream of them as NDJSON", runGen},
}

func init() {
	if len(os.Args) < 2 {
		return
	}
	if sc, ok := subcommands[os.Args[1]]; ok {
		os.Exit(sc.run(os.Args[2:], os.Stdout, os.Stderr))
	}
	if os.Args[1] == "help" {
		fmt.Fprintln(os.Stderr, "usage: kbench [SUBCOMMAND] [options]   (no subcommand: simulate)\n\nsubcommands:")
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
