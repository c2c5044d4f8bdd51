package app

import (
	"encoding/json"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
)

// FormValue is one value to write for people, in format: exactly one of
// its fields is set.
type FormValue struct {
	// Date is a day, YYYY-MM-DD: "16.11.2026 r.", "16 November 2026".
	Date *string `json:"date,omitempty"`
	// Month is a calendar month, YYYY-MM: "wrzesień 2026".
	Month *string `json:"month,omitempty"`
	// Int is a whole number: "45 000".
	Int *int `json:"int,omitempty"`
	// Decimal is a number written with Digits decimal places: "81,4".
	Decimal *float64 `json:"decimal,omitempty"`
	// Percent is a ratio written as a percentage with Digits decimal
	// places: "81,4 %".
	Percent *float64 `json:"percent,omitempty"`
	Digits  int      `json:"digits,omitempty"`
}

// Format answers format: each value written for people in o's language by
// the library's display forms (cooperation.Date.Format, FormatMonth,
// FormatInt, FormatDecimal, FormatPercent), so that the planner writes
// dates and numbers as the messages and documents do. A date or month that
// is not one is returned as it was given.
func Format(values []byte, o Options) ([]string, *Error) {
	var vs []FormValue
	if err := json.Unmarshal(values, &vs); err != nil {
		return nil, usageErrorf("format takes a list of values ({date}, {month}, {int}, {decimal, digits}, {percent, digits}): %v", err)
	}
	lang := o.Language()
	out := make([]string, len(vs))
	for i, v := range vs {
		switch {
		case v.Date != nil:
			out[i] = *v.Date
			if d, err := cooperation.ParseDate(*v.Date); err == nil {
				out[i] = d.Format(lang)
			}
		case v.Month != nil:
			out[i] = *v.Month
			if y, m, ok := parseMonth(*v.Month); ok {
				out[i] = cooperation.FormatMonth(y, m, lang)
			}
		case v.Int != nil:
			out[i] = cooperation.FormatInt(*v.Int, lang)
		case v.Decimal != nil:
			out[i] = cooperation.FormatDecimal(*v.Decimal, v.Digits, lang)
		case v.Percent != nil:
			out[i] = cooperation.FormatPercent(*v.Percent, v.Digits, lang)
		}
	}
	return out, nil
}

// parseMonth reads a month YYYY-MM (01 to 12), as time.Parse("2006-01")
// does; by hand, since time's parser was the only use of it in the
// WebAssembly module (some 40 KB of code).
func parseMonth(s string) (int, time.Month, bool) {
	if len(s) != 7 || s[4] != '-' {
		return 0, 0, false
	}
	n := 0
	for i, c := range []byte(s) {
		if i == 4 {
			continue
		}
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	y, m := n/100, time.Month(n%100)
	if m < time.January || m > time.December {
		return 0, 0, false
	}
	return y, m, true
}
