package cooperation

import (
	"math"
	"strconv"
	"time"
)

// Display forms: how dates, counts and numbers are written for people. The
// JSON documents keep ISO dates and plain numbers; messages, documents, the
// CLI's text output and the planner write them in the reader's language with
// these functions, so that every part of the project writes them alike.
//
// Polish forms follow the usage of Polish offices: a date is written
// 16.11.2026 r. (the "r." joined to the date by a no-break space so that a
// line never ends between them), a month as "listopad 2026", thousands are
// separated by a no-break space from five digits on (4500, 45 000), decimals
// take a comma (81,4), a percentage is written with a space (81,4 %). A noun
// after a number takes one of three forms (1 dzień, 2 dni, 5 dni; 1 błąd,
// 2 błędy, 5 błędów). English writes 16 November 2026, November 2026,
// 45,000, 81.4, 81.4% and 1 error, 2 errors.

// nbsp is the no-break space that joins a number to what belongs with it.
const nbsp = "\u00a0"

var monthsPL = [...]string{"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
	"lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"}

// Format writes d for people: "16.11.2026 r." in Polish, "16 November 2026"
// in English; "" for the zero Date.
func (d Date) Format(lang Lang) string {
	if d.IsZero() {
		return ""
	}
	if lang == English {
		y, m, day := d.civil()
		return strconv.Itoa(day) + " " + m.String() + " " + strconv.Itoa(y)
	}
	return d.Numeric() + nbsp + "r."
}

// Numeric writes d as DD.MM.YYYY (16.11.2026), the Polish form without "r."
// for tables and form fields; "" for the zero Date.
func (d Date) Numeric() string {
	if d.IsZero() {
		return ""
	}
	y, m, day := d.civil()
	b := make([]byte, 0, 10)
	b = appendPadded(b, day, 2)
	b = append(b, '.')
	b = appendPadded(b, int(m), 2)
	b = append(b, '.')
	b = appendPadded(b, y, 4)
	return string(b)
}

// FormatMonth writes a calendar month for people: "wrzesień 2026",
// "September 2026". A month outside 1–12 is written as YYYY-MM.
func FormatMonth(year int, month time.Month, lang Lang) string {
	if month < time.January || month > time.December {
		return string(appendPadded(append(appendPadded(nil, year, 4), '-'), int(month), 2))
	}
	if lang == English {
		return month.String() + " " + strconv.Itoa(year)
	}
	return monthsPL[month-1] + " " + strconv.Itoa(year)
}

// FormatInt writes n with the language's thousands separator: 45 000 (a
// no-break space, from five digits on, as Polish typography has it) and
// 45,000 (from four digits on).
func FormatInt(n int, lang Lang) string {
	s := strconv.Itoa(n)
	sign := ""
	if n < 0 {
		sign, s = "-", s[1:]
	}
	sep, from := nbsp, 5
	if lang == English {
		sep, from = ",", 4
	}
	if len(s) < from {
		return sign + s
	}
	out := make([]byte, 0, len(s)+len(s)/3*len(sep))
	for i := 0; i < len(s); i++ {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, sep...)
		}
		out = append(out, s[i])
	}
	return sign + string(out)
}

// FormatDecimal writes f rounded to digits decimal places, with a decimal
// comma in Polish and a point in English, and the integer part grouped as by
// FormatInt: 81,4 and 81.4. Trailing zeros are kept (digits fixes the
// width). NaN and infinities are written as "–".
func FormatDecimal(f float64, digits int, lang Lang) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "–"
	}
	if digits < 0 {
		digits = 0
	}
	s := strconv.FormatFloat(f, 'f', digits, 64)
	intPart, frac := s, ""
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			intPart, frac = s[:i], s[i+1:]
			break
		}
	}
	neg := len(intPart) > 0 && intPart[0] == '-'
	if neg {
		intPart = intPart[1:]
	}
	n, err := strconv.Atoi(intPart)
	if err != nil { // beyond int: leave the digits as they are
		return s
	}
	out := FormatInt(n, lang)
	if neg && (n != 0 || hasNonZero(frac)) {
		out = "-" + out
	}
	if frac == "" {
		return out
	}
	if lang == English {
		return out + "." + frac
	}
	return out + "," + frac
}

func hasNonZero(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '0' {
			return true
		}
	}
	return false
}

// FormatPercent writes a ratio (0.814) as a percentage with digits decimal
// places: "81,4 %" in Polish (a no-break space before the sign), "81.4%" in
// English.
func FormatPercent(ratio float64, digits int, lang Lang) string {
	s := FormatDecimal(ratio*100, digits, lang)
	if lang == English {
		return s + "%"
	}
	return s + nbsp + "%"
}

// Noun is a countable noun in both languages: the three Polish forms (one:
// 1 dzień; few: 2–4, 22–24 … dni; many: 0, 5–21, 25 … dni) and the two
// English ones (day, days).
type Noun struct {
	One, Few, Many string // Polish
	EnOne, EnMany  string // English
}

// Form returns the noun's form for n in lang, without the number.
func (w Noun) Form(n int, lang Lang) string {
	if lang == English {
		if n == 1 || n == -1 {
			return w.EnOne
		}
		return w.EnMany
	}
	return PolishPlural(n, w.One, w.Few, w.Many)
}

// Count writes n, grouped as by FormatInt, and the noun's form for it:
// "1 dzień", "2 dni", "5 błędów", "1 error", "2 errors".
func (w Noun) Count(n int, lang Lang) string {
	return FormatInt(n, lang) + nbsp + w.Form(n, lang)
}

// PolishPlural chooses the Polish form of a noun after the number n: one for
// 1, few for numbers ending in 2–4 except 12–14, many for the rest
// (1 błąd, 2 błędy, 5 błędów, 12 błędów, 22 błędy).
func PolishPlural(n int, one, few, many string) string {
	if n < 0 {
		n = -n
	}
	if n == 1 {
		return one
	}
	if d, dd := n%10, n%100; d >= 2 && d <= 4 && (dd < 12 || dd > 14) {
		return few
	}
	return many
}
