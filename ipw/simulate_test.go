package ipw_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
)

func simulate(t *testing.T, b *ipw.Bundle, sc *ipw.Scenario) *ipw.Simulation {
	t.Helper()
	out, err := ipw.Simulate(b, sc, cooperation.InLanguage(cooperation.English))
	if err != nil {
		t.Fatalf("Simulate() error = %v", err)
	}
	return out
}

func simKeys(fs []cooperation.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code)+" "+string(f.Path)+" "+f.Message)
	}
	return out
}

func sameFindings(t *testing.T, what string, got, want []cooperation.Finding) {
	t.Helper()
	g, w := simKeys(got), simKeys(want)
	if len(g) != len(w) {
		t.Errorf("%s: %d findings, want %d\ngot  %q\nwant %q", what, len(g), len(w), g, w)
		return
	}
	for i := range g {
		if g[i] != w[i] {
			t.Errorf("%s: finding %d = %s, want %s", what, i, g[i], w[i])
		}
	}
}

// The parts the simulation re-checks separately add up to Check over the
// whole bundle, at the start and at the horizon.
func TestSimulateMatchesCheck(t *testing.T) {
	for _, onTime := range []bool{false, true} {
		b := synth.Bundle(40)
		sc := synth.Scenario(b, 12, onTime)
		// A duplicate family and a duplicate id, to exercise the cross-plan rules.
		b.IPWs = append(b.IPWs, synth.Plan(3))
		b.IPWs[len(b.IPWs)-1].ID = "ipw-extra"
		b.IPWs = append(b.IPWs, synth.Plan(5))
		sim := simulate(t, b, sc)
		want, err := ipw.Check(b, cooperation.InLanguage(cooperation.English))
		if err != nil {
			t.Fatal(err)
		}
		sameFindings(t, "initial", sim.Initial, want)
		want, err = ipw.Check(sim.Final, cooperation.InLanguage(cooperation.English))
		if err != nil {
			t.Fatal(err)
		}
		sameFindings(t, "at the horizon", sim.Findings, want)
		if len(sim.Scenario) != 0 {
			t.Errorf("scenario findings: %q", simKeys(sim.Scenario))
		}
	}
}

// The same input gives the same output, byte for byte, and the caller's
// bundle is left as it was.
func TestSimulateDeterministic(t *testing.T) {
	b := synth.Bundle(30)
	before, _ := json.Marshal(b)
	sc := synth.Scenario(b, 12, true)
	var outs [][]byte
	for i := 0; i < 3; i++ {
		out, err := json.Marshal(simulate(t, b, sc))
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out)
	}
	for i := 1; i < len(outs); i++ {
		if !bytes.Equal(outs[0], outs[i]) {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
	after, _ := json.Marshal(b)
	if !bytes.Equal(before, after) {
		t.Fatal("Simulate changed the caller's bundle")
	}
}
