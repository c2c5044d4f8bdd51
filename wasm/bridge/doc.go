// Package bridge binds package wasm to syscall/js: the entry points of the
// two WebAssembly modules (cmd/kooperacja-wasm, kooperacja.wasm, and
// cmd/kooperacja-wasm-documents, kooperacja-documents.wasm) call Serve with
// their module's name, which registers that module's functions (those of
// app.Functions whose Module it is) on globalThis.__kooperacja and waits, so
// that the ES module kooperacja.mjs can call them synchronously.
//
// It is only the bridge: it turns JavaScript values into wasm.Arg, and the
// JSON of a wasm.Response into a plain JavaScript object. Its code is
// specific to GOOS=js (this file alone is built elsewhere, so that the
// package can be listed, vetted and documented on any platform).
//
// Both modules set the garbage collector for a JavaScript host, where it
// runs on the page's one thread rather than beside the program on another
// core: GOGC=400 under a 256 MiB soft limit, unless the Go environment sets
// GOGC or GOMEMLIMIT. Only the main module warms the validator
// (wasm.Prepare) as it starts.
package bridge
