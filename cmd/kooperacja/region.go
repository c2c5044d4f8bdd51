package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/schema"
)

// runRegion implements "kooperacja region": the regional report of the
// monitoring records given as files, directories (their *.json files) or
// NDJSON ("-" for standard input, or a file named *.ndjson or *.jsonl).
// The exit status is validate's: 1 when a record is left out (the others
// still count), 2 on a usage error or an input that cannot be read.
func runRegion(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCLI("region", "RECORD|DIR|-...",
		"Reports on the monitoring records of many municipalities (kooperacja monitor\n"+
			"writes one per municipality): per municipality and in total, by variant,\n"+
			"powiat and voivodeship, beside the rural pilot's figures. RECORD is a record\n"+
			"file, a directory (its *.json files), or newline-delimited JSON, one record\n"+
			"a line: \"-\" (standard input) or a file named *.ndjson or *.jsonl. A record\n"+
			"that is not valid is reported with the file (and line) it came from and\n"+
			"left out; the others still count (exit 1). Counts the records withhold\n"+
			"are summed as ranges (\"120–126\", in CSV 120..126), never as 0. The HTML\n"+
			"report is in --lang; the CSV's columns and numbers are the same in every\n"+
			"language.",
		stdin, stdout, stderr)
	c.withFormat("html", "csv", "json").withLang()
	var out string
	c.stringFlag(&out, "out", "FILE", "", "write the report to FILE (default: standard output)")
	files, err := c.parse(args, 1, -1)
	if err != nil {
		return exit(err)
	}
	lang := c.language()
	answer := app.RegionOf(func(yield func(app.RecordInput) bool) {
		for _, name := range files {
			if !readRecords(name, stdin, yield) {
				return
			}
		}
	}, app.Options{Lang: lang})
	if c.format != "json" {
		for _, p := range answer.Problems {
			fmt.Fprintf(c.stderr, "kooperacja region: %s: %s\n", p.Source, p.Message)
			app.WriteFindings(c.stderr, p.Findings, lang)
		}
	}
	status := app.ExitStatus(answer, nil)
	if answer.Unread {
		status = app.ExitUsage
	}
	return c.emit(out, status, func(w io.Writer) error { return app.WriteRegion(w, answer, c.format, lang) })
}

// readRecords yields the records of the operand name: the lines of an
// NDJSON stream (standard input for "-", or a file *.ndjson, *.jsonl),
// the *.json files of a directory in the order of their names, or a file.
// It returns false when yield asks to stop.
func readRecords(name string, stdin io.Reader, yield func(app.RecordInput) bool) bool {
	if name == "-" {
		return readNDJSON(name, stdin, yield)
	}
	st, err := os.Stat(name)
	if err != nil {
		return yield(app.RecordInput{Source: name, Err: err})
	}
	if st.IsDir() {
		entries, err := os.ReadDir(name)
		if err != nil {
			return yield(app.RecordInput{Source: name, Err: err})
		}
		var names []string
		for _, e := range entries {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
				names = append(names, filepath.Join(name, e.Name()))
			}
		}
		sort.Strings(names)
		for _, n := range names {
			if !readRecordFile(n, yield) {
				return false
			}
		}
		return true
	}
	if app.NDJSONName(name) {
		f, err := openFile(name)
		if err != nil {
			return yield(app.RecordInput{Source: name, Err: err})
		}
		defer f.Close()
		return readNDJSON(name, f, yield)
	}
	return readRecordFile(name, yield)
}

func readRecordFile(name string, yield func(app.RecordInput) bool) bool {
	data, err := readInput(name, nil)
	if err == nil && len(data) > schema.DefaultMaxBytes {
		err = app.ErrTooLarge
	}
	return yield(app.RecordInput{Source: name, Data: data, Err: err})
}

// readNDJSON yields a record a line of r (app.NDJSONRecords).
func readNDJSON(name string, r io.Reader, yield func(app.RecordInput) bool) bool {
	for in := range app.NDJSONRecords(name, r) {
		if !yield(in) {
			return false
		}
	}
	return true
}
