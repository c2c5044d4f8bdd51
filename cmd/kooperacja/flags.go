package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
)

// cli is one command's flags and streams. A command makes it with
// newCLI, adds the shared options it takes (asOf, lang, format, profile)
// and its own flags, and parses its arguments with parse.
type cli struct {
	name     string // the command, e.g. "validate"
	operands string // the synopsis of its operands, e.g. "FILE|-..."
	about    string // what the command does, for the help
	fs       *flag.FlagSet
	flags    []flagHelp // in the order of the help
	stdin    io.Reader
	stdout   io.Writer
	stderr   io.Writer

	asOf, lang, format, profile string
	formats                     []string // the formats --format takes

	forms []string // the synopses of a command used in several ways (see usageForms)
}

// usageForms gives the synopses of a command that is used in several ways,
// each after "kooperacja NAME", instead of the one made from its flags.
func (c *cli) usageForms(forms ...string) { c.forms = forms }

// flagHelp is one flag as the help lists it.
type flagHelp struct {
	name, value, usage string
	required           bool
}

func newCLI(name, operands, about string, stdin io.Reader, stdout, stderr io.Writer) *cli {
	fs := flag.NewFlagSet("kooperacja "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parse's errors are printed by run
	fs.Usage = func() {}
	return &cli{name: name, operands: operands, about: about, fs: fs, stdin: stdin, stdout: stdout, stderr: stderr}
}

// stringFlag defines --name VALUE. usage says what it does and its default.
func (c *cli) stringFlag(p *string, name, value, def, usage string) {
	c.fs.StringVar(p, name, def, usage)
	c.flags = append(c.flags, flagHelp{name: name, value: value, usage: usage})
}

// requiredFlag defines --name VALUE that must be given.
func (c *cli) requiredFlag(p *string, name, value, usage string) {
	c.fs.StringVar(p, name, "", usage)
	c.flags = append(c.flags, flagHelp{name: name, value: value, usage: usage, required: true})
}

// boolFlag defines --name.
func (c *cli) boolFlag(p *bool, name, usage string) {
	c.fs.BoolVar(p, name, false, usage)
	c.flags = append(c.flags, flagHelp{name: name, usage: usage})
}

// withAsOf adds --as-of.
func (c *cli) withAsOf() *cli {
	c.stringFlag(&c.asOf, "as-of", "DATE", "", "the as-of date (\"stan na dzień\") to evaluate at, YYYY-MM-DD; default: the bundle's asOf, else today in Europe/Warsaw")
	return c
}

// withLang adds --lang.
func (c *cli) withLang() *cli {
	c.stringFlag(&c.lang, "lang", "pl|en", defaultLang(), "language of the output; default: pl when $LANG starts with pl, else en")
	return c
}

// withFormat adds --format with the formats given, the first the default.
func (c *cli) withFormat(formats ...string) *cli {
	c.formats = formats
	c.stringFlag(&c.format, "format", strings.Join(formats, "|"), formats[0], "output format; default: "+formats[0])
	return c
}

// withProfile adds --profile.
func (c *cli) withProfile() *cli {
	c.stringFlag(&c.profile, "profile", "FILE", "", "apply the profile document in FILE over the bundle's own profile")
	return c
}

// defaultLang is Polish when LANG starts with "pl", English otherwise.
func defaultLang() string {
	if strings.HasPrefix(os.Getenv("LANG"), "pl") {
		return "pl"
	}
	return "en"
}

// errHelp is parse's answer to -h and --help: the help was printed.
var errHelp = errors.New("help printed")

// parse reads the arguments: flags may come before, between and after the
// operands, and "--" ends the flags (every argument after it is an
// operand). -h and --help print the help to standard output. The number of
// operands must be within min and max (max < 0: no limit). On a usage error
// it prints the error and a pointer to the help to standard error.
func (c *cli) parse(args []string, min, max int) ([]string, error) {
	operands, err := c.interspersed(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		c.help(c.stdout)
		return nil, errHelp
	case err != nil:
		return nil, c.usageError("%v", err)
	case len(operands) < min:
		return nil, c.usageError("missing operand: %s", c.operands)
	case max >= 0 && len(operands) > max:
		return nil, c.usageError("too many operands: %s", strings.Join(operands[max:], " "))
	}
	for _, f := range c.flags {
		if f.required && c.fs.Lookup(f.name).Value.String() == "" {
			return nil, c.usageError("--%s %s is required", f.name, f.value)
		}
	}
	if c.lang != "" {
		if _, err := app.ParseLang(c.lang); err != nil {
			return nil, c.usageError("--lang: %s", err.Message)
		}
	}
	if c.formats != nil && !contains(c.formats, c.format) {
		return nil, c.usageError("--format: %q is not one of %s", c.format, strings.Join(c.formats, ", "))
	}
	return operands, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// interspersed runs the flag parser over args, taking each operand aside
// and going on after it, until the arguments end or "--" ends the flags.
func (c *cli) interspersed(args []string) ([]string, error) {
	var operands []string
	for {
		if err := c.fs.Parse(args); err != nil {
			return nil, err
		}
		rest := c.fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" && c.endedByDashes(args[:used]) {
			return append(operands, rest...), nil
		}
		if len(rest) == 0 {
			return operands, nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

// endedByDashes reports whether the "--" that ends used ended the flags,
// rather than being the value of a flag before it (--as-of --).
func (c *cli) endedByDashes(used []string) bool {
	if len(used) < 2 {
		return true
	}
	prev := strings.TrimLeft(used[len(used)-2], "-")
	if strings.Contains(prev, "=") || !strings.HasPrefix(used[len(used)-2], "-") {
		return true
	}
	f := c.fs.Lookup(prev)
	if f == nil {
		return true
	}
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		return true
	}
	return false
}

// usageError prints a usage error and returns it.
func (c *cli) usageError(format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	fmt.Fprintf(c.stderr, "kooperacja %s: %v\nRun \"kooperacja %s -h\" for help.\n", c.name, err, c.name)
	return err
}

// help writes the command's own help: the synopsis, what it does, and each
// flag once with its default.
func (c *cli) help(w io.Writer) {
	var b strings.Builder
	for i, form := range c.usageLines() {
		if i == 0 {
			b.WriteString("usage: " + form + "\n")
		} else {
			b.WriteString("       " + form + "\n")
		}
	}
	if c.about != "" {
		b.WriteString("\n" + c.about + "\n")
	}
	b.WriteString("\nflags:\n")
	rows := append([]flagHelp(nil), c.flags...)
	listed := map[string]bool{}
	for _, f := range rows {
		listed[f.name] = true
	}
	c.fs.VisitAll(func(f *flag.Flag) { // a flag defined on fs directly is listed too
		if !listed[f.Name] {
			rows = append(rows, flagHelp{name: f.Name, value: "VALUE", usage: f.Usage})
		}
	})
	rows = append(rows, flagHelp{name: "help", usage: "print this help and exit"})
	width := 0
	for _, f := range rows {
		width = max(width, len(flagLabel(f)))
	}
	for _, f := range rows {
		label := flagLabel(f)
		b.WriteString("  " + label + strings.Repeat(" ", width-len(label)+2) + f.usage + "\n")
	}
	b.WriteString("\nExit status: see \"kooperacja help\".\n")
	io.WriteString(w, b.String())
}

// usageLines are the command's synopses, each starting "kooperacja NAME".
func (c *cli) usageLines() []string {
	if len(c.forms) == 0 {
		return []string{"kooperacja " + c.name + c.synopsis()}
	}
	out := make([]string, len(c.forms))
	for i, f := range c.forms {
		out[i] = "kooperacja " + c.name + " " + f
	}
	return out
}

// synopsis is the usage line after the command's name.
func (c *cli) synopsis() string {
	var b strings.Builder
	for _, f := range c.flags {
		if f.required {
			b.WriteString(" " + flagLabel(f))
		} else {
			b.WriteString(" [" + flagLabel(f) + "]")
		}
	}
	if c.operands != "" {
		b.WriteString(" " + c.operands)
	}
	return b.String()
}

func flagLabel(f flagHelp) string {
	if f.name == "help" {
		return "-h, --help"
	}
	if f.value == "" {
		return "--" + f.name
	}
	return "--" + f.name + " " + f.value
}

// options turns the shared flags into the application's options; it reads
// the profile file. An error is printed and is a usage error.
func (c *cli) options() (app.Options, bool) {
	var o app.Options
	if c.asOf != "" {
		d, err := app.ParseDate(c.asOf)
		if err != nil {
			c.usageError("--as-of: %s", err.Message)
			return o, false
		}
		o.AsOf = d
	}
	o.Lang = c.language()
	if c.profile != "" {
		data, err := readInput(c.profile, c.stdin)
		if err != nil {
			c.fail(app.ReadError(c.profile, err, o.Lang))
			return o, false
		}
		o.Profile = data
	}
	return o, true
}

// language is the language of the output: --lang when the command has it,
// else the default.
func (c *cli) language() cooperation.Lang {
	if c.lang == "" {
		return cooperation.Lang(defaultLang())
	}
	return cooperation.Lang(c.lang)
}

// fail prints an error of the application (with the findings of a document
// that cannot be used) to standard error and returns its exit status.
func (c *cli) fail(err *app.Error) int {
	fmt.Fprintf(c.stderr, "kooperacja %s: %s\n", c.name, err.Message)
	app.WriteFindings(c.stderr, err.Findings, c.language())
	return app.ExitStatus(nil, err)
}

// emit writes what a command made, written by write, to the file out (its
// --out), or to standard output when out is empty. A failure to write is
// said on standard error and gives exit status 2; else it returns status.
func (c *cli) emit(out string, status int, write func(io.Writer) error) int {
	var b bytes.Buffer
	err := write(&b)
	if err == nil && out != "" {
		err = os.WriteFile(out, b.Bytes(), 0o644)
	} else if err == nil {
		_, err = c.stdout.Write(b.Bytes())
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "kooperacja %s: %v\n", c.name, err)
		return app.ExitUsage
	}
	return status
}

// print writes an answer in the chosen format and returns the exit status
// the answer calls for.
func (c *cli) print(answer any) int {
	var err error
	if c.format == "json" {
		err = app.WriteJSON(c.stdout, answer)
	} else {
		err = app.WriteText(c.stdout, answer, c.language())
	}
	if err != nil {
		fmt.Fprintf(c.stderr, "kooperacja %s: %v\n", c.name, err)
		return app.ExitUsage
	}
	return app.ExitStatus(answer, nil)
}
