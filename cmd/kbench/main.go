// Command kbench measures the library on the reference bundles
// (internal/synth, Reference), each measure side by side with the one it is
// compared to, in one run:
//
//	go run ./cmd/kbench simulate   # the simulation against one full check; growth with IPWs and horizon
//	go run ./cmd/kbench check      # decode, floor, schema only, rules, full check; ratios
//	go run ./cmd/kbench stream     # validate --ndjson throughput with GOMAXPROCS=1 and 2
//	go run ./cmd/kbench region     # the regional report of 10, 100 and 2 477 gminas' records; records/s, memory
//	go run ./cmd/kbench gen -ipws 10 [-lines N]   # a reference bundle (or N as NDJSON)
//
// With no subcommand it runs simulate.
package main

import (
	"os"
)

func main() {
	os.Exit(runSimulate(os.Args[1:], os.Stdout, os.Stderr))
}
