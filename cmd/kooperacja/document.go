package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/internal/app/paperwork"
	"github.com/kooperacja/kooperacja/ipw/document"
)

// runDocument implements "kooperacja document": one document of the model
// (KIND BUNDLE with --id), every document (--all into --out DIR), or the
// list of them (--list). The exit status is validate's: 1 when a document
// is refused because the data it is made from have errors (the findings
// are printed; --draft makes it all the same, marked PROJEKT), 2 for an
// unknown kind or id and other usage errors.
func runDocument(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	kinds := make([]string, 0, len(document.Kinds()))
	for _, k := range document.Kinds() {
		kinds = append(kinds, string(k))
	}
	c := newCLI("document", "[KIND] BUNDLE|-",
		"Writes a document of the model from the bundle: an agreement, annex,\n"+
			"withdrawal notice, declaration of accession, team composition, a family's\n"+
			"consent, qualification and diagnosis, IPW, review record or closing\n"+
			"evaluation, as a print-ready HTML page or an editable DOCX or ODT file,\n"+
			"with the place and date of signing, signature lines and the source at the\n"+
			"foot of every page. KIND is one of:\n  "+strings.Join(kinds, ", ")+"\n"+
			"and --list shows every document of the bundle with its kind and id.\n"+
			"A document whose data have errors is refused (exit 1) unless --draft.",
		stdin, stdout, stderr)
	var id, out, previous, generated string
	var draft, all, list bool
	c.stringFlag(&id, "id", "ID", "", "the document's id (see --list), e.g. porozumienie-pzk or ipw-2026-01/2026-06-22")
	c.withFormat("html", "docx", "odt")
	c.boolFlag(&draft, "draft", "make the document even when its data have errors, marked PROJEKT on every page")
	c.stringFlag(&out, "out", "FILE|DIR", "", "write to FILE (default: standard output); with --all, into the directory DIR")
	c.boolFlag(&all, "all", "write every document of the bundle into --out DIR, one file per document named by kind and id")
	c.boolFlag(&list, "list", "list the documents of the bundle")
	c.stringFlag(&previous, "previous", "FILE", "", "the previous version of the bundle: a review record tells what changed since")
	c.stringFlag(&generated, "generated", "DATE", "", "the date printed as the day the document was made; default: today in Europe/Warsaw")
	c.withAsOf().withLang().withProfile()
	c.usageForms(
		"KIND --id ID [--format html|docx|odt] [--draft] [--out FILE] [--previous FILE] [--generated DATE] [--as-of DATE] [--lang pl|en] [--profile FILE] BUNDLE|-",
		"--all --out DIR [--format html|docx|odt] [--draft] [...] BUNDLE|-",
		"--list [--as-of DATE] [--lang pl|en] BUNDLE|-")
	files, err := c.parse(args, 1, 2)
	if err != nil {
		return exit(err)
	}
	switch {
	case (all || list) && len(files) == 2:
		return exit(c.usageError("with --all or --list, give the bundle only, not a kind (%s)", files[0]))
	case !all && !list && len(files) == 1:
		return exit(c.usageError("missing operand: KIND BUNDLE|- (the kinds: %s)", strings.Join(kinds, ", ")))
	case all && list:
		return exit(c.usageError("--all and --list do not go together"))
	case all && out == "":
		return exit(c.usageError("--all needs --out DIR"))
	case !all && !list && id == "":
		return exit(c.usageError("--id ID is required (\"kooperacja document --list BUNDLE\" lists the ids)"))
	}
	o, ok := c.options()
	if !ok {
		return app.ExitUsage
	}
	data, status, ok := c.readDocument(files[len(files)-1])
	if !ok {
		return status
	}
	req := paperwork.DocumentRequest{ID: id, Format: c.format, Draft: draft, Generated: generated}
	if previous != "" {
		if req.Previous, status, ok = c.readDocument(previous); !ok {
			return status
		}
	}
	switch {
	case list:
		answer, aerr := paperwork.ListDocuments(data, o)
		if aerr != nil {
			return c.fail(aerr)
		}
		if err := app.WriteText(c.stdout, answer, c.language()); err != nil {
			fmt.Fprintf(c.stderr, "kooperacja document: %v\n", err)
			return app.ExitUsage
		}
		return app.ExitStatus(answer, nil)
	case all:
		return c.writeAll(data, req, o, out)
	}
	req.Kind = files[0]
	f, aerr := paperwork.MakeDocument(data, req, o)
	if aerr != nil {
		return c.fail(aerr)
	}
	return c.emit(out, app.ExitOK, func(w io.Writer) error {
		_, err := w.Write(f.Bytes())
		return err
	})
}

// writeAll writes every document into dir, prints the files written, and
// prints each refused document with its findings; it exits 1 when some
// document is refused.
func (c *cli) writeAll(data []byte, req paperwork.DocumentRequest, o app.Options, dir string) int {
	files, refused, aerr := paperwork.MakeDocuments(data, req, o)
	if aerr != nil {
		return c.fail(aerr)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(c.stderr, "kooperacja document: %v\n", err)
		return app.ExitUsage
	}
	for _, f := range files {
		path := filepath.Join(dir, f.FileName)
		if err := os.WriteFile(path, f.Bytes(), 0o644); err != nil {
			fmt.Fprintf(c.stderr, "kooperacja document: %v\n", err)
			return app.ExitUsage
		}
		fmt.Fprintln(c.stdout, path)
	}
	for _, r := range refused {
		fmt.Fprintf(c.stderr, "kooperacja document: %s\n", r.Summary())
		app.WriteFindings(c.stderr, r.Findings, c.language())
	}
	if len(refused) > 0 {
		return app.ExitErrors
	}
	return app.ExitOK
}
