package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestHelp: every command's -h and --help print its own help to standard
// output, the same both ways, and exit 0; the help is kept in
// testdata/help (go test ./cmd/kooperacja -run TestHelp -update rewrites
// it for review in the diff).
func TestHelp(t *testing.T) {
	names := []string{"kooperacja"}
	for _, c := range commands {
		names = append(names, c.name)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			var outs []string
			for _, flag := range []string{"-h", "--help", "-help"} {
				args := []string{name, flag}
				if name == "kooperacja" {
					args = []string{flag}
				}
				code, out, errOut := runCLI(t, "", args...)
				if code != 0 || errOut != "" {
					t.Fatalf("kooperacja %v: exit %d, stderr %q; want exit 0 and nothing on stderr", args, code, errOut)
				}
				outs = append(outs, out)
			}
			if outs[0] != outs[1] || outs[0] != outs[2] {
				t.Errorf("-h, --help and -help print different help")
			}
			golden := filepath.Join("testdata", "help", name+".txt")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, []byte(outs[0]), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestHelp -update)", err)
			}
			if outs[0] != string(want) {
				t.Errorf("kooperacja %s -h differs from %s:\n%s", name, golden, outs[0])
			}
			for _, line := range strings.Split(outs[0], "\n") {
				if strings.Count(line, "default") > 1 {
					t.Errorf("a flag with more than one default: %q", line)
				}
			}
		})
	}
	// help COMMAND is COMMAND -h.
	_, viaHelp, _ := runCLI(t, "", "help", "validate")
	_, direct, _ := runCLI(t, "", "validate", "-h")
	if viaHelp != direct {
		t.Errorf("kooperacja help validate differs from kooperacja validate -h")
	}
}

// TestREADMESynopsis: the README's synopsis of the command line is each
// command's usage line, in the order of the help.
func TestREADMESynopsis(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, c := range commands {
		_, out, _ := runCLI(t, "", c.name, "-h")
		lines := strings.Split(out, "\n")
		forms := []string{strings.TrimPrefix(lines[0], "usage: ")}
		for _, l := range lines[1:] {
			form, ok := strings.CutPrefix(l, "       kooperacja ")
			if !ok {
				break
			}
			forms = append(forms, "kooperacja "+form)
		}
		want = append(want, forms...)
		// Every flag a synopsis names is one the command has.
		for _, w := range forms {
			for _, m := range regexp.MustCompile(`--([a-z-]+)`).FindAllStringSubmatch(w, -1) {
				if !strings.Contains(out, "\n  --"+m[1]) && !strings.Contains(out, ", --"+m[1]) {
					t.Errorf("kooperacja %s: the synopsis names --%s, which its help does not list", c.name, m[1])
				}
			}
		}
	}
	_, section, _ := strings.Cut(string(readme), "\n## Command line\n")
	section, _, _ = strings.Cut(section, "\n## ")
	var got []string
	for _, line := range regexp.MustCompile("(?m)^kooperacja [a-z-]+( .*)?$").FindAllString(section, -1) {
		got = append(got, line)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("the README's synopsis:\n%s\nwant the commands' usage lines:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUsageErrorsExit2: every command exits 2 with a short message on
// standard error for an unknown flag, and prints nothing on standard output.
func TestUsageErrorsExit2(t *testing.T) {
	for _, c := range commands {
		code, out, errOut := runCLI(t, "", c.name, "--no-such-flag")
		if code != 2 || out != "" || !strings.Contains(errOut, "kooperacja "+c.name+": ") || !strings.Contains(errOut, "-h") {
			t.Errorf("kooperacja %s --no-such-flag: exit %d, stdout %q, stderr %q", c.name, code, out, errOut)
		}
	}
}
