package cooperation

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// statuteRow is one row of testdata/holidays.tsv.
type statuteRow struct {
	month, day int // a fixed date, or
	easter     int // days from Easter Sunday, when month is 0
	from, to   int // years; to 0 while in force
	name       string
}

func readStatute(t *testing.T) []statuteRow {
	t.Helper()
	f, err := os.Open("testdata/holidays.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []statuteRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("holidays.tsv: %q has %d columns, want 4", line, len(cols))
		}
		var r statuteRow
		if n, ok := strings.CutPrefix(cols[0], "easter+"); ok {
			r.easter, err = strconv.Atoi(n)
		} else {
			var m, d string
			m, d, _ = strings.Cut(cols[0], "-")
			r.month, err = strconv.Atoi(m)
			if err == nil {
				r.day, err = strconv.Atoi(d)
			}
		}
		if err == nil {
			r.from, err = strconv.Atoi(cols[1])
		}
		if err == nil && cols[2] != "-" {
			r.to, err = strconv.Atoi(cols[2])
		}
		if err != nil {
			t.Fatalf("holidays.tsv: %q: %v", line, err)
		}
		r.name = cols[3]
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// gaussEaster is Easter Sunday by Gauss's algorithm with Lichtenberg's
// corrections, a computus independent of the library's (Meeus, Jones and
// Butcher), so that the table's movable feasts do not rest on the code
// under test.
func gaussEaster(year int) Date {
	k := year / 100
	m := 15 + (3*k+3)/4 - (8*k+13)/25
	s := 2 - (3*k+3)/4
	a := year % 19
	d := (19*a + m) % 30
	r := (d + a/11) / 29
	og := 21 + d - r
	sz := 7 - (year+year/4+s)%7
	oe := 7 - (og-sz)%7
	os := og + oe // days after the last day of February
	out, _ := NewDate(year, time.March, 1)
	return out.AddDays(os - 1)
}

// Every day of 1990–2100 is a public holiday exactly when the table of the
// statutes says so, with the table's name, and a working day exactly when
// it is a weekday that is not one.
func TestCalendarAgainstTheStatutes(t *testing.T) {
	rows := readStatute(t)
	for year := 1990; year <= 2100; year++ {
		easter := gaussEaster(year)
		if got := Easter(year); got != easter {
			t.Fatalf("Easter(%d) = %s, Gauss's computus gives %s", year, got, easter)
		}
		want := map[Date]string{}
		for _, r := range rows {
			if year < r.from || (r.to != 0 && year > r.to) {
				continue
			}
			on := easter.AddDays(r.easter)
			if r.month != 0 {
				on, _ = NewDate(year, time.Month(r.month), r.day)
			}
			if _, twice := want[on]; twice {
				t.Fatalf("holidays.tsv: two holidays on %s", on)
			}
			want[on] = r.name
		}
		wantDays := make([]Date, 0, len(want))
		for d := range want {
			wantDays = append(wantDays, d)
		}
		slices.SortFunc(wantDays, Date.Compare)
		if got := Holidays(year); !slices.Equal(got, wantDays) {
			t.Fatalf("Holidays(%d) = %v, the statutes give %v", year, got, wantDays)
		}
		first, _ := NewDate(year, time.January, 1)
		for d := first; d.Year() == year; d = d.AddDays(1) {
			name, ok := HolidayName(d)
			if wantName, holiday := want[d]; ok != holiday || name != wantName {
				t.Fatalf("HolidayName(%s) = %q, %v, the statutes give %q, %v", d, name, ok, wantName, holiday)
			}
			weekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
			if got, wantWork := IsWorkingDay(d), !weekend && !ok; got != wantWork {
				t.Fatalf("IsWorkingDay(%s) = %v, want %v", d, got, wantWork)
			}
		}
	}
}

// The law as it stood on the dates the package documentation names.
func TestCalendarChangesOfTheLaw(t *testing.T) {
	tests := []struct {
		day     string
		holiday bool
		why     string
	}{
		{"2010-01-06", false, "Epiphany was a working day until 2010"},
		{"2011-01-06", true, "Epiphany is a holiday from 2011"},
		{"2018-11-12", true, "the one-off holiday of the centenary of independence"},
		{"2019-11-12", false, "12 November is a holiday in 2018 only"},
		{"2024-12-24", false, "Christmas Eve was a working day until 2024"},
		{"2025-12-24", true, "Christmas Eve is a holiday from 2025"},
		{"1990-05-03", true, "3 May is a holiday again from 1990"},
		{"1990-07-22", false, "22 July is no longer a holiday from 1990"},
	}
	for _, tt := range tests {
		t.Run(tt.day, func(t *testing.T) {
			d := MustDate(tt.day)
			if IsHoliday(d) != tt.holiday {
				t.Errorf("IsHoliday(%s) = %v, want %v: %s", tt.day, !tt.holiday, tt.holiday, tt.why)
			}
		})
	}
}
