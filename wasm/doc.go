// Package wasm adapts the library to WebAssembly hosts: the browser and
// Node (GOOS=js, through the command kooperacja-wasm and the ES module
// kooperacja.mjs), and any JavaScript caller that wants the same answers as
// the command line.
//
// It holds no logic of its own: the functions, their parameters, the
// options, the default date, the shape of each answer and the words of each
// error are those of package internal/app, which the command line uses too,
// so that the two cannot answer differently. This package only turns the
// JavaScript caller's arguments into app's inputs and app's answers into
// JSON. It has no build tags; only the entry point that binds it to
// syscall/js (cmd/kooperacja-wasm) is specific to GOOS=js.
//
// The API is JSON in, JSON out. Call runs one of the functions of
// app.Functions (Functions lists their names) with its arguments as the
// JavaScript caller gave them (Arg): a document (bundle, scenario, options)
// may be a JSON string or an object, already serialised by the bridge; long
// strings come as their UTF-8 bytes (Arg.Data), which the bridge copies in
// more cheaply than a string. Every call returns a Response, either
// {"ok":true,"result":…} or {"ok":false,"error":{"message":…}}: bad input, a
// bundle that cannot be read and even a panic come back as a value, never as
// an exception. A validation's result, the answer a planner asks for after
// every keystroke, is encoded by hand (app.AppendJSON), and plain options are
// read by hand, to keep encoding/json's reflection off the path of a first
// call in WebAssembly.
//
// The functions are served by two WebAssembly modules built from the same
// packages (see "Two WebAssembly modules" in package internal/app):
// kooperacja.wasm with every function but document, documents, diff,
// monitor and region, and kooperacja-documents.wasm with those five,
// which the ES module loads the first time one of them is called, so that
// they answer with a promise in JavaScript. ModuleOf names a function's module; package wasm/bridge
// serves each module's functions in a JavaScript host.
//
// The functions (see app.Functions for the list):
//
//	validate(bundle, options)           {valid, errors, warnings, findings}: a document of "kooperacja validate --format json" without its file
//	stage(bundle, options)              the implementation stage (etap wdrażania) and what it lacks, as "kooperacja stage --format json"
//	report(bundle, options)             the indicators at the date, as "kooperacja report --format json" for one bundle
//	monitor(bundle, options)            {record, preview}: the monitoring record that leaves the gmina, as "kooperacja monitor" writes it, and every figure of it in words
//	region(records, options)            {report, problems, html, csv}: the regional report of many monitoring records, as "kooperacja region" makes it ({report, problems} its JSON), with its HTML page and CSV
//	simulate(bundle, scenario, options) the scenario replayed, as "kooperacja simulate"
//	schema(name)                        a JSON Schema (bundle, profile, scenario, monitor) as an object
//	rules(lang)                         the rule catalogue in pl (default) or en, as "kooperacja rules --format json" lists it
//	labels(lang)                        the glossary: every label of every closed set and field, in pl (default) or en, as "kooperacja labels --format json"
//	version()                           {version, go, catalogue}
//
// and the questions the planner asks while a person edits a bundle (they
// read as much of a half-filled bundle as can be read):
//
//	open(bundle, options)                             validate's answer, and the bundle kept open for edits (a session)
//	edit(session, patch)                              a JSON Patch applied to an open bundle, only what it can change checked again
//	release(session)                                  the open bundle forgotten
//	variant({teryt, population}, options)             the variant that fits, or what to do
//	newItem(bundle, at, what, options)                a new element of the list at a JSON Pointer, prefilled as the variant and the bundle require
//	plans(bundle, options)                            each IPW's derived status and planned end
//	profile(bundle, options)                          the profile editor: each setting with the variant's default, each rule's severity
//	partnerLeaves(bundle, institution, date, options) the notices and the actions a partner's leaving puts at risk
//	format(values, options)                           dates, months and numbers written for people, as the messages write them
//
// options is {asOf, lang, profile, places, period}: asOf a date YYYY-MM-DD (default:
// the bundle's asOf, else today in Europe/Warsaw), lang "pl" (default) or
// "en", profile a profile document (object or JSON string) applied over the
// bundle's, places (for validate) true to name where each finding is, in
// the answer's places, period (for monitor) {from, to} the period of
// the record's "in the period" figures (default: the year to the date).
// stage, report, monitor and simulate need a bundle that passes the JSON and
// schema layers; otherwise they fail with the findings that stopped it, and
// a message in options.lang. A misuse of the API (a number for a bundle, an
// unknown option) is worded in English.
package wasm
