package cooperation

import "github.com/kooperacja/kooperacja/cooperation/internal/clock"

// Clock is the date a check is evaluated at, as the rules see it. A rule
// never holds that date itself: it asks the Clock — has this day come, has
// it passed, does this period cover the check date, how long since — and
// each answer that would be different on some later day notes the first
// such day in the Clock's Alarm. When the rules are done, the Alarm holds
// the first day after the check date on which any of their verdicts can
// change while the data stay as they are: until that day, the rules say
// the same thing. This is the event calendar of a discrete-event
// simulation, filled by the rules themselves.
//
// A rule that depends on the date cannot be written without the simulation
// knowing when, by construction: the date lives in a field of package
// cooperation/internal/clock, out of reach even of this package's code,
// and the only ways to it are the methods below, each of which notes. The
// exceptions are the values meant for messages (String, the days of Over,
// the days left of Within), which may change every day since a finding
// whose parameters alone change is the same finding; a test over the
// source of the rules (TestClockValuesOnlyInMessages in package ipw) fails
// when one of them is used for anything but a finding's parameters.
//
// A Clock made by On stands at a date of the data (a stage's completion
// date, the day after an agreement ends) and notes nothing: what the rules
// say of such a day does not depend on the check date.
//
// A Clock is a small value; copies share their Alarm. It is not safe for
// concurrent use when it has an Alarm.
type Clock struct {
	c clock.Clock[Date]
}

// Alarm collects the days noted by the Clocks it made: the first day, after
// the check date, on which an answer they gave would change.
type Alarm struct {
	a clock.Alarm[Date]
}

// Clock returns a Clock at today that notes into a.
func (a *Alarm) Clock(today Date) Clock { return Clock{a.a.Clock(today)} }

// Next returns the first day, after the check date, on which an answer of
// a's Clocks would change; the zero Date when none would, on any later day.
func (a *Alarm) Next() Date { return a.a.Next() }

// On returns a Clock at day that notes nothing: for evaluating rules at a
// date of the data rather than at the check date.
func On(day Date) Clock { return Clock{clock.On(day)} }

// Reached reports whether d is on or before the check date: the dated fact
// has happened. A zero d counts as reached, as a zero Date compares before
// every day.
func (c Clock) Reached(d Date) bool { return c.c.Reached(d) }

// Passed reports whether d is before the check date: the day is over.
func (c Clock) Passed(d Date) bool { return c.c.Passed(d) }

// Covers reports whether p contains the check date (an open end when End
// is zero).
func (c Clock) Covers(p Period) bool {
	if !c.Reached(p.Start) {
		return false
	}
	return p.End.IsZero() || !c.Passed(p.End)
}

// Over reports whether more than max days have gone by from from to the
// check date; days is that number, for messages. The verdict changes on
// from + max + 1; the number of days changes every day, so it is only for
// messages: a finding whose parameters alone change is the same finding.
func (c Clock) Over(from Date, max int) (days int, over bool) { return c.c.Over(from, max) }

// Within reports whether the check date lies in the last days days up to
// end (end included); left is the number of days from the check date to
// end, for messages.
func (c Clock) Within(end Date, days int) (left int, ok bool) { return c.c.Within(end, days) }

// YearReached reports whether the check date's year is year or later.
func (c Clock) YearReached(year int) bool {
	jan1, ok := NewDate(year, 1, 1)
	if !ok {
		return year < 1 // a year past 9999 never comes
	}
	return c.Reached(jan1)
}

// Year returns the year of the check date, for messages. It notes the next
// 1 January, so a verdict that reads it is evaluated again each year.
func (c Clock) Year() int {
	return c.c.Year(func(y int) Date { d, _ := NewDate(y, 1, 1); return d })
}

// String returns the check date as YYYY-MM-DD, for messages.
func (c Clock) String() string { return c.c.String() }
