package cooperation

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Date is a civil date (YYYY-MM-DD) with no time of day and no time zone: the
// same Date means the same day in Warsaw, in a browser in any zone and in a
// pipeline running in UTC. The zero Date is "no date" and marshals as "".
//
// Dates are compared with Before, After, Equal and Compare, and stepped with
// AddDays and AddMonths. Periods in the model are inclusive on both ends.
type Date struct {
	// days since 0001-01-01 plus one, so that the zero value means "unset".
	n int32
}

// NewDate returns the date year-month-day. It reports false when no such day
// exists (2025-02-30, month 13) or the year lies outside 1..9999.
func NewDate(year int, month time.Month, day int) (Date, bool) {
	if year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
		return Date{}, false
	}
	return Date{n: int32(daysFromCivil(year, int(month), day)-firstDay) + 1}, true
}

// The calendar is done with integers, not package time: the rules read and
// print many dates, and time.Date costs a good deal more, WebAssembly most
// of all. daysFromCivil and civilFromDays are the well-known conversions of
// the proleptic Gregorian calendar through 400-year eras counted from 1
// March of year 0; tests check them against package time.

// firstDay is 0001-01-01 as daysFromCivil counts.
var firstDay = daysFromCivil(1, 1, 1)

// daysFromCivil returns the number of days from 0000-03-01 to y-m-d.
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                  // [0, 399]
	doy := (153*((m+9)%12)+2)/5 + d - 1 // [0, 365], from 1 March
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int) (y, m, d int) {
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365]
	mp := (5*doy + 2) / 153                                // [0, 11], March first
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// civil returns the year, month and day of d.
func (d Date) civil() (int, time.Month, int) {
	y, m, day := civilFromDays(int(d.n) - 1 + firstDay)
	return y, time.Month(m), day
}

// MustDate is NewDate for constants in tests and examples; it panics on an
// impossible date.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

var epoch = time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)

const secondsPerDay = 24 * 60 * 60

func daysIn(year int, month time.Month) int {
	switch month {
	case time.February:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// DateError reports a string that is not a civil date.
type DateError struct {
	Text string
}

func (e *DateError) Error() string {
	return fmt.Sprintf("cooperation: %q is not a date in the form YYYY-MM-DD", e.Text)
}

// ParseDate parses a date in the form YYYY-MM-DD; the day must exist.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateError{Text: s}
	}
	num := func(b string) (int, bool) {
		v := 0
		for i := 0; i < len(b); i++ {
			if b[i] < '0' || b[i] > '9' {
				return 0, false
			}
			v = v*10 + int(b[i]-'0')
		}
		return v, true
	}
	y, ok1 := num(s[0:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, &DateError{Text: s}
	}
	date, ok := NewDate(y, time.Month(m), d)
	if !ok {
		return Date{}, &DateError{Text: s}
	}
	return date, nil
}

// DateOf returns the civil date of t in t's own location. Adapters use it to
// turn "now in Europe/Warsaw" into a Date; the domain never reads the clock.
func DateOf(t time.Time) Date {
	d, _ := NewDate(t.Year(), t.Month(), t.Day())
	return d
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d.n == 0 }

func (d Date) time() time.Time {
	return time.Unix(epoch.Unix()+int64(d.n-1)*secondsPerDay, 0).UTC()
}

// Year, Month and Day return the parts of d.
func (d Date) Year() int { y, _, _ := d.civil(); return y }

// Month returns the month of d.
func (d Date) Month() time.Month { _, m, _ := d.civil(); return m }

// Day returns the day of the month of d.
func (d Date) Day() int { _, _, day := d.civil(); return day }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.time().Weekday() }

// String formats d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	y, m, day := d.civil()
	b := make([]byte, 0, 10)
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	b = appendPadded(b, day, 2)
	return string(b)
}

// appendPadded appends v in decimal, zero-padded to width as fmt's %0*d
// does (the sign counts in the width).
func appendPadded(b []byte, v, width int) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
		width--
	}
	var digits [20]byte
	s := strconv.AppendInt(digits[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// MonthKey formats d's month as YYYY-MM.
func (d Date) MonthKey() string {
	return d.String()[:7]
}

// AddDays returns d moved by n days (n may be negative).
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return Date{n: d.n + int32(n)}
}

// AddMonths returns d moved by n calendar months, clamped to the last day of
// the target month: 2026-01-31 + 1 month = 2026-02-28.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	y, m := d.Year(), int(d.Month())-1+n
	y += m / 12
	m %= 12
	if m < 0 {
		m += 12
		y--
	}
	day := d.Day()
	if last := daysIn(y, time.Month(m+1)); day > last {
		day = last
	}
	out, ok := NewDate(y, time.Month(m+1), day)
	if !ok {
		return d
	}
	return out
}

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.n - d.n) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.n < e.n:
		return -1
	case d.n > e.n:
		return 1
	}
	return 0
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.n < e.n }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.n > e.n }

// Equal reports whether d and e are the same day.
func (d Date) Equal(e Date) bool { return d.n == e.n }

// MinDate and MaxDate return the earlier and the later of two dates.
func MinDate(a, b Date) Date {
	if b.Before(a) {
		return b
	}
	return a
}

// MaxDate returns the later of two dates.
func MaxDate(a, b Date) Date {
	if b.After(a) {
		return b
	}
	return a
}

// MarshalJSON encodes d as "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

// UnmarshalJSON decodes "YYYY-MM-DD"; "" decodes as the zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if plainQuoted(b) {
		s = string(b[1 : len(b)-1]) // what json.Unmarshal gives, without its cost
	} else if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Period is an inclusive span of days. A zero End means "open-ended".
type Period struct {
	Start Date `json:"start"`
	End   Date `json:"end"`
}

// Contains reports whether day lies in p, ends included; a zero End is open.
func (p Period) Contains(day Date) bool {
	if day.Before(p.Start) {
		return false
	}
	return p.End.IsZero() || !day.After(p.End)
}

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	if !p.End.IsZero() && p.End.Before(q.Start) {
		return false
	}
	if !q.End.IsZero() && q.End.Before(p.Start) {
		return false
	}
	return true
}

// plainQuoted reports whether b is a JSON string of printable ASCII without
// escapes, whose content is exactly the bytes between the quotes.
func plainQuoted(b []byte) bool {
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return false
	}
	for _, c := range b[1 : len(b)-1] {
		if c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}
