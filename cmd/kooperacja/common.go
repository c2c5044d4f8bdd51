package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/schema"
)

// commonFlags are the options several commands share.
type commonFlags struct {
	asOf    string
	lang    string
	format  string
	profile string
}

func newFlagSet(name string, stderr io.Writer, c *commonFlags, withProfile bool) *flag.FlagSet {
	fs := flag.NewFlagSet("kooperacja "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.asOf, "as-of", "", "evaluate at `DATE` (YYYY-MM-DD); default: the bundle's asOf, else today in Europe/Warsaw")
	fs.StringVar(&c.lang, "lang", defaultLang(), "language of messages: pl or en (default from LANG)")
	fs.StringVar(&c.format, "format", "text", "output format: text or json")
	if withProfile {
		fs.StringVar(&c.profile, "profile", "", "apply the profile document in `FILE` over the bundle's")
	}
	return fs
}

// parseFlags parses a command's flags, checks the number of its operands
// with operandsOK, and turns the common flags into options. On a usage error
// it prints the usage or the error and reports false (the command exits 2).
func parseFlags(fs *flag.FlagSet, c *commonFlags, args []string, stderr io.Writer, operandsOK func(n int) bool) ([]cooperation.Option, bool) {
	if err := fs.Parse(args); err != nil {
		return nil, false
	}
	if !operandsOK(fs.NArg()) {
		fs.Usage()
		return nil, false
	}
	opts, err := c.options()
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", fs.Name(), err)
		return nil, false
	}
	return opts, true
}

// atLeastOne and exactlyOne are the operand counts of the commands.
func atLeastOne(n int) bool { return n >= 1 }
func exactlyOne(n int) bool { return n == 1 }

// defaultLang is Polish when LANG starts with "pl", English otherwise.
func defaultLang() string {
	if strings.HasPrefix(os.Getenv("LANG"), "pl") {
		return "pl"
	}
	return "en"
}

// options turns the common flags into check options; errors are usage errors.
func (c *commonFlags) options() ([]cooperation.Option, error) {
	var opts []cooperation.Option
	if c.asOf != "" {
		d, err := cooperation.ParseDate(c.asOf)
		if err != nil {
			return nil, fmt.Errorf("--as-of: %q is not a date in the form YYYY-MM-DD", c.asOf)
		}
		opts = append(opts, cooperation.AsOf(d))
	}
	lang := cooperation.Lang(c.lang)
	if !lang.Valid() {
		return nil, fmt.Errorf("--lang: %q is neither pl nor en", c.lang)
	}
	opts = append(opts, cooperation.InLanguage(lang))
	if c.format != "text" && c.format != "json" {
		return nil, fmt.Errorf("--format: %q is neither text nor json", c.format)
	}
	if c.profile != "" {
		data, err := os.ReadFile(c.profile)
		if err != nil {
			return nil, fmt.Errorf("--profile: %w", err)
		}
		p, findings := schema.ParseProfile(data, cooperation.InLanguage(lang))
		if p == nil {
			var b strings.Builder
			fmt.Fprintf(&b, "--profile: %s is not a valid profile:", c.profile)
			for _, f := range findings {
				fmt.Fprintf(&b, "\n  %s %s: %s", f.Path, f.Code, f.Message)
			}
			return nil, fmt.Errorf("%s", b.String())
		}
		opts = append(opts, cooperation.WithProfile(p))
	}
	return opts, nil
}

// readInput reads a file, or standard input for "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(io.LimitReader(stdin, schema.DefaultMaxBytes+1))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s is a directory", name)
	}
	// Read one byte past the limit so that too_large is reported, without
	// reading an arbitrarily large file into memory.
	return io.ReadAll(io.LimitReader(f, schema.DefaultMaxBytes+1))
}

// loadBundle reads and checks one bundle file for commands that need a
// usable bundle (stage, report, simulate). When the bundle does not decode it
// prints the findings to stderr and returns nil.
func loadBundle(name string, stdin io.Reader, stderr io.Writer, opts []cooperation.Option) *schema.Result {
	data, err := readInput(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "kooperacja: %v\n", err)
		return nil
	}
	res := schema.Check(data, opts...)
	if res.Bundle == nil {
		fmt.Fprintf(stderr, "kooperacja: %s cannot be read as a bundle:\n", name)
		writeFindingsText(stderr, res.Findings)
		return nil
	}
	return &res
}

func writeFindingsText(w io.Writer, fs []cooperation.Finding) {
	for _, f := range fs {
		path := string(f.Path)
		if path == "" {
			path = "/"
		}
		fmt.Fprintf(w, "  %-7s %s  %s\n          [%s]\n", f.Severity, path, f.Message, f.Code)
	}
}
