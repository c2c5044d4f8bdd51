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
