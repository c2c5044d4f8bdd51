package diff_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw/diff"
)

// BenchmarkBundles compares two versions of generated bundles that differ
// in one action's due date, beside the cost of encoding both as JSON (the
// floor: the comparison reads the bundles' JSON form). Compare the two
// lines of one size: their ratio is what the comparison itself costs.
func BenchmarkBundles(b *testing.B) {
	for _, n := range []int{10, 300} {
		old, new := synth.Bundle(n), synth.Bundle(n)
		a := &new.IPWs[n/2].Actions[1]
		a.Due = a.Due.AddDays(7)
		if got := len(diff.Bundles(old, new)); got != 1 {
			b.Fatalf("%d changes, want 1", got)
		}
		b.Run(fmt.Sprintf("ipws=%d/diff", n), func(b *testing.B) {
			for b.Loop() {
				diff.Bundles(old, new)
			}
		})
		b.Run(fmt.Sprintf("ipws=%d/marshal", n), func(b *testing.B) {
			for b.Loop() {
				json.Marshal(old)
				json.Marshal(new)
			}
		})
	}
}
