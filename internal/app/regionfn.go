package app

import (
	"bytes"
	"encoding/json"
	"iter"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/schema"
)

// RegionAnswer is the answer of the function region (a JavaScript
// caller's, the planner's): the regional report and the records left out,
// as "kooperacja region --format json" writes them, and beside them the
// report as the command's HTML page (in the options' language) and CSV, so
// that a page shows the one and offers both as files without asking again.
type RegionAnswer struct {
	Region
	HTML string `json:"html"`
	CSV  string `json:"csv"`
}

// NDJSONName reports whether a file of records named name holds
// newline-delimited JSON, one record a line (*.ndjson, *.jsonl), rather
// than one record: the command line and the function region read a file
// by this rule.
func NDJSONName(name string) bool {
	return strings.HasSuffix(name, ".ndjson") || strings.HasSuffix(name, ".jsonl")
}

// recordItem is one element of the records a JavaScript caller gives
// region: a file's text and name ({source, text}: a record, or NDJSON when
// the name says so), a record as an object ({source, record}), or a record
// itself.
type recordItem struct {
	Source string          `json:"source"`
	Text   *string         `json:"text"`
	Record json.RawMessage `json:"record"`
}

// RegionOfList is region for a JavaScript caller: records is a JSON array
// whose elements are {source, text} (a file as read: one record, or
// NDJSON when source ends in .ndjson or .jsonl), {source, record} or a
// record object. An element without a source is named by its place,
// "records[2]". A record that cannot be used is a problem naming its
// source, as on the command line; the others count.
func RegionOfList(records []byte, o Options) (RegionAnswer, *Error) {
	var items []json.RawMessage
	if err := json.Unmarshal(records, &items); err != nil {
		return RegionAnswer{}, usageErrorf("records: give an array of records or of {source, text} (%s)", strings.TrimPrefix(err.Error(), "json: "))
	}
	seq := func(yield func(RecordInput) bool) {
		for i, raw := range items {
			for in := range recordInputs(i, raw) {
				if !yield(in) {
					return
				}
			}
		}
	}
	lang := o.Language()
	answer := RegionAnswer{Region: RegionOf(seq, o)}
	var html, csv bytes.Buffer
	// A bytes.Buffer takes every write; an error would be the report's own.
	if err := answer.Report.WriteHTML(&html, lang); err != nil {
		return RegionAnswer{}, usageErrorf("region: the HTML report: %v", err)
	}
	if err := answer.Report.WriteCSV(&csv); err != nil {
		return RegionAnswer{}, usageErrorf("region: the CSV report: %v", err)
	}
	answer.HTML, answer.CSV = html.String(), csv.String()
	return answer, nil
}

// recordInputs are the records of the element i of region's list.
func recordInputs(i int, raw json.RawMessage) iter.Seq[RecordInput] {
	return func(yield func(RecordInput) bool) {
		source := "records[" + strconv.Itoa(i) + "]"
		var item recordItem
		trimmed := bytes.TrimSpace(raw)
		isObject := len(trimmed) > 0 && trimmed[0] == '{'
		if isObject && json.Unmarshal(raw, &item) == nil && (item.Text != nil || item.Record != nil) {
			if item.Source != "" {
				source = item.Source
			}
			switch {
			case item.Text != nil && NDJSONName(source):
				for in := range NDJSONRecords(source, strings.NewReader(*item.Text)) {
					if !yield(in) {
						return
					}
				}
				return
			case item.Text != nil:
				raw = []byte(*item.Text)
			default:
				raw = item.Record
			}
		}
		in := RecordInput{Source: source, Data: raw}
		if len(raw) > schema.DefaultMaxBytes {
			in = RecordInput{Source: source, Err: ErrTooLarge}
		}
		yield(in)
	}
}
