package examples_test

import (
	"fmt"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw/simulate"
	"github.com/kooperacja/kooperacja/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExamplesAreClean is the promise of the examples: each is a complete
// bundle with no error and no warning at its asOf.
func TestExamplesAreClean(t *testing.T) {
	names := examples.Names()
	if len(names) < 3 {
		t.Fatalf("Names() = %v, want an example per variant", names)
	}
	variants := map[cooperation.Variant]bool{}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data, err := examples.Bundle(name)
			require.NoError(t, err)
			res := schema.Check(data, cooperation.InLanguage(cooperation.English))
			require.NotNil(t, res.Bundle, "%s does not decode: %v", name, res.Findings)
			variants[res.Bundle.Variant] = true
			assert.False(t, res.Bundle.AsOf.IsZero(), "%s has no asOf: examples must be checked at a fixed date", name)
			assert.NotEmpty(t, res.Bundle.IPWs, "%s has no IPW", name)
			for _, f := range res.Findings {
				assert.Equal(t, cooperation.SeverityInfo, f.Severity, "%s: %s at %s: %s", name, f.Code, f.Path, f.Message)
			}
		})
	}
	for _, v := range cooperation.Variants() {
		if !variants[v] {
			t.Errorf("no example of variant %s", v)
		}
	}
}

// TestScenarios runs each example scenario on the rural example and checks
// that it shows what it is there to show.
func TestScenarios(t *testing.T) {
	data, err := examples.Bundle("rural")
	require.NoError(t, err)
	b, fs := schema.Decode(data)
	require.NotNil(t, b, "rural example: %v", fs)
	shows := map[string]func(t *testing.T, sim *simulate.Simulation){
		"partner-leaves": func(t *testing.T, sim *simulate.Simulation) {
			assert.True(t, appeared(sim, cooperation.CodeIPWActionNotCovered), "a leaving partner's action loses its agreement")
		},
		"close-all": func(t *testing.T, sim *simulate.Simulation) {
			assert.Equal(t, sim.Indicators.IPW.Total, sim.Indicators.IPW.Closed, "every plan is closed at the horizon")
		},
		"capacity-crunch": func(t *testing.T, sim *simulate.Simulation) {
			assert.True(t, appeared(sim, cooperation.CodeServiceCapacityExceeded), "the basket is overbooked")
		},
	}
	names := examples.ScenarioNames()
	require.Len(t, names, len(shows))
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			text, err := examples.Scenario(name)
			require.NoError(t, err)
			sc, fs := schema.CheckScenario(text)
			require.NotNil(t, sc, "%s: %v", name, fs)
			sim, err := simulate.Run(b, sc)
			require.NoError(t, err)
			assert.Empty(t, sim.Scenario, "%s: the scenario itself has findings", name)
			require.Contains(t, shows, name)
			shows[name](t, sim)
		})
	}
}

func appeared(sim *simulate.Simulation, code cooperation.Code) bool {
	for _, st := range sim.Timeline {
		for _, f := range st.Appeared {
			if f.Code == code {
				return true
			}
		}
	}
	return false
}

func ExampleBundle() {
	data, _ := examples.Bundle("urban")
	res := schema.Check(data)
	b := res.Bundle
	fmt.Println(b.Municipality.Name, b.Municipality.TERYT, b.Variant, res.Valid())
	// Output:
	// Radomsko 1012011 urban true
}
