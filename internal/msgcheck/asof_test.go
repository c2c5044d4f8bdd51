package msgcheck

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// otherAsOfNames are the names the date a bundle is evaluated at had before
// it got one ("stan na dzień"): "data oceny", "dzień sprawdzenia", …
var otherAsOfNames = regexp.MustCompile(`(?i)\b(dat[aęyą]|dacie|dni[au]|dzień) (oceny|sprawdzenia|kontroli|ewaluacji)\b|\bna dzień oceny\b|\bd(nia|niu|zień) stanu\b|'dziś'|'dzisiaj'`)

// TestOneNameForTheAsOfDate: the date a bundle is evaluated at is called
// "stan na dzień" everywhere: the field's label, and no other name in the
// library's texts, the command line's, the documents' or the planner's
// (i18n.js and the views).
func TestOneNameForTheAsOfDate(t *testing.T) {
	if l := cooperation.FieldLabel("/asOf", cooperation.Polish); l != "Stan na dzień" {
		t.Errorf(`FieldLabel("/asOf") = %q, want "Stan na dzień"`, l)
	}
	root := filepath.Join("..", "..")
	seen := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "node_modules" || name == ".git" || strings.HasPrefix(name, ".") && path != root {
				return filepath.SkipDir
			}
			return nil
		}
		ext := filepath.Ext(path)
		if ext != ".go" && ext != ".js" && ext != ".mjs" && ext != ".html" || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		seen++
		for i, line := range strings.Split(string(src), "\n") {
			if m := otherAsOfNames.FindString(line); m != "" {
				t.Errorf("%s:%d: %q: the as-of date is called „stan na dzień”", path, i+1, m)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 100 {
		t.Fatalf("read %d files, want the repository's", seen)
	}
	// The check itself.
	for _, bad := range []string{"(zależy od daty oceny)", "Data sprawdzenia", "today: 'dziś'", "w dniu oceny", "do dnia stanu"} {
		if !otherAsOfNames.MatchString(bad) {
			t.Errorf("%q is not caught", bad)
		}
	}
}
