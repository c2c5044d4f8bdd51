// Package app is the application logic that the command line
// (cmd/kooperacja) and the WebAssembly module (package wasm and
// cmd/kooperacja-wasm) share, so that the two cannot answer differently: the
// default date, how a bundle, a profile and a scenario are read, the
// options, the shape of every answer, the words of every error, the exit
// status a command derives from an answer, and the list of functions the
// JavaScript API offers.
//
// The adapters only translate. The command line turns file names and flags
// into documents and Options, prints an answer as JSON (AppendJSON, indented)
// or as text (WriteText) and exits with ExitStatus. The WebAssembly module
// turns JavaScript values into documents and Options, and returns an answer
// as {"ok":true,"result":…} with the same JSON. Nothing in either adapter
// decides anything about the cooperation model.
//
// # The default date
//
// A function that evaluates a bundle at a date uses Options.AsOf; when it is
// zero, the bundle's own asOf; when that is absent too, today in
// Europe/Warsaw (Today). The date used is part of the answer where the
// answer has a date (stage, simulate) and is what Day returns.
//
// # Errors and exit status
//
// A function either answers or fails with an *Error. An Error has a Class,
// a message in the language of the options, and, when a document could not
// be used, the findings that stopped it. Bad data in a document that can be
// read is never an Error: it is a finding in the answer.
//
// The command line's exit status is the same for every command:
//
//	0  the command did what was asked and no document has an error
//	1  a document has errors: findings of severity error in a bundle
//	   (validate), or a bundle, scenario or profile that cannot be used
//	   (it stops at the JSON or schema layer, or the scenario names things
//	   the bundle does not have); the findings are printed
//	2  the command could not run as asked: a usage error (an unknown flag,
//	   a date that is not one, a missing operand) or a file that cannot be
//	   read
//
// diff alone answers yes or no, as diff(1) does: 0 when the bundles are
// the same, 1 when they differ, 2 on trouble, a bundle that cannot be read
// included (an Error of class Trouble).
//
// ExitStatus derives it from an answer or an Error; the command line never
// picks a number of its own.
//
// # Adding a function
//
// A function is written once, here, and both adapters offer it:
//
//  1. Write it in a file of its own in this package, taking its documents as
//     []byte and an Options, and returning an answer type (a struct with JSON
//     tags; the answer's JSON is the one the command line prints with
//     --format json and the one the JavaScript caller gets as result) and
//     an *Error. Read bundles with readBundle (or readBundleChecked when
//     the rules must run), scenarios with readScenario, and let Options
//     resolve the date, the language and the profile: then the defaults and
//     the errors are those of every other function.
//  2. If people read the answer on a terminal, give the answer type a
//     method Text(w io.Writer, lang cooperation.Lang) that writes it in that
//     language (with cooperation.Noun for counts and Date.Format for dates);
//     WriteText uses it. If the answer can report errors in a document, give
//     it a method HasErrors() bool: ExitStatus then exits 1.
//  3. Add a row to the table in functions.go: its name (the JavaScript name
//     and the command's name), a one-line summary, its parameters in the
//     order a JavaScript caller passes them, and a Run that calls it. Package
//     wasm and the ES module (wasm/js/kooperacja.mjs) pick the row up
//     without a change; declare it in wasm/js/kooperacja.d.ts (a test
//     checks every row is declared).
//  4. Unless the row is WebOnly, add the command in cmd/kooperacja: a file
//     with a command value (its flags, operands and a run that reads the
//     files and calls the function) and a line in the commands table. The
//     help, --format, the exit status and the errors come from the shared
//     helpers there. Add its -h to the golden help files
//     (go test ./cmd/kooperacja -run TestHelp -update) and its synopsis to
//     the README.
//  5. Test the function here on the host; TestAdaptersAgree in
//     cmd/kooperacja checks that the command's JSON and the WebAssembly
//     answer are the same bytes for every example.
//
// # Two WebAssembly modules
//
// The JavaScript host gets the functions from two WebAssembly modules built
// from these same packages: kooperacja.wasm (MainModule) with every
// function but the documents, which the ES module loads at once, and
// kooperacja-documents.wasm (DocumentsModule) with document, documents,
// diff and monitor, which it loads the first time one of them is called.
// The documents (ipw/document, archive/zip and compress/flate) were a fifth
// of one module's size, the differences (ipw/diff, which the review records
// use too) a twentieth and the monitoring record (ipw/monitor) another, and the size and the start-up of the first module are what
// a person waits for (wasm/bench). A function's row names its module
// (Function.Module); the rows of the documents keep their place in the
// table, and their Run is given by package paperwork when a program imports
// it (Provide): the command line and the documents module do, the main
// module does not and links none of their code. A new function belongs to
// the main module unless it needs a large package that nothing else needs.
//
// The answers that the planner asks for at every keystroke (Validation) are
// encoded by hand (AppendJSON), not by encoding/json, and neither fmt nor
// encoding/json is called on their path: in WebAssembly a first call pays
// for every large function it runs. Keep new hot paths so; other answers
// may use encoding/json.
package app
