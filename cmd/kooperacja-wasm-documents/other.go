//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "kooperacja-wasm-documents runs only as WebAssembly in a JavaScript host; build it with scripts/build-wasm")
	os.Exit(2)
}
