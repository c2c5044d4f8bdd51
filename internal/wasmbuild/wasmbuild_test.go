package wasmbuild

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestReleased(t *testing.T) {
	for v, want := range map[string]bool{
		"v1.2.3": true, "v0.0.0-20261202073000-0123456789ab": true, "v1.3.0-rc.1": true,
		"(devel)": false, "": false, "v0.0.0-20261202073000-0123456789ab+dirty": false,
	} {
		if got := Released(v); got != want {
			t.Errorf("Released(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestCheckout(t *testing.T) {
	root, err := Checkout(".")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, MainDir, "main.go")); err != nil {
		t.Errorf("Checkout(.) = %s, which has no %s", root, MainDir)
	}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "go.mod"), []byte("// another module\nmodule example.com/other\n"), 0o644)
	if _, err := Checkout(filepath.Join(other)); !errors.Is(err, ErrNoSource) {
		t.Errorf("Checkout(another module) = %v, want ErrNoSource", err)
	}
}

func TestComplete(t *testing.T) {
	dir := t.TempDir()
	for i, f := range Files {
		if Complete(dir) {
			t.Fatalf("Complete with %d of %d files", i, len(Files))
		}
		os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o644)
	}
	if !Complete(dir) {
		t.Error("Complete = false with every file")
	}
}

func TestEnv(t *testing.T) {
	t.Setenv("GOWASM", "")
	os.Unsetenv("GOWASM")
	env := Env()
	want := map[string]bool{"GOOS=js": true, "GOARCH=wasm": true, "GOWASM=satconv,signext": true}
	for _, e := range env {
		delete(want, e)
	}
	if len(want) > 0 {
		t.Errorf("Env() = %v, lacks %v", env, want)
	}
	t.Setenv("GOWASM", "")
	for _, e := range Env() {
		if e == "GOWASM=satconv,signext" {
			t.Error("Env() overrides a GOWASM set in the environment")
		}
	}
}

// TestMainModuleDeps: the main WebAssembly module imports none of the
// packages that were moved out of it or taken out of the library's path
// (wasm/bench/README.md): each of them would take it over its size target
// again. A function that needs one belongs to the documents module.
func TestMainModuleDeps(t *testing.T) {
	root, err := Checkout(".")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "list", "-deps", "./"+MainDir)
	cmd.Dir = root
	cmd.Env = append(append(os.Environ(), Env()...), "GOWORK=off")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	if !deps[ModulePath+"/internal/app"] {
		t.Fatalf("go list -deps ./%s lacks internal/app: %s", MainDir, out)
	}
	for _, p := range []string{
		ModulePath + "/internal/app/paperwork", ModulePath + "/ipw/document", ModulePath + "/ipw/diff",
		"archive/zip", "compress/flate", "regexp",
	} {
		if deps[p] {
			t.Errorf("the main module (%s) imports %s", MainDir, p)
		}
	}
}
