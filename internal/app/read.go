package app

import (
	"slices"

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

// readBundleInPart reads a bundle for its documents: as readBundle, but a
// bundle whose only problems are the JSON Schema's (schema.violation) is
// read in part (schema.DecodePartial), and those findings are returned, so
// that they refuse only the documents that print what they concern
// (document.Rejected) instead of every document of the bundle.
func readBundleInPart(data []byte, o Options) (*ipw.Bundle, []cooperation.Option, []cooperation.Finding, *Error) {
	b, opts, err := readBundle(data, o)
	if err == nil || err.Class != Invalid || len(err.Findings) == 0 ||
		slices.ContainsFunc(err.Findings, func(f cooperation.Finding) bool { return f.Code != cooperation.CodeSchemaViolation }) {
		return b, opts, nil, err
	}
	if b = schema.DecodePartial(data); b == nil {
		return nil, nil, nil, err
	}
	opts, _ = o.library() // readBundle got them without an error
	if o.AsOf.IsZero() {
		opts = append(opts, cooperation.AsOf(Day(o, b)))
	}
	return b, opts, err.Findings, nil
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
