// Command kooperacja validates, reports on and simulates cooperation bundles
// of the cooperation model (Model Kooperacji), and serves the offline
// planner. Run "kooperacja help" for the commands.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// command is one subcommand: it gets its arguments and the standard streams
// and returns the exit code (0 fine, 1 a document has errors, 2 usage or I/O).
type command struct {
	summary string
	run     func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

// commands is the command table; each command lives in its own file.
var commands = map[string]command{
	"validate": {"check bundles against the schema and every rule", runValidate},
	"schema":   {"print a JSON Schema (bundle, profile, scenario)", runSchema},
	"rules":    {"list the rule catalogue", runRules},
	"labels":   {"list the names of every value and field, as the planner shows them", runLabels},
	"simulate": {"replay a scenario over a bundle (JSON timeline, indicators)", runSimulate},
	"report":   {"print the indicators of bundles (text or JSON)", runReport},
	"planner":  {"serve the offline IPW planner in the browser", runPlanner},
	"stage":    {"show the implementation stage and what it still lacks", runStage},
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "kooperacja: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(args[1:], stdin, stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kooperacja COMMAND [options] [arguments]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun \"kooperacja COMMAND -h\" for a command's options.")
}
