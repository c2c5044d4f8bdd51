package monitor

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestCountJSON(t *testing.T) {
	tests := []struct {
		name string
		c    Count
		json string
	}{
		{"stated", Exact(12), `12`},
		{"zero stated", Exact(0), `0`},
		{"below the threshold", Count{FewerThan: 3}, `{"fewerThan":3}`},
		{"below the threshold hides N", Count{N: 2, FewerThan: 3}, `{"fewerThan":3}`},
		{"withheld", Count{Withheld: true}, `{"withheld":true}`},
		{"withheld hides N", Count{N: 40, Withheld: true}, `{"withheld":true}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := json.Marshal(tt.c)
			if err != nil || string(got) != tt.json {
				t.Fatalf("Marshal(%+v) = %s, %v; want %s", tt.c, got, err, tt.json)
			}
			var back Count
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatalf("Unmarshal(%s): %v", got, err)
			}
			want := tt.c
			if want.FewerThan > 0 || want.Withheld {
				want.N = 0
			}
			if back != want {
				t.Errorf("Unmarshal(%s) = %+v, want %+v", got, back, want)
			}
		})
	}
}

func TestCountJSONRefused(t *testing.T) {
	for _, in := range []string{`-1`, `1.5`, `"3"`, `null`, `{}`, `{"fewerThan":0}`, `{"fewerThan":2.5}`,
		`{"withheld":false}`, `{"fewerThan":3,"withheld":true}`, `{"fewer":3}`, `[1]`, `true`} {
		t.Run(in, func(t *testing.T) {
			var c Count
			err := json.Unmarshal([]byte(in), &c)
			if err == nil {
				t.Fatalf("Unmarshal(%s) = %+v, want an error", in, c)
			}
			if in != `null` && !errors.Is(err, ErrCount) {
				t.Errorf("Unmarshal(%s) error = %v, want ErrCount", in, err)
			}
		})
	}
	if _, err := json.Marshal(Count{N: -1}); err == nil {
		t.Error("Marshal(Count{N: -1}) succeeded, want an error")
	}
}

func TestKnown(t *testing.T) {
	if n, ok := Exact(4).Known(); !ok || n != 4 {
		t.Errorf("Exact(4).Known() = %d, %v", n, ok)
	}
	if _, ok := (Count{FewerThan: 3}).Known(); ok {
		t.Error("a count below the threshold is known")
	}
	if _, ok := (Count{Withheld: true}).Known(); ok {
		t.Error("a withheld count is known")
	}
}

func TestWholeMonths(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"2026-01-31", "2026-02-28", 1}, {"2026-01-31", "2026-02-27", 0}, {"2025-10-06", "2026-11-16", 13},
		{"2025-10-06", "2026-11-05", 12}, {"2026-03-01", "2026-03-01", 0}, {"2026-03-02", "2026-03-01", 0},
	} {
		if got := wholeMonths(mustDate(tt.a), mustDate(tt.b)); got != tt.want {
			t.Errorf("wholeMonths(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}
