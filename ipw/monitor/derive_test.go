package monitor_test

import (
	"errors"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
	"github.com/kooperacja/kooperacja/schema"
)

// rich returns a synthetic gmina with n plans in every status: every fifth
// closed ten days before synth.AsOf for a reason in turn, every seventh
// suspended over it, every eleventh not signed by the family.
func rich(n int) *ipw.Bundle {
	b := synth.Bundle(n)
	reasons := ipw.ClosureReasons()
	for i := range b.IPWs {
		p := &b.IPWs[i]
		switch {
		case i%5 == 0:
			p.Closure = &ipw.Closure{Date: synth.AsOf.AddDays(-10), Reason: reasons[(i/5)%3]}
		case i%7 == 0:
			p.Suspensions = append(p.Suspensions, ipw.Suspension{From: synth.AsOf.AddDays(-20), To: synth.AsOf.AddDays(20), Reason: "x"})
		case i%11 == 0:
			p.Signatures = p.Signatures[:1]
		}
	}
	return b
}

func of(t *testing.T, b *ipw.Bundle, day cooperation.Date, p monitor.Period, opts ...cooperation.Option) monitor.Record {
	t.Helper()
	r, err := monitor.Of(b, day, p, opts...)
	if err != nil {
		t.Fatalf("Of: %v", err)
	}
	return r
}

func threshold(n int) cooperation.Option {
	return cooperation.WithProfile(&cooperation.Profile{DisclosureThreshold: &n})
}

func known(t *testing.T, what string, c monitor.Count) int {
	t.Helper()
	n, ok := c.Known()
	if !ok {
		t.Fatalf("%s is withheld: %+v", what, c)
	}
	return n
}

// TestOfAsksTheRules: with a threshold of 1 every count is stated, and the
// record's figures are those the library's own rules give (ipw.Indicators,
// ipw.DeriveStatus, ipw.Progress).
func TestOfAsksTheRules(t *testing.T) {
	b := rich(90)
	day := synth.AsOf
	r := of(t, b, day, monitor.Period{}, threshold(1))
	ind := ipw.Indicators(b, day)
	for _, c := range []struct {
		name      string
		got, want int
	}{
		{"total", known(t, "total", r.IPW.Total), ind.IPW.Total},
		{"draft", known(t, "draft", r.IPW.ByStatus.Draft), ind.IPW.Draft},
		{"inProgress", known(t, "inProgress", r.IPW.ByStatus.InProgress), ind.IPW.InProgress},
		{"suspended", known(t, "suspended", r.IPW.ByStatus.Suspended), ind.IPW.Suspended},
		{"closed", known(t, "closed", r.IPW.ByStatus.Closed), ind.IPW.Closed},
		{"goals achieved", known(t, "goals achieved", r.IPW.ByOutcome[0].Count), ind.IPW.Succeeded},
		{"PZK", r.PZK.Institutions, ind.PZK.Institutions},
		{"sectors", len(r.PZK.Sectors), ind.PZK.Sectors},
	} {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d (ipw.Indicators)", c.name, c.got, c.want)
		}
	}
	if ind.IPW.Closed == 0 || ind.IPW.Suspended == 0 || ind.IPW.Draft == 0 {
		t.Fatalf("the fixture lacks a status: %+v", ind.IPW)
	}
	var done, onTime, total int
	for _, a := range r.Actions {
		total += known(t, a.Kind+" total", a.Total)
		done += known(t, a.Kind+" done", a.Done)
		onTime += known(t, a.Kind+" on time", a.OnTime)
	}
	if total != ind.Actions.Total || done != ind.Actions.Done || onTime != ind.Actions.DoneOnTime {
		t.Errorf("actions %d/%d/%d, indicators %+v", total, done, onTime, ind.Actions)
	}
	if ind.MeanClosedDurationDays == nil || r.IPW.Durations.Closed.MeanDays == nil || *r.IPW.Durations.Closed.MeanDays != *ind.MeanClosedDurationDays {
		t.Errorf("mean closed duration %v, indicators %v", r.IPW.Durations.Closed.MeanDays, ind.MeanClosedDurationDays)
	}
	stage, err := ipw.Progress(b, cooperation.AsOf(day))
	if err != nil {
		t.Fatal(err)
	}
	if r.Stages.Current != stage.Current || len(r.Stages.Completed) != len(stage.Completed) {
		t.Errorf("stages %+v, Progress %v / %v", r.Stages, stage.Completed, stage.Current)
	}
	// Every plan has reviews every two months, within 92 days: all on time.
	if rt, ro := known(t, "reviews", r.IPW.Reviews.Total), known(t, "on time", r.IPW.Reviews.OnTime); rt == 0 || ro != rt {
		t.Errorf("reviews %d, on time %d; want all on time", rt, ro)
	}
	// A profile that allows 30 days between reviews makes them late.
	gap, one := 30, 1
	strict := of(t, b, day, monitor.Period{}, cooperation.WithProfile(&cooperation.Profile{
		DisclosureThreshold: &one, IPW: &cooperation.IPWProfile{ReviewMaxGapDays: &gap}}))
	if n := known(t, "on time", strict.IPW.Reviews.OnTime); n != 0 {
		t.Errorf("reviews on time under a 30-day gap = %d, want 0", n)
	}
	// The whole sums of the histogram and the statuses.
	sum := 0
	for _, bin := range r.IPW.Durations.Histogram {
		sum += known(t, "bin", bin.Count)
	}
	if sum != known(t, "closed measured", r.IPW.Durations.Closed.Count) {
		t.Errorf("histogram sums to %d, closed measured %d", sum, r.IPW.Durations.Closed.Count.N)
	}
	if r.Capacity[0].Kind != cooperation.KindPCPR || r.Capacity[0].Services != 1 || r.Capacity[0].PlaceMonths == nil {
		t.Errorf("capacity %+v", r.Capacity)
	}
}

// TestThresholdFromProfile: the profile's disclosureThreshold decides, the
// caller's over the bundle's; below it a count is {"fewerThan": T} and a
// mean is null.
func TestThresholdFromProfile(t *testing.T) {
	b := rich(30)
	r := of(t, b, synth.AsOf, monitor.Period{})
	if r.DisclosureThreshold != monitor.DefaultDisclosureThreshold {
		t.Errorf("default threshold %d", r.DisclosureThreshold)
	}
	big := 1000
	b.Profile = &cooperation.Profile{DisclosureThreshold: &big}
	r = of(t, b, synth.AsOf, monitor.Period{})
	if r.DisclosureThreshold != big || r.IPW.Total != (monitor.Count{FewerThan: big}) || r.IPW.Durations.Open.MeanDays != nil {
		t.Errorf("bundle's threshold 1000: %d, total %+v, mean %v", r.DisclosureThreshold, r.IPW.Total, r.IPW.Durations.Open.MeanDays)
	}
	for _, a := range r.Actions {
		if _, ok := a.Total.Known(); ok {
			t.Errorf("actions of %s stated under 1000: %+v", a.Kind, a.Total)
		}
	}
	r = of(t, b, synth.AsOf, monitor.Period{}, threshold(30))
	if r.DisclosureThreshold != 30 || r.IPW.Total != monitor.Exact(30) {
		t.Errorf("caller's threshold 30 over the bundle's: %d, total %+v", r.DisclosureThreshold, r.IPW.Total)
	}
	if r.IPW.ByStatus.InProgress.FewerThan != 30 {
		t.Errorf("in progress under 30: %+v", r.IPW.ByStatus.InProgress)
	}
	// The institutions' figures are exact whatever the threshold.
	if r.PZK.Institutions != 5 || r.Agreements.InForce != 1 || r.Agreements.Parties != 7 {
		t.Errorf("institutions' figures under 30: %+v %+v", r.PZK, r.Agreements)
	}
}

// TestSecondarySuppression: a total beside its parts never has exactly
// one part withheld: the smallest other is withheld with it.
func TestSecondarySuppression(t *testing.T) {
	b := rich(90)
	raw := ipw.Indicators(b, synth.AsOf).IPW
	statuses := []int{raw.Draft, raw.Agreed, raw.InProgress, raw.Suspended, raw.Closed}
	// The smallest threshold that exactly one status is under.
	tr := 0
	for x := 2; x < raw.Total && tr == 0; x++ {
		under := 0
		for _, n := range statuses {
			if n < x {
				under++
			}
		}
		if under == 1 {
			tr = x
		}
	}
	if tr == 0 {
		t.Fatalf("fixture: no threshold leaves one status under it: %+v", raw)
	}
	r := of(t, b, synth.AsOf, monitor.Period{}, threshold(tr))
	s := r.IPW.ByStatus
	got := []monitor.Count{s.Draft, s.Agreed, s.InProgress, s.Suspended, s.Closed}
	smallest := raw.Total
	for _, n := range statuses {
		if n >= tr {
			smallest = min(smallest, n)
		}
	}
	var under, withheld int
	for i, c := range got {
		switch {
		case c.FewerThan == tr:
			under++
		case c.Withheld:
			withheld++
			if statuses[i] != smallest || c.N != 0 {
				t.Errorf("status %d withheld (raw %d), the smallest other is %d; N %d", i, statuses[i], smallest, c.N)
			}
		}
	}
	if under != 1 || withheld != 1 {
		t.Errorf("statuses under %d: %+v; want one under it and one other withheld", tr, s)
	}
	if _, ok := r.IPW.Total.Known(); !ok {
		t.Errorf("the total is withheld: %+v", r.IPW.Total)
	}
	// No sum of the record has exactly one count withheld.
	w := func(c monitor.Count) int {
		if _, ok := c.Known(); ok {
			return 0
		}
		return 1
	}
	f := r.IPW
	outcomes := w(f.ByStatus.Closed)
	for _, o := range f.ByOutcome {
		outcomes += w(o.Count)
	}
	bins := w(f.Durations.Closed.Count)
	for _, x := range f.Durations.Histogram {
		bins += w(x.Count)
	}
	if outcomes == 1 || bins == 1 {
		t.Errorf("outcomes %d withheld, histogram %d: %+v", outcomes, bins, f)
	}
}

func TestPeriod(t *testing.T) {
	b := rich(20)
	day := synth.AsOf
	r := of(t, b, day, monitor.Period{})
	if r.Period.From != cooperation.MustDate("2025-01-01") || r.Period.To != day {
		t.Errorf("default period %+v", r.Period)
	}
	r = of(t, b, day, monitor.Period{From: cooperation.MustDate("2024-07-01")})
	if r.Period.To != day {
		t.Errorf("period without an end: %+v", r.Period)
	}
	// The PZK met on 8 Jan, 8 Apr, 8 Jul, 7 Oct 2024, 7 Jan, 7 Apr 2025.
	if r.PZK.Meetings != 4 {
		t.Errorf("meetings from 1 July 2024 = %d, want 4", r.PZK.Meetings)
	}
	for _, tt := range []struct {
		name     string
		p        monitor.Period
		reversed bool
	}{
		{"after the date", monitor.Period{From: day.AddDays(-10), To: day.AddDays(1)}, false},
		{"reversed", monitor.Period{From: day.AddDays(-10), To: day.AddDays(-11)}, true},
		{"starts after the date", monitor.Period{From: day.AddDays(1)}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := monitor.Of(b, day, tt.p)
			var pe *monitor.PeriodError
			if !errors.As(err, &pe) || pe.Reversed() != tt.reversed {
				t.Errorf("Of(%+v) error = %v, want a PeriodError (reversed %v)", tt.p, err, tt.reversed)
			}
		})
	}
	if _, err := monitor.Of(b, cooperation.Date{}, monitor.Period{}); !errors.Is(err, ipw.ErrNoDate) {
		t.Errorf("Of without a date: %v, want ipw.ErrNoDate", err)
	}
}

// TestMonthsStandBehindActions: a sum of open months or of months of use is
// withheld when fewer actions than the threshold stand behind it, however
// large the sum: one family's action open for many months is still one.
func TestMonthsStandBehindActions(t *testing.T) {
	data, _ := examples.Bundle("urban")
	b, findings := schema.Decode(data)
	if b == nil {
		t.Fatal(findings)
	}
	r := of(t, b, cooperation.MustDate("2026-11-16"), monitor.Period{})
	raw := of(t, b, cooperation.MustDate("2026-11-16"), monitor.Period{}, threshold(1))
	seen := 0
	for i, a := range r.Actions {
		n := raw.Actions[i].OpenMonths.N
		switch total := raw.Actions[i].Total.N; {
		case n >= 3 && total < 3:
			seen++
			if !a.OpenMonths.Withheld {
				t.Errorf("%s: %d open months of %d actions stated: %+v", a.Kind, n, total, a.OpenMonths)
			}
		case n >= 3 && total >= 3 && a.OpenMonths != monitor.Exact(n):
			t.Errorf("%s: %d open months of %d actions: %+v", a.Kind, n, total, a.OpenMonths)
		}
	}
	// The services' users are their providers' actions (the rule of the
	// basket): a provider with fewer than 3 actions has its use withheld.
	for _, c := range r.Capacity {
		for _, a := range raw.Actions {
			if a.Kind == string(c.Kind) && a.Total.N < 3 {
				if _, ok := c.UsedMonths.Known(); ok {
					t.Errorf("%s: use %+v stated, of %d actions", c.Kind, c.UsedMonths, a.Total.N)
				}
				seen++
			}
		}
	}
	if seen == 0 {
		t.Fatal("the example has no kind with few actions open many months")
	}
}
