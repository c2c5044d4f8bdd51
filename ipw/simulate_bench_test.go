package ipw_test

import (
	"fmt"
	"testing"

	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
)

// BenchmarkSimulate replays N IPWs over 12 months with the on_time
// assumption. Compare N=1000 with N=2000: the cost should double (see
// cmd/kbench, which prints the ratio).
func BenchmarkSimulate(b *testing.B) {
	for _, n := range []int{1000, 2000} {
		bundle := synth.Bundle(n)
		sc := synth.Scenario(bundle, 12, true)
		b.Run(fmt.Sprintf("ipws=%d/events=%d", n, len(sc.Events)), func(b *testing.B) {
			for b.Loop() {
				if _, err := ipw.Simulate(bundle, sc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
