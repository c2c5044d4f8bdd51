// Package paperwork is the application logic of the model's documents
// (package ipw/document) and of the differences between two versions of a
// bundle (package ipw/diff, which the review records use too) that the
// command line and the WebAssembly modules share: the functions document,
// documents and diff of the table of package app, the request of a
// document (DocumentRequest), their answers (DocumentFile, DocumentList,
// Diff) and their errors. It also gives the rows monitor and region their
// Run (app.MonitorOf and app.RegionOfList, written in package app, whose
// RegionOf the command line calls): the monitoring record, the export that
// leaves the gmina, and the regional report are asked for in their own
// dialogs, and ipw/monitor was another 0.05 MB of the main module.
//
// It is a package of its own, not a file of package app, so that the main
// WebAssembly module (kooperacja.wasm), which the planner and every
// JavaScript caller load first, links none of it: ipw/document with
// archive/zip and compress/flate, which archive/zip's init keeps whole, were
// a fifth of that module's size, and ipw/diff another twentieth, for
// questions a person asks now and then (a document, the comparison of two
// versions), not at every keystroke. The rows of the functions stay in app's
// table (their names, parameters and module, DocumentsModule); this package
// gives them their Run when it is initialised (app.Provide). The command
// line imports it and runs every function; the second module,
// kooperacja-documents.wasm (cmd/kooperacja-wasm-documents), imports it and
// offers only these five; the ES module loads that module the first time
// one of them is called.
package paperwork
