package ipw

import (
	"slices"
	"strings"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
)

// IndicatorSet measures a bundle at a date (see "Scenarios" in the package
// documentation). Its JSON keys are the model's reference: they do not
// change; rates and means are null when there is nothing to divide by.
type IndicatorSet struct {
	IPW IPWCounts `json:"ipw"`
	// SuccessRate is succeeded / closed.
	SuccessRate *float64 `json:"successRate"`
	// MeanClosedDurationDays is the mean, over closed IPWs, of the days from
	// the period's start to the closure.
	MeanClosedDurationDays *float64     `json:"meanClosedDurationDays"`
	Actions                ActionCounts `json:"actions"`
	// OnTimeRate is doneOnTime / done.
	OnTimeRate *float64     `json:"onTimeRate"`
	PZK        PZKSize      `json:"pzk"`
	Workload   []Workload   `json:"workload"`
	ServiceUse []ServiceUse `json:"serviceUse"`

	// The sums behind the rates, and the PZK's sectors, for Add.
	closedDays, closedWithStart int
	sectors                     []cooperation.Sector
}

// IPWCounts counts the IPWs by their status at the date. Succeeded are the
// closed ones whose closure reason is goals_achieved.
type IPWCounts struct {
	Total      int `json:"total"`
	Draft      int `json:"draft"`
	Agreed     int `json:"agreed"`
	InProgress int `json:"inProgress"`
	Suspended  int `json:"suspended"`
	Closed     int `json:"closed"`
	Succeeded  int `json:"succeeded"`
}

// ActionCounts counts the actions of every IPW: all of them, those done by
// the date, and those of them completed on or before their due date.
type ActionCounts struct {
	Total      int `json:"total"`
	Done       int `json:"done"`
	DoneOnTime int `json:"doneOnTime"`
}

// PZKSize is the partnership team at the date: its member institutions and
// their distinct sectors (local government not counted, as in the team
// rules).
type PZKSize struct {
	Institutions int `json:"institutions"`
	Sectors      int `json:"sectors"`
}

// Workload is the number of open actions an institution owns in a calendar
// month, beside the places its services of the basket offer in a month
// (their monthly capacities summed; absent when none of them has one).
type Workload struct {
	Institution string `json:"institution"`
	Month       string `json:"month"`
	Open        int    `json:"open"`
	Capacity    *int   `json:"capacity,omitempty"`
}

// ServiceUse is the number of actions using a service of the basket in a
// calendar month, against its monthly capacity (null: unlimited).
type ServiceUse struct {
	Service  string `json:"service"`
	Month    string `json:"month"`
	Used     int    `json:"used"`
	Capacity *int   `json:"capacity"`
}

// Indicators measures b at day (see "Scenarios" in the package documentation). Options are accepted for
// symmetry with Check and the simulation; the indicators use none of them
// today.
//
// Choices where the published model is silent:
//
//   - statuses are derived at day (DeriveStatus); an action counts as done
//     when its status is done and its completion date is not after day (or
//     missing, in which case it is not on time);
//   - an IPW closed with no period start counts as closed but not in the
//     mean duration;
//   - an action is open in a month, for workload and service use, as in
//     the capacity rule of the basket of services: it starts on or before the month's last day,
//     is due on or after its first day, is not cancelled, and was not
//     completed before the month began. Workload counts the actions owned
//     by institutions (not the family's own commitments) and lists, per
//     institution in id order, every month with an open action; service use
//     lists, per service in id order, every month the service is used.
func Indicators(b *Bundle, day Date, opts ...cooperation.Option) IndicatorSet {
	_ = opts
	var s IndicatorSet
	work := map[string]map[int]int{}
	use := map[string]map[int]int{}
	for i := range b.IPWs {
		p := &b.IPWs[i]
		if s.IPW.Count(p, day) == StatusClosed && !p.Period.Start.IsZero() {
			s.closedDays += p.Period.Start.DaysUntil(p.Closure.Date)
			s.closedWithStart++
		}
		for k := range p.Actions {
			a := &p.Actions[k]
			s.Actions.Total++
			if done, onTime, _ := DoneBy(a, day); done {
				s.Actions.Done++
				if onTime {
					s.Actions.DoneOnTime++
				}
			}
			first, last, ok := openMonths(a)
			if !ok {
				continue
			}
			if inst := a.Responsible.Institution; inst != "" {
				countMonths(work, inst, first, last)
			}
			if a.Service != "" {
				countMonths(use, a.Service, first, last)
			}
		}
	}
	s.PZK, s.sectors = PZKOn(b, day)
	s.rates()
	places := map[string]*int{}
	for _, svc := range b.Services {
		if svc.Provider == "" || svc.MonthlyCapacity == nil {
			continue
		}
		n := *svc.MonthlyCapacity
		if p := places[svc.Provider]; p != nil {
			n += *p
		}
		places[svc.Provider] = &n
	}
	s.Workload = []Workload{}
	for _, inst := range sortedKeys(work) {
		for _, m := range sortedMonths(work[inst]) {
			s.Workload = append(s.Workload, Workload{Institution: inst, Month: monthKey(m), Open: work[inst][m], Capacity: places[inst]})
		}
	}
	capacity := map[string]*int{}
	for _, svc := range b.Services {
		if _, ok := capacity[svc.ID]; !ok {
			capacity[svc.ID] = svc.MonthlyCapacity
		}
	}
	s.ServiceUse = []ServiceUse{}
	for _, svc := range sortedKeys(use) {
		for _, m := range sortedMonths(use[svc]) {
			s.ServiceUse = append(s.ServiceUse, ServiceUse{Service: svc, Month: monthKey(m), Used: use[svc][m], Capacity: capacity[svc]})
		}
	}
	return s
}

// Add sums the counts of o into s and recomputes the rates from the sums
// (for totals over several bundles). Workload and service use are per
// bundle (institution and service ids are not shared between bundles) and
// are left out of a sum; the PZK's sectors are the union of the bundles'.
func (s IndicatorSet) Add(o IndicatorSet) IndicatorSet {
	out := s
	out.IPW = IPWCounts{
		Total: s.IPW.Total + o.IPW.Total, Draft: s.IPW.Draft + o.IPW.Draft, Agreed: s.IPW.Agreed + o.IPW.Agreed,
		InProgress: s.IPW.InProgress + o.IPW.InProgress, Suspended: s.IPW.Suspended + o.IPW.Suspended,
		Closed: s.IPW.Closed + o.IPW.Closed, Succeeded: s.IPW.Succeeded + o.IPW.Succeeded,
	}
	out.Actions = ActionCounts{Total: s.Actions.Total + o.Actions.Total, Done: s.Actions.Done + o.Actions.Done,
		DoneOnTime: s.Actions.DoneOnTime + o.Actions.DoneOnTime}
	out.closedDays, out.closedWithStart = s.closedDays+o.closedDays, s.closedWithStart+o.closedWithStart
	out.sectors = slices.Clone(s.sectors)
	for _, sec := range o.sectors {
		if !slices.Contains(out.sectors, sec) {
			out.sectors = append(out.sectors, sec)
		}
	}
	out.PZK = PZKSize{Institutions: s.PZK.Institutions + o.PZK.Institutions, Sectors: len(out.sectors)}
	out.Workload, out.ServiceUse = []Workload{}, []ServiceUse{}
	out.rates()
	return out
}

// Count counts IPW p by its status at day (DeriveStatus), and as a success
// when it is closed with its goals achieved; it returns the status.
func (c *IPWCounts) Count(p *Plan, day Date) Status {
	status := DeriveStatus(p, day)
	c.Total++
	switch status {
	case StatusDraft:
		c.Draft++
	case StatusAgreed:
		c.Agreed++
	case StatusInProgress:
		c.InProgress++
	case StatusSuspended:
		c.Suspended++
	case StatusClosed:
		c.Closed++
		if p.Closure.Reason == ClosureGoalsAchieved {
			c.Succeeded++
		}
	}
	return status
}

// DoneBy says whether action a counts as done at day, as the indicators
// count it: its status is done and its completion date is not after day
// (or missing). A done action is on time when completed on or before its
// due date, late when after it, and neither when either date is missing.
func DoneBy(a *Action, day Date) (done, onTime, late bool) {
	if a.Status != ActionDone || a.Completed.After(day) {
		return false, false, false
	}
	if a.Completed.IsZero() || a.Due.IsZero() {
		return true, false, false
	}
	return true, !a.Completed.After(a.Due), a.Completed.After(a.Due)
}

func (s *IndicatorSet) rates() {
	s.SuccessRate = ratio(s.IPW.Succeeded, s.IPW.Closed)
	s.MeanClosedDurationDays = ratio(s.closedDays, s.closedWithStart)
	s.OnTimeRate = ratio(s.Actions.DoneOnTime, s.Actions.Done)
}

func ratio(n, d int) *float64 {
	if d == 0 {
		return nil
	}
	r := float64(n) / float64(d)
	return &r
}

// openMonths returns the months (year*12 + month-1) in which action a is
// open (see Indicators).
func openMonths(a *Action) (first, last int, ok bool) {
	if a.Status == ActionCancelled || !spanOK(a) {
		return 0, 0, false
	}
	first, last = monthIndex(a.Start), monthIndex(a.Due)
	if !a.Completed.IsZero() && (a.Status == ActionDone || a.Status == ActionNotDone) {
		last = min(last, monthIndex(a.Completed))
	}
	return first, last, first <= last
}

// OpenMonthsIn counts the calendar months, from the month of p.Start to the
// month of p.End, in which action a is open as workload and service use
// count it (see Indicators).
func OpenMonthsIn(a *Action, p cooperation.Period) int {
	first, last, ok := openMonths(a)
	if !ok || p.Start.IsZero() || p.End.IsZero() {
		return 0
	}
	first, last = max(first, monthIndex(p.Start)), min(last, monthIndex(p.End))
	return max(0, last-first+1)
}

func monthIndex(d Date) int { return d.Year()*12 + int(d.Month()) - 1 }

func monthKey(m int) string {
	d, _ := cooperation.NewDate(m/12, time.Month(m%12+1), 1)
	return d.MonthKey()
}

func countMonths(into map[string]map[int]int, key string, first, last int) {
	m := into[key]
	if m == nil {
		m = map[int]int{}
		into[key] = m
	}
	for x := first; x <= last; x++ {
		m[x]++
	}
}

func sortedMonths(m map[int]int) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// PZKOn counts the PZK's member institutions active at day and returns
// their distinct sectors, local government not counted, sorted by name:
// the PZK of the indicators (and of the monitoring record). A bundle
// without a PZK has a zero size and no sectors.
func PZKOn(b *Bundle, day Date) (PZKSize, []cooperation.Sector) {
	ix := cooperation.NewIndex(&b.Partnership)
	t, _, ok := ix.PZK()
	if !ok {
		return PZKSize{}, nil
	}
	members := map[string]bool{}
	var sectors []cooperation.Sector
	for j := range t.Members {
		m := &t.Members[j]
		if m.Joined.IsZero() || !m.ActiveOn(day) || members[m.Institution] {
			continue
		}
		members[m.Institution] = true
		in, ok := ix.Institution(m.Institution)
		if !ok {
			continue
		}
		if sec := in.EffectiveSector(); sec != "" && sec != cooperation.SectorLocalGovernment && !slices.Contains(sectors, sec) {
			sectors = append(sectors, sec)
		}
	}
	slices.SortFunc(sectors, func(a, b cooperation.Sector) int { return strings.Compare(string(a), string(b)) })
	return PZKSize{Institutions: len(members), Sectors: len(sectors)}, sectors
}
