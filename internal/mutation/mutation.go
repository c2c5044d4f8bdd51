// Package mutation is a table of single mistakes made in the example
// bundles, each with the exact findings the library must give for it.
//
// The table documents the rules by example. Each row takes one complete,
// valid example (examples/rural.json, urban_rural.json or urban.json), makes
// one mistake a person could make in it — a typo in an id, a signature
// forgotten, a date entered in the wrong year — and lists every finding the
// check must report, by code and JSON Pointer. A mistake gives one finding,
// at the place where it was made: the rules that depend on the broken part
// stay silent (see the packages cooperation and ipw). Where a row lists a
// second finding, its Why says why that finding is a mistake of its own and
// not an echo of the first.
//
// Every code a check gives, errors, warnings and notes alike, has at least
// one row (the package's test checks it), so the table doubles as the
// example document of each code (REFERENCE.md shows them): Apply gives the
// mistaken document, Run the findings it gets.
package mutation

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
	"github.com/kooperacja/kooperacja/schema"
)

// Mutation is one mistake made in an example.
//
// Exactly one of Bundle, Document, Bytes, Scenario and File makes the
// mistake: Bundle edits the typed bundle (the mistakes the model's rules
// catch), Document edits the JSON document as generic values (mistakes the
// Go types cannot hold: a wrong type, a misspelt property), Bytes edits the
// raw text (mistakes of the JSON itself), Scenario edits a simulation
// scenario written against the base bundle, and File names, for the base
// example written as bundle.json in dir, a path that cannot be read.
type Mutation struct {
	// Name identifies the row; it is unique and reads as a sentence
	// fragment ("annex without signatures").
	Name string
	// Base is the example bundle the mistake is made in: "rural",
	// "urban_rural" or "urban".
	Base string
	// Mistake says, for people, what was done wrong and what the rule
	// expects instead.
	Mistake string

	Bundle   func(b *ipw.Bundle)
	Document func(doc map[string]any)
	Bytes    func(data []byte) []byte
	// ScenarioBase names the example scenario (examples/scenarios) that
	// Scenario edits.
	ScenarioBase string
	Scenario     func(sc *ipw.Scenario)
	File         func(dir string) string

	// Want are the findings the mistake must give, all of them, in any
	// order: any other finding, of any severity, is a cascade.
	Want []Want
}

// Want is one expected finding: a code at a path. Why is empty for the
// finding of the mistake itself; a further finding must say in Why why it is
// a mistake of its own.
type Want struct {
	Code cooperation.Code
	Path cooperation.Path
	Why  string
}

// Codes returns the codes the row must give.
func (m Mutation) Codes() []cooperation.Code {
	var out []cooperation.Code
	for _, w := range m.Want {
		if !slices.Contains(out, w.Code) {
			out = append(out, w.Code)
		}
	}
	return out
}

// Apply makes the mistake and returns the documents it gives: the bundle,
// and for a scenario row the scenario as well (nil otherwise).
func (m Mutation) Apply() (bundle, scenario []byte, err error) {
	data, err := examples.Bundle(m.Base)
	if err != nil {
		return nil, nil, err
	}
	switch {
	case m.Bundle != nil:
		b, fs := schema.Decode(data)
		if b == nil {
			return nil, nil, fmt.Errorf("mutation %q: example %s does not decode: %v", m.Name, m.Base, fs)
		}
		m.Bundle(b)
		data, err = json.MarshalIndent(b, "", "  ")
	case m.Document != nil:
		var doc map[string]any
		if err := json.Unmarshal(data, &doc); err != nil {
			return nil, nil, err
		}
		m.Document(doc)
		data, err = json.MarshalIndent(doc, "", "  ")
	case m.Bytes != nil:
		data = m.Bytes(slices.Clone(data))
	case m.File != nil:
		return data, nil, nil
	case m.Scenario != nil:
		text, err := examples.Scenario(m.ScenarioBase)
		if err != nil {
			return nil, nil, err
		}
		sc, fs := schema.CheckScenario(text)
		if sc == nil {
			return nil, nil, fmt.Errorf("mutation %q: scenario %s does not decode: %v", m.Name, m.ScenarioBase, fs)
		}
		m.Scenario(sc)
		scenario, err = json.MarshalIndent(sc, "", "  ")
		return data, scenario, err
	default:
		return nil, nil, errors.New("mutation " + m.Name + ": no mistake to make")
	}
	return data, nil, err
}

// ReadError is what Run returns for a File row: the file could not be
// read. The library never sees such a file; the application reports it as
// document.unreadable (see internal/app.Unreadable).
type ReadError struct {
	Path string
	Err  error
}

func (e *ReadError) Error() string { return "mutation: cannot read " + e.Path + ": " + e.Err.Error() }

func (e *ReadError) Unwrap() error { return e.Err }

// Run makes the mistake and checks the result as a user of the library
// would: schema.Check over the bundle, or, for a scenario row, the
// scenario's findings of a simulation over the base bundle. opts are passed
// to the check (the examples carry their own asOf). For a File row, dir is
// where the example is written (the first of dir, else a new temporary
// directory), and Run returns a *ReadError when the file cannot be read.
func (m Mutation) Run(opts ...cooperation.Option) ([]cooperation.Finding, error) {
	if m.File != nil {
		return m.runFile(opts)
	}
	data, scenario, err := m.Apply()
	if err != nil {
		return nil, err
	}
	res := schema.Check(data, opts...)
	if scenario == nil {
		return res.Findings, nil
	}
	if res.Bundle == nil {
		return res.Findings, nil
	}
	sc, fs := schema.CheckScenario(scenario, opts...)
	if sc == nil {
		return fs, nil
	}
	sim, err := simulate.Run(res.Bundle, sc, opts...)
	if err != nil {
		return nil, err
	}
	return sim.Scenario, nil
}

// runFile writes the base example to a temporary directory, reads the path
// the row names and checks what it reads.
func (m Mutation) runFile(opts []cooperation.Option) ([]cooperation.Finding, error) {
	data, err := examples.Bundle(m.Base)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "mutation")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "bundle.json"), data, 0o644); err != nil {
		return nil, err
	}
	path := m.File(dir)
	read, err := os.ReadFile(path)
	if err != nil {
		return nil, &ReadError{Path: path, Err: err}
	}
	return schema.Check(read, opts...).Findings, nil
}
