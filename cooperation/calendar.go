package cooperation

import "time"

// This file is the Polish working-day calendar: the statutory
// public holidays of the Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych
// od pracy as it stood on each day, computed for any year rather than
// tabulated, and the deadline rule of the administrative procedure code (KPA
// art. 57 §4).
//
// The calendar holds the law from 1990 on: the list in force on 1 January
// 1990, with 3 May (restored by the act of 6 April 1990, which also ended
// 22 July as a holiday before it came round), 6 January from 2011 (the act
// of 24 September 2010), the one-off 12 November 2018 (the act of
// 7 November 2018) and 24 December from 2025 (the act of 6 December 2024).
// Earlier years get the 1990 list: the library does not reach further back.

// The years in which the law changed.
const (
	epiphanyFrom     = 2011 // 6 January a holiday again
	christmasEveFrom = 2025 // 24 December a holiday
	centenaryYear    = 2018 // 12 November, once
)

// holiday is one public holiday of a year.
type holiday struct {
	date Date
	name string
}

// holidaysOf returns the public holidays of year in calendar order. The array
// is returned by value so that day-by-day callers do not allocate; the
// entries past the year's holidays are zero. Outside 1..9999 every entry is
// zero.
func holidaysOf(year int) [15]holiday {
	day := func(m time.Month, d int) Date {
		out, _ := NewDate(year, m, d)
		return out
	}
	easter := Easter(year)
	var out [15]holiday
	n := 0
	add := func(hs ...holiday) {
		n += copy(out[n:], hs)
	}
	add(holiday{day(time.January, 1), "Nowy Rok"})
	if year >= epiphanyFrom {
		add(holiday{day(time.January, 6), "Święto Trzech Króli"})
	}
	add(
		holiday{easter, "Pierwszy dzień Wielkiej Nocy"},
		holiday{easter.AddDays(1), "Drugi dzień Wielkiej Nocy"},
		holiday{day(time.May, 1), "Święto Państwowe (Święto Pracy)"},
		holiday{day(time.May, 3), "Święto Narodowe Trzeciego Maja"},
		holiday{easter.AddDays(49), "Pierwszy dzień Zielonych Świątek"},
		holiday{easter.AddDays(60), "Dzień Bożego Ciała"},
		holiday{day(time.August, 15), "Wniebowzięcie Najświętszej Maryi Panny"},
		holiday{day(time.November, 1), "Wszystkich Świętych"},
		holiday{day(time.November, 11), "Narodowe Święto Niepodległości"},
	)
	if year == centenaryYear {
		add(holiday{day(time.November, 12), "Dzień wolny od pracy dla uczczenia 100. rocznicy odzyskania niepodległości"})
	}
	if year >= christmasEveFrom {
		add(holiday{day(time.December, 24), "Wigilia Bożego Narodzenia"})
	}
	add(
		holiday{day(time.December, 25), "Pierwszy dzień Bożego Narodzenia"},
		holiday{day(time.December, 26), "Drugi dzień Bożego Narodzenia"},
	)
	// Easter falls between 22 March and 25 April, so Pentecost (10 May to
	// 13 June) and Corpus Christi (21 May to 24 June) never meet a fixed
	// holiday and the list above is already in calendar order.
	return out
}

// Easter returns Easter Sunday of year by the Gregorian computus (the
// anonymous Gregorian algorithm of Meeus, Jones and Butcher), applied
// proleptically before 1583. It returns the zero Date for a year outside
// 1..9999.
func Easter(year int) Date {
	a := year % 19
	b, c := year/100, year%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	out, ok := NewDate(year, time.Month(month), day)
	if !ok {
		return Date{}
	}
	return out
}

// Holidays returns the Polish public holidays of year, sorted, as the law
// stood that year: 1 January, 6 January (from 2011 on), Easter Sunday and
// Monday, 1 and 3 May, Pentecost Sunday (Easter + 49), Corpus Christi
// (Easter + 60), 15 August, 1 and 11 November, 12 November 2018 (once),
// 24 December (from 2025 on), 25 and 26 December. Years before 1990 get the
// list of 1990. It returns nil for a year outside 1..9999.
func Holidays(year int) []Date {
	var out []Date
	for _, h := range holidaysOf(year) {
		if !h.date.IsZero() {
			out = append(out, h.date)
		}
	}
	return out
}

// HolidayName returns the Polish name of the public holiday on d, as the
// statute names it (for example "Wigilia Bożego Narodzenia"), and reports
// whether d is a public holiday at all.
func HolidayName(d Date) (name string, ok bool) {
	if d.IsZero() {
		return "", false
	}
	for _, h := range holidaysOf(d.Year()) {
		if !h.date.IsZero() && h.date.Equal(d) {
			return h.name, true
		}
	}
	return "", false
}

// IsHoliday reports whether d is a Polish public holiday. The zero Date is not.
func IsHoliday(d Date) bool {
	_, ok := HolidayName(d)
	return ok
}

// IsWorkingDay reports whether d is a working day: Monday to Friday and not a
// public holiday. The zero Date is not a working day.
func IsWorkingDay(d Date) bool {
	if d.IsZero() {
		return false
	}
	switch d.Weekday() {
	case time.Saturday, time.Sunday:
		return false
	}
	return !IsHoliday(d)
}

// NextWorkingDay returns d itself when d is a working day, and otherwise the
// first working day after it. This is the deadline rule of the Polish
// administrative procedure code (KPA art. 57 §4): a deadline that falls on a
// Saturday, a Sunday or a public holiday ends on the next working day, so
// 2026-05-01 (a Friday and a holiday) moves to Monday 2026-05-04. The zero
// Date stays zero.
func NextWorkingDay(d Date) Date {
	if d.IsZero() {
		return d
	}
	for !IsWorkingDay(d) {
		d = d.AddDays(1)
	}
	return d
}

// AddWorkingDays returns the n-th working day after d, not counting d itself:
// from Friday 2026-04-24, one working day is Monday 2026-04-27. For n = 0 it
// returns d unchanged, working day or not (use NextWorkingDay for a deadline
// that must land on a working day). A negative n counts working days back
// from d. The zero Date stays zero, and so does a count that runs back past
// 0001-01-01.
func AddWorkingDays(d Date, n int) Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 && !d.IsZero() {
		d = d.AddDays(step)
		if IsWorkingDay(d) {
			n--
		}
	}
	return d
}
