package cooperation

import (
	"math"
	"strings"
	"testing"
	"time"
)

// nb makes the expected strings readable: "_" stands for the no-break space.
func nb(s string) string { return strings.ReplaceAll(s, "_", "\u00a0") }

func TestDateFormat(t *testing.T) {
	tests := []struct {
		date, pl, en, numeric string
	}{
		{"2026-11-16", "16.11.2026_r.", "16 November 2026", "16.11.2026"},
		{"2026-01-05", "05.01.2026_r.", "5 January 2026", "05.01.2026"},
		{"1990-12-31", "31.12.1990_r.", "31 December 1990", "31.12.1990"},
	}
	for _, tt := range tests {
		t.Run(tt.date, func(t *testing.T) {
			d := MustDate(tt.date)
			if got := d.Format(Polish); got != nb(tt.pl) {
				t.Errorf("Format(pl) = %q, want %q", got, nb(tt.pl))
			}
			if got := d.Format(English); got != tt.en {
				t.Errorf("Format(en) = %q, want %q", got, tt.en)
			}
			if got := d.Numeric(); got != tt.numeric {
				t.Errorf("Numeric() = %q, want %q", got, tt.numeric)
			}
		})
	}
	var zero Date
	if zero.Format(Polish) != "" || zero.Format(English) != "" || zero.Numeric() != "" {
		t.Error("the zero Date is not written as empty")
	}
}

func TestFormatMonth(t *testing.T) {
	tests := []struct {
		month  time.Month
		pl, en string
	}{
		{time.January, "styczeń 2026", "January 2026"},
		{time.September, "wrzesień 2026", "September 2026"},
		{time.December, "grudzień 2026", "December 2026"},
		{13, "2026-13", "2026-13"},
	}
	for _, tt := range tests {
		if got := FormatMonth(2026, tt.month, Polish); got != tt.pl {
			t.Errorf("FormatMonth(%d, pl) = %q, want %q", tt.month, got, tt.pl)
		}
		if got := FormatMonth(2026, tt.month, English); got != tt.en {
			t.Errorf("FormatMonth(%d, en) = %q, want %q", tt.month, got, tt.en)
		}
	}
}

func TestFormatInt(t *testing.T) {
	tests := []struct {
		n      int
		pl, en string
	}{
		{0, "0", "0"},
		{999, "999", "999"},
		{4500, "4500", "4,500"},
		{45000, "45_000", "45,000"},
		{2477, "2477", "2,477"},
		{1234567, "1_234_567", "1,234,567"},
		{-45000, "-45_000", "-45,000"},
	}
	for _, tt := range tests {
		if got := FormatInt(tt.n, Polish); got != nb(tt.pl) {
			t.Errorf("FormatInt(%d, pl) = %q, want %q", tt.n, got, nb(tt.pl))
		}
		if got := FormatInt(tt.n, English); got != tt.en {
			t.Errorf("FormatInt(%d, en) = %q, want %q", tt.n, got, tt.en)
		}
	}
}

func TestFormatDecimalAndPercent(t *testing.T) {
	tests := []struct {
		f      float64
		digits int
		pl, en string
	}{
		{81.395, 1, "81,4", "81.4"},
		{0.5, 2, "0,50", "0.50"},
		{12345.678, 1, "12_345,7", "12,345.7"},
		{-0.04, 1, "0,0", "0.0"},
		{-2.25, 1, "-2,2", "-2.2"},
		{3, 0, "3", "3"},
		{math.NaN(), 1, "–", "–"},
	}
	for _, tt := range tests {
		if got := FormatDecimal(tt.f, tt.digits, Polish); got != nb(tt.pl) {
			t.Errorf("FormatDecimal(%v, %d, pl) = %q, want %q", tt.f, tt.digits, got, nb(tt.pl))
		}
		if got := FormatDecimal(tt.f, tt.digits, English); got != tt.en {
			t.Errorf("FormatDecimal(%v, %d, en) = %q, want %q", tt.f, tt.digits, got, tt.en)
		}
	}
	if got := FormatPercent(140.0/172, 1, Polish); got != nb("81,4_%") {
		t.Errorf("FormatPercent(pl) = %q", got)
	}
	if got := FormatPercent(140.0/172, 1, English); got != "81.4%" {
		t.Errorf("FormatPercent(en) = %q", got)
	}
}

func TestPlural(t *testing.T) {
	errs := Noun{One: "błąd", Few: "błędy", Many: "błędów", EnOne: "error", EnMany: "errors"}
	days := Noun{One: "dzień", Few: "dni", Many: "dni", EnOne: "day", EnMany: "days"}
	tests := []struct {
		n      int
		noun   Noun
		pl, en string
	}{
		{0, errs, "0_błędów", "0_errors"},
		{1, errs, "1_błąd", "1_error"},
		{2, errs, "2_błędy", "2_errors"},
		{4, errs, "4_błędy", "4_errors"},
		{5, errs, "5_błędów", "5_errors"},
		{11, errs, "11_błędów", "11_errors"},
		{12, errs, "12_błędów", "12_errors"},
		{14, errs, "14_błędów", "14_errors"},
		{21, errs, "21_błędów", "21_errors"},
		{22, errs, "22_błędy", "22_errors"},
		{104, errs, "104_błędy", "104_errors"},
		{112, errs, "112_błędów", "112_errors"},
		{1, days, "1_dzień", "1_day"},
		{2, days, "2_dni", "2_days"},
		{92, days, "92_dni", "92_days"},
	}
	for _, tt := range tests {
		if got := tt.noun.Count(tt.n, Polish); got != nb(tt.pl) {
			t.Errorf("Count(%d, pl) = %q, want %q", tt.n, got, nb(tt.pl))
		}
		if got := tt.noun.Count(tt.n, English); got != nb(tt.en) {
			t.Errorf("Count(%d, en) = %q, want %q", tt.n, got, nb(tt.en))
		}
	}
}
