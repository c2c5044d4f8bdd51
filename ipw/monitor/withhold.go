package monitor

// withhold applies the disclosure threshold to the record's counts of the
// families' matters (primary suppression), then withholds more counts so
// that none withheld can be worked out from a total (secondary
// suppression), and finally forgets the numbers withheld (see "What leaves
// the gmina" in the package documentation).
func (d *derivation) withhold(r *Record) {
	if d.threshold <= 1 {
		return // "fewer than 1" would say 0: nothing is withheld
	}
	counts := r.counts()
	for _, c := range counts {
		if c.N < d.threshold {
			c.FewerThan = d.threshold
		}
	}
	// A sum of months stands behind its actions: fewer than the threshold
	// would tell of a family's few (a mean's rule).
	for i := range r.Actions {
		if a := &r.Actions[i]; a.OpenMonths.FewerThan == 0 && d.openBehind[a.Kind] < d.threshold {
			a.OpenMonths.Withheld = true
		}
	}
	for i := range r.Capacity {
		if c := &r.Capacity[i]; c.UsedMonths.FewerThan == 0 && d.usedBehind[c.Kind] < d.threshold {
			c.UsedMonths.Withheld = true
		}
	}
	protect(r.sums())
	for _, c := range counts {
		if c.FewerThan > 0 || c.Withheld {
			c.N = 0
		}
	}
	for _, dur := range []*Duration{&r.IPW.Durations.Closed, &r.IPW.Durations.Open} {
		if dur.Count.FewerThan > 0 {
			dur.MeanDays, dur.MedianDays = nil, nil
		}
	}
}

// counts returns every count of r: the counts of the families' matters.
func (r *Record) counts() []*Count {
	f := &r.IPW
	out := []*Count{&f.Total, &f.ByStatus.Draft, &f.ByStatus.Agreed, &f.ByStatus.InProgress,
		&f.ByStatus.Suspended, &f.ByStatus.Closed, &f.Opened, &f.Closed, &f.Suspensions,
		&f.Durations.Closed.Count, &f.Durations.Open.Count, &f.Reviews.Total, &f.Reviews.OnTime}
	for i := range f.ByOutcome {
		out = append(out, &f.ByOutcome[i].Count)
	}
	for i := range f.Durations.Histogram {
		out = append(out, &f.Durations.Histogram[i].Count)
	}
	for i := range r.Actions {
		a := &r.Actions[i]
		out = append(out, &a.Total, &a.Done, &a.OnTime, &a.Late, &a.OpenMonths)
	}
	for i := range r.Capacity {
		out = append(out, &r.Capacity[i].UsedMonths)
	}
	return out
}

// sum is a total and the counts it is the sum of (or at least, when some
// of what it counts falls in no cell): its first element is the total.
type sum []*Count

// sums returns the totals of r published beside their parts.
func (r *Record) sums() []sum {
	f := &r.IPW
	s := &f.ByStatus
	out := []sum{
		{&f.Total, &s.Draft, &s.Agreed, &s.InProgress, &s.Suspended, &s.Closed},
		// The open IPWs' durations are those of the IPWs in progress or
		// suspended (with a start).
		{&f.Durations.Open.Count, &s.InProgress, &s.Suspended},
	}
	outcomes := sum{&s.Closed}
	for i := range f.ByOutcome {
		outcomes = append(outcomes, &f.ByOutcome[i].Count)
	}
	bins := sum{&f.Durations.Closed.Count}
	for i := range f.Durations.Histogram {
		bins = append(bins, &f.Durations.Histogram[i].Count)
	}
	out = append(out, outcomes, bins)
	for i := range r.Actions {
		a := &r.Actions[i]
		out = append(out, sum{&a.Done, &a.OnTime, &a.Late})
	}
	return out
}

// protect withholds, in every sum that has exactly one count withheld, the
// smallest other count (the first of equals, the total last), until no sum
// has exactly one: a total and all but one of its parts would tell the
// one. A count withheld here is marked Withheld; it is at least the
// threshold, or it would be withheld already. Withholding a count may
// leave another sum it belongs to with one count withheld, hence the
// repetition; it ends, since each round withholds one more count.
func protect(sums []sum) {
	withheld := func(c *Count) bool { return c.FewerThan > 0 || c.Withheld }
	for changed := true; changed; {
		changed = false
		for _, s := range sums {
			n := 0
			for _, c := range s {
				if withheld(c) {
					n++
				}
			}
			if n != 1 {
				continue
			}
			var pick *Count
			for _, c := range s[1:] {
				if !withheld(c) && (pick == nil || c.N < pick.N) {
					pick = c
				}
			}
			if pick == nil && !withheld(s[0]) {
				pick = s[0] // every part is withheld: the total goes
			}
			if pick != nil {
				pick.Withheld = true
				changed = true
			}
		}
	}
}
