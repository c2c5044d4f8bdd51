package app

import (
	"errors"
	"io"
	"iter"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/monitor"
	"github.com/kooperacja/kooperacja/ipw/region"
	"github.com/kooperacja/kooperacja/schema"
)

// RecordInput is one monitoring record as an adapter read it: where it was
// read (a file, FILE:LINE of an NDJSON stream) and its bytes, or the error
// that kept it from being read.
type RecordInput struct {
	Source string
	Data   []byte
	Err    error
}

// ErrTooLarge is the error of an input larger than the size limit of a
// document (schema.DefaultMaxBytes): a finding document.too_large.
var ErrTooLarge = errors.New("larger than the size limit")

// Region is the answer of region: the regional report of the records that
// could be used (package ipw/region), and a problem for every record that
// could not, naming where it was read.
type Region struct {
	Report   *region.Report  `json:"report"`
	Problems []RecordProblem `json:"problems"`
	// Unread says that some input could not be read at all (exit status 2).
	Unread bool `json:"-"`
}

// RecordProblem is why a record is not in the report: the findings of a
// record that does not conform to the monitoring record's schema, or a
// message (a record the report cannot place, a second record of one
// municipality, a file that cannot be read).
type RecordProblem struct {
	Source   string                `json:"source"`
	Message  string                `json:"message"`
	Findings []cooperation.Finding `json:"findings,omitempty"`
}

// HasErrors reports whether a record was left out: region then exits 1.
func (r Region) HasErrors() bool { return len(r.Problems) > 0 }

// RegionOf reads the records one at a time and aggregates them (a region's
// or the whole country's: memory holds a row per municipality, never a
// record). A record is checked against the monitoring record's schema; one
// that does not conform, or that the report cannot use, is a problem, and
// the others still count.
func RegionOf(records iter.Seq[RecordInput], o Options) Region {
	lang := o.Language()
	agg := region.NewAggregator()
	out := Region{Problems: []RecordProblem{}}
	for in := range records {
		if errors.Is(in.Err, ErrTooLarge) {
			var f cooperation.Findings
			f.Add(cooperation.CodeDocumentTooLarge, "", "limit", strconv.Itoa(schema.DefaultMaxBytes))
			findings := f.Finish(cooperation.DefaultSettings(""), lang)
			out.Problems = append(out.Problems, RecordProblem{Source: in.Source, Findings: findings, Message: findings[0].Message})
			continue
		}
		if in.Err != nil {
			pl, en := readReason(in.Err)
			out.Problems = append(out.Problems, RecordProblem{Source: in.Source, Message: say(lang,
				"Nie można odczytać pliku: "+pl+".", "Cannot read the file: "+en+".")})
			out.Unread = true
			continue
		}
		rec, findings := readRecord(in.Data, lang)
		if rec == nil {
			out.Problems = append(out.Problems, RecordProblem{Source: in.Source, Findings: findings, Message: say(lang,
				"To nie jest poprawny rekord monitoringu ("+findingNoun.Count(len(findings), lang)+"), więc go pominięto; poproś gminę o nowy rekord z planera albo z kooperacja monitor.",
				"This is not a valid monitoring record ("+findingNoun.Count(len(findings), lang)+"), so it is left out; ask the municipality for a new record from the planner or kooperacja monitor.")})
			continue
		}
		if p := agg.Add(rec, in.Source); p != nil {
			out.Problems = append(out.Problems, RecordProblem{Source: in.Source, Message: p.Message(lang)})
		}
	}
	out.Report = agg.Report()
	for _, p := range out.Problems {
		out.Report.Excluded = append(out.Report.Excluded, region.Excluded{Source: p.Source, Reason: p.Message})
	}
	return out
}

// readRecord reads one monitoring record and checks it against the
// record's schema (schema.CheckRecord): a record that does not conform
// gives the findings that say why.
func readRecord(data []byte, lang cooperation.Lang) (*monitor.Record, []cooperation.Finding) {
	return schema.CheckRecord(data, cooperation.InLanguage(lang))
}

// WriteRegion writes the report of r in format: json (the answer: report
// and problems), csv or html (the report alone, in lang).
func WriteRegion(w io.Writer, r Region, format string, lang cooperation.Lang) error {
	switch format {
	case "csv":
		return r.Report.WriteCSV(w)
	case "html":
		return r.Report.WriteHTML(w, lang)
	}
	return WriteJSON(w, r)
}
