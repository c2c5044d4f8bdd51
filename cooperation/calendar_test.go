package cooperation

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

func TestEaster(t *testing.T) {
	tests := []struct {
		name string
		year int
		want string
	}{
		{"2024 in March", 2024, "2024-03-31"},
		{"2025", 2025, "2025-04-20"},
		{"2026", 2026, "2026-04-05"},
		{"2027 in March", 2027, "2027-03-28"},
		{"2000 century leap year", 2000, "2000-04-23"},
		{"2038 latest possible day", 2038, "2038-04-25"},
		{"1943 latest possible day", 1943, "1943-04-25"},
		{"2285 earliest possible day", 2285, "2285-03-22"},
		{"1583 first Gregorian Easter", 1583, "1583-04-10"},
		{"2100 century non-leap year", 2100, "2100-03-28"},
		{"year 0 has no date", 0, ""},
		{"year 10000 has no date", 10000, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Easter(tt.year)
			if got.String() != tt.want {
				t.Errorf("Easter(%d) = %q, want %q", tt.year, got, tt.want)
			}
			if !got.IsZero() && got.Weekday() != time.Sunday {
				t.Errorf("Easter(%d) = %s is a %s, want a Sunday", tt.year, got, got.Weekday())
			}
		})
	}
}

func TestHolidays(t *testing.T) {
	tests := []struct {
		name string
		year int
		want []string
	}{
		{"2026 with Christmas Eve", 2026, []string{
			"2026-01-01", "2026-01-06", "2026-04-05", "2026-04-06", "2026-05-01",
			"2026-05-03", "2026-05-24", "2026-06-04", "2026-08-15", "2026-11-01",
			"2026-11-11", "2026-12-24", "2026-12-25", "2026-12-26",
		}},
		{"2024 without Christmas Eve", 2024, []string{
			"2024-01-01", "2024-01-06", "2024-03-31", "2024-04-01", "2024-05-01",
			"2024-05-03", "2024-05-19", "2024-05-30", "2024-08-15", "2024-11-01",
			"2024-11-11", "2024-12-25", "2024-12-26",
		}},
		{"year 0 has none", 0, nil},
		{"year 10000 has none", 10000, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, d := range Holidays(tt.year) {
				got = append(got, d.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Holidays(%d) = %v, want %v", tt.year, got, tt.want)
			}
		})
	}
}

// TestHolidaysEveryYear checks the invariants of the list over the whole
// range of Date: sorted, no duplicates, all in the year, 14 entries from 2025
// and 13 before, movable feasts on their weekdays.
func TestHolidaysEveryYear(t *testing.T) {
	for year := 1; year <= 9999; year++ {
		days := Holidays(year)
		want := 12 // the list of 1990
		for _, more := range []bool{year >= 2011, year == 2018, year >= 2025} {
			if more {
				want++
			}
		}
		if len(days) != want {
			t.Fatalf("len(Holidays(%d)) = %d, want %d", year, len(days), want)
		}
		for i, d := range days {
			if d.Year() != year {
				t.Fatalf("Holidays(%d)[%d] = %s, not in the year", year, i, d)
			}
			if i > 0 && !days[i-1].Before(d) {
				t.Fatalf("Holidays(%d) not strictly sorted at %d: %s, %s", year, i, days[i-1], d)
			}
			if !IsHoliday(d) {
				t.Fatalf("IsHoliday(%s) = false for a member of Holidays(%d)", d, year)
			}
		}
		easter := Easter(year)
		if got := easter.AddDays(49).Weekday(); got != time.Sunday {
			t.Fatalf("Pentecost %d is a %s", year, got)
		}
		if got := easter.AddDays(60).Weekday(); got != time.Thursday {
			t.Fatalf("Corpus Christi %d is a %s", year, got)
		}
	}
}

func TestHolidayName(t *testing.T) {
	tests := []struct {
		name   string
		day    string
		want   string
		wantOK bool
	}{
		{"New Year", "2026-01-01", "Nowy Rok", true},
		{"Epiphany", "2026-01-06", "Święto Trzech Króli", true},
		{"Easter Sunday", "2026-04-05", "Pierwszy dzień Wielkiej Nocy", true},
		{"Easter Monday", "2026-04-06", "Drugi dzień Wielkiej Nocy", true},
		{"1 May", "2026-05-01", "Święto Państwowe (Święto Pracy)", true},
		{"3 May", "2026-05-03", "Święto Narodowe Trzeciego Maja", true},
		{"Pentecost 2026", "2026-05-24", "Pierwszy dzień Zielonych Świątek", true},
		{"Corpus Christi 2026", "2026-06-04", "Dzień Bożego Ciała", true},
		{"Assumption", "2026-08-15", "Wniebowzięcie Najświętszej Maryi Panny", true},
		{"All Saints", "2026-11-01", "Wszystkich Świętych", true},
		{"Independence Day", "2026-11-11", "Narodowe Święto Niepodległości", true},
		{"Christmas Eve 2025 is a holiday", "2025-12-24", "Wigilia Bożego Narodzenia", true},
		{"Christmas Eve 2024 is not", "2024-12-24", "", false},
		{"Christmas Day", "2024-12-25", "Pierwszy dzień Bożego Narodzenia", true},
		{"Boxing Day", "2024-12-26", "Drugi dzień Bożego Narodzenia", true},
		{"Easter Saturday is not", "2026-04-04", "", false},
		{"Good Friday is not", "2026-04-03", "", false},
		{"2 May is not", "2026-05-02", "", false},
		{"Pentecost Monday is not", "2026-05-25", "", false},
		{"31 December is not", "2026-12-31", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := MustDate(tt.day)
			got, ok := HolidayName(d)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("HolidayName(%s) = %q, %v, want %q, %v", tt.day, got, ok, tt.want, tt.wantOK)
			}
			if IsHoliday(d) != tt.wantOK {
				t.Errorf("IsHoliday(%s) = %v, want %v", tt.day, !tt.wantOK, tt.wantOK)
			}
		})
	}
	t.Run("zero Date", func(t *testing.T) {
		if got, ok := HolidayName(Date{}); got != "" || ok {
			t.Errorf("HolidayName(Date{}) = %q, %v, want \"\", false", got, ok)
		}
	})
}

func TestIsWorkingDay(t *testing.T) {
	tests := []struct {
		name string
		day  string
		want bool
	}{
		{"Monday", "2026-01-05", true},
		{"Friday", "2026-01-09", true},
		{"Saturday", "2026-01-10", false},
		{"Sunday", "2026-01-11", false},
		{"Epiphany on a Tuesday", "2026-01-06", false},
		{"Corpus Christi Thursday", "2026-06-04", false},
		{"Christmas Eve 2025 Wednesday", "2025-12-24", false},
		{"Christmas Eve 2024 Tuesday", "2024-12-24", true},
		{"Pentecost Monday", "2026-05-25", true},
		{"Assumption on a Saturday", "2026-08-15", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsWorkingDay(MustDate(tt.day)); got != tt.want {
				t.Errorf("IsWorkingDay(%s) = %v, want %v", tt.day, got, tt.want)
			}
		})
	}
	t.Run("zero Date", func(t *testing.T) {
		if IsWorkingDay(Date{}) {
			t.Errorf("IsWorkingDay(Date{}) = true, want false")
		}
	})
}

func TestNextWorkingDay(t *testing.T) {
	tests := []struct {
		name string
		day  string
		want string
	}{
		{"working day is its own deadline", "2026-01-05", "2026-01-05"},
		{"Saturday to Monday", "2026-01-10", "2026-01-12"},
		{"Sunday to Monday", "2026-01-11", "2026-01-12"},
		{"May weekend: Friday 1 May to Monday", "2026-05-01", "2026-05-04"},
		{"May weekend: Sunday 3 May to Monday", "2026-05-03", "2026-05-04"},
		{"Christmas 2025: Wednesday 24 Dec to Monday 29", "2025-12-24", "2025-12-29"},
		{"Independence Day Wednesday to Thursday", "2026-11-11", "2026-11-12"},
		{"Easter Saturday to Tuesday", "2026-04-04", "2026-04-07"},
		{"Corpus Christi Thursday to Friday", "2026-06-04", "2026-06-05"},
		{"last day of the year is a working day", "2026-12-31", "2026-12-31"},
		{"New Year Friday 2027 to Monday", "2027-01-01", "2027-01-04"},
		{"Saturday 31 Dec 2022 over New Year to Monday", "2022-12-31", "2023-01-02"},
		{"Boxing Day Saturday 2026 to Monday", "2026-12-26", "2026-12-28"},
		{"Christmas Eve 2024 is a working day", "2024-12-24", "2024-12-24"},
		{"zero Date stays zero", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Date
			if tt.day != "" {
				d = MustDate(tt.day)
			}
			if got := NextWorkingDay(d); got.String() != tt.want {
				t.Errorf("NextWorkingDay(%s) = %s, want %s", tt.day, got, tt.want)
			}
		})
	}
}

func TestAddWorkingDays(t *testing.T) {
	tests := []struct {
		name string
		day  string
		n    int
		want string
	}{
		{"zero days keeps a working day", "2026-01-05", 0, "2026-01-05"},
		{"zero days keeps a Saturday", "2026-01-10", 0, "2026-01-10"},
		{"Friday plus one is Monday", "2026-04-24", 1, "2026-04-27"},
		{"Saturday plus one is Monday", "2026-01-10", 1, "2026-01-12"},
		{"over the May weekend", "2026-04-30", 1, "2026-05-04"},
		{"over Christmas 2025", "2025-12-23", 1, "2025-12-29"},
		{"over the year end", "2026-12-31", 1, "2027-01-04"},
		{"fourteen working days over Epiphany", "2026-01-02", 14, "2026-01-23"},
		{"one working day back over the May weekend", "2026-05-04", -1, "2026-04-30"},
		{"five working days back over Easter", "2026-04-10", -5, "2026-04-02"},
		{"back past the first day gives zero", "0001-01-03", -10, ""},
		{"zero Date stays zero", "", 5, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d Date
			if tt.day != "" {
				d = MustDate(tt.day)
			}
			if got := AddWorkingDays(d, tt.n); got.String() != tt.want {
				t.Errorf("AddWorkingDays(%s, %d) = %s, want %s", tt.day, tt.n, got, tt.want)
			}
		})
	}
}

// TestWorkingDayProperties checks, for every day from 2018 to 2030, that
// NextWorkingDay finds the first working day on or after the day and that one
// working day forward is the next working day after it.
func TestWorkingDayProperties(t *testing.T) {
	for d := MustDate("2018-01-01"); d.Before(MustDate("2031-01-01")); d = d.AddDays(1) {
		next := NextWorkingDay(d)
		if !IsWorkingDay(next) || next.Before(d) {
			t.Fatalf("NextWorkingDay(%s) = %s, not a working day on or after it", d, next)
		}
		for x := d; x.Before(next); x = x.AddDays(1) {
			if IsWorkingDay(x) {
				t.Fatalf("NextWorkingDay(%s) = %s skips working day %s", d, next, x)
			}
		}
		if got, want := AddWorkingDays(d, 1), NextWorkingDay(d.AddDays(1)); !got.Equal(want) {
			t.Fatalf("AddWorkingDays(%s, 1) = %s, want %s", d, got, want)
		}
		if got := AddWorkingDays(AddWorkingDays(next, 3), -3); !got.Equal(next) {
			t.Fatalf("AddWorkingDays(AddWorkingDays(%s, 3), -3) = %s, want %s", next, got, next)
		}
	}
}

func ExampleNextWorkingDay() {
	// A deadline on Friday 1 May 2026 (a holiday, then a weekend with 3 May)
	// ends on Monday.
	fmt.Println(NextWorkingDay(MustDate("2026-05-01")))
	// Output: 2026-05-04
}

func ExampleAddWorkingDays() {
	// Five working days from Tuesday 23 December 2025, over Christmas (with
	// Christmas Eve a holiday from 2025 on) and New Year.
	fmt.Println(AddWorkingDays(MustDate("2025-12-23"), 5))
	// Output: 2026-01-05
}
