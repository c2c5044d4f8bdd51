package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"

	"github.com/kooperacja/kooperacja/internal/synth"
)

func runGen(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kbench gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("ipws", 10, "number of IPWs in the bundle")
	lines := fs.Int("lines", 0, "print the bundle this many times, one per line (NDJSON); 0 prints it once")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *n < 0 || *lines < 0 {
		fmt.Fprintln(stderr, "kbench gen: -ipws and -lines must not be negative")
		return 2
	}
	doc := synth.Reference(*n)
	w := bufio.NewWriter(stdout)
	for i := 0; i < max(*lines, 1); i++ {
		w.Write(doc)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "kbench gen: %v\n", err)
		return 2
	}
	return 0
}
