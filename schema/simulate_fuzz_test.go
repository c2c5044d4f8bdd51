package schema

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/simulate"
)

// FuzzSimulate: a bundle and a scenario, both as bytes through the document
// boundary, then simulate.Run: never a panic, and the simulation encodes.
//
//	go test -run '^$' -fuzz '^FuzzSimulate$' -fuzztime 1m ./schema
func FuzzSimulate(f *testing.F) {
	bundles, _ := filepath.Glob("../examples/*.json")
	scenarios, _ := filepath.Glob("../examples/scenarios/*.json")
	if len(bundles) < 3 || len(scenarios) == 0 {
		f.Fatalf("seed files missing: %v %v", bundles, scenarios)
	}
	for _, b := range bundles {
		for _, s := range scenarios {
			f.Add(readFile(f, b), readFile(f, s))
		}
		f.Add(readFile(f, b), []byte(`{"horizon":"2027-06-30","assume":"on_time"}`))
	}
	f.Fuzz(func(t *testing.T, bundle, scenario []byte) {
		res := Check(bundle)
		if res.Bundle == nil {
			return
		}
		sc, _ := CheckScenario(scenario)
		if sc == nil {
			return
		}
		asOf := res.Bundle.AsOf
		if asOf.IsZero() {
			asOf = cooperation.MustDate("2026-11-16")
		}
		// A horizon decades away is a valid, slow input, not a crash: the
		// fuzzer looks for panics within the planning horizon of a plan.
		if sc.Horizon.After(asOf.AddMonths(36)) {
			return
		}
		sim, err := simulate.Run(res.Bundle, sc, cooperation.AsOf(asOf))
		if err != nil {
			return // misuse errors (no date, no scenario) are not findings
		}
		if _, err := json.Marshal(sim); err != nil {
			t.Fatalf("json.Marshal(simulation) = %v", err)
		}
	})
}
