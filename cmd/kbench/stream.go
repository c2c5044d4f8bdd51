package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"time"

	"github.com/kooperacja/kooperacja/cmd/kbench/refbundle"
)

// runStream builds the kooperacja command, writes an NDJSON stream of
// reference bundles and times "kooperacja validate --ndjson" over it with
// GOMAXPROCS=1, 2, … up to the machine's cores, reporting bundles per second,
// the speed-up over one core and the peak resident memory.
func runStream(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kbench stream", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ipws := fs.Int("ipws", 10, "IPWs per bundle")
	lines := fs.Int("lines", 400, "bundles in the stream")
	runs := fs.Int("runs", 3, "runs per core count; the fastest is reported")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dir, err := os.MkdirTemp("", "kbench-stream")
	if err != nil {
		fmt.Fprintf(stderr, "kbench stream: %v\n", err)
		return 2
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "kooperacja")
	build := exec.Command("go", "build", "-o", bin, "github.com/kooperacja/kooperacja/cmd/kooperacja")
	build.Stdout, build.Stderr = stderr, stderr
	if err := build.Run(); err != nil {
		fmt.Fprintf(stderr, "kbench stream: go build: %v\n", err)
		return 2
	}
	input := filepath.Join(dir, "stream.ndjson")
	doc := refbundle.Bundle(*ipws)
	f, err := os.Create(input)
	if err != nil {
		fmt.Fprintf(stderr, "kbench stream: %v\n", err)
		return 2
	}
	w := bufio.NewWriter(f)
	for i := 0; i < *lines; i++ {
		w.Write(doc)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "kbench stream: %v\n", err)
		return 2
	}
	f.Close()
	size := float64(len(doc)+1) * float64(*lines)

	fmt.Fprintf(stdout, "kbench stream: kooperacja validate --ndjson --format json, %d bundles of %d IPWs (%.1f MiB), %s, %d cores\n\n",
		*lines, *ipws, size/(1<<20), runtime.Version(), runtime.NumCPU())
	fmt.Fprintf(stdout, "%10s %10s %12s %10s %9s %14s\n", "GOMAXPROCS", "wall", "bundles/s", "MiB/s", "speed-up", "peak RSS MiB")
	var base float64
	for procs := 1; procs <= max(runtime.NumCPU(), 2); procs *= 2 {
		var walls []float64
		var rss float64
		for r := 0; r < *runs; r++ {
			cmd := exec.Command(bin, "validate", "--ndjson", "--format", "json", "--as-of", refbundle.AsOf.String(), input)
			cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(procs))
			cmd.Stdout = io.Discard
			cmd.Stderr = stderr
			start := time.Now()
			if err := cmd.Run(); err != nil {
				fmt.Fprintf(stderr, "kbench stream: validate with GOMAXPROCS=%d: %v\n", procs, err)
				return 1
			}
			walls = append(walls, time.Since(start).Seconds())
			rss = max(rss, peakRSS(cmd.ProcessState))
		}
		sort.Float64s(walls)
		wall := walls[0]
		if procs == 1 {
			base = wall
		}
		fmt.Fprintf(stdout, "%10d %9.2fs %12.0f %10.1f %8.2f× %14.0f\n",
			procs, wall, float64(*lines)/wall, size/(1<<20)/wall, base/wall, rss/(1<<20))
	}
	return 0
}
