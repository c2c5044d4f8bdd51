// Command kooperacja validates, reports on and simulates the bundles of the
// cooperation model of Polish social assistance (Model Kooperacji), and
// serves the offline planner. "kooperacja help" lists the commands;
// "kooperacja COMMAND -h" prints a command's flags.
//
// The commands are thin: each reads its files and flags, calls the
// application logic of internal/app (which the WebAssembly module calls
// too) and prints the answer as text or JSON. Flags may come before, between
// or after the file names, "--" ends them, and -h or --help prints a
// command's help. The help and usage errors are in English, like the flags;
// everything about the documents (findings, summaries, reports, errors of a
// document) is in the language of --lang. The exit status is the same for
// every command (see exitStatusHelp).
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kooperacja/kooperacja/internal/app"
)

// command is one subcommand. run gets the arguments after the command's
// name and the standard streams, and returns the exit status.
type command struct {
	name    string
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands is the command table, in the order of the help. A command that
// offers a function of internal/app takes its summary from there.
var commands = []command{
	{"validate", summary("validate"), runValidate},
	{"stage", summary("stage"), runStage},
	{"report", summary("report"), runReport},
	{"simulate", summary("simulate"), runSimulate},
	{"monitor", summary("monitor"), runMonitor},
	{"diff", summary("diff"), runDiff},
	{"document", summary("document"), runDocument},
	{"region", summary("region"), runRegion},
	{"rules", summary("rules"), runRules},
	{"labels", summary("labels"), runLabels},
	{"schema", summary("schema"), runSchema},
	{"planner", "serve the offline IPW planner in the browser", runPlanner},
	{"build-wasm", "build the library for JavaScript hosts (WebAssembly) into a directory", runBuildWasm},
	{"version", summary("version"), runVersion},
}

// summary is the one-line summary of the function name of internal/app.
func summary(name string) string {
	f, ok := app.Lookup(name)
	if !ok {
		panic("kooperacja: no function " + name + " in internal/app")
	}
	return f.Summary
}

// exitStatusHelp documents the exit status of every command, once.
const exitStatusHelp = `Exit status, the same for every command:
  0  done, and no document has an error
  1  a document has errors: findings of severity error (validate), or a
     bundle, scenario or profile that cannot be used (the findings are printed)
  2  the command could not run as asked: a usage error, or a file that cannot
     be read
diff alone exits as diff(1) does: 0 the bundles are the same, 1 they differ,
2 trouble (a bundle that cannot be read included).`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return app.ExitUsage
	}
	switch args[0] {
	case "help", "-h", "--help", "-help":
		if len(args) > 1 && args[0] == "help" {
			if cmd, ok := lookup(args[1]); ok {
				return cmd.run([]string{"-h"}, stdin, stdout, stderr)
			}
		}
		usage(stdout)
		return app.ExitOK
	case "--version", "-version":
		return runVersion(args[1:], stdin, stdout, stderr)
	}
	cmd, ok := lookup(args[0])
	if !ok {
		fmt.Fprintf(stderr, "kooperacja: unknown command %q\nRun \"kooperacja help\" for the commands.\n", args[0])
		return app.ExitUsage
	}
	return cmd.run(args[1:], stdin, stdout, stderr)
}

func lookup(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func usage(w io.Writer) {
	var b strings.Builder
	b.WriteString("usage: kooperacja COMMAND [flags] [arguments]\n\ncommands:\n")
	width := 0
	for _, c := range commands {
		width = max(width, len(c.name))
	}
	for _, c := range commands {
		fmt.Fprintf(&b, "  %-*s  %s\n", width, c.name, c.summary)
	}
	b.WriteString("\nRun \"kooperacja COMMAND -h\" for a command's flags; \"kooperacja --version\" for the version.\n\n")
	b.WriteString(exitStatusHelp + "\n")
	io.WriteString(w, b.String())
}

// exit is the status a command returns after parse: 0 after the help, 2
// after a usage error.
func exit(err error) int {
	if err == errHelp {
		return app.ExitOK
	}
	return app.ExitUsage
}
