package wasm

import (
	"encoding/json"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/schema"
)

// Validation is the result of validate: the document entry of
// "kooperacja validate --format json" without its file name.
type Validation struct {
	Valid    bool                  `json:"valid"`
	Errors   int                   `json:"errors"`
	Warnings int                   `json:"warnings"`
	Findings []cooperation.Finding `json:"findings"`
}

func validate(bundle, opts Arg) Response {
	data, bad := document(bundle, "bundle")
	if bad != nil {
		return *bad
	}
	s, bad := options(opts)
	if bad != nil {
		return *bad
	}
	fs := schema.Check(data, s.opts...).Findings
	if fs == nil {
		fs = []cooperation.Finding{}
	}
	e, w, _ := cooperation.Count(fs)
	return ok(Validation{Valid: e == 0, Errors: e, Warnings: w, Findings: fs})
}

// readBundle decodes a bundle for the functions that need a usable one
// (stage, report, simulate), as the CLI's commands do: a bundle that stops
// at the JSON or schema layer is an error carrying its findings; the model's
// rules are not run. The settings returned carry the day the function
// evaluates at: options.asOf, else the bundle's asOf, else today in
// Europe/Warsaw.
func readBundle(bundle, opts Arg) (*ipw.Bundle, settings, *Response) {
	data, bad := document(bundle, "bundle")
	if bad != nil {
		return nil, settings{}, bad
	}
	s, bad := options(opts)
	if bad != nil {
		return nil, s, bad
	}
	b, findings := schema.Decode(data, s.opts...)
	if b == nil {
		r := fail("the bundle cannot be read (%d findings); validate it for details", len(findings))
		r.Error.Findings = findings
		return nil, s, r
	}
	if s.asOf.IsZero() {
		s.asOf = b.AsOf
		if s.asOf.IsZero() {
			s.asOf = schema.Today()
			s.opts = append(s.opts, cooperation.AsOf(s.asOf))
		}
	}
	return b, s, nil
}

func stage(bundle, opts Arg) Response {
	b, s, bad := readBundle(bundle, opts)
	if bad != nil {
		return *bad
	}
	r, err := ipw.Progress(b, s.opts...)
	if err != nil {
		return failf("stage: %v", err)
	}
	return ok(r)
}

func report(bundle, opts Arg) Response {
	b, s, bad := readBundle(bundle, opts)
	if bad != nil {
		return *bad
	}
	return ok(ipw.Indicators(b, s.asOf, s.opts...))
}

func simulate(bundle, scenario, opts Arg) Response {
	b, s, bad := readBundle(bundle, opts)
	if bad != nil {
		return *bad
	}
	data, bad := document(scenario, "scenario")
	if bad != nil {
		return *bad
	}
	sc, findings := schema.CheckScenario(data, s.opts...)
	if sc == nil {
		r := failf("the scenario cannot be read (%d findings)", len(findings))
		r.Error.Findings = findings
		return r
	}
	sim, err := ipw.Simulate(b, sc, s.opts...)
	if err != nil {
		return failf("simulate: %v", err)
	}
	return ok(sim)
}

func schemaText(name Arg) Response {
	if name.Kind != String {
		return failf("schema takes a name (%s), not %s", namesList(), describe(name))
	}
	b, err := schema.Schema(name.text())
	if err != nil {
		return failf("no schema named %q (the names are %s)", name.text(), namesList())
	}
	return ok(json.RawMessage(b))
}

func namesList() string { return strings.Join(schema.Names(), ", ") }

func rules(lang Arg) Response {
	l, bad := language("rules", lang)
	if bad != nil {
		return *bad
	}
	return ok(cooperation.RulesIn(l))
}

func labels(lang Arg) Response {
	l, bad := language("labels", lang)
	if bad != nil {
		return *bad
	}
	return ok(ipw.Glossary(l))
}

// language reads the language argument of fn: pl (the default) or en.
func language(fn string, lang Arg) (cooperation.Lang, *Response) {
	l := cooperation.Polish
	switch lang.Kind {
	case Absent:
	case String:
		l = cooperation.Lang(lang.text())
		if !l.Valid() {
			r := failf("%s: %q is neither pl nor en", fn, lang.text())
			return "", &r
		}
	default:
		r := failf("%s takes a language (pl or en), not %s", fn, describe(lang))
		return "", &r
	}
	return l, nil
}

// describe names the kind of an argument for a message.
func describe(a Arg) string {
	switch a.Kind {
	case Absent:
		return "nothing"
	case Object:
		return "an object"
	case String:
		return "a string"
	}
	return a.Text
}
