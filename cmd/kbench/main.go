// Command kbench measures how the cost of ipw.Simulate grows: it replays N
// and 2N synthetic IPWs (package internal/synth) over 12 months, with both
// assumptions, and prints the time of each and the ratio time(2N)/time(N),
// which should be close to 2 (linear cost).
//
//	go run ./cmd/kbench [-n 1000] [-months 12]
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
)

func main() {
	n := flag.Int("n", 1000, "number of IPWs of the smaller bundle")
	months := flag.Int("months", 12, "months from asOf to the horizon")
	flag.Parse()
	for _, onTime := range []bool{false, true} {
		assume := "as_recorded"
		if onTime {
			assume = "on_time"
		}
		var times [2]float64
		var events [2]int
		for i, size := range []int{*n, 2 * *n} {
			b := synth.Bundle(size)
			sc := synth.Scenario(b, *months, onTime)
			events[i] = len(sc.Events)
			r := testing.Benchmark(func(tb *testing.B) {
				for tb.Loop() {
					if _, err := ipw.Simulate(b, sc); err != nil {
						fmt.Fprintln(os.Stderr, err)
						os.Exit(1)
					}
				}
			})
			times[i] = float64(r.NsPerOp()) / 1e6
		}
		fmt.Printf("simulate %-11s %d months: N=%d (%d events) %.1f ms, 2N=%d (%d events) %.1f ms, time(2N)/time(N) = %.2f\n",
			assume, *months, *n, events[0], times[0], 2**n, events[1], times[1], times[1]/times[0])
	}

	// The copy of the bundle the simulation works on: typed against a JSON
	// round trip.
	b := synth.Bundle(*n)
	typed := testing.Benchmark(func(tb *testing.B) {
		sc := &ipw.Scenario{Horizon: synth.AsOf}
		for tb.Loop() {
			ipw.Simulate(b, sc)
		}
	})
	viaJSON := testing.Benchmark(func(tb *testing.B) {
		for tb.Loop() {
			data, _ := json.Marshal(b)
			var c ipw.Bundle
			json.Unmarshal(data, &c)
		}
	})
	fmt.Printf("N=%d: a simulation of asOf alone (typed copy, one check per plan) %.1f ms; a JSON round trip of the bundle alone %.1f ms\n",
		*n, float64(typed.NsPerOp())/1e6, float64(viaJSON.NsPerOp())/1e6)
}
