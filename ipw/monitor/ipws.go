package monitor

import (
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// DurationBins returns the bins of the histogram of closed IPWs' durations
// (Durations.Histogram), with zero counts: under 3 months, 3–6, 6–10, 10–13
// (the pilots' 10–13 months of cooperation with a family), 13–24 (beyond
// the profile's default typical length, within its maximum) and 24 months
// or more.
func DurationBins() []Bin {
	return []Bin{{FromMonths: 0, ToMonths: 3}, {FromMonths: 3, ToMonths: 6}, {FromMonths: 6, ToMonths: 10},
		{FromMonths: 10, ToMonths: 13}, {FromMonths: 13, ToMonths: 24}, {FromMonths: 24}}
}

// ipws counts the IPWs; the counts are raw here, withhold hides them.
func (d *derivation) ipws() IPWFigures {
	var f IPWFigures
	var counts ipw.IPWCounts
	outcomes := map[ipw.ClosureReason]int{}
	var closed, open []int
	bins := DurationBins()
	gap := d.settings.IPW.ReviewMaxGapDays
	for i := range d.b.IPWs {
		p := &d.b.IPWs[i]
		status := counts.Count(p, d.day)
		start := p.Period.Start
		if status == ipw.StatusClosed {
			outcomes[p.Closure.Reason]++
			if !start.IsZero() {
				closed = append(closed, start.DaysUntil(p.Closure.Date))
				months := 0
				if !p.Closure.Date.Before(start) {
					months = wholeMonths(start, p.Closure.Date)
				}
				for k := range bins {
					if months >= bins[k].FromMonths && (bins[k].ToMonths == 0 || months < bins[k].ToMonths) {
						bins[k].Count.N++
						break
					}
				}
			}
			if d.inPeriod(p.Closure.Date) {
				f.Closed.N++
			}
		}
		if (status == ipw.StatusInProgress || status == ipw.StatusSuspended) && !start.IsZero() {
			open = append(open, start.DaysUntil(d.day))
		}
		if status != ipw.StatusDraft && d.inPeriod(start) {
			f.Opened.N++
		}
		for _, s := range p.Suspensions {
			if d.inPeriod(s.From) {
				f.Suspensions.N++
			}
		}
		for _, rv := range p.Reviews {
			if !rv.Date.IsZero() && !rv.Date.After(d.day) {
				f.Reviews.Total.N++
			}
		}
		for _, h := range ipw.HeldReviews(p, d.day, gap) {
			if !h.Late {
				f.Reviews.OnTime.N++
			}
		}
	}
	f.Total = Exact(counts.Total)
	f.ByStatus = StatusCounts{Draft: Exact(counts.Draft), Agreed: Exact(counts.Agreed),
		InProgress: Exact(counts.InProgress), Suspended: Exact(counts.Suspended), Closed: Exact(counts.Closed)}
	f.ByOutcome = []OutcomeCount{}
	for _, r := range ipw.ClosureReasons() {
		f.ByOutcome = append(f.ByOutcome, OutcomeCount{Reason: r, Count: Exact(outcomes[r])})
	}
	f.Durations = Durations{Closed: d.duration(closed), Open: d.duration(open), Histogram: bins}
	return f
}

// duration is the mean and median of days, null under the threshold.
func (d *derivation) duration(days []int) Duration {
	out := Duration{Count: Exact(len(days))}
	if len(days) == 0 || len(days) < d.threshold {
		return out
	}
	sum := 0
	for _, x := range days {
		sum += x
	}
	mean := float64(sum) / float64(len(days))
	slices.Sort(days)
	median := float64(days[len(days)/2])
	if len(days)%2 == 0 {
		median = float64(days[len(days)/2-1]+days[len(days)/2]) / 2
	}
	out.MeanDays, out.MedianDays = &mean, &median
	return out
}

// actions counts the IPWs' actions by the kind of their owner: every kind
// of the bundle's institutions in the catalogue's order, then the family.
// An action owned by an institution the bundle does not have (ref.unknown)
// is not counted.
func (d *derivation) actions() []ActionFigures {
	by := map[string]*ActionFigures{}
	months := d.months()
	for i := range d.b.IPWs {
		p := &d.b.IPWs[i]
		for k := range p.Actions {
			a := &p.Actions[k]
			kind := OwnerFamily
			if a.Responsible.Institution != "" {
				in, ok := d.ix.Institution(a.Responsible.Institution)
				if !ok {
					continue
				}
				kind = string(in.Kind)
			} else if a.Responsible.Member == "" {
				continue
			}
			f := by[kind]
			if f == nil {
				f = &ActionFigures{Kind: kind}
				by[kind] = f
			}
			f.Total.N++
			if done, onTime, late := ipw.DoneBy(a, d.day); done {
				f.Done.N++
				if onTime {
					f.OnTime.N++
				} else if late {
					f.Late.N++
				}
			}
			if n := ipw.OpenMonthsIn(a, months); n > 0 {
				f.OpenMonths.N += n
				d.openBehind[kind]++
			}
		}
	}
	kinds := map[string]bool{}
	for _, in := range d.b.Institutions {
		kinds[string(in.Kind)] = true
	}
	out := []ActionFigures{}
	for _, k := range cooperation.Kinds() {
		if kinds[string(k)] {
			out = append(out, orZero(by[string(k)], string(k)))
		}
	}
	return append(out, orZero(by[OwnerFamily], OwnerFamily))
}

func orZero(f *ActionFigures, kind string) ActionFigures {
	if f == nil {
		return ActionFigures{Kind: kind}
	}
	return *f
}

// capacity sums the basket of services by the kind of their providers: the
// services, their places over the months of the period, and the months of
// the period in which actions using them are open (ipw.OpenMonthsIn). A
// service whose provider the bundle does not have is left out.
func (d *derivation) capacity() []CapacityFigures {
	months := d.months()
	n := wholeMonthsSpan(d.period)
	kindOf := map[string]cooperation.Kind{}
	by := map[cooperation.Kind]*CapacityFigures{}
	for _, s := range d.b.Services {
		in, ok := d.ix.Institution(s.Provider)
		if !ok {
			continue
		}
		if _, seen := kindOf[s.ID]; !seen {
			kindOf[s.ID] = in.Kind
		}
		f := by[in.Kind]
		if f == nil {
			f = &CapacityFigures{Kind: in.Kind}
			by[in.Kind] = f
		}
		f.Services++
		if s.MonthlyCapacity != nil {
			places := *s.MonthlyCapacity * n
			if f.PlaceMonths != nil {
				places += *f.PlaceMonths
			}
			f.PlaceMonths = &places
		}
	}
	for i := range d.b.IPWs {
		for k := range d.b.IPWs[i].Actions {
			a := &d.b.IPWs[i].Actions[k]
			if kind, ok := kindOf[a.Service]; ok && a.Service != "" {
				if n := ipw.OpenMonthsIn(a, months); n > 0 {
					by[kind].UsedMonths.N += n
					d.usedBehind[kind]++
				}
			}
		}
	}
	out := []CapacityFigures{}
	for _, k := range cooperation.Kinds() {
		if f := by[k]; f != nil {
			out = append(out, *f)
		}
	}
	return out
}

// wholeMonthsSpan is the number of calendar months the period touches.
func wholeMonthsSpan(p Period) int {
	return (p.To.Year()-p.From.Year())*12 + int(p.To.Month()) - int(p.From.Month()) + 1
}
