package simulate_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
)

// The day-by-day differential: a simulation must say, on every day of its
// span, exactly what Check says of the state of that day.

// dayByDay replays sc over b and compares, on every day from the
// simulation's asOf to its horizon, the findings rebuilt from Initial and
// each step's Appeared and Resolved with Check over the state of that day:
// b before any event, then the simulated bundle after the events of the
// last day that had any (StateAt). It returns a description of each
// mismatched day.
func dayByDay(t *testing.T, b *ipw.Bundle, sc *ipw.Scenario, opts ...cooperation.Option) []string {
	t.Helper()
	opts = append(opts, cooperation.InLanguage(cooperation.English))
	sim, err := simulate.Run(b, sc, opts...)
	if err != nil {
		t.Fatalf("Simulate() error = %v", err)
	}
	state := b
	steps := map[cooperation.Date]*simulate.Step{}
	for i := range sim.Timeline {
		steps[sim.Timeline[i].Date] = &sim.Timeline[i]
	}
	current := map[string]int{}
	for _, f := range sim.Initial {
		current[diffKey(f)]++
	}
	var bad []string
	checked := 0
	for day := sim.AsOf; !day.After(sim.Horizon); day = day.AddDays(1) {
		st := steps[day]
		if st != nil && (len(st.Events) > 0 || len(st.Assumed) > 0) {
			state = stateOn(t, b, sc, day, opts)
			checked++
		} else if checked > 0 && checked <= 3 {
			// The state does not change on a day without events.
			if got, want := bundleJSON(t, stateOn(t, b, sc, day, opts), day), bundleJSON(t, state, day); got != want {
				bad = append(bad, day.String()+": the state changed on a day without events")
			}
			checked++
		}
		if st != nil {
			for _, f := range st.Resolved {
				current[diffKey(f)]--
			}
			for _, f := range st.Appeared {
				current[diffKey(f)]++
			}
		}
		want, err := ipw.Check(state, append(opts, cooperation.AsOf(day))...)
		if err != nil {
			t.Fatalf("Check(%s) error = %v", day, err)
		}
		wantSet := map[string]int{}
		messages := map[string]bool{}
		for _, f := range want {
			wantSet[diffKey(f)]++
			messages[diffKey(f)+" "+f.Message] = true
		}
		var diffs []string
		for k, n := range current {
			if n != wantSet[k] {
				diffs = append(diffs, fmt.Sprintf("%s: simulation %d, check %d", k, n, wantSet[k]))
			}
		}
		for k, n := range wantSet {
			if _, ok := current[k]; !ok {
				diffs = append(diffs, fmt.Sprintf("%s: simulation 0, check %d", k, n))
			}
		}
		// A finding appears with the parameters of its first day.
		if st != nil {
			for _, f := range st.Appeared {
				if !messages[diffKey(f)+" "+f.Message] {
					diffs = append(diffs, fmt.Sprintf("%s appeared as %q, not as the check says", diffKey(f), f.Message))
				}
			}
		}
		if len(diffs) > 0 {
			bad = append(bad, day.String()+": "+strings.Join(diffs, "; "))
		}
	}
	// At the horizon, the findings are exact to their parameters, and the
	// final bundle is the state of that day.
	want, _ := ipw.Check(state, append(opts, cooperation.AsOf(sim.Horizon))...)
	if g, w := messagesOf(sim.Findings), messagesOf(want); g != w {
		bad = append(bad, "at the horizon: findings\n"+g+"\nwant\n"+w)
	}
	if bundleJSON(t, sim.Final, sim.Horizon) != bundleJSON(t, state, sim.Horizon) {
		bad = append(bad, "the final bundle is not the state of the horizon")
	}
	return bad
}

// bundleJSON is b as JSON with its asOf set to day.
func bundleJSON(t *testing.T, b *ipw.Bundle, day cooperation.Date) string {
	t.Helper()
	c := *b
	c.AsOf = day
	data, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// stateOn is the simulated bundle at the end of day.
func stateOn(t *testing.T, b *ipw.Bundle, sc *ipw.Scenario, day cooperation.Date, opts []cooperation.Option) *ipw.Bundle {
	t.Helper()
	st, err := simulate.StateAt(b, sc, day, opts...)
	if err != nil {
		t.Fatalf("StateAt(%s) error = %v", day, err)
	}
	return st
}

// TestSimulateDayByDayExamples: each example bundle, simulated from
// 2025-06-01 to 2027-06-30 with no event (as recorded, and on time), and
// the rural example under each example scenario.
func TestSimulateDayByDayExamples(t *testing.T) {
	from := cooperation.MustDate("2025-06-01")
	to := cooperation.MustDate("2027-06-30")
	for _, name := range examples.Names() {
		for _, assume := range []ipw.Assumption{ipw.AssumeAsRecorded, ipw.AssumeOnTime} {
			t.Run(name+"/"+string(assume), func(t *testing.T) {
				b := exampleBundle(t, name)
				sc := &ipw.Scenario{Horizon: to, Assume: assume}
				if bad := dayByDay(t, b, sc, cooperation.AsOf(from)); len(bad) > 0 {
					t.Errorf("%d mismatched days, the first:\n%s", len(bad), strings.Join(bad[:min(len(bad), 5)], "\n"))
				}
			})
		}
	}
	for _, name := range examples.ScenarioNames() {
		t.Run("rural/"+name, func(t *testing.T) {
			b := exampleBundle(t, "rural")
			sc := exampleScenario(t, name)
			if bad := dayByDay(t, b, sc); len(bad) > 0 {
				t.Errorf("%d mismatched days, the first:\n%s", len(bad), strings.Join(bad[:min(len(bad), 5)], "\n"))
			}
		})
	}
}

// generatedCount is how many generated bundles the differential replays:
// a few dozen in a normal run, KOOPERACJA_DIFF_FULL=1 (or a number) for
// the full count.
func generatedCount() int {
	switch v := os.Getenv("KOOPERACJA_DIFF_FULL"); v {
	case "":
		if testing.Short() {
			return 6
		}
		return 30
	case "1":
		return 250
	default:
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return 250
		}
		return n
	}
}

// TestSimulateDayByDayGenerated: generated bundles (internal/synth.Random),
// each simulated with no event and with its random events, compared with
// Check on every day.
func TestSimulateDayByDayGenerated(t *testing.T) {
	for seed := int64(1); seed <= int64(generatedCount()); seed++ {
		b, sc := synth.Random(seed)
		t.Run(strconv.FormatInt(seed, 10), func(t *testing.T) {
			t.Parallel()
			quiet := &ipw.Scenario{Horizon: sc.Horizon, Assume: sc.Assume}
			for name, s := range map[string]*ipw.Scenario{"no events": quiet, "events": sc} {
				if bad := dayByDay(t, b, s); len(bad) > 0 {
					t.Errorf("%s (%s): %d mismatched days, the first:\n%s", name, s.Assume, len(bad), strings.Join(bad[:min(len(bad), 3)], "\n"))
				}
			}
		})
	}
}
