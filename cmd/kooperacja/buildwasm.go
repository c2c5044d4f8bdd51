package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/internal/wasmbuild"
)

// runBuildWasm writes the WebAssembly library into a directory: the one
// build the planner, scripts/build-wasm and the tests use
// (internal/wasmbuild).
func runBuildWasm(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("build-wasm", "DIR",
		"Builds the library for JavaScript hosts into DIR: kooperacja.wasm\n"+
			"(GOOS=js GOARCH=wasm), wasm_exec.js from the same Go toolchain, the ES\n"+
			"module kooperacja.mjs and its declarations kooperacja.d.ts (also as\n"+
			"kooperacja.d.mts). It builds the source this program was built from: the\n"+
			"checkout around the working directory, or, for a program installed with\n"+
			"go install, its own version from the Go module cache. It needs the go\n"+
			"command ($GO, else go on PATH).",
		stdin, stdout, stderr)
	dirs, err := c.parse(args, 1, 1)
	if err != nil {
		return exit(err)
	}
	goCmd := os.Getenv("GO")
	ctx := context.Background()
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja build-wasm: %v\n", err)
		return app.ExitUsage
	}
	src, err := wasmbuild.Source(ctx, goCmd, wd)
	if err == nil {
		err = wasmbuild.Build(ctx, goCmd, src, dirs[0], stderr)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja build-wasm: %v\n", err)
		return app.ExitUsage
	}
	size := ""
	if st, err := os.Stat(dirs[0] + "/kooperacja.wasm"); err == nil {
		size = fmt.Sprintf(" (kooperacja.wasm %d bytes)", st.Size())
	}
	fmt.Fprintf(stderr, "build-wasm: wrote %s%s\n", dirs[0], size)
	return app.ExitOK
}
