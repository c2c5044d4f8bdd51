package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/schema"
)

func runValidate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("validate", "FILE|-...",
		"Checks each bundle against the JSON Schema and every rule of the model, and\n"+
			"prints its findings. \"-\" reads standard input. --format json prints\n"+
			"{\"documents\":[{file, valid, errors, warnings, findings}]}, one entry for every\n"+
			"input, including one that cannot be read (document.unreadable).",
		stdin, stdout, stderr)
	c.withAsOf().withLang().withFormat("text", "json").withProfile()
	var ndjson bool
	c.boolFlag(&ndjson, "ndjson", "each input holds one bundle per line (newline-delimited JSON), checked on all cores and reported in input order as FILE:LINE")
	files, err := c.parse(args, 1, -1)
	if err != nil {
		return exit(err)
	}
	o, ok := c.options()
	if !ok {
		return app.ExitUsage
	}
	o, perr := o.Prepare() // the profile, read once for every document
	if perr != nil {
		return c.fail(perr)
	}
	out := newReportWriter(stdout, c.format, o.Lang)
	ioFailed, invalid := false, false
	emit := func(d app.Document) {
		invalid = invalid || !d.Valid
		out.write(d)
	}
	for _, name := range files {
		if ndjson {
			if err := validateStream(name, stdin, o, emit); err != nil {
				emit(app.Unreadable(name, err, o.Lang))
				ioFailed = true
			}
			continue
		}
		data, err := readInput(name, stdin)
		if err != nil {
			emit(app.Unreadable(name, err, o.Lang))
			ioFailed = true
			continue
		}
		v, _ := app.Validate(data, o) // the profile was checked above
		emit(app.Document{File: name, Validation: v})
	}
	out.close()
	switch {
	case ioFailed:
		return app.ExitUsage
	case invalid:
		return app.ExitErrors
	}
	return app.ExitOK
}

// validateStream checks a newline-delimited stream of bundles with one
// worker per core. Memory stays bounded: at most 2×GOMAXPROCS bundles are in
// flight, and results are written in input order as soon as they are ready.
// Each document is named FILE:LINE. Blank lines are skipped.
func validateStream(name string, stdin io.Reader, o app.Options, emit func(app.Document)) error {
	var r io.Reader = stdin
	if name != "-" {
		f, err := openFile(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	// Each check allocates a few MiB and keeps almost nothing, so at the
	// default GOGC the collector runs every couple of documents on every
	// core and two cores end up slower than one. Unless the user set GOGC,
	// streaming lets the heap grow further between collections (measured:
	// ×1.5 with two cores, peak memory still tens of MiB).
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(800))
	}
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		label string
		data  []byte
		done  chan app.Document
	}
	queue := make(chan *job, 2*workers) // in input order, bounded
	work := make(chan *job)
	for i := 0; i < workers; i++ {
		go func() {
			for j := range work {
				v, _ := app.Validate(j.data, o)
				j.done <- app.Document{File: j.label, Validation: v}
			}
		}()
	}
	var readErr error
	go func() {
		defer close(queue)
		defer close(work)
		br := bufio.NewReaderSize(r, 1<<20)
		for line := 1; ; line++ {
			data, err := app.ReadLine(br, schema.DefaultMaxBytes)
			if len(bytes.TrimSpace(data)) > 0 || errors.Is(err, app.ErrTooLarge) {
				j := &job{label: name + ":" + strconv.Itoa(line), data: data, done: make(chan app.Document, 1)}
				queue <- j
				if errors.Is(err, app.ErrTooLarge) {
					j.done <- app.Document{File: j.label, Validation: app.Validated(tooLarge(o))}
				} else {
					work <- j
				}
			}
			if err != nil && !errors.Is(err, app.ErrTooLarge) {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
		}
	}()
	for j := range queue {
		emit(<-j.done)
	}
	return readErr
}

// tooLarge is the finding of a line longer than the size limit: what the
// check says of a document one byte too large.
func tooLarge(o app.Options) []cooperation.Finding {
	v, _ := app.Validate(make([]byte, schema.DefaultMaxBytes+1), app.Options{Lang: o.Lang})
	return v.Findings
}

// reportWriter prints documents as text or as the JSON object
// {"documents":[…]}, streaming either way.
type reportWriter struct {
	w      io.Writer
	format string
	lang   cooperation.Lang
	n      int
	buf    []byte
}

func newReportWriter(w io.Writer, format string, lang cooperation.Lang) *reportWriter {
	if format == "json" {
		io.WriteString(w, "{\"documents\":[")
	}
	return &reportWriter{w: w, format: format, lang: lang}
}

func (rw *reportWriter) write(d app.Document) {
	defer func() { rw.n++ }()
	if rw.format == "json" {
		rw.buf = rw.buf[:0]
		if rw.n > 0 {
			rw.buf = append(rw.buf, ',')
		}
		rw.buf = append(rw.buf, '\n')
		rw.buf, _ = app.AppendJSON(rw.buf, d) // a Document always encodes
		rw.w.Write(rw.buf)
		return
	}
	d.Text(rw.w, rw.lang)
}

func (rw *reportWriter) close() {
	if rw.format == "json" {
		io.WriteString(rw.w, "\n]}\n")
	}
}
