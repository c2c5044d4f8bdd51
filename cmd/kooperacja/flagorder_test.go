package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Flags may come before or after the operands, as in the tools people
// know, and "--" ends them: what follows is an operand even when it looks
// like a flag.
func TestFlagOrder(t *testing.T) {
	ex := func(name string) string { p, _ := filepath.Abs("../../examples/" + name); return p }
	rural, urban := ex("rural.json"), ex("urban.json")
	scenario := ex("scenarios/partner-leaves.json")
	dir := t.TempDir()
	data, err := os.ReadFile(rural)
	if err != nil {
		t.Fatal(err)
	}
	// A file whose name starts with a dash, reachable only after "--".
	if err := os.WriteFile(filepath.Join(dir, "-x.json"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, tt := range []struct {
		name     string
		args     []string
		exit     int
		contains string
	}{
		{"flags first", []string{"validate", "--lang", "en", rural}, 0, "valid (0 errors"},
		{"flags after the file", []string{"validate", rural, "--lang", "en"}, 0, "valid (0 errors"},
		{"flags between files", []string{"validate", rural, "--lang=en", urban}, 0, "urban.json: valid"},
		{"a flag after -- is a file", []string{"validate", "--lang", "en", rural, "--", "--lang"}, 2, "--lang: invalid"},
		{"a file named like a flag after --", []string{"validate", "--lang", "en", "--", "-x.json"}, 0, "-x.json: valid"},
		{"without --, a dash name is a flag", []string{"validate", "--lang", "en", "-x.json"}, 2, ""},
		{"simulate with flags after the bundle", []string{"simulate", rural, "--scenario", scenario, "--lang", "en"}, -1, `"timeline"`},
		{"stage with flags after the bundle", []string{"stage", rural, "--lang", "en", "--as-of", "2026-11-16"}, 0, "Stage"},
		{"diff with the format last", []string{"diff", rural, urban, "--format", "json", "--lang", "en"}, 1, `"changes"`},
		{"rules with the language last", []string{"rules", "--format", "json"}, 0, `"code"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			if tt.exit >= 0 && code != tt.exit {
				t.Errorf("kooperacja %s: exit %d, want %d\n%s%s", strings.Join(tt.args, " "), code, tt.exit, out, errOut)
			}
			if tt.exit < 0 && code > 1 {
				t.Errorf("kooperacja %s: exit %d, want 0 or 1\n%s", strings.Join(tt.args, " "), code, errOut)
			}
			if !strings.Contains(out+errOut, tt.contains) {
				t.Errorf("kooperacja %s: output lacks %q:\n%s%s", strings.Join(tt.args, " "), tt.contains, out, errOut)
			}
		})
	}
}
