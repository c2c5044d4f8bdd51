package cooperation

import "testing"

// Each question a Clock answers notes the first day its answer changes, and
// that day is right: the answer there differs from the answer on the check
// date, and it is the same on every day before it.
func TestClockNotesWhenAnswersChange(t *testing.T) {
	d := MustDate
	today := d("2026-03-10")
	questions := []struct {
		name string
		ask  func(c Clock) any
		next Date // zero: the answer never changes
	}{
		{"reached, future", func(c Clock) any { return c.Reached(d("2026-03-20")) }, d("2026-03-20")},
		{"reached, today", func(c Clock) any { return c.Reached(today) }, Date{}},
		{"reached, zero", func(c Clock) any { return c.Reached(Date{}) }, Date{}},
		{"passed, today", func(c Clock) any { return c.Passed(today) }, d("2026-03-11")},
		{"passed, past", func(c Clock) any { return c.Passed(d("2026-03-09")) }, Date{}},
		{"covers, before", func(c Clock) any { return c.Covers(Period{Start: d("2026-04-01"), End: d("2026-04-30")}) }, d("2026-04-01")},
		{"covers, within", func(c Clock) any { return c.Covers(Period{Start: d("2026-03-01"), End: d("2026-03-15")}) }, d("2026-03-16")},
		{"covers, open", func(c Clock) any { return c.Covers(Period{Start: d("2026-03-01")}) }, Date{}},
		{"covers, after", func(c Clock) any { return c.Covers(Period{Start: d("2026-01-01"), End: d("2026-02-01")}) }, Date{}},
		{"over, not yet", func(c Clock) any { _, over := c.Over(d("2026-03-01"), 30); return over }, d("2026-04-01")},
		{"over, already", func(c Clock) any { _, over := c.Over(d("2026-01-01"), 30); return over }, Date{}},
		{"within, before", func(c Clock) any { _, ok := c.Within(d("2026-05-31"), 30); return ok }, d("2026-05-01")},
		{"within, inside", func(c Clock) any { _, ok := c.Within(d("2026-03-31"), 30); return ok }, d("2026-04-01")},
		{"year reached, later", func(c Clock) any { return c.YearReached(2028) }, d("2028-01-01")},
		{"year reached, now", func(c Clock) any { return c.YearReached(2026) }, Date{}},
		{"year", func(c Clock) any { return c.Year() }, d("2027-01-01")},
	}
	for _, q := range questions {
		t.Run(q.name, func(t *testing.T) {
			var a Alarm
			first := q.ask(a.Clock(today))
			if a.Next() != q.next {
				t.Fatalf("Next() = %v, want %v", a.Next(), q.next)
			}
			end := q.next
			if end.IsZero() {
				end = today.AddDays(1000)
			}
			for day := today.AddDays(1); day.Before(end); day = day.AddDays(1) {
				if got := q.ask(On(day)); got != first {
					t.Fatalf("on %s the answer is %v, on %s it was %v, and nothing was noted before %s", day, got, today, first, end)
				}
			}
			if !q.next.IsZero() && q.ask(On(q.next)) == first {
				t.Errorf("on %s, the noted day, the answer is still %v", q.next, first)
			}
		})
	}
}

// A clock at a date of the data notes nothing; an alarm keeps the earliest
// day noted.
func TestClockOnNotesNothing(t *testing.T) {
	c := On(MustDate("2026-03-10"))
	c.Reached(MustDate("2026-04-01")) // must not panic without an alarm
	var a Alarm
	k := a.Clock(MustDate("2026-03-10"))
	k.Reached(MustDate("2026-06-01"))
	k.Reached(MustDate("2026-04-01"))
	k.Reached(MustDate("2026-05-01"))
	if got := a.Next(); got != MustDate("2026-04-01") {
		t.Errorf("Next() = %v, want 2026-04-01", got)
	}
}
