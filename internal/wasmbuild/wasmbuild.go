// Package wasmbuild builds the WebAssembly library (GOOS=js GOARCH=wasm) and
// the files that go with it. It is the one description of that build:
// scripts/build-wasm runs it (through "kooperacja build-wasm"), and so does
// the planner when the binary has no WebAssembly module embedded, as after
// "go install": then the module's own source, from the Go module cache,
// is built with the Go toolchain on the machine.
//
// A build writes into its output directory:
//
//	kooperacja.wasm    the main module, cmd/kooperacja-wasm, with the flags
//	                   of Env and Flags, its data segments packed (PackData)
//	kooperacja-documents.wasm
//	                   the documents module, cmd/kooperacja-wasm-documents,
//	                   built and packed alike; the ES module loads it the
//	                   first time document, documents, diff or monitor is
//	                   called
//	wasm_exec.js       the Go runtime's JavaScript support, from the toolchain
//	                   that built the modules (they must match)
//	kooperacja.mjs     the ES module (wasm/js)
//	kooperacja.d.ts    its TypeScript declarations, also as kooperacja.d.mts,
//	                   the name TypeScript looks for beside a .mjs module
//
// Every file is written under a temporary name and renamed, so that a
// reader (the planner, a test) never sees a half-written one.
package wasmbuild

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// ModulePath is the module whose library is built.
const ModulePath = "github.com/kooperacja/kooperacja"

// Where the module keeps the entry point of the main WebAssembly module and
// the ES module.
const (
	MainDir = "cmd/kooperacja-wasm"
	JSDir   = "wasm/js"
)

// Modules are the WebAssembly modules a build writes: the entry point of
// each and the file it is written to.
var Modules = []struct{ Dir, File string }{
	{MainDir, "kooperacja.wasm"},
	{"cmd/kooperacja-wasm-documents", "kooperacja-documents.wasm"},
}

// Env is the environment of the build beyond the caller's: the target, and
// the WebAssembly features every current browser and Node have (saturating
// conversions and sign extension: Go then emits single instructions instead
// of helper sequences). A GOWASM already set in the environment wins.
func Env() []string {
	env := []string{"GOOS=js", "GOARCH=wasm"}
	if _, set := os.LookupEnv("GOWASM"); !set {
		env = append(env, "GOWASM=satconv,signext")
	}
	return env
}

// Flags are the flags of go build: no paths of the build machine in the
// module, no symbol table or DWARF (a third of the size), and no inlining
// in the standard packages that no validation runs (Cold).
var Flags = append([]string{"-trimpath", "-ldflags=-s -w"}, coldFlags()...)

// Cold are the standard packages compiled without inlining: a validation,
// the answer a page waits for and asks again at every keystroke, runs none
// of them, or only on a rare path (package app keeps fmt and encoding/json
// off its path; reflect stays inlined, since the schema layer decodes with
// it), and inlining copies their small functions into every caller, in the
// code and in the tables of inlined frames the runtime keeps for
// tracebacks. Without it the main module is 0.02 MB smaller gzipped
// (wasm/bench/README.md); without inlining anywhere it would be 0.2 MB
// smaller, and a validation two to four times slower.
var Cold = []string{"fmt", "internal/fmtsort", "encoding/json", "os", "syscall", "io/fs", "internal/poll", "runtime/debug"}

func coldFlags() []string {
	out := make([]string, len(Cold))
	for i, p := range Cold {
		out[i] = "-gcflags=" + p + "=-l"
	}
	return out
}

// Files are the files a build writes, in the order written.
var Files = []string{"kooperacja.wasm", "kooperacja-documents.wasm", "wasm_exec.js", "kooperacja.mjs", "kooperacja.d.ts", "kooperacja.d.mts"}

// Build builds the library from the module source in src into out, with
// the go command goCmd ("go" when empty). Messages of the go command go to
// log.
func Build(ctx context.Context, goCmd, src, out string, log io.Writer) error {
	if goCmd == "" {
		goCmd = "go"
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(out, ".build-wasm.")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	for _, m := range Modules {
		file := filepath.Join(tmp, m.File)
		build := exec.CommandContext(ctx, goCmd, append(append([]string{"build"}, Flags...), "-o", file, "./"+m.Dir)...)
		build.Dir = src
		build.Env = append(append(os.Environ(), Env()...), "GOWORK=off")
		build.Stdout, build.Stderr = log, log
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build ./%s in %s: %w", m.Dir, src, err)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		if data, err = PackData(data, PackGap); err != nil {
			return fmt.Errorf("%s: %w", m.File, err)
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			return err
		}
		if err := os.Chmod(file, 0o644); err != nil { // go build made it executable
			return err
		}
	}
	goroot, err := goEnv(ctx, goCmd, src, "GOROOT")
	if err != nil {
		return err
	}
	execJS := filepath.Join(goroot, "lib", "wasm", "wasm_exec.js")
	if _, err := os.Stat(execJS); err != nil {
		execJS = filepath.Join(goroot, "misc", "wasm", "wasm_exec.js") // Go before 1.24
	}
	js := filepath.Join(src, filepath.FromSlash(JSDir))
	copies := [][2]string{
		{execJS, "wasm_exec.js"},
		{filepath.Join(js, "kooperacja.mjs"), "kooperacja.mjs"},
		{filepath.Join(js, "kooperacja.d.ts"), "kooperacja.d.ts"},
		{filepath.Join(js, "kooperacja.d.ts"), "kooperacja.d.mts"},
	}
	for _, c := range copies {
		data, err := os.ReadFile(c[0])
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(tmp, c[1]), data, 0o644); err != nil {
			return err
		}
	}
	for _, f := range Files {
		if err := os.Rename(filepath.Join(tmp, f), filepath.Join(out, f)); err != nil {
			return err
		}
	}
	return nil
}

// goEnv returns one variable of "go env".
func goEnv(ctx context.Context, goCmd, dir, name string) (string, error) {
	cmd := exec.CommandContext(ctx, goCmd, "env", name)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %w", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// Checkout returns the root of the module's source around dir (its go.mod
// names the module), or ErrNoSource.
func Checkout(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if isModuleRoot(dir) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoSource
		}
		dir = parent
	}
}

// ErrNoSource is the error of a build that finds no source of the module.
var ErrNoSource = errors.New("no source of " + ModulePath + " here")

func isModuleRoot(dir string) bool {
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		return line == "module "+ModulePath
	}
	return false
}

// Released reports whether version is a version of the module that the Go
// module proxy can serve: a release or a pseudo-version, not "(devel)" and
// not a build of a modified checkout ("+dirty").
func Released(version string) bool {
	return strings.HasPrefix(version, "v") && !strings.Contains(version, "+")
}

// ModuleSource returns the directory of the module's source at version in
// the Go module cache, as "go mod download" gives it: after "go install" the
// module is already there and nothing is fetched; otherwise the go command
// fetches it as it fetches any module (GOPROXY, GOFLAGS and the rest apply).
func ModuleSource(ctx context.Context, goCmd, version string) (string, error) {
	if goCmd == "" {
		goCmd = "go"
	}
	if !Released(version) {
		return "", fmt.Errorf("%q is not a published version of %s", version, ModulePath)
	}
	dl := exec.CommandContext(ctx, goCmd, "mod", "download", "-json", ModulePath+"@"+version)
	dl.Dir = os.TempDir() // outside any module or workspace
	dl.Env = append(os.Environ(), "GOWORK=off")
	var stderr strings.Builder
	dl.Stderr = &stderr
	out, err := dl.Output()
	var m struct{ Dir, Error string }
	json.Unmarshal(out, &m)
	switch {
	case m.Error != "":
		return "", fmt.Errorf("go mod download %s@%s: %s", ModulePath, version, m.Error)
	case err != nil:
		return "", fmt.Errorf("go mod download %s@%s: %v: %s", ModulePath, version, err, strings.TrimSpace(stderr.String()))
	case !isModuleRoot(m.Dir):
		return "", fmt.Errorf("go mod download %s@%s: no source directory in its answer", ModulePath, version)
	}
	return m.Dir, nil
}

// Source returns the source of the module this program was built from: the
// module cache's copy of its version when the program was built from a
// published version of the module ("go install …@VERSION", no version
// control information in the program), else the checkout around dir.
func Source(ctx context.Context, goCmd, dir string) (string, error) {
	if version, ok := installed(); ok {
		return ModuleSource(ctx, goCmd, version)
	}
	src, err := Checkout(dir)
	if err != nil {
		return "", fmt.Errorf("%w: this program was built from a checkout; run it inside one, or install a published version with go install %s/cmd/kooperacja@VERSION", err, ModulePath)
	}
	return src, nil
}

// installed returns the version of the module this program was built from,
// when it was built from a published version in the module cache.
func installed() (string, bool) {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Path != ModulePath || !Released(bi.Main.Version) {
		return "", false
	}
	for _, s := range bi.Settings {
		if strings.HasPrefix(s.Key, "vcs") {
			return "", false // built in a checkout: its commit, maybe unpublished
		}
	}
	return bi.Main.Version, true
}

// Installed reports the module version this program was installed at, when
// it was built from a published version ("go install …@VERSION").
func Installed() (string, bool) { return installed() }

// Complete reports whether dir holds every file of a build.
func Complete(dir string) bool {
	for _, f := range Files {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || !st.Mode().IsRegular() {
			return false
		}
	}
	return true
}
