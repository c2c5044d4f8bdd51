package region

import (
	"encoding/json"
	"html"
	"math/rand/v2"
	"testing"

	"github.com/kooperacja/kooperacja/ipw/monitor"
)

func TestSum(t *testing.T) {
	tests := []struct {
		name     string
		counts   []monitor.Count
		low      int
		high     int
		bounded  bool
		withheld int
		json     string
	}{
		{"stated", []monitor.Count{{N: 4}, {N: 0}, {N: 7}}, 11, 11, true, 0, `{"low":11,"high":11,"withheldCells":0}`},
		{"fewer than", []monitor.Count{{N: 4}, {FewerThan: 3}, {FewerThan: 5}}, 4, 10, true, 2, `{"low":4,"high":10,"withheldCells":2}`},
		{"withheld", []monitor.Count{{N: 4}, {Withheld: true}}, 4, 0, false, 1, `{"low":4,"high":null,"withheldCells":1}`},
		{"none", nil, 0, 0, true, 0, `{"low":0,"high":0,"withheldCells":0}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := SumOf(tt.counts...)
			high, ok := s.High()
			if s.Low != tt.low || ok != tt.bounded || (ok && high != tt.high) || s.Withheld != tt.withheld {
				t.Errorf("SumOf(%v) = low %d, high %d (%v), withheld %d; want %d, %d (%v), %d",
					tt.counts, s.Low, high, ok, s.Withheld, tt.low, tt.high, tt.bounded, tt.withheld)
			}
			if s.Exact() != (tt.withheld == 0) {
				t.Errorf("Exact() = %v with %d withheld cells", s.Exact(), tt.withheld)
			}
			b, _ := json.Marshal(s)
			if string(b) != tt.json {
				t.Errorf("JSON %s, want %s", b, tt.json)
			}
			var back Sum
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if b2, _ := json.Marshal(back); string(b2) != tt.json {
				t.Errorf("JSON round trip %s, want %s", b2, tt.json)
			}
		})
	}
}

func TestRateExact(t *testing.T) {
	r := RateOf(SumOf(monitor.Count{N: 140}), SumOf(monitor.Count{N: 172}))
	if r.Value == nil || *r.Value != 140.0/172.0 || *r.Low != *r.Value || *r.High != *r.Value || r.Withheld != 0 {
		t.Errorf("RateOf(140, 172) = %+v", r)
	}
	if r := RateOf(Sum{}, Sum{}); r.Value != nil || r.Low != nil || r.High != nil {
		t.Errorf("RateOf(0, 0) = %+v, want all null", r)
	}
}

// A withheld count is never taken for 0: the rate is no value but bounds.
func TestRateWithheldIsNoValue(t *testing.T) {
	r := RateOf(SumOf(monitor.Count{FewerThan: 3}), SumOf(monitor.Count{N: 10}))
	if r.Value != nil {
		t.Fatalf("rate with a withheld numerator has the value %v", *r.Value)
	}
	if *r.Low != 0 || *r.High != 0.2 || r.Withheld != 1 {
		t.Errorf("RateOf(<3, 10) = %v..%v (%d withheld), want 0..0.2 (1)", *r.Low, *r.High, r.Withheld)
	}
}

// The bounds of a rate over many records always hold the rate of the true
// counts, whatever was withheld.
func TestRateBoundsHoldTheTruth(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	withhold := func(n int, protect bool) monitor.Count {
		switch {
		case protect:
			return monitor.Count{Withheld: true}
		case n > 0 && n < 3:
			return monitor.Count{FewerThan: 3}
		}
		return monitor.Count{N: n}
	}
	for trial := 0; trial < 2000; trial++ {
		var acc rateSum
		num, den := 0, 0
		for i := 0; i < 1+rng.IntN(6); i++ {
			d := rng.IntN(8)
			n := 0
			if d > 0 {
				n = rng.IntN(d + 1)
			}
			num += n
			den += d
			acc.add(SumOf(withhold(n, rng.IntN(10) == 0)), SumOf(withhold(d, rng.IntN(10) == 0)))
		}
		r := acc.rate()
		if den == 0 {
			continue // the truth has no rate; the bounds may still exist
		}
		truth := float64(num) / float64(den)
		if r.Low == nil || r.High == nil {
			t.Fatalf("trial %d: no bounds for %d/%d: %+v", trial, num, den, r)
		}
		if truth < *r.Low-1e-12 || truth > *r.High+1e-12 {
			t.Fatalf("trial %d: true rate %d/%d = %v outside %v..%v", trial, num, den, truth, *r.Low, *r.High)
		}
		if r.Value != nil && (*r.Value != truth || r.Withheld != 0) {
			t.Fatalf("trial %d: value %v with %d withheld, truth %v", trial, *r.Value, r.Withheld, truth)
		}
	}
}

// A count withheld with no bound of its own is bounded by what its group's
// stated counts leave: the bounds always hold the true count.
func TestWithinHoldsTheTruth(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 3000; trial++ {
		n := 2 + rng.IntN(5)
		truth := make([]int, n)
		total := 0
		for i := range truth {
			truth[i] = rng.IntN(8)
			total += truth[i]
		}
		cs := make([]monitor.Count, n)
		for i, v := range truth {
			switch {
			case rng.IntN(6) == 0:
				cs[i] = monitor.Count{Withheld: true}
			case v > 0 && v < 3:
				cs[i] = monitor.Count{FewerThan: 3}
			default:
				cs[i] = monitor.Count{N: v}
			}
		}
		limit := SumOf(monitor.Count{N: total})
		if rng.IntN(4) == 0 && total > 0 && total < 3 {
			limit = SumOf(monitor.Count{FewerThan: 3})
		}
		for i, s := range within(limit, cs...) {
			high, ok := s.High()
			if truth[i] < s.Low || (ok && truth[i] > high) {
				t.Fatalf("trial %d: count %d (%+v) of %v (total %d) outside %d..%d", trial, truth[i], cs[i], truth, total, s.Low, high)
			}
		}
	}
}

// esc escapes as html.EscapeString does.
func TestEscLikeHTML(t *testing.T) {
	for _, s := range []string{"", "Górno", `Gmina "<b>Nowa</b>" & Co's`, "a&&b<<>>", "'\"'"} {
		if got, want := esc(s), html.EscapeString(s); got != want {
			t.Errorf("esc(%q) = %q, want %q", s, got, want)
		}
	}
}
