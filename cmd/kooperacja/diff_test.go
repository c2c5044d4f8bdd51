package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kooperacja/kooperacja/internal/app"
)

// TestDiff runs "kooperacja diff" on pairs of bundles and compares its
// output with the golden files (testdata/golden/diff_*; go test -update
// rewrites them) and its exit status with diff(1)'s: 0 the same, 1
// different, 2 trouble.
func TestDiff(t *testing.T) {
	const (
		rural   = "../../examples/rural.json"
		rural2  = "testdata/diff/rural_v2.json"
		urban   = "../../examples/urban.json"
		urban2  = "testdata/diff/urban_reordered.json" // other key order, no whitespace, \u escapes
		broken  = "testdata/rural_broken.json"         // findings, but readable
		invalid = "testdata/invalid_json.json"
	)
	tests := []struct {
		name   string
		args   []string
		want   int
		golden string // the golden file of standard output, if any
		stderr string // what standard error must hold
	}{
		{"versions, text, Polish", []string{rural, rural2, "--lang", "pl"}, 1, "diff_rural.pl.txt", ""},
		{"versions, text, English", []string{"--lang", "en", rural, rural2}, 1, "diff_rural.en.txt", ""},
		{"versions, JSON, Polish", []string{"--format", "json", "--lang", "pl", rural, rural2}, 1, "diff_rural.pl.json", ""},
		{"versions, JSON, English", []string{"--format", "json", "--lang", "en", rural, rural2}, 1, "diff_rural.en.json", ""},
		{"the other way round", []string{"--lang", "pl", rural2, rural}, 1, "diff_rural_back.pl.txt", ""},
		{"same bundle", []string{"--lang", "pl", rural, rural}, 0, "diff_same.pl.txt", ""},
		{"only key order and whitespace", []string{"--lang", "en", urban, urban2}, 0, "diff_same.en.txt", ""},
		{"same, JSON", []string{"--format", "json", urban2, urban}, 0, "diff_same.json", ""},
		{"a bundle with findings", []string{"--format", "json", "--lang", "en", rural, broken}, 1, "diff_broken.en.json", ""},
		{"an old bundle that is not JSON", []string{"--lang", "en", invalid, rural}, 2, "", "the old bundle cannot be read"},
		{"a new bundle that is not JSON", []string{"--lang", "pl", rural, invalid}, 2, "", "nie można odczytać nowszego pakietu"},
		{"a file that is not there", []string{rural, "testdata/diff/none.json"}, 2, "", "none.json"},
		{"one bundle", []string{rural}, 2, "", "missing operand"},
		{"three bundles", []string{rural, rural, rural}, 2, "", "too many operands"},
		{"an unknown format", []string{"--format", "xml", rural, rural}, 2, "", "--format"},
		{"standard input twice", []string{"-", "-"}, 2, "", "standard input"},
		{"help", []string{"-h"}, 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", append([]string{"diff"}, tt.args...)...)
			if code != tt.want {
				t.Errorf("kooperacja diff %v: exit %d, want %d\n%s", tt.args, code, tt.want, errOut)
			}
			if !strings.Contains(errOut, tt.stderr) || (tt.stderr == "" && errOut != "") {
				t.Errorf("kooperacja diff %v: standard error %q, want it to hold %q", tt.args, errOut, tt.stderr)
			}
			if tt.golden == "" {
				return
			}
			golden := filepath.Join("testdata", "golden", tt.golden)
			if *update {
				if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if d := cmp.Diff(string(want), out); d != "" {
				t.Errorf("kooperacja diff %v differs from %s (-want +got):\n%s", tt.args, golden, d)
			}
		})
	}
}

// TestDiffStdin: either bundle may come from standard input.
func TestDiffStdin(t *testing.T) {
	data := string(mustRead(t, "../../examples/urban_rural.json"))
	if code, out, errOut := runCLI(t, data, "diff", "--lang", "en", "-", "../../examples/urban_rural.json"); code != app.ExitOK || !strings.Contains(out, "do not differ") {
		t.Errorf("diff - FILE: exit %d, %q %q", code, out, errOut)
	}
	if code, _, errOut := runCLI(t, data, "diff", "../../examples/rural.json", "-"); code != app.ExitErrors {
		t.Errorf("diff FILE -: exit %d, want 1: %s", code, errOut)
	}
}
