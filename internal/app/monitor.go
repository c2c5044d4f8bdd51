package app

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// Monitor is the answer of monitor: the municipality's monitoring record
// (the document that leaves the gmina) and its preview, every figure of
// the record as a person reads it, in the language of the call. The
// command line writes the record (its JSON is the record's; --format text
// writes the preview); the planner shows the preview and offers the record
// for download.
type Monitor struct {
	Record  monitor.Record    `json:"record"`
	Preview []monitor.Section `json:"preview"`
}

// MonitorOf derives the monitoring record of a bundle at the date of o (Day)
// over o.Period (monitor.Of; a zero period is the year to the date), with
// o's profile applied over the bundle's. The bundle must pass the JSON and
// schema layers; findings of the model's rules do not stop it. A period the
// record cannot cover is a Usage error in o's language.
func MonitorOf(bundle []byte, o Options) (Monitor, *Error) {
	b, opts, err := readBundle(bundle, o)
	if err != nil {
		return Monitor{}, err
	}
	day := Day(o, b)
	r, merr := monitor.Of(b, day, o.Period, opts...)
	var pe *monitor.PeriodError
	switch {
	case errors.As(merr, &pe):
		return Monitor{}, periodError(pe, o.Language())
	case merr != nil:
		return Monitor{}, &Error{Class: Usage, Message: merr.Error()}
	}
	return Monitor{Record: r, Preview: r.Preview(o.Language())}, nil
}

// periodError words a period the record cannot cover.
func periodError(pe *monitor.PeriodError, lang cooperation.Lang) *Error {
	p := pe.Period
	var msg string
	switch {
	case pe.Reversed() && lang == cooperation.Polish:
		msg = fmt.Sprintf("początek okresu (%s) jest późniejszy niż jego koniec (%s); popraw daty okresu", p.From.Format(lang), p.To.Format(lang))
	case pe.Reversed():
		msg = fmt.Sprintf("the period starts (%s) after it ends (%s); correct the period's dates", p.From.Format(lang), p.To.Format(lang))
	case lang == cooperation.Polish:
		msg = fmt.Sprintf("okres kończy się (%s) po dniu, na który sporządzono rekord (stan na dzień %s); podaj wcześniejszy koniec okresu albo późniejszą datę „stan na dzień”",
			p.To.Format(lang), pe.AsOf.Format(lang))
	default:
		msg = fmt.Sprintf("the period ends (%s) after the record's date (%s); give an earlier end or a later as-of date",
			p.To.Format(lang), pe.AsOf.Format(lang))
	}
	return &Error{Class: Usage, Message: msg}
}

// ParsePeriod reads a period given by a person as FROM..TO (YYYY-MM-DD on
// either side; either may be left out: FROM.. runs to the record's date,
// ..TO from 1 January of TO's year). The error says what is wrong in
// English, for an adapter to prefix with the name of its flag or key.
func ParsePeriod(s string) (monitor.Period, *Error) {
	from, to, ok := strings.Cut(s, "..")
	if !ok {
		return monitor.Period{}, usageErrorf("%q is not a period FROM..TO (YYYY-MM-DD..YYYY-MM-DD)", s)
	}
	var p monitor.Period
	for _, side := range []struct {
		text string
		into *cooperation.Date
	}{{from, &p.From}, {to, &p.To}} {
		if side.text == "" {
			continue
		}
		d, err := ParseDate(side.text)
		if err != nil {
			return monitor.Period{}, usageErrorf("%q is not a period FROM..TO: %s", s, err.Message)
		}
		*side.into = d
	}
	return p, nil
}

// Text writes the preview: each section's title and its rows.
func (m Monitor) Text(w io.Writer, lang cooperation.Lang) error {
	var b strings.Builder
	for i, s := range m.Preview {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.Title + "\n")
		for _, r := range s.Rows {
			b.WriteString("  " + r.Label + ": " + r.Value + "\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
