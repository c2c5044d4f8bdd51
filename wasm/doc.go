// Package wasm adapts the library to WebAssembly hosts: the browser and
// Node (GOOS=js, through the command kooperacja-wasm and the ES module
// kooperacja.mjs), and any JavaScript caller that wants the same answers as
// the command line.
//
// It holds no rule of the cooperation model (model kooperacji): every
// function here decodes its arguments, calls schema, cooperation or ipw, and
// encodes the answer, so that all the logic stays in plain Go and is tested
// on the host. The package has no build tags; only the entry point that
// binds it to syscall/js (cmd/kooperacja-wasm) is specific to GOOS=js.
//
// The API is JSON in, JSON out. Call runs one of the functions named by
// Functions with its arguments as the JavaScript caller gave them (Arg): a
// document (bundle, scenario, options) may be a JSON string or an object,
// already serialised by the bridge; long strings come as their UTF-8 bytes
// (Arg.Data), which the bridge copies in more cheaply than a string. Every
// call returns a Response, either
// {"ok":true,"result":…} or {"ok":false,"error":{"message":…}}: bad input, a
// bundle that cannot be read and even a panic come back as a value, never as
// an exception. A validation's Response, the answer a planner asks for after
// every keystroke, is encoded by hand (the same bytes as json.Marshal, tested),
// and plain options are read by hand, to keep encoding/json's reflection off
// the path of a first call in WebAssembly.
//
// The functions (DOMAIN.md §15):
//
//	validate(bundle, options)           {valid, errors, warnings, findings}: a document of "kooperacja validate --format json" without its file
//	stage(bundle, options)              ipw.Progress: the stage (etap wdrażania) and what the next lacks, as "kooperacja stage --format json"
//	report(bundle, options)             ipw.Indicators at the date, as "kooperacja report --format json" for one bundle
//	simulate(bundle, scenario, options) ipw.Simulate, as "kooperacja simulate"
//	schema(name)                        a JSON Schema (bundle, profile, scenario) as an object
//	rules(lang)                         the rule catalogue in pl (default) or en, as "kooperacja rules --format json" lists it
//	labels(lang)                        ipw.Glossary: every label of every closed set and field, in pl (default) or en, as "kooperacja labels --format json"
//	version()                           {version, go}
//
// options is {asOf, lang, profile}: asOf a date YYYY-MM-DD (default: the
// bundle's asOf, else today in Europe/Warsaw), lang "pl" (default) or "en",
// profile a profile document (object or JSON string) applied over the
// bundle's. stage, report and simulate need a bundle that passes the JSON and
// schema layers; otherwise they fail with the findings that stopped it.
package wasm
