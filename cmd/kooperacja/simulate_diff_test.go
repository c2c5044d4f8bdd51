package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/schema"
)

// The day-by-day differential through the command line: kooperacja simulate
// --as-of FROM with a scenario of no events up to TO, its findings rebuilt
// day by day from initial and each step's appeared and resolved, against
// kooperacja validate --as-of DAY of the same file on every day: for each
// example from 2025-06-01 to 2027-06-30, and for a few generated bundles
// (internal/synth.Random) over their own span. The commands run in this
// process.
func TestSimulateAgreesWithValidateEveryDay(t *testing.T) {
	examples, _ := filepath.Glob("../../examples/*.json")
	if len(examples) < 3 {
		t.Fatalf("examples missing: %v", examples)
	}
	dir := t.TempDir()
	for _, bundle := range examples {
		t.Run(strings.TrimSuffix(filepath.Base(bundle), ".json"), func(t *testing.T) {
			simulateAgainstValidate(t, bundle, "2025-06-01", "2027-06-30")
		})
	}
	// Generated bundles that are files a municipality could write (some
	// have what only the Go API can hold, such as undated signatures).
	for seed, found := int64(1), 0; found < 3 && seed < 100; seed++ {
		b, sc := synth.Random(seed)
		data, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		if decoded, _ := schema.Decode(data); decoded == nil {
			continue
		}
		found++
		bundle := filepath.Join(dir, fmt.Sprintf("random-%d.json", seed))
		if err := os.WriteFile(bundle, data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(bundle), func(t *testing.T) {
			simulateAgainstValidate(t, bundle, b.AsOf.String(), sc.Horizon.String())
		})
	}
}

func simulateAgainstValidate(t *testing.T, bundle, from, to string) {
	scenario := filepath.Join(t.TempDir(), "none.json")
	if err := os.WriteFile(scenario, []byte(`{"horizon":"`+to+`","events":[]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	type finding struct {
		Code     string `json:"code"`
		Path     string `json:"path"`
		Severity string `json:"severity"`
	}
	key := func(f finding) string { return f.Code + " " + f.Path + " " + f.Severity }
	{
		{
			code, out, errOut := runCLI(t, "", "simulate", "--scenario", scenario, "--as-of", from, "--lang", "en", bundle)
			if code != 0 {
				t.Fatalf("simulate: exit %d: %s", code, errOut)
			}
			var sim struct {
				Initial  []finding `json:"initial"`
				Timeline []struct {
					Date     string    `json:"date"`
					Appeared []finding `json:"appeared"`
					Resolved []finding `json:"resolved"`
				} `json:"timeline"`
			}
			if err := json.Unmarshal([]byte(out), &sim); err != nil {
				t.Fatalf("simulate's output: %v", err)
			}
			current := map[string]int{}
			for _, f := range sim.Initial {
				current[key(f)]++
			}
			step := 0
			mismatched := 0
			for day := cooperation.MustDate(from); !day.After(cooperation.MustDate(to)); day = day.AddDays(1) {
				if step < len(sim.Timeline) && sim.Timeline[step].Date == day.String() {
					for _, f := range sim.Timeline[step].Resolved {
						current[key(f)]--
					}
					for _, f := range sim.Timeline[step].Appeared {
						current[key(f)]++
					}
					step++
				}
				code, out, errOut := runCLI(t, "", "validate", "--format", "json", "--lang", "en", "--as-of", day.String(), bundle)
				if code == 2 {
					t.Fatalf("validate --as-of %s: exit 2: %s", day, errOut)
				}
				var v struct {
					Documents []struct {
						Findings []finding `json:"findings"`
					} `json:"documents"`
				}
				if err := json.Unmarshal([]byte(out), &v); err != nil || len(v.Documents) != 1 {
					t.Fatalf("validate's output on %s: %v", day, err)
				}
				want := map[string]int{}
				for _, f := range v.Documents[0].Findings {
					want[key(f)]++
				}
				var diffs []string
				for k, n := range want {
					if current[k] != n {
						diffs = append(diffs, k)
					}
				}
				for k, n := range current {
					if n != want[k] && want[k] == 0 {
						diffs = append(diffs, k)
					}
				}
				if len(diffs) > 0 {
					mismatched++
					if mismatched <= 3 {
						t.Errorf("%s: simulate and validate differ on %s", day, strings.Join(diffs, "; "))
					}
				}
			}
			if step != len(sim.Timeline) {
				t.Errorf("the timeline has steps outside %s–%s", from, to)
			}
			if mismatched > 0 {
				t.Errorf("%d mismatched days", mismatched)
			}
		}
	}
}
