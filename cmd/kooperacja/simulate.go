package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
	"github.com/kooperacja/kooperacja/schema"
)

// runSimulate replays a scenario over a bundle and prints the simulation
// as JSON: exit 0, or 1 when the scenario has errors (its faulty events
// were skipped), 2 on a usage or I/O error or a document that cannot be read.
func runSimulate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("simulate", stderr, &c, true)
	scenario := fs.String("scenario", "", "the scenario document in `FILE` (required)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kooperacja simulate --scenario FILE [--as-of DATE] [--lang pl|en] [--profile FILE] BUNDLE")
		fmt.Fprintln(stderr, "\nPrints {asOf, horizon, assume, scenario, initial, timeline, indicators, findings, final} as JSON.")
		fmt.Fprintln(stderr, "Exit status: 0, or 1 when the scenario has errors, 2 on a usage or I/O error.")
		fs.PrintDefaults()
	}
	opts, ok := parseFlags(fs, &c, args, stderr, func(n int) bool { return n == 1 && *scenario != "" })
	if !ok {
		return 2
	}
	data, err := readInput(*scenario, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja simulate: %v\n", err)
		return 2
	}
	sc, findings := schema.CheckScenario(data, opts...)
	if sc == nil {
		fmt.Fprintf(stderr, "kooperacja simulate: %s is not a valid scenario:\n", *scenario)
		writeFindingsText(stderr, findings)
		return 2
	}
	b := decodeBundle(fs.Arg(0), stdin, stderr, opts)
	if b == nil {
		return 2
	}
	if cooperation.NewConfig(opts...).AsOf.IsZero() && b.AsOf.IsZero() {
		opts = append(opts, cooperation.AsOf(schema.Today()))
	}
	sim, err := simulate.Run(b, sc, opts...)
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja simulate: %v\n", err)
		return 2
	}
	out, err := json.MarshalIndent(sim, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja simulate: %v\n", err)
		return 2
	}
	stdout.Write(append(out, '\n'))
	if cooperation.HasErrors(sim.Scenario) {
		return 1
	}
	return 0
}

// decodeBundle reads a bundle through the JSON and schema layers (the
// model's rules are left to the command). It prints the findings and
// returns nil when the document cannot be read as a bundle.
func decodeBundle(name string, stdin io.Reader, stderr io.Writer, opts []cooperation.Option) *ipw.Bundle {
	data, err := readInput(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja: %v\n", err)
		return nil
	}
	b, findings := schema.Decode(data, opts...)
	if b == nil {
		fmt.Fprintf(stderr, "kooperacja: %s cannot be read as a bundle:\n", name)
		writeFindingsText(stderr, findings)
	}
	return b
}
