package app

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/schema"
)

// readBundle reads a bundle for the functions that need a usable one
// (stage, report, simulate): the JSON and schema layers, then the typed
// bundle; the model's rules are not run (validate judges them). A document
// that stops at a layer is an Invalid error carrying its findings. It
// returns the library's options with the date to evaluate at (Day) set.
func readBundle(data []byte, o Options) (*ipw.Bundle, []cooperation.Option, *Error) {
	opts, err := o.library()
	if err != nil {
		return nil, nil, err
	}
	b, findings := schema.Decode(data, opts...)
	if b == nil {
		return nil, nil, invalid(o.Language(), findings,
			"nie można odczytać pakietu; sprawdź go poleceniem validate",
			"the bundle cannot be read; validate it for details")
	}
	if o.AsOf.IsZero() {
		opts = append(opts, cooperation.AsOf(Day(o, b)))
	}
	return b, opts, nil
}

// readScenario reads a scenario document: the JSON and schema layers and
// the typed scenario. Whether its events fit the bundle is the simulation's
// to say.
func readScenario(data []byte, lang cooperation.Lang, opts []cooperation.Option) (*ipw.Scenario, *Error) {
	sc, findings := schema.CheckScenario(data, opts...)
	if sc == nil {
		return nil, invalid(lang, findings,
			"nie można odczytać scenariusza",
			"the scenario cannot be read")
	}
	return sc, nil
}
