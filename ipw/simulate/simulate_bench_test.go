package simulate_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
	"github.com/kooperacja/kooperacja/schema"
)

// BenchmarkRun simulates the reference bundles (internal/synth, Reference) over
// 30 months with no events from their bytes (schema.Decode, then Run),
// alternately with one full check of the same bytes (schema.Check), and
// reports the ratio of the two as "sim/check" (the target is at most 5).
// cmd/kbench simulate prints the same, with the growth in IPWs and in the
// horizon.
//
//	go test -run '^$' -bench Run ./ipw/simulate
func BenchmarkRun(b *testing.B) {
	opts := []cooperation.Option{cooperation.AsOf(synth.ReferenceAsOf)}
	sc := &ipw.Scenario{Horizon: synth.ReferenceAsOf.AddMonths(30)}
	for _, n := range []int{10, 100, 1000} {
		data := synth.Reference(n)
		b.Run("ipws="+strconv.Itoa(n), func(b *testing.B) {
			var tSim, tCheck time.Duration
			for b.Loop() {
				t0 := time.Now()
				bundle, fs := schema.Decode(data, opts...)
				if bundle == nil {
					b.Fatal(fs)
				}
				if _, err := simulate.Run(bundle, sc, opts...); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if res := schema.Check(data, opts...); !res.Valid() {
					b.Fatal(res.Findings)
				}
				tSim, tCheck = tSim+t1.Sub(t0), tCheck+time.Since(t1)
			}
			b.ReportMetric(float64(tSim)/float64(tCheck), "sim/check")
		})
	}
}
