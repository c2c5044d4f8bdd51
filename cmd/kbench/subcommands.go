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
	"region":   {"the regional report of the whole country's monitoring records on one core: records/s, memory", runRegion},
}

func init() {
	if code, done := dispatch(os.Args[1:], os.Stdout, os.Stderr); done {
		os.Exit(code)
	}
}

// dispatch runs the subcommand args name, or prints the usage for help,
// -h or --help; done is false when args name neither (main runs simulate).
func dispatch(args []string, stdout, stderr io.Writer) (code int, done bool) {
	if len(args) == 0 {
		return 0, false
	}
	if sc, ok := subcommands[args[0]]; ok {
		return sc.run(args[1:], stdout, stderr), true
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		usage(stdout)
		return 0, true
	}
	return 0, false
}

// usage lists the subcommands.
func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kbench [SUBCOMMAND] [flags]   (no subcommand: simulate)\n\nsubcommands:")
	names := make([]string, 0, len(subcommands))
	for n := range subcommands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, subcommands[n].summary)
	}
	fmt.Fprintln(w, "\nkbench SUBCOMMAND -h lists the flags of a subcommand.")
}
