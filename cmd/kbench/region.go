package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/internal/recordsynth"
)

// The targets of the regional report (issue 18): the whole country's
// records aggregated from NDJSON, and the report written, in at most a
// second on one core; the memory beyond the per-municipality table (what
// is live while the records stream, less what the finished table holds)
// does not grow with the records.
const (
	maxCountrySeconds = 1.0
	// The working memory may differ between sizes by this much: the
	// reader's buffer and one record are the same at every size.
	maxWorkingGrowth = 1 << 20
	// The table (what the finished report keeps) may hold this much a
	// gmina (its row, about 0.5 KiB) and a group (the totals of a powiat,
	// voivodeship, variant or the whole, about 9 KiB): records kept whole
	// would add their decoded figures, about 3 KiB each, beyond it.
	maxRowBytes   = 1 << 10
	maxGroupBytes = 12 << 10
)

// runRegion generates the monitoring records of 10, 100 and 2 477 gminas
// (internal/recordsynth: valid gmina codes in the 16 voivodeships,
// fictional figures, a fixed seed) as NDJSON, and runs kooperacja region's
// work on them (app.RegionOf over app.NDJSONRecords, then the HTML
// report) on one core, timing it by CPU time. A second pass measures the
// live heap every few records (after a collection): its peak, what the
// finished report keeps (the per-municipality table and the groups' totals)
// and the working memory between the two. It exits 1 when a target is
// missed.
func runRegion(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kbench region", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizesFlag := fs.String("sizes", "10,100,"+strconv.Itoa(recordsynth.Country), "numbers of gminas")
	rounds := fs.Int("rounds", 5, "timed runs per size; the fastest is reported")
	seed := fs.Uint64("seed", 1, "seed of the generated figures")
	every := fs.Int("sample", 25, "records between two measures of the live heap")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var sizes []int
	for _, s := range strings.Split(*sizesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 || n > recordsynth.Country {
			fmt.Fprintf(stderr, "kbench region: -sizes: %q is not a number of gminas from 1 to %d\n", s, recordsynth.Country)
			return 2
		}
		sizes = append(sizes, n)
	}
	if *rounds < 1 || *every < 1 {
		fmt.Fprintln(stderr, "kbench region: -rounds and -sample must be at least 1")
		return 2
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	clock := "CPU"
	if _, ok := cpuTime(); !ok {
		clock = "wall"
	}
	o := app.Options{Lang: cooperation.Polish}
	run := func(data []byte) (app.Region, error) {
		answer := app.RegionOf(app.NDJSONRecords("bench", bytes.NewReader(data)), o)
		if len(answer.Problems) > 0 {
			return answer, fmt.Errorf("%s: %s", answer.Problems[0].Source, answer.Problems[0].Message)
		}
		return answer, app.WriteRegion(io.Discard, answer, "html", o.Lang)
	}
	type row struct {
		n                   int
		bytes               int
		seconds             float64
		peak, kept, working float64
		groups              int
	}
	var rows []row
	for _, n := range sizes {
		data, err := ndjson(n, *seed)
		if err != nil {
			fmt.Fprintf(stderr, "kbench region: %v\n", err)
			return 2
		}
		r := row{n: n, bytes: len(data), seconds: -1}
		for i := 0; i < *rounds; i++ {
			runtime.GC()
			start := time.Now()
			c0, _ := cpuTime()
			if _, err := run(data); err != nil {
				fmt.Fprintf(stderr, "kbench region: %d gminas: %v\n", n, err)
				return 1
			}
			spent := time.Since(start)
			if c1, ok := cpuTime(); ok {
				spent = c1 - c0
			}
			if s := spent.Seconds(); r.seconds < 0 || s < r.seconds {
				r.seconds = s
			}
		}
		r.peak, r.kept, r.groups = heapPass(data, o, *every)
		r.working = r.peak - r.kept
		rows = append(rows, r)
	}
	fmt.Fprintf(stdout, "kbench region: kooperacja region's work (NDJSON → report → HTML) on generated records, %s, GOMAXPROCS=1, %s time, best of %d\n\n",
		runtime.Version(), clock, *rounds)
	fmt.Fprintf(stdout, "%8s %10s %10s %12s %16s %14s %12s %14s\n", "gminas", "NDJSON KiB", "time", "records/s", "peak live MiB", "table MiB", "groups", "working KiB")
	for _, r := range rows {
		fmt.Fprintf(stdout, "%8d %10.0f %9.3fs %12.0f %16.2f %14.2f %12d %14.0f\n", r.n, float64(r.bytes)/1024, r.seconds,
			float64(r.n)/r.seconds, r.peak/(1<<20), r.kept/(1<<20), r.groups, r.working/1024)
	}
	fmt.Fprintln(stdout, "\npeak live: the most the heap held after a collection while the records streamed and the report was made;")
	fmt.Fprintln(stdout, "table: what the finished report holds (a row per gmina, the groups' totals); working: peak less table")
	fmt.Fprintf(stdout, "targets: %d gminas in ≤ %.0f s; the working memory the same at every size (within %d KiB); the table ≤ %d KiB a gmina + %d KiB a group\n",
		recordsynth.Country, maxCountrySeconds, maxWorkingGrowth>>10, maxRowBytes>>10, maxGroupBytes>>10)
	var missed []string
	lo, hi := rows[0].working, rows[0].working
	for _, r := range rows {
		if r.n == recordsynth.Country && r.seconds > maxCountrySeconds {
			missed = append(missed, fmt.Sprintf("%d gminas took %.2f s > %.0f s", r.n, r.seconds, maxCountrySeconds))
		}
		lo, hi = min(lo, r.working), max(hi, r.working)
	}
	for _, r := range rows {
		if budget := float64(r.n*maxRowBytes + r.groups*maxGroupBytes); r.kept > budget {
			missed = append(missed, fmt.Sprintf("%d gminas in %d groups: the table holds %.0f KiB > %.0f KiB", r.n, r.groups, r.kept/1024, budget/1024))
		}
	}
	if hi-lo > maxWorkingGrowth {
		missed = append(missed, fmt.Sprintf("the working memory grows with the records: %.0f KiB to %.0f KiB", lo/1024, hi/1024))
	}
	if len(missed) > 0 {
		for _, m := range missed {
			fmt.Fprintln(stderr, "kbench region: target missed:", m)
		}
		return 1
	}
	return 0
}

// ndjson is the NDJSON stream of the records of n gminas.
func ndjson(n int, seed uint64) ([]byte, error) {
	var b bytes.Buffer
	for _, code := range recordsynth.Codes(n) {
		data, err := json.Marshal(recordsynth.Record(code, seed))
		if err != nil {
			return nil, err
		}
		b.Write(data)
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

// heapPass runs the aggregation once more, measuring the live heap (after
// a collection) before it, every few records and once the report is made,
// and returns the peak growth and what the report keeps, in bytes, and the
// number of groups it totals.
func heapPass(data []byte, o app.Options, every int) (peak, kept float64, groups int) {
	live := func() float64 {
		runtime.GC()
		runtime.GC() // the second empties what sync.Pools kept through the first
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return float64(m.HeapAlloc)
	}
	base := live()
	records := app.NDJSONRecords("bench", bytes.NewReader(data))
	sampled := func(yield func(app.RecordInput) bool) {
		i := 0
		for in := range records {
			if i%every == 0 {
				peak = max(peak, live()-base)
			}
			i++
			if !yield(in) {
				return
			}
		}
		peak = max(peak, live()-base)
	}
	answer := app.RegionOf(sampled, o)
	kept = live() - base
	peak = max(peak, kept)
	runtime.KeepAlive(answer)
	runtime.KeepAlive(data) // live from the first measure to the last
	rep := answer.Report
	return peak, kept, len(rep.Powiats) + len(rep.Voivodeships) + len(rep.Variants) + 1
}
