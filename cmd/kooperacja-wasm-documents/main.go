//go:build js && wasm

// Command kooperacja-wasm-documents is the second WebAssembly module of the
// library, kooperacja-documents.wasm: the functions of the model's documents,
// the differences between versions, the monitoring record and the regional
// report (document, documents, diff, monitor, region; package
// internal/app/paperwork), which the ES
// module kooperacja.mjs loads the first time one of them is called. It is built
// from the same packages as the main module (cmd/kooperacja-wasm), through
// the same bridge (package wasm/bridge); scripts/build-wasm builds both.
package main

import (
	"github.com/kooperacja/kooperacja/internal/app"
	_ "github.com/kooperacja/kooperacja/internal/app/paperwork" // the documents' functions
	"github.com/kooperacja/kooperacja/wasm/bridge"
)

func main() { bridge.Serve(app.DocumentsModule) }
