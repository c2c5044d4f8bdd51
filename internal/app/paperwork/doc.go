// Package paperwork is the application logic of the model's documents
// (package ipw/document) that the command line and the WebAssembly modules
// share: the functions document and documents of the table of package app,
// their request (DocumentRequest), their answers (DocumentFile,
// DocumentList) and their errors.
//
// It is a package of its own, not a file of package app, so that the main
// WebAssembly module (kooperacja.wasm), which the planner and every
// JavaScript caller load first, links none of it: ipw/document with
// archive/zip and compress/flate, which archive/zip's init keeps whole, were
// a fifth of that module's size. The rows of the two functions stay in app's
// table (their names, parameters and module, DocumentsModule); this package
// gives them their Run when it is initialised (app.Provide). The command
// line imports it and runs every function; the second module,
// kooperacja-documents.wasm (cmd/kooperacja-wasm-documents), imports it and
// offers only these two; the ES module loads that module the first time a
// document is asked for.
package paperwork
