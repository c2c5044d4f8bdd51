package cooperation

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr bool
	}{
		{"ordinary day", "2026-01-31", false},
		{"leap day", "2024-02-29", false},
		{"first representable day", "0001-01-01", false},
		{"last representable day", "9999-12-31", false},
		{"30 February", "2025-02-30", true},
		{"29 February of a common year", "2025-02-29", true},
		{"29 February 1900", "1900-02-29", true},
		{"month 13", "2025-13-01", true},
		{"day 0", "2025-01-00", true},
		{"unpadded month and day", "2025-2-3", true},
		{"letters", "abcd-ef-gh", true},
		{"year zero", "0000-01-01", true},
		{"empty", "", true},
		{"slashes", "2025/01/01", true},
		{"time appended", "2025-01-01T00:00", true},
		{"signed year", "+025-01-01", true},
		{"space padded", " 025-01-01", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr {
				var de *DateError
				if !errors.As(err, &de) || de.Text != tt.in {
					t.Errorf("ParseDate(%q) = %v, %v, want a *DateError for %q", tt.in, got, err, tt.in)
				}
				if !got.IsZero() {
					t.Errorf("ParseDate(%q) = %v on error, want the zero Date", tt.in, got)
				}
				return
			}
			if err != nil || got.String() != tt.in {
				t.Errorf("ParseDate(%q) = %v, %v, want %s, nil", tt.in, got, err, tt.in)
			}
		})
	}
}

func TestNewDate(t *testing.T) {
	tests := []struct {
		name   string
		y      int
		m      time.Month
		d      int
		wantOK bool
	}{
		{"ordinary", 2026, time.March, 15, true},
		{"31 April", 2026, time.April, 31, false},
		{"month 0", 2026, 0, 1, false},
		{"year 10000", 10000, time.January, 1, false},
		{"negative day", 2026, time.January, -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := NewDate(tt.y, tt.m, tt.d)
			if ok != tt.wantOK {
				t.Fatalf("NewDate(%d, %d, %d) = %v, %v, want ok %v", tt.y, tt.m, tt.d, got, ok, tt.wantOK)
			}
			if ok && (got.Year() != tt.y || got.Month() != tt.m || got.Day() != tt.d) {
				t.Errorf("NewDate(%d, %d, %d) = %s, parts differ", tt.y, tt.m, tt.d, got)
			}
		})
	}
}

func TestMustDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("MustDate(%q) did not panic", "2025-02-30")
		}
	}()
	MustDate("2025-02-30")
}

func TestDateAddMonths(t *testing.T) {
	tests := []struct {
		name  string
		start string
		n     int
		want  string
	}{
		{"31 January plus one in a common year", "2026-01-31", 1, "2026-02-28"},
		{"31 January plus one in a leap year", "2024-01-31", 1, "2024-02-29"},
		{"31 March minus one", "2026-03-31", -1, "2026-02-28"},
		{"plus twelve keeps the day", "2026-01-31", 12, "2027-01-31"},
		{"plus twenty-five into a leap February", "2026-01-31", 25, "2028-02-29"},
		{"29 February plus twelve", "2024-02-29", 12, "2025-02-28"},
		{"minus twelve", "2026-01-15", -12, "2025-01-15"},
		{"minus thirteen across two year ends", "2026-01-15", -13, "2024-12-15"},
		{"December plus one", "2025-12-15", 1, "2026-01-15"},
		{"31 May plus one", "2026-05-31", 1, "2026-06-30"},
		{"zero months", "2026-01-31", 0, "2026-01-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MustDate(tt.start).AddMonths(tt.n); got.String() != tt.want {
				t.Errorf("%s.AddMonths(%d) = %s, want %s", tt.start, tt.n, got, tt.want)
			}
		})
	}
	t.Run("zero Date stays zero", func(t *testing.T) {
		if got := (Date{}).AddMonths(3); !got.IsZero() {
			t.Errorf("Date{}.AddMonths(3) = %s, want the zero Date", got)
		}
	})
}

func TestDateAddDays(t *testing.T) {
	tests := []struct {
		name  string
		start string
		n     int
		want  string
	}{
		{"into the next year", "2025-12-31", 1, "2026-01-01"},
		{"back into the previous year", "2026-01-01", -1, "2025-12-31"},
		{"over a leap day", "2024-02-28", 2, "2024-03-01"},
		{"92 days", "2026-01-01", 92, "2026-04-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := MustDate(tt.start)
			got := start.AddDays(tt.n)
			if got.String() != tt.want {
				t.Errorf("%s.AddDays(%d) = %s, want %s", tt.start, tt.n, got, tt.want)
			}
			if back := start.DaysUntil(got); back != tt.n {
				t.Errorf("%s.DaysUntil(%s) = %d, want %d", tt.start, got, back, tt.n)
			}
		})
	}
	t.Run("zero Date stays zero", func(t *testing.T) {
		if got := (Date{}).AddDays(3); !got.IsZero() {
			t.Errorf("Date{}.AddDays(3) = %s, want the zero Date", got)
		}
	})
}

func TestDateParts(t *testing.T) {
	d := MustDate("2026-05-01")
	if d.Year() != 2026 || d.Month() != time.May || d.Day() != 1 {
		t.Errorf("parts of %s = %d, %d, %d", d, d.Year(), d.Month(), d.Day())
	}
	if d.Weekday() != time.Friday {
		t.Errorf("%s.Weekday() = %s, want Friday", d, d.Weekday())
	}
	if got := d.MonthKey(); got != "2026-05" {
		t.Errorf("%s.MonthKey() = %q, want %q", d, got, "2026-05")
	}
	if got := (Date{}).String(); got != "" {
		t.Errorf("Date{}.String() = %q, want \"\"", got)
	}
	warsaw := time.FixedZone("CEST", 2*60*60)
	late := time.Date(2026, time.May, 1, 23, 30, 0, 0, warsaw)
	if got := DateOf(late); got.String() != "2026-05-01" {
		t.Errorf("DateOf(%v) = %s, want 2026-05-01 (the day in t's own zone)", late, got)
	}
}

func TestDateCompare(t *testing.T) {
	a, b := MustDate("2026-01-31"), MustDate("2026-02-01")
	tests := []struct {
		name               string
		x, y               Date
		cmp                int
		before, after, eql bool
	}{
		{"earlier", a, b, -1, true, false, false},
		{"later", b, a, 1, false, true, false},
		{"same", a, MustDate("2026-01-31"), 0, false, false, true},
		{"zero is before any day", Date{}, a, -1, true, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.x.Compare(tt.y); got != tt.cmp {
				t.Errorf("%s.Compare(%s) = %d, want %d", tt.x, tt.y, got, tt.cmp)
			}
			if got := tt.x.Before(tt.y); got != tt.before {
				t.Errorf("%s.Before(%s) = %v, want %v", tt.x, tt.y, got, tt.before)
			}
			if got := tt.x.After(tt.y); got != tt.after {
				t.Errorf("%s.After(%s) = %v, want %v", tt.x, tt.y, got, tt.after)
			}
			if got := tt.x.Equal(tt.y); got != tt.eql {
				t.Errorf("%s.Equal(%s) = %v, want %v", tt.x, tt.y, got, tt.eql)
			}
		})
	}
	if got := MinDate(b, a); !got.Equal(a) {
		t.Errorf("MinDate(%s, %s) = %s, want %s", b, a, got, a)
	}
	if got := MaxDate(a, b); !got.Equal(b) {
		t.Errorf("MaxDate(%s, %s) = %s, want %s", a, b, got, b)
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Day Date `json:"day"`
	}
	tests := []struct {
		name string
		day  Date
		want string
	}{
		{"a day", MustDate("2026-05-04"), `{"day":"2026-05-04"}`},
		{"zero Date marshals as empty string", Date{}, `{"day":""}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(doc{tt.day})
			if err != nil || string(b) != tt.want {
				t.Fatalf("json.Marshal(%v) = %s, %v, want %s", tt.day, b, err, tt.want)
			}
			var back doc
			if err := json.Unmarshal(b, &back); err != nil || !back.Day.Equal(tt.day) {
				t.Errorf("json.Unmarshal(%s) = %v, %v, want %v", b, back.Day, err, tt.day)
			}
		})
	}

	bad := []struct {
		name string
		in   string
	}{
		{"impossible day", `{"day":"2025-02-30"}`},
		{"number", `{"day":20250101}`},
		{"array", `{"day":[]}`},
		{"unpadded", `{"day":"2025-1-1"}`},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			var got doc
			if err := json.Unmarshal([]byte(tt.in), &got); err == nil {
				t.Errorf("json.Unmarshal(%s) = %v, nil, want an error", tt.in, got.Day)
			}
		})
	}
}

func TestPeriodContains(t *testing.T) {
	closed := Period{Start: MustDate("2026-01-01"), End: MustDate("2026-03-31")}
	open := Period{Start: MustDate("2026-01-01")}
	tests := []struct {
		name string
		p    Period
		day  string
		want bool
	}{
		{"start is inside", closed, "2026-01-01", true},
		{"end is inside", closed, "2026-03-31", true},
		{"day before start", closed, "2025-12-31", false},
		{"day after end", closed, "2026-04-01", false},
		{"open end reaches far", open, "2099-12-31", true},
		{"open end still starts", open, "2025-12-31", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Contains(MustDate(tt.day)); got != tt.want {
				t.Errorf("%v.Contains(%s) = %v, want %v", tt.p, tt.day, got, tt.want)
			}
		})
	}
}

func TestPeriodOverlaps(t *testing.T) {
	p := func(start, end string) Period {
		out := Period{Start: MustDate(start)}
		if end != "" {
			out.End = MustDate(end)
		}
		return out
	}
	tests := []struct {
		name string
		a, b Period
		want bool
	}{
		{"share one end day", p("2026-01-01", "2026-01-31"), p("2026-01-31", "2026-02-28"), true},
		{"adjacent without a shared day", p("2026-01-01", "2026-01-30"), p("2026-01-31", "2026-02-28"), false},
		{"one inside the other", p("2026-01-01", "2026-12-31"), p("2026-03-01", "2026-03-02"), true},
		{"open end meets a later period", p("2026-01-01", ""), p("2030-01-01", "2030-01-02"), true},
		{"open end starts after the other ends", p("2026-01-01", ""), p("2025-01-01", "2025-12-31"), false},
		{"both open", p("2026-01-01", ""), p("2030-01-01", ""), true},
		{"single days apart", p("2026-01-01", "2026-01-01"), p("2026-01-02", "2026-01-02"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Overlaps(tt.b); got != tt.want {
				t.Errorf("%v.Overlaps(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := tt.b.Overlaps(tt.a); got != tt.want {
				t.Errorf("%v.Overlaps(%v) = %v, want %v (reversed)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

// UnmarshalJSON takes a plain string without encoding/json; the outcome must
// be the same as through it.
func TestDateUnmarshalJSONMatchesEncodingJSON(t *testing.T) {
	reference := func(b []byte) (Date, error) {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return Date{}, err
		}
		if s == "" {
			return Date{}, nil
		}
		return ParseDate(s)
	}
	for _, in := range []string{`"2026-11-16"`, `""`, `null`, `"2026-02-30"`, `"\u0032026-11-16"`, `"2026-11-16 "`,
		`"2026-1-1"`, `2026`, `"2026-11-16`, `"ż"`, "\"\x01\"", `"a\"b"`, `"2026-11-16\n"`, `[]`} {
		var got Date
		err := got.UnmarshalJSON([]byte(in))
		want, wantErr := reference([]byte(in))
		if got != want || (err == nil) != (wantErr == nil) {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; encoding/json gives %v, %v", in, got, err, want, wantErr)
		}
	}
}

// String formats without fmt; it must print what %04d-%02d-%02d prints, at
// the ends of the range too.
func TestDateStringMatchesFmt(t *testing.T) {
	days := []int{-800000, -1, 0, 1, 365, 700000, 738000, 2900000, 3000000}
	base := MustDate("2026-11-16")
	for n := -400; n < 400; n++ {
		days = append(days, int(base.n)+n)
	}
	for _, n := range days {
		d := Date{n: int32(n)}
		if d.IsZero() {
			continue
		}
		t0 := d.time()
		want := fmt.Sprintf("%04d-%02d-%02d", t0.Year(), int(t0.Month()), t0.Day())
		if got := d.String(); got != want {
			t.Errorf("Date{%d}.String() = %q, want %q", n, got, want)
		}
	}
	for _, m := range []int{0, 11, 12, 12*2026 + 10, 12 * 99999, -13} {
		if got, want := monthKey(m), fmt.Sprintf("%04d-%02d", m/12, m%12+1); got != want {
			t.Errorf("monthKey(%d) = %q, want %q", m, got, want)
		}
	}
}

// The integer calendar must agree with package time: every day of
// 1900–2100 and every 13th day of 0001–9999, both ways, and the days before
// and after that range that AddDays can reach.
func TestCalendarMatchesTime(t *testing.T) {
	epoch := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	check := func(tm time.Time) {
		t.Helper()
		y, m, day := tm.Date()
		if y >= 1 && y <= 9999 {
			d, ok := NewDate(y, m, day)
			want := int32((tm.Unix()-epoch.Unix())/86400) + 1
			if !ok || d.n != want {
				t.Fatalf("NewDate(%d, %d, %d) = %d, %v; want %d", y, m, day, d.n, ok, want)
			}
		}
		n := int32((tm.Unix()-epoch.Unix())/86400) + 1
		if n == 0 {
			return
		}
		gy, gm, gd := Date{n: n}.civil()
		if gy != y || gm != m || gd != day {
			t.Fatalf("Date{%d}.civil() = %d-%d-%d, want %d-%d-%d", n, gy, gm, gd, y, m, day)
		}
	}
	for tm := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() <= 2100; tm = tm.AddDate(0, 0, 1) {
		check(tm)
	}
	for tm := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC); tm.Year() <= 9999; tm = tm.AddDate(0, 0, 13) {
		check(tm)
	}
	for _, tm := range []time.Time{time.Date(-3000, 2, 29, 0, 0, 0, 0, time.UTC), time.Date(0, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(12000, 2, 29, 0, 0, 0, 0, time.UTC)} {
		check(tm)
	}
	for _, bad := range [][3]int{{2025, 2, 29}, {2024, 2, 30}, {2026, 4, 31}, {2026, 13, 1}, {2026, 0, 1}, {0, 1, 1}, {10000, 1, 1}, {2026, 1, 0}} {
		if _, ok := NewDate(bad[0], time.Month(bad[1]), bad[2]); ok {
			t.Errorf("NewDate(%v) ok", bad)
		}
	}
}
