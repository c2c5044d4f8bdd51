package main

import (
	"bytes"
	"strings"
	"testing"
)

// kbench -h (and help, --help) lists every subcommand and exits 0.
func TestHelpListsSubcommands(t *testing.T) {
	for _, flag := range []string{"-h", "--help", "-help", "help"} {
		var out, errOut bytes.Buffer
		code, done := dispatch([]string{flag}, &out, &errOut)
		if !done || code != 0 || errOut.Len() > 0 {
			t.Errorf("kbench %s: done %v, exit %d, stderr %q", flag, done, code, errOut.String())
		}
		for name := range subcommands {
			if !strings.Contains(out.String(), "  "+name+" ") {
				t.Errorf("kbench %s does not list %s:\n%s", flag, name, out.String())
			}
		}
	}
	if _, done := dispatch([]string{"-months", "6"}, &bytes.Buffer{}, &bytes.Buffer{}); done {
		t.Error("simulate's flags without the subcommand were taken for a subcommand")
	}
}

// kbench region runs on small sizes and prints a row per size.
func TestRegionSmall(t *testing.T) {
	var out, errOut bytes.Buffer
	code := runRegion([]string{"-sizes", "10,40", "-rounds", "1"}, &out, &errOut)
	if code != 0 {
		t.Fatalf("kbench region: exit %d\n%s%s", code, out.String(), errOut.String())
	}
	for _, want := range []string{"\n      10 ", "\n      40 ", "records/s", "targets:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("kbench region prints no %q:\n%s", want, out.String())
		}
	}
	if code := runRegion([]string{"-sizes", "0"}, &out, &errOut); code != 2 {
		t.Errorf("kbench region -sizes 0: exit %d, want 2", code)
	}
}
