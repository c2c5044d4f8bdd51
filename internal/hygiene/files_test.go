package hygiene

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// root is the repository's root.
func root(t *testing.T) string {
	t.Helper()
	r, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(r, "go.mod")); err != nil {
		t.Fatal(err)
	}
	return r
}

// git runs git in the repository, or skips the test where there is none
// (a module downloaded from a proxy has no .git).
func git(t *testing.T, args ...string) (string, error) {
	t.Helper()
	r := root(t)
	if _, err := os.Stat(filepath.Join(r, ".git")); err != nil {
		t.Skip("not a git checkout")
	}
	out, err := exec.Command("git", append([]string{"-C", r}, args...)...).Output()
	return string(out), err
}

// TestGeneratedFilesIgnored: every file or directory the README tells
// people to write (go build -o, a redirection, scripts/build-wasm DIR, the
// tests' screenshots) is ignored by git, so that following the README
// leaves the checkout clean.
func TestGeneratedFilesIgnored(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// Only the shell in the README counts: its code blocks and inline code,
	// each line and each inline span on its own (a command does not run on
	// into the next span or line).
	var shell []string
	inBlock, isShell := false, false
	for _, line := range strings.Split(string(readme), "\n") {
		if fence, ok := strings.CutPrefix(line, "```"); ok {
			inBlock = !inBlock
			isShell = inBlock && (fence == "" || fence == "sh" || fence == "bash" || fence == "shell")
			continue
		}
		if inBlock && isShell {
			shell = append(shell, line)
		}
	}
	for _, m := range regexp.MustCompile("`([^`\n]+)`").FindAllStringSubmatch(string(readme), -1) {
		shell = append(shell, m[1])
	}
	patterns := []*regexp.Regexp{
		regexp.MustCompile(`(?:^|\s)-o\s+([\w./-]+)`),
		regexp.MustCompile(`--out\s+([\w./-]+)`),
		regexp.MustCompile(`(?:^|\s)>\s*([\w./-]+\.\w+)`),
		regexp.MustCompile(`scripts/build-wasm\s+([\w./-]+)`),
		regexp.MustCompile("build-wasm\\s+(?:`|#)\\s*→\\s*([\\w./-]+)"),
		regexp.MustCompile(`\b((?:testresults|build)/[\w./-]*)`),
	}
	seen := map[string]bool{}
	var matches [][]string
	for _, re := range patterns {
		for _, line := range shell {
			matches = append(matches, re.FindAllStringSubmatch(line, -1)...)
		}
	}
	for _, m := range matches {
		p := strings.TrimSuffix(strings.TrimPrefix(m[1], "./"), "/")
		if p == "" || seen[p] || strings.HasPrefix(p, "-") || p == strings.ToUpper(p) { // DIR, FILE: placeholders
			continue
		}
		seen[p] = true
		// A directory is ignored when a file in it is.
		probe := p
		if filepath.Ext(p) == "" {
			probe = p + "/probe"
		}
		if _, err := git(t, "check-ignore", "-q", "--no-index", probe); err != nil {
			t.Errorf("the README tells people to write %s, which git does not ignore", p)
		}
	}
	for _, want := range []string{"kooperacja", "stream.ndjson", "build/wasm", "cmd/kooperacja/web/wasm"} {
		if !seen[want] {
			t.Errorf("the README no longer mentions %s: the patterns of this test may have drifted (found %v)", want, seen)
		}
	}
}
