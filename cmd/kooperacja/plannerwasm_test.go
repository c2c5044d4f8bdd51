package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/internal/wasmbuild"
)

// The planner's own build of the WebAssembly library (a binary without the
// module built in builds it at first start) is scripts/build-wasm's: the
// same flags, the same files, byte for byte.
func TestPlannerBuildIsBuildWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the WebAssembly module twice")
	}
	root, err := wasmbuild.Checkout(".")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // the planner builds into the user's cache
	var log bytes.Buffer
	planner, err := builtWasm(ctx, &log)
	if err != nil {
		t.Fatalf("the planner's build: %v\n%s", err, log.String())
	}
	if !strings.Contains(log.String(), "building the WebAssembly module") {
		t.Errorf("the planner took a build it did not make: %s", log.String())
	}

	script := t.TempDir()
	cmd := exec.CommandContext(ctx, filepath.Join(root, "scripts", "build-wasm"), script)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/build-wasm: %v\n%s", err, out)
	}
	for _, f := range wasmbuild.Files {
		a, errA := os.ReadFile(filepath.Join(planner, f))
		b, errB := os.ReadFile(filepath.Join(script, f))
		if errA != nil || errB != nil {
			t.Errorf("%s: planner %v, scripts/build-wasm %v", f, errA, errB)
			continue
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs: the planner's build has %d bytes, scripts/build-wasm's %d", f, len(a), len(b))
		}
	}
}
