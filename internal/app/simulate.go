package app

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/simulate"
)

// Simulation is the answer of simulate: the scenario replayed over the
// bundle (simulate.Run). Its JSON is the simulate.Simulation's.
type Simulation struct {
	*simulate.Simulation
}

// HasErrors reports whether the scenario has errors (its faulty events were
// skipped): exit status 1.
func (s Simulation) HasErrors() bool {
	return s.Simulation != nil && cooperation.HasErrors(s.Simulation.Scenario)
}

// Simulate replays a scenario document over a bundle document from the
// date of o (Day) to the scenario's horizon.
func Simulate(bundle, scenario []byte, o Options) (Simulation, *Error) {
	b, opts, err := readBundle(bundle, o)
	if err != nil {
		return Simulation{}, err
	}
	sc, err := readScenario(scenario, o.Language(), opts)
	if err != nil {
		return Simulation{}, err
	}
	sim, serr := simulate.Run(b, sc, opts...)
	if serr != nil {
		// Run fails only without a bundle, a scenario or a date, and
		// all three are given.
		return Simulation{}, &Error{Class: Usage, Message: serr.Error()}
	}
	return Simulation{sim}, nil
}
