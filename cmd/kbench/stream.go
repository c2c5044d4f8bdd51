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
	"strconv"
	"time"

	"github.com/kooperacja/kooperacja/internal/synth"
)

// runStream builds the kooperacja command, writes an NDJSON stream of
// reference bundles and times "kooperacja validate --ndjson" over it with
// GOMAXPROCS=1, 2, … up to the machine's cores, reporting bundles per second,
// the speed-up over one core, the cores actually used (CPU time over wall
// time: on a busy machine it shows that a second core was not to be had) and
// the peak resident memory.
func runStream(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kbench stream", flag.ContinueOnError)
	fs.SetOutput(stderr)
	ipws := fs.Int("ipws", 10, "IPWs per bundle")
	lines := fs.Int("lines", 400, "bundles in the stream")
	runs := fs.Int("runs", 3, "runs per core count; the fastest is reported")
	gogc := fs.String("gogc", "", "GOGC for the validating process (default: Go's, 100)")
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
	doc := synth.Reference(*ipws)
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

	gc := *gogc
	if gc == "" {
		gc = "default"
	}
	fmt.Fprintf(stdout, "kbench stream: kooperacja validate --ndjson --format json, %d bundles of %d IPWs (%.1f MiB), %s, %d cores, GOGC %s\n\n",
		*lines, *ipws, size/(1<<20), runtime.Version(), runtime.NumCPU(), gc)
	fmt.Fprintf(stdout, "%10s %10s %12s %10s %9s %9s %14s\n", "GOMAXPROCS", "wall", "bundles/s", "MiB/s", "speed-up", "cpu/wall", "peak RSS MiB")
	var base float64
	for procs := 1; procs <= max(runtime.NumCPU(), 2); procs *= 2 {
		var walls, cpus []float64
		var rss float64
		for r := 0; r < *runs; r++ {
			cmd := exec.Command(bin, "validate", "--ndjson", "--format", "json", "--as-of", synth.ReferenceAsOf.String(), input)
			cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(procs))
			if *gogc != "" {
				cmd.Env = append(cmd.Env, "GOGC="+*gogc)
			}
			cmd.Stdout = io.Discard
			cmd.Stderr = stderr
			start := time.Now()
			if err := cmd.Run(); err != nil {
				fmt.Fprintf(stderr, "kbench stream: validate with GOMAXPROCS=%d: %v\n", procs, err)
				return 1
			}
			wall := time.Since(start).Seconds()
			walls = append(walls, wall)
			cpus = append(cpus, (cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime()).Seconds()/wall)
			rss = max(rss, peakRSS(cmd.ProcessState))
		}
		best := 0
		for i := range walls {
			if walls[i] < walls[best] {
				best = i
			}
		}
		wall := walls[best]
		if procs == 1 {
			base = wall
		}
		fmt.Fprintf(stdout, "%10d %9.2fs %12.0f %10.1f %8.2f× %9.2f %14.0f\n",
			procs, wall, float64(*lines)/wall, size/(1<<20)/wall, base/wall, cpus[best], rss/(1<<20))
	}
	return 0
}
