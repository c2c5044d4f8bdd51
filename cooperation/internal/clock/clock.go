// Package clock holds the date a check is evaluated at where the rules
// cannot read it. cooperation.Clock wraps a Clock of this package: since
// the date is an unexported field here, not even the code of package
// cooperation can compare it with anything, and every question a rule
// asks goes through a method that notes, in the Alarm, the first later day
// on which its answer would be different. That is what lets a simulation
// step from one noted day to the next with no list of dates of its own
// (see cooperation.Clock).
//
// Three answers are for messages only and note nothing: String (the date),
// the days of Over and the days left of Within. A finding whose parameters
// alone change is the same finding, so they may change every day; the
// rules' source test (TestClockValuesOnlyInMessages in package ipw) fails
// when one of them is used for anything but a finding's parameters.
package clock

// Day is the calendar day the clock counts in (cooperation.Date).
type Day[D any] interface {
	Before(D) bool
	After(D) bool
	IsZero() bool
	AddDays(int) D
	DaysUntil(D) int
	Year() int
	String() string
}

// Alarm keeps the first day, after the check date, on which an answer of
// its Clocks would change.
type Alarm[D Day[D]] struct {
	next D
}

// Clock is a check date that notes into an Alarm (none: notes nothing).
type Clock[D Day[D]] struct {
	today D
	alarm *Alarm[D]
}

// Clock returns a Clock at today that notes into a.
func (a *Alarm[D]) Clock(today D) Clock[D] { return Clock[D]{today: today, alarm: a} }

// Next returns the first day noted; the zero day when none was.
func (a *Alarm[D]) Next() D { return a.next }

// On returns a Clock at day that notes nothing.
func On[D Day[D]](day D) Clock[D] { return Clock[D]{today: day} }

// Note records that an answer changes on day d.
func (c Clock[D]) Note(d D) {
	if a := c.alarm; a != nil && !d.IsZero() && (a.next.IsZero() || d.Before(a.next)) {
		a.next = d
	}
}

// Reached reports whether d is on or before the check date.
func (c Clock[D]) Reached(d D) bool {
	if d.After(c.today) {
		c.Note(d)
		return false
	}
	return true
}

// Passed reports whether d is before the check date.
func (c Clock[D]) Passed(d D) bool {
	if d.Before(c.today) {
		return true
	}
	c.Note(d.AddDays(1))
	return false
}

// Over reports whether more than max days have gone by from from to the
// check date; days is that number, for messages only.
func (c Clock[D]) Over(from D, max int) (days int, over bool) {
	days = from.DaysUntil(c.today)
	if days > max {
		return days, true
	}
	c.Note(from.AddDays(max + 1))
	return days, false
}

// Within reports whether the check date lies in the last days days up to
// end (end included); left is the number of days to end, for messages only.
func (c Clock[D]) Within(end D, days int) (left int, ok bool) {
	if !c.Reached(end.AddDays(-days)) || c.Passed(end) {
		return 0, false
	}
	return c.today.DaysUntil(end), true
}

// Year returns the check date's year, noting jan1(year+1), the first day
// of the next year, so that a verdict that reads it is evaluated again
// each year.
func (c Clock[D]) Year(jan1 func(year int) D) int {
	y := c.today.Year()
	c.Note(jan1(y + 1))
	return y
}

// String returns the check date, for messages only.
func (c Clock[D]) String() string { return c.today.String() }
