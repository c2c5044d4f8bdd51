package region_test

import (
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
	"github.com/kooperacja/kooperacja/ipw/region"
)

// Two gminas' records: one states its counts, the other withholds its
// successes as fewer than 3. The total is then a range, never a number
// that counts the withheld cell as 0.
func ExampleAggregator() {
	rec := func(teryt, name string, closed, succeeded monitor.Count) *monitor.Record {
		r := &monitor.Record{SchemaVersion: monitor.SchemaVersion,
			Municipality: monitor.Municipality{TERYT: teryt, Name: name, Variant: cooperation.VariantRural}}
		r.IPW.Total, r.IPW.ByStatus.Closed = closed, closed
		r.IPW.ByOutcome = []monitor.OutcomeCount{{Reason: ipw.ClosureGoalsAchieved, Count: succeeded}}
		return r
	}
	a := region.NewAggregator()
	a.Add(rec("2604062", "Górno", monitor.Count{N: 12}, monitor.Count{N: 10}), "gorno.json")
	a.Add(rec("2604072", "Masłów", monitor.Count{N: 4}, monitor.Count{FewerThan: 3}), "maslow.json")
	rep := a.Report()
	s := rep.Total.IPW.Succeeded
	high, _ := s.High()
	r := rep.Total.IPW.SuccessRate
	fmt.Printf("succeeded %d..%d of %d (%d withheld cell)\n", s.Low, high, rep.Total.IPW.Closed.Low, s.Withheld)
	fmt.Printf("success rate %.3f..%.3f, value known: %v\n", *r.Low, *r.High, r.Value != nil)
	fmt.Printf("pilot: %d of %d = %.1f %%\n", rep.Reference.Succeeded, rep.Reference.Closed, 100*rep.Reference.SuccessRate)
	// Output:
	// succeeded 10..12 of 16 (1 withheld cell)
	// success rate 0.625..0.750, value known: false
	// pilot: 140 of 172 = 81.4 %
}
