package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/schema"
)

// measure is one thing timed on one bundle.
type measure struct {
	name string
	op   func() error
}

// result is the best of the rounds of one measure on one size.
type result struct {
	ns, bytes float64
}

// measures returns what check times on one document, all on the same bytes:
//
//	decode  encoding/json into the typed bundle, no checks at all;
//	floor   the jsonschema library alone: encoding/json with UseNumber (as its
//	        documentation says) and Validate with
//	        the compiled bundle schema (what any schema-validating consumer pays);
//	schema  schema.Validate: kooperacja's JSON layer (UTF-8, depth, duplicate
//	        keys) and the JSON Schema: everything but the model's rules;
//	rules   ipw.Check on an already decoded bundle: the model's rules alone;
//	full    schema.Check: bytes to findings, every layer.
func measures(data []byte, floor *jsonschema.Schema, opts []cooperation.Option) []measure {
	var typed ipw.Bundle
	if err := json.Unmarshal(data, &typed); err != nil {
		panic(err)
	}
	return []measure{
		{"decode", func() error { var b ipw.Bundle; return json.Unmarshal(data, &b) }},
		{"floor", func() error {
			dec := json.NewDecoder(bytes.NewReader(data))
			dec.UseNumber()
			var v any
			if err := dec.Decode(&v); err != nil {
				return err
			}
			return floor.Validate(v)
		}},
		{"schema", func() error {
			if fs := schema.Validate(schema.Bundle, data, opts...); len(fs) > 0 {
				return fmt.Errorf("%d findings", len(fs))
			}
			return nil
		}},
		{"rules", func() error {
			fs, err := ipw.Check(&typed, opts...)
			if err == nil && cooperation.HasErrors(fs) {
				err = fmt.Errorf("%d findings", len(fs))
			}
			return err
		}},
		{"full", func() error {
			if res := schema.Check(data, opts...); !res.Valid() {
				return fmt.Errorf("%d findings", len(res.Findings))
			}
			return nil
		}},
	}
}

// compileFloor compiles the shipped bundle schema with the jsonschema
// library directly, as a consumer without kooperacja would.
func compileFloor() (*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	for _, name := range schema.Names() {
		text, err := schema.Schema(name)
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(schema.ID(name), bytes.NewReader(text)); err != nil {
			return nil, err
		}
	}
	return c.Compile(schema.ID(schema.Bundle))
}

// timeOp runs op for about d and returns ns and bytes allocated per call.
// With cpu, the time is the process's CPU time (best with GOMAXPROCS=1, so
// that the garbage collector's work is counted and nothing else runs).
func timeOp(op func() error, d time.Duration, cpu bool) (result, error) {
	n := 1
	for {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		c0, _ := cpuTime()
		for i := 0; i < n; i++ {
			if err := op(); err != nil {
				return result{}, err
			}
		}
		el := time.Since(start)
		c1, _ := cpuTime()
		runtime.ReadMemStats(&after)
		if el >= d || n >= 1<<30 {
			spent := el
			if cpu {
				spent = c1 - c0
			}
			return result{ns: float64(spent.Nanoseconds()) / float64(n), bytes: float64(after.TotalAlloc-before.TotalAlloc) / float64(n)}, nil
		}
		// Aim for d with the rate seen so far, growing at most 10× a step.
		next := int(float64(n) * 1.2 * float64(d) / float64(max(el, time.Microsecond)))
		n = min(max(next, n+1), 10*n)
	}
}

// best returns the fastest of the rounds: on a shared machine the others are
// slowed down by whatever else runs, never sped up.
func best(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[0]
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kbench check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rounds := fs.Int("rounds", 5, "rounds; each round times every measure on every size once, interleaved, and the fastest round is reported")
	per := fs.Duration("time", 300*time.Millisecond, "time per measure per round")
	sizesFlag := fs.String("sizes", "1,10,100", "numbers of IPWs of the reference bundles")
	asJSON := fs.Bool("json", false, "print the figures as JSON")
	clock := fs.String("clock", "cpu", "what to time: cpu (the process's CPU time; run with GOMAXPROCS=1) or wall")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var sizes []int
	for _, s := range strings.Split(*sizesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 0 {
			fmt.Fprintf(stderr, "kbench check: -sizes: %q is not a number of IPWs\n", s)
			return 2
		}
		sizes = append(sizes, n)
	}
	_, haveCPU := cpuTime()
	if *clock != "cpu" && *clock != "wall" {
		fmt.Fprintf(stderr, "kbench check: -clock: %q is neither cpu nor wall\n", *clock)
		return 2
	}
	if !haveCPU {
		*clock = "wall"
	}
	floor, err := compileFloor()
	if err != nil {
		fmt.Fprintf(stderr, "kbench check: %v\n", err)
		return 2
	}
	opts := []cooperation.Option{cooperation.AsOf(synth.ReferenceAsOf)}
	docs := make([][]byte, len(sizes))
	ms := make([][]measure, len(sizes))
	for i, n := range sizes {
		docs[i] = synth.Reference(n)
		ms[i] = measures(docs[i], floor, opts)
		for _, m := range ms[i] { // warm up: compile the schemas, fill the caches
			if err := m.op(); err != nil {
				fmt.Fprintf(stderr, "kbench check: %s on %d IPWs: %v\n", m.name, n, err)
				return 1
			}
		}
	}
	ns := make([][][]float64, len(sizes))
	bs := make([][][]float64, len(sizes))
	for i := range sizes {
		ns[i] = make([][]float64, len(ms[i]))
		bs[i] = make([][]float64, len(ms[i]))
	}
	for r := 0; r < *rounds; r++ {
		for i := range sizes {
			for j, m := range ms[i] {
				runtime.GC() // start every measure from a clean heap
				res, err := timeOp(m.op, *per, *clock == "cpu")
				if err != nil {
					fmt.Fprintf(stderr, "kbench check: %s on %d IPWs: %v\n", m.name, sizes[i], err)
					return 1
				}
				ns[i][j] = append(ns[i][j], res.ns)
				bs[i][j] = append(bs[i][j], res.bytes)
			}
		}
	}

	type row struct {
		IPWs      int                `json:"ipws"`
		Bytes     int                `json:"bytes"`
		NsPerOp   map[string]float64 `json:"nsPerOp"`
		BytesOp   map[string]float64 `json:"allocBytesPerOp"`
		FullOverS float64            `json:"fullOverSchema"`
		FullOverF float64            `json:"fullOverFloor"`
	}
	rows := make([]row, len(sizes))
	for i, n := range sizes {
		rows[i] = row{IPWs: n, Bytes: len(docs[i]), NsPerOp: map[string]float64{}, BytesOp: map[string]float64{}}
		for j, m := range ms[i] {
			rows[i].NsPerOp[m.name] = best(ns[i][j])
			rows[i].BytesOp[m.name] = best(bs[i][j])
		}
		rows[i].FullOverS = rows[i].NsPerOp["full"] / rows[i].NsPerOp["schema"]
		rows[i].FullOverF = rows[i].NsPerOp["full"] / rows[i].NsPerOp["floor"]
	}
	// Growth of the full check between consecutive sizes, against linear.
	type growth struct {
		From, To int
		Ratio    float64 `json:"ratio"`
		Linear   float64 `json:"linear"`
	}
	var gs []growth
	for i := 1; i < len(sizes); i++ {
		if sizes[i-1] > 0 {
			gs = append(gs, growth{sizes[i-1], sizes[i], rows[i].NsPerOp["full"] / rows[i-1].NsPerOp["full"], float64(sizes[i]) / float64(sizes[i-1])})
		}
	}
	if *asJSON {
		b, _ := json.MarshalIndent(map[string]any{"go": runtime.Version(), "gomaxprocs": runtime.GOMAXPROCS(0), "clock": *clock, "rows": rows, "growth": gs}, "", "  ")
		fmt.Fprintln(stdout, string(b))
		return 0
	}
	fmt.Fprintf(stdout, "kbench check: reference bundles of gmina Górno, %s, %s/%s, GOMAXPROCS=%d, %s time, best of %d rounds\n\n",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0), *clock, *rounds)
	fmt.Fprintf(stdout, "%5s %8s | %10s %10s %10s %10s %10s | %11s %11s | %8s\n",
		"IPWs", "KiB", "decode", "floor", "schema", "rules", "full", "full/schema", "full/floor", "full MiB")
	for _, r := range rows {
		fmt.Fprintf(stdout, "%5d %8.0f | %10s %10s %10s %10s %10s | %11.2f %11.2f | %8.1f\n",
			r.IPWs, float64(r.Bytes)/1024, dur(r.NsPerOp["decode"]), dur(r.NsPerOp["floor"]), dur(r.NsPerOp["schema"]),
			dur(r.NsPerOp["rules"]), dur(r.NsPerOp["full"]), r.FullOverS, r.FullOverF, r.BytesOp["full"]/(1<<20))
	}
	fmt.Fprintln(stdout)
	for _, g := range gs {
		fmt.Fprintf(stdout, "full check %d → %d IPWs: ×%.2f (linear: ×%.0f)\n", g.From, g.To, g.Ratio, g.Linear)
	}
	fmt.Fprintln(stdout, "\ndecode: encoding/json only; floor: jsonschema library alone (encoding/json + Validate);")
	fmt.Fprintln(stdout, "schema: schema.Validate (JSON layer + schema); rules: ipw.Check on a decoded bundle; full: schema.Check")
	return 0
}

func dur(ns float64) string {
	switch {
	case ns >= 1e9:
		return fmt.Sprintf("%.2fs", ns/1e9)
	case ns >= 1e6:
		return fmt.Sprintf("%.2fms", ns/1e6)
	case ns >= 1e3:
		return fmt.Sprintf("%.1fµs", ns/1e3)
	}
	return fmt.Sprintf("%.0fns", ns)
}
