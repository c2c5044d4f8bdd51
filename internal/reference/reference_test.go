package reference

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "write REFERENCE.md anew")

const file = "../../REFERENCE.md"

// REFERENCE.md is what Markdown writes from the code as it is.
func TestReferenceIsCurrent(t *testing.T) {
	want, err := Markdown()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(file, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("REFERENCE.md is not current: run go test ./internal/reference -update")
	}
}

// The repository is complete in itself: no tracked file points at the
// project's shared folder or at the specification kept there, which a clone
// does not have.
func TestNoReferenceOutside(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
	if err != nil {
		t.Skipf("git ls-files: %v (the test reads the tracked files)", err)
	}
	// Written in two parts, so that this file does not name them itself.
	forbidden := []string{"../" + "shared", "DOMAIN" + ".md"}
	n := 0
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			continue // deleted in the working tree, or a link to a folder
		}
		n++
		for _, f := range forbidden {
			if i := bytes.Index(data, []byte(f)); i >= 0 {
				line := bytes.Count(data[:i], []byte("\n")) + 1
				t.Errorf("%s:%d names %s", name, line, f)
			}
		}
	}
	if n < 100 {
		t.Errorf("read %d tracked files; the repository has hundreds", n)
	}
}
