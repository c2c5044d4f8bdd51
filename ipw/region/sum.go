package region

import (
	"encoding/json"
	"strconv"

	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// Sum is the sum of counts of several records, some of which may be
// withheld. It is never a single number unless every count behind it was
// stated: the stated counts add up to Low; a count withheld as "fewer than
// T" adds 0 to Low and T−1 to High; a count withheld to protect another
// ({"withheld": true}) has no known bound, and High is then unknown. A Sum is
// exact when no cell behind it was withheld (Low equals High).
//
// Its JSON is {"low": L, "high": H, "withheldCells": N}, high null when
// unbounded.
type Sum struct {
	// Low is the sum of the stated counts: the least the sum can be.
	Low int
	// Withheld is the number of withheld counts (cells) behind the sum.
	Withheld int
	// slack is the sum of T−1 over the counts withheld as fewer than T.
	slack int
	// unbounded is the number of counts withheld with no bound.
	unbounded int
}

// Exact reports whether every count behind s was stated.
func (s Sum) Exact() bool { return s.Withheld == 0 }

// High returns the most the sum can be, and false when some count behind
// it has no known bound.
func (s Sum) High() (int, bool) {
	if s.unbounded > 0 {
		return 0, false
	}
	return s.Low + s.slack, true
}

// Add adds one count of a record.
func (s *Sum) Add(c monitor.Count) {
	switch {
	case c.Withheld:
		s.Withheld++
		s.unbounded++
	case c.FewerThan > 0:
		s.Withheld++
		s.slack += c.FewerThan - 1
	default:
		s.Low += c.N
	}
}

// AddAtMost adds one count of a record that cannot exceed limit, which
// the record's own stated counts show (a status's count is at most the
// total less the other statuses stated): a count withheld with no bound
// of its own then adds at most limit.
func (s *Sum) AddAtMost(c monitor.Count, limit int) {
	if !c.Withheld {
		s.Add(c)
		return
	}
	s.Withheld++
	s.slack += max(limit, 0)
}

// AddInt adds a number that is never withheld (institutions, meetings).
func (s *Sum) AddInt(n int) { s.Low += n }

// Merge adds the sum o.
func (s *Sum) Merge(o Sum) {
	s.Low += o.Low
	s.Withheld += o.Withheld
	s.slack += o.slack
	s.unbounded += o.unbounded
}

// SumOf is the Sum of counts.
func SumOf(cs ...monitor.Count) Sum {
	var s Sum
	for _, c := range cs {
		s.Add(c)
	}
	return s
}

// MarshalJSON writes {"low": L, "high": H|null, "withheldCells": N}.
func (s Sum) MarshalJSON() ([]byte, error) {
	b := []byte(`{"low":`)
	b = strconv.AppendInt(b, int64(s.Low), 10)
	b = append(b, `,"high":`...)
	if h, ok := s.High(); ok {
		b = strconv.AppendInt(b, int64(h), 10)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"withheldCells":`...)
	b = strconv.AppendInt(b, int64(s.Withheld), 10)
	return append(b, '}'), nil
}

// UnmarshalJSON reads what MarshalJSON writes. A high bound comes back as
// the slack of fewer-than cells, an unknown one as one unbounded cell: the
// bounds and the number of cells are kept, which is all a Sum says.
func (s *Sum) UnmarshalJSON(data []byte) error {
	var v struct {
		Low      int  `json:"low"`
		High     *int `json:"high"`
		Withheld int  `json:"withheldCells"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*s = Sum{Low: v.Low, Withheld: v.Withheld}
	if v.High == nil {
		s.unbounded = 1
	} else {
		s.slack = *v.High - v.Low
	}
	return nil
}

// Rate is a ratio of two sums whose numerator never exceeds its
// denominator (IPWs completed with success of those closed, actions done
// on time of those done). Value is the ratio when every count behind it was
// stated. When some were withheld, Low and High bound the ratio the true
// counts can give, and Value is null; the ratio is then never computed as
// if a withheld count were 0. All three are null when the denominator is 0
// (there is nothing to divide).
type Rate struct {
	Value *float64 `json:"value"`
	Low   *float64 `json:"low"`
	High  *float64 `json:"high"`
	// Withheld is the number of withheld counts behind the rate.
	Withheld int `json:"withheldCells"`
}

// rateSum accumulates the pairs (numerator, denominator) of several
// records, one pair a record, into a Rate.
//
// The least the ratio of the sums can be is the least numerators over the
// greatest denominators. The greatest takes, in each pair, the greatest
// numerator the pair allows (at most its denominator's bound) over the
// least denominator that is not below it: raising a numerator together
// with its denominator never lowers a ratio at most 1. A pair whose both
// counts are unbounded can be as close to 1 as one likes, and so can the
// whole.
type rateSum struct {
	num, den     Sum
	hiNum, hiDen int
	towardOne    int // pairs with both counts unbounded
}

// add adds one record's pair.
func (r *rateSum) add(num, den Sum) {
	r.num.Merge(num)
	r.den.Merge(den)
	nh, nok := num.High()
	dh, dok := den.High()
	switch {
	case !nok && !dok:
		r.towardOne++
		return
	case !nok:
		nh = dh
	case dok:
		nh = min(nh, dh)
	}
	r.hiNum += nh
	r.hiDen += max(den.Low, nh)
}

// merge adds another accumulation.
func (r *rateSum) merge(o rateSum) {
	r.num.Merge(o.num)
	r.den.Merge(o.den)
	r.hiNum += o.hiNum
	r.hiDen += o.hiDen
	r.towardOne += o.towardOne
}

// rate is the Rate of the pairs added.
func (r rateSum) rate() Rate {
	out := Rate{Withheld: r.num.Withheld + r.den.Withheld}
	dh, dok := r.den.High()
	if dok && dh == 0 {
		return out // no denominator can be above 0
	}
	if r.num.Exact() && r.den.Exact() {
		v := float64(r.num.Low) / float64(r.den.Low)
		out.Value, out.Low, out.High = &v, &v, &v
		return out
	}
	lo := 0.0
	if dok {
		lo = float64(r.num.Low) / float64(dh)
	}
	hi := 0.0
	switch {
	case r.towardOne > 0:
		hi = 1
	case r.hiDen > 0:
		hi = float64(r.hiNum) / float64(r.hiDen)
	}
	hi = max(hi, lo)
	out.Low, out.High = &lo, &hi
	return out
}

// RateOf is the Rate of one pair of sums.
func RateOf(num, den Sum) Rate {
	var r rateSum
	r.add(num, den)
	return r.rate()
}
