package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
	"github.com/kooperacja/kooperacja/schema"
)

// The targets of the simulation (issue 14): a simulation with no events
// over about two and a half years costs at most five full checks of the
// same bytes, and grows linearly with the IPWs and with the horizon.
const (
	maxSimOverCheck = 5.0
	// A growth counts as linear up to this factor over the linear one:
	// the machine is shared and fixed costs weigh on the small sizes.
	linearSlack = 1.25
)

// runSimulate times, on the reference bundles, one full check of the bytes
// (schema.Check) and the simulation of the same bytes (schema.Decode and
// simulate.Run with a scenario of no events up to the horizon), side by
// side, interleaved, and prints their ratio, the growth of the simulation
// with the number of IPWs, and its growth with the horizon. It exits 1 when
// a target is missed.
func runSimulate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kbench simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rounds := fs.Int("rounds", 3, "rounds; each times every measure once, interleaved, and the fastest round is reported")
	per := fs.Duration("time", 500*time.Millisecond, "time per measure per round")
	sizesFlag := fs.String("sizes", "1,10,100,1000", "numbers of IPWs of the reference bundles")
	months := fs.Int("months", 30, "months from asOf to the horizon")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	clock := fs.String("clock", "cpu", "what to time: cpu (the process's CPU time; run with GOMAXPROCS=1) or wall")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var sizes []int
	for _, s := range strings.Split(*sizesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fmt.Fprintf(stderr, "kbench simulate: -sizes: %q is not a positive number of IPWs\n", s)
			return 2
		}
		sizes = append(sizes, n)
	}
	if *months < 2 {
		fmt.Fprintln(stderr, "kbench simulate: -months must be at least 2")
		return 2
	}
	if *clock != "cpu" && *clock != "wall" {
		fmt.Fprintf(stderr, "kbench simulate: -clock: %q is neither cpu nor wall\n", *clock)
		return 2
	}
	if _, ok := cpuTime(); !ok {
		*clock = "wall"
	}
	asOf := synth.ReferenceAsOf
	horizon := func(m int) Date { return asOf.AddMonths(m) }
	opts := []cooperation.Option{cooperation.AsOf(asOf)}
	simulateBytes := func(data []byte, m int) func() error {
		sc := &ipw.Scenario{Horizon: horizon(m)}
		return func() error {
			b, fs := schema.Decode(data, opts...)
			if b == nil {
				return fmt.Errorf("the bundle does not decode: %d findings", len(fs))
			}
			sim, err := simulate.Run(b, sc, opts...)
			if err == nil && len(sim.Scenario) > 0 {
				err = fmt.Errorf("the scenario has findings: %v", sim.Scenario)
			}
			return err
		}
	}
	checkBytes := func(data []byte) func() error {
		return func() error {
			if res := schema.Check(data, opts...); res.Bundle == nil {
				return fmt.Errorf("the bundle does not decode")
			}
			return nil
		}
	}
	type job struct {
		name string
		ipws int
		op   func() error
	}
	var jobs []job
	docs := map[int][]byte{}
	for _, n := range sizes {
		docs[n] = synth.Reference(n)
		jobs = append(jobs, job{"check", n, checkBytes(docs[n])}, job{"simulate", n, simulateBytes(docs[n], *months)})
	}
	largest := sizes[len(sizes)-1]
	for _, m := range []int{*months / 2, *months * 2} {
		jobs = append(jobs, job{"simulate " + strconv.Itoa(m) + " months", largest, simulateBytes(docs[largest], m)})
	}
	for _, j := range jobs { // warm up, and stop early on an error
		if err := j.op(); err != nil {
			fmt.Fprintf(stderr, "kbench simulate: %s on %d IPWs: %v\n", j.name, j.ipws, err)
			return 1
		}
	}
	times := make([][]float64, len(jobs))
	for r := 0; r < *rounds; r++ {
		for i, j := range jobs {
			runtime.GC()
			res, err := timeOp(j.op, *per, *clock == "cpu")
			if err != nil {
				fmt.Fprintf(stderr, "kbench simulate: %s on %d IPWs: %v\n", j.name, j.ipws, err)
				return 1
			}
			times[i] = append(times[i], res.ns)
		}
	}
	ns := func(name string, n int) float64 {
		for i, j := range jobs {
			if j.name == name && j.ipws == n {
				return best(times[i])
			}
		}
		return 0
	}

	type row struct {
		IPWs       int     `json:"ipws"`
		Bytes      int     `json:"bytes"`
		CheckNs    float64 `json:"checkNs"`
		SimulateNs float64 `json:"simulateNs"`
		Ratio      float64 `json:"simulateOverCheck"`
	}
	type growth struct {
		What   string  `json:"what"`
		Ratio  float64 `json:"ratio"`
		Linear float64 `json:"linear"`
	}
	var rows []row
	for _, n := range sizes {
		c, s := ns("check", n), ns("simulate", n)
		rows = append(rows, row{n, len(docs[n]), c, s, s / c})
	}
	var gs []growth
	for i := 1; i < len(sizes); i++ {
		gs = append(gs, growth{fmt.Sprintf("simulation, %d → %d IPWs", sizes[i-1], sizes[i]),
			rows[i].SimulateNs / rows[i-1].SimulateNs, float64(sizes[i]) / float64(sizes[i-1])})
	}
	half, twice := *months/2, *months*2
	gs = append(gs,
		growth{fmt.Sprintf("simulation of %d IPWs, %d → %d months", largest, half, *months),
			ns("simulate", largest) / ns("simulate "+strconv.Itoa(half)+" months", largest), float64(*months) / float64(half)},
		growth{fmt.Sprintf("simulation of %d IPWs, %d → %d months", largest, *months, twice),
			ns("simulate "+strconv.Itoa(twice)+" months", largest) / ns("simulate", largest), 2})

	var missed []string
	for _, r := range rows {
		if r.Ratio > maxSimOverCheck {
			missed = append(missed, fmt.Sprintf("%d IPWs: simulation/check = %.2f > %.0f", r.IPWs, r.Ratio, maxSimOverCheck))
		}
	}
	for _, g := range gs {
		if g.Ratio > g.Linear*linearSlack {
			missed = append(missed, fmt.Sprintf("%s: ×%.2f, more than linear (×%.2f)", g.What, g.Ratio, g.Linear))
		}
	}
	if *asJSON {
		b, _ := json.MarshalIndent(map[string]any{"go": runtime.Version(), "gomaxprocs": runtime.GOMAXPROCS(0), "clock": *clock,
			"months": *months, "rows": rows, "growth": gs, "missed": missed}, "", "  ")
		fmt.Fprintln(stdout, string(b))
	} else {
		fmt.Fprintf(stdout, "kbench simulate: reference bundles of gmina Górno from %s, horizon %d months (%s), no events; %s, GOMAXPROCS=%d, %s time, best of %d rounds\n\n",
			asOf, *months, horizon(*months), runtime.Version(), runtime.GOMAXPROCS(0), *clock, *rounds)
		fmt.Fprintf(stdout, "%5s %8s | %10s %10s | %15s\n", "IPWs", "KiB", "check", "simulate", "simulate/check")
		for _, r := range rows {
			fmt.Fprintf(stdout, "%5d %8.0f | %10s %10s | %15.2f\n", r.IPWs, float64(r.Bytes)/1024, dur(r.CheckNs), dur(r.SimulateNs), r.Ratio)
		}
		fmt.Fprintln(stdout)
		for _, g := range gs {
			fmt.Fprintf(stdout, "%s: ×%.2f (linear: ×%.0f)\n", g.What, g.Ratio, g.Linear)
		}
		fmt.Fprintln(stdout, "\ncheck: schema.Check of the bytes; simulate: schema.Decode of the same bytes and simulate.Run")
		fmt.Fprintf(stdout, "targets: simulate/check ≤ %.0f; growth at most linear (×%.2f slack)\n", maxSimOverCheck, linearSlack)
	}
	if len(missed) > 0 {
		for _, m := range missed {
			fmt.Fprintln(stderr, "kbench simulate: target missed:", m)
		}
		return 1
	}
	return 0
}

// Date is the civil date of the cooperation package.
type Date = cooperation.Date
