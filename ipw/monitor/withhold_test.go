package monitor

import (
	"strconv"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

func mustDate(s string) cooperation.Date { return cooperation.MustDate(s) }

func counts(ns ...int) []*Count {
	out := make([]*Count, len(ns))
	for i, n := range ns {
		out[i] = &Count{N: n}
	}
	return out
}

// below marks the counts under t as withheld by the threshold.
func below(cs []*Count, t int) {
	for _, c := range cs {
		if c.N < t {
			c.FewerThan = t
		}
	}
}

func TestProtect(t *testing.T) {
	tests := []struct {
		name string
		ns   []int // the total first
		want []string
	}{
		{"nothing withheld", []int{20, 10, 6, 4}, []string{"20", "10", "6", "4"}},
		{"one part below: the smallest other goes", []int{20, 12, 6, 2}, []string{"20", "12", "w", "<"}},
		{"two parts below: enough", []int{20, 16, 2, 2}, []string{"20", "16", "<", "<"}},
		{"equal parts: the first of the smallest", []int{21, 9, 9, 1, 2}, []string{"21", "9", "9", "<", "<"}},
		{"one part below, one other: it goes", []int{10, 8, 2}, []string{"10", "w", "<"}},
		{"the total below: all below", []int{2, 1, 1, 0}, []string{"<", "<", "<", "<"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := counts(tt.ns...)
			below(cs, 3)
			protect([]sum{cs})
			for i, c := range cs {
				got := "?"
				switch {
				case c.FewerThan > 0:
					got = "<"
				case c.Withheld:
					got = "w"
				default:
					got = strconv.Itoa(c.N)
				}
				if got != tt.want[i] {
					t.Errorf("count %d of %v = %s, want %s", i, tt.ns, got, tt.want[i])
				}
			}
		})
	}
}

// TestProtectChains: withholding a count for one sum may leave another sum
// with one withheld; protect goes on until none has one.
func TestProtectChains(t *testing.T) {
	// total = a + b + closed; closed = x + y + z.
	total, a, b, closed := &Count{N: 30}, &Count{N: 10}, &Count{N: 12}, &Count{N: 8}
	x, y, z := &Count{N: 1}, &Count{N: 3}, &Count{N: 4}
	below([]*Count{total, a, b, closed, x, y, z}, 3)
	protect([]sum{{total, a, b, closed}, {closed, x, y, z}})
	// In the outcomes x is below: y (3) goes. Then the statuses are
	// untouched (none withheld). closed stays stated.
	if !y.Withheld || z.Withheld || closed.Withheld {
		t.Errorf("outcomes: y %+v z %+v closed %+v", *y, *z, *closed)
	}
	// Now a status below: statuses withhold one more, which may be closed.
	total, a, b, closed = &Count{N: 13}, &Count{N: 2}, &Count{N: 6}, &Count{N: 5}
	x, y, z = &Count{N: 0}, &Count{N: 0}, &Count{N: 5}
	below([]*Count{total, a, b, closed, x, y, z}, 3)
	protect([]sum{{total, a, b, closed}, {closed, x, y, z}})
	// statuses: a below, closed (5) is the smallest other: withheld. Then
	// the outcomes have x, y below and closed withheld: three, enough.
	if !closed.Withheld || b.Withheld || z.Withheld {
		t.Errorf("statuses: closed %+v b %+v z %+v", *closed, *b, *z)
	}
	for _, s := range []sum{{total, a, b, closed}, {closed, x, y, z}} {
		n := 0
		for _, c := range s {
			if c.FewerThan > 0 || c.Withheld {
				n++
			}
		}
		if n == 1 {
			t.Errorf("a sum has exactly one count withheld")
		}
	}
}
