//go:build js && wasm

// Command kooperacja-wasm is the main WebAssembly module of the library,
// kooperacja.wasm (GOOS=js GOARCH=wasm): every function of internal/app but
// the documents, the differences between versions and the monitoring
// record, which are in kooperacja-documents.wasm
// (cmd/kooperacja-wasm-documents) so that this module, the one a page
// waits for, links none of their code. It registers its functions on
// globalThis.__kooperacja (package wasm/bridge) and waits, so that the ES
// module kooperacja.mjs can call them synchronously. Build it with
// scripts/build-wasm, which also writes the documents module, the ES
// module, its TypeScript declarations and wasm_exec.js.
package main

import (
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/wasm/bridge"
)

func main() { bridge.Serve(app.MainModule) }
