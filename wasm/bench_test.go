package wasm_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/wasm"
)

// BenchmarkValidate runs validate natively on every example bundle, through
// the same Call the WebAssembly module makes; wasm/bench/bench.mjs runs it
// beside the module to get the wasm/native ratio in one run. The date is
// KOOPERACJA_AS_OF, default 2026-11-16.
func BenchmarkValidate(b *testing.B) {
	files, _ := filepath.Glob("../examples/*.json")
	if len(files) == 0 {
		b.Skip("no examples/*.json")
	}
	asOf := os.Getenv("KOOPERACJA_AS_OF")
	if asOf == "" {
		asOf = "2026-11-16"
	}
	opts := wasm.JSON(`{"asOf":"` + asOf + `"}`)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(f), ".json"), func(b *testing.B) {
			bundle := wasm.Text(string(data))
			for b.Loop() {
				if r := wasm.Call("validate", []wasm.Arg{bundle, opts}); !r.OK {
					b.Fatal(r.Error.Message)
				}
			}
		})
	}
}
