package reference

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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

// Every file the README tells people to write (go build -o, --out, a
// redirection, scripts/build-wasm DIR) is ignored by git, so that following
// the README leaves the working tree clean.
func TestREADMEOutputsAreIgnored(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var shell []byte // the shell blocks: what people run
	for _, block := range regexp.MustCompile("(?s)```sh\n(.*?)```").FindAllSubmatch(readme, -1) {
		shell = append(shell, block[1]...)
	}
	outputs := regexp.MustCompile("(?:-o|--out| >|scripts/build-wasm) ([A-Za-z0-9_./-]+)").FindAllSubmatch(shell, -1)
	if len(outputs) < 5 {
		t.Fatalf("found %d outputs in README.md; it names more", len(outputs))
	}
	for _, m := range outputs {
		path := strings.TrimSuffix(string(m[1]), "/")
		if strings.HasPrefix(path, "-") || path == "DIR" || path == "FILE" || path == "OUTDIR" {
			continue
		}
		probe := path
		if !strings.Contains(filepath.Base(path), ".") || strings.HasSuffix(path, "/wasm") {
			probe = path + "/probe.file" // a directory: what is written into it
		}
		cmd := exec.Command("git", "-C", root, "check-ignore", "-q", "--no-index", probe)
		if err := cmd.Run(); err != nil {
			t.Errorf("README.md writes %s, which git does not ignore (%v)", path, err)
		}
	}
}
