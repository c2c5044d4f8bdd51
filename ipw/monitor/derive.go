package monitor

import (
	"fmt"
	"slices"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// PeriodError is a period a record cannot cover: one whose start is after
// its end, or that ends after the record's date.
type PeriodError struct {
	Period Period
	AsOf   cooperation.Date
}

func (e *PeriodError) Error() string {
	if e.Period.From.After(e.Period.To) {
		return fmt.Sprintf("monitor: the period starts (%s) after it ends (%s)", e.Period.From, e.Period.To)
	}
	return fmt.Sprintf("monitor: the period ends (%s) after the record's date (%s)", e.Period.To, e.AsOf)
}

// Reversed reports whether the period starts after it ends (otherwise it
// ends after the date).
func (e *PeriodError) Reversed() bool { return e.Period.From.After(e.Period.To) }

// DefaultPeriod returns the period a record at day covers when none is
// given: from 1 January of day's year to day.
func DefaultPeriod(day cooperation.Date) Period {
	jan1, _ := cooperation.NewDate(day.Year(), time.January, 1)
	return Period{From: jan1, To: day}
}

// Resolve fills what p leaves out for a record at day: a zero To is day, a
// zero From is 1 January of To's year. The result is a *PeriodError when
// the period starts after it ends or ends after day.
func (p Period) Resolve(day cooperation.Date) (Period, error) {
	if p.To.IsZero() {
		p.To = day
	}
	if p.From.IsZero() {
		p.From = DefaultPeriod(p.To).From
	}
	if p.From.After(p.To) || p.To.After(day) {
		return p, &PeriodError{Period: p, AsOf: day}
	}
	return p, nil
}

// Of derives the monitoring record of b at day over period (see the
// package documentation). A zero period, or a zero end of it, is resolved
// by Period.Resolve: by default from 1 January of day's year to day. The
// options are those of ipw.Check: cooperation.WithProfile applies a
// profile over the bundle's (its disclosureThreshold and the settings the
// figures read: ipw.reviewMaxGapDays, the team rules the stages ask, the
// default notice period of the agreements); the language does not matter.
// A threshold below 1 (which the profile schema refuses) counts as 1.
//
// The error is ipw.ErrNoDate for a zero day and a *PeriodError for a period
// the record cannot cover. Bad data is not an error: the record counts what
// can be counted (a rule that cannot read its input is silent, as in the
// check). Of does not modify b.
func Of(b *ipw.Bundle, day cooperation.Date, period Period, opts ...cooperation.Option) (Record, error) {
	if day.IsZero() {
		return Record{}, ipw.ErrNoDate
	}
	period, err := period.Resolve(day)
	if err != nil {
		return Record{}, err
	}
	cfg := cooperation.NewConfig(opts...)
	settings := ipw.Settings(b, cfg.Profile)
	d := &derivation{b: b, day: day, period: period, settings: settings,
		ix: cooperation.NewIndex(&b.Partnership), threshold: max(1, settings.DisclosureThreshold),
		openBehind: map[string]int{}, usedBehind: map[cooperation.Kind]int{}}
	r := Record{
		SchemaVersion: SchemaVersion,
		Municipality: Municipality{TERYT: b.Municipality.TERYT, Name: b.Municipality.Name,
			Variant: b.Variant, Population: b.Municipality.Population},
		AsOf:                day,
		Period:              period,
		DisclosureThreshold: d.threshold,
	}
	if r.Stages, err = d.stages(append(slices.Clone(opts), cooperation.AsOf(day))...); err != nil {
		return Record{}, err
	}
	r.PZK = d.pzk()
	r.Agreements = d.agreements()
	r.IPW = d.ipws()
	r.Actions = d.actions()
	r.Capacity = d.capacity()
	d.withhold(&r)
	return r, nil
}

// derivation is the state of one Of.
type derivation struct {
	b         *ipw.Bundle
	day       cooperation.Date
	period    Period
	settings  cooperation.Settings
	ix        *cooperation.Index
	threshold int
	// openBehind and usedBehind count, by kind, the actions behind the
	// sums of open months (ActionFigures.OpenMonths, by owner) and of
	// months of use (CapacityFigures.UsedMonths, by provider).
	openBehind map[string]int
	usedBehind map[cooperation.Kind]int
}

func (d *derivation) inPeriod(x cooperation.Date) bool {
	return !x.IsZero() && !x.Before(d.period.From) && !x.After(d.period.To)
}

// months is the period as the months it touches, for the open-month sums.
func (d *derivation) months() cooperation.Period {
	return cooperation.Period{Start: d.period.From, End: d.period.To}
}

// stages asks ipw.Progress where the municipality stands and lists the
// recorded stages of the variant with their dates, in the variant's order
// (a record of a stage foreign to the variant is left out; the check
// reports it).
func (d *derivation) stages(opts ...cooperation.Option) (Stages, error) {
	rep, err := ipw.Progress(d.b, opts...)
	if err != nil {
		return Stages{}, err
	}
	s := Stages{Completed: rep.Completed, Current: rep.Current, Recorded: []StageDate{}}
	for _, st := range ipw.Stages(d.b.Variant) {
		for _, rec := range d.b.Stages {
			if rec.Stage == st {
				s.Recorded = append(s.Recorded, StageDate{Stage: st, Started: rec.Started, Completed: rec.Completed})
			}
		}
	}
	return s, nil
}

// pzk describes the PZK at the date: its size and sectors as the
// indicators count them (ipw.PZKOn), its formation and the meetings held in
// the period.
func (d *derivation) pzk() PZK {
	out := PZK{Sectors: []cooperation.Sector{}}
	t, _, ok := d.ix.PZK()
	if !ok {
		return out
	}
	size, sectors := ipw.PZKOn(d.b, d.day)
	out.Institutions = size.Institutions
	for _, s := range cooperation.Sectors() {
		if slices.Contains(sectors, s) {
			out.Sectors = append(out.Sectors, s)
		}
	}
	formed := t.Formed
	if formed.IsZero() {
		for _, m := range t.Members {
			if !m.Joined.IsZero() && (formed.IsZero() || m.Joined.Before(formed)) {
				formed = m.Joined
			}
		}
	}
	if !formed.IsZero() && !formed.After(d.day) {
		out.Formed = formed
		out.WorkingMonths = wholeMonths(formed, d.day)
	}
	for _, m := range t.Meetings {
		if d.inPeriod(m.Date) {
			out.Meetings++
		}
	}
	return out
}

// wholeMonths is the number of whole calendar months from a to b: the
// largest n with a + n months on or before b (DOMAIN §2's months).
func wholeMonths(a, b cooperation.Date) int {
	n := (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
	for n > 0 && a.AddMonths(n).After(b) {
		n--
	}
	return max(n, 0)
}

// agreements counts the agreements in force at the date for at least one
// party, and the distinct institutions for which one is in force
// (cooperation.Agreement.InForce, withdrawals timed by the profile's
// default notice period).
func (d *derivation) agreements() Agreements {
	notice := d.settings.Agreement.DefaultNoticePeriodDays
	parties := map[string]bool{}
	var out Agreements
	for i := range d.b.Agreements {
		a := &d.b.Agreements[i]
		in := false
		for _, p := range a.EverParties() {
			if a.InForce(p, d.day, notice) {
				in = true
				parties[p] = true
			}
		}
		if in {
			out.InForce++
		}
	}
	out.Parties = len(parties)
	return out
}
