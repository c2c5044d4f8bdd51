package simulate

import (
	"container/heap"
	"maps"
	"slices"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// evaluation keeps the findings of the simulated bundle up to date, part
// by part (ipw.Checker): the partnership, each plan and each of its
// actions, the rules across plans, the capacity of the basket of services
// and the recorded stages. A part is evaluated again when its data changed,
// or on the day its rules said its findings could next change (ipw.Part's
// Next); in between, the rules would say the same thing.
type evaluation struct {
	ch       *ipw.Checker
	st       *ipw.Bundle
	horizon  Date
	partner  part
	plans    []planParts
	across   part
	capacity part
	stages   part
	// acrossIn and capIn are what the rules across plans and the capacity
	// read of each plan (Checker.AcrossInput, CapacityInput).
	acrossIn, capIn []string
	cal             calendar
}

// part is the current findings of one part and the day they can change.
type part struct {
	findings []cooperation.Finding
	next     Date
}

type planParts struct {
	own     part
	actions []part
	// last is the plan's last evaluation, in whose context its actions
	// alone are evaluated again (ipw.PlanPart.Action).
	last ipw.PlanPart
}

// The kinds of parts, for the calendar.
const (
	kindPartner = iota
	kindPlan
	kindAction
	kindAcross
	kindCapacity
	kindStages
)

// changes is what happened on one day, and what is due on it.
type changes struct {
	day     Date
	plans   map[int]bool // plans whose data changed, or that were added
	partner bool         // the partnership's data changed
	data    bool         // any data changed (the stages read everything)
	all     bool         // evaluate everything (the horizon)
	due     []entry      // parts whose day has come
}

func (c *changes) plan(k int)   { c.plans[k] = true; c.data = true }
func (c *changes) partnership() { c.partner = true; c.data = true }
func (c *changes) everything()  { c.all = true }

func newEvaluation(st *ipw.Bundle, asOf, horizon Date, opts []cooperation.Option) *evaluation {
	e := &evaluation{ch: ipw.NewChecker(st, opts...), st: st, horizon: horizon}
	ch := &changes{day: asOf, all: true}
	e.evaluate(ch, nil)
	return e
}

// begin starts the evaluation of day: it takes the parts due that day.
func (e *evaluation) begin(day Date) *changes {
	ch := &changes{day: day, plans: map[int]bool{}}
	for len(e.cal) > 0 && !e.cal[0].day.After(day) {
		x := heap.Pop(&e.cal).(entry)
		if e.live(x) {
			ch.due = append(ch.due, x)
		}
	}
	return ch
}

// live reports whether x is still the day of its part (a part evaluated
// since has a new one).
func (e *evaluation) live(x entry) bool {
	switch x.kind {
	case kindPartner:
		return e.partner.next == x.day
	case kindPlan:
		return e.plans[x.plan].own.next == x.day
	case kindAction:
		return e.plans[x.plan].actions[x.action].next == x.day
	case kindAcross:
		return e.across.next == x.day
	case kindCapacity:
		return e.capacity.next == x.day
	}
	return e.stages.next == x.day
}

// end evaluates what ch says must be, and returns the findings that
// appeared and were resolved, sorted.
func (e *evaluation) end(ch *changes) (appeared, resolved []cooperation.Finding) {
	e.evaluate(ch, func(old, now []cooperation.Finding) {
		a, r := diffFindings(old, now)
		appeared, resolved = append(appeared, a...), append(resolved, r...)
	})
	cooperation.SortFindings(appeared)
	cooperation.SortFindings(resolved)
	return appeared, resolved
}

// evaluate evaluates the parts ch calls for at ch.day and reports each
// change of a part's findings to diff (nil: the first evaluation).
func (e *evaluation) evaluate(ch *changes, diff func(old, now []cooperation.Finding)) {
	day := ch.day
	var duePartner, dueAcross, dueCapacity, dueStages bool
	duePlans := map[int]bool{}
	dueActions := map[int][]int{}
	for _, x := range ch.due {
		switch x.kind {
		case kindPartner:
			duePartner = true
		case kindPlan:
			duePlans[x.plan] = true
		case kindAction:
			dueActions[x.plan] = append(dueActions[x.plan], x.action)
		case kindAcross:
			dueAcross = true
		case kindCapacity:
			dueCapacity = true
		default:
			dueStages = true
		}
	}
	set := func(p *part, now ipw.Part, x entry) {
		if diff != nil {
			diff(p.findings, now.Findings)
		}
		p.findings, p.next = now.Findings, now.Next
		if !now.Next.IsZero() && !now.Next.After(e.horizon) {
			x.day = now.Next
			heap.Push(&e.cal, x)
		}
	}
	if ch.partner {
		e.ch.Refresh()
	}
	if ch.all || ch.partner || duePartner {
		set(&e.partner, e.ch.Partnership(day), entry{kind: kindPartner})
	}
	for len(e.plans) < len(e.st.IPWs) {
		e.plans = append(e.plans, planParts{})
		e.acrossIn = append(e.acrossIn, "")
		e.capIn = append(e.capIn, "")
	}
	acrossDirty, capDirty := false, false
	plan := func(k int) {
		pp := e.ch.Plan(k, day)
		p := &e.plans[k]
		p.last = pp
		set(&p.own, pp.Part, entry{kind: kindPlan, plan: k})
		for len(p.actions) < len(pp.Actions) {
			p.actions = append(p.actions, part{})
		}
		for j := range pp.Actions {
			set(&p.actions[j], pp.Actions[j], entry{kind: kindAction, plan: k, action: j})
		}
		if in := e.ch.AcrossInput(k); in != e.acrossIn[k] {
			e.acrossIn[k], acrossDirty = in, true
		}
		if in := e.ch.CapacityInput(k); in != e.capIn[k] {
			e.capIn[k], capDirty = in, true
		}
	}
	if ch.all || ch.partner {
		for k := range e.st.IPWs {
			plan(k)
		}
	} else {
		whole := map[int]bool{}
		for k := range ch.plans {
			whole[k] = true
		}
		for k := range duePlans {
			whole[k] = true
		}
		for _, k := range sortedInts(whole) {
			plan(k)
		}
		for _, k := range slices.Sorted(maps.Keys(dueActions)) {
			if whole[k] {
				continue
			}
			js := dueActions[k]
			slices.Sort(js)
			for _, j := range js {
				p := &e.plans[k]
				set(&p.actions[j], p.last.Action(j, day), entry{kind: kindAction, plan: k, action: j})
			}
		}
	}
	if ch.all || acrossDirty || dueAcross {
		set(&e.across, e.ch.AcrossPlans(day), entry{kind: kindAcross})
	}
	if ch.all || ch.partner || capDirty || dueCapacity {
		set(&e.capacity, e.ch.Capacity(day), entry{kind: kindCapacity})
	}
	if ch.all || ch.data || dueStages {
		set(&e.stages, e.ch.Stages(day), entry{kind: kindStages})
	}
}

// peek returns the next day some part is due.
func (e *evaluation) peek() (Date, bool) {
	for len(e.cal) > 0 {
		if e.live(e.cal[0]) {
			return e.cal[0].day, true
		}
		heap.Pop(&e.cal)
	}
	return Date{}, false
}

// current returns every current finding, sorted.
func (e *evaluation) current() []cooperation.Finding {
	out := append([]cooperation.Finding(nil), e.partner.findings...)
	for _, p := range e.plans {
		out = append(out, p.own.findings...)
		for _, a := range p.actions {
			out = append(out, a.findings...)
		}
	}
	out = append(out, e.across.findings...)
	out = append(out, e.capacity.findings...)
	out = append(out, e.stages.findings...)
	cooperation.SortFindings(out)
	return out
}

// entry is a part due on a day.
type entry struct {
	day          Date
	kind         int
	plan, action int
}

// calendar is a min-heap of entries by day.
type calendar []entry

func (h calendar) Len() int           { return len(h) }
func (h calendar) Less(i, j int) bool { return h[i].day.Before(h[j].day) }
func (h calendar) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *calendar) Push(x any)        { *h = append(*h, x.(entry)) }
func (h *calendar) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// diffFindings returns the findings of now not in old (appeared) and of old
// not in now (resolved). Findings are the same when code, path, severity
// and params agree; of the rest, findings with the same code, path and
// severity are paired off as one finding whose parameters changed.
func diffFindings(old, now []cooperation.Finding) (appeared, resolved []cooperation.Finding) {
	if len(old) == 0 {
		return now, nil
	}
	if len(now) == 0 {
		return nil, old
	}
	if sameLoosely(old, now) {
		return nil, nil
	}
	count := make(map[string]int, len(old))
	for _, f := range old {
		count[findingKey(f)]++
	}
	var newOnly []cooperation.Finding
	for _, f := range now {
		k := findingKey(f)
		if count[k] > 0 {
			count[k]--
			continue
		}
		newOnly = append(newOnly, f)
	}
	var oldOnly []cooperation.Finding
	for _, f := range old {
		k := findingKey(f)
		if count[k] > 0 {
			count[k]--
			oldOnly = append(oldOnly, f)
		}
	}
	// Pair off changes of parameters alone.
	loose := make(map[string]int, len(oldOnly))
	for _, f := range oldOnly {
		loose[looseKey(f)]++
	}
	paired := make(map[string]int)
	for _, f := range newOnly {
		k := looseKey(f)
		if loose[k] > 0 {
			loose[k]--
			paired[k]++
			continue
		}
		appeared = append(appeared, f)
	}
	for _, f := range oldOnly {
		k := looseKey(f)
		if paired[k] > 0 {
			paired[k]--
			continue
		}
		resolved = append(resolved, f)
	}
	return appeared, resolved
}

// sameLoosely reports whether old and now, both sorted, hold findings of
// the same codes, paths and severities one for one: then nothing appeared
// and nothing was resolved, at most parameters changed.
func sameLoosely(old, now []cooperation.Finding) bool {
	if len(old) != len(now) {
		return false
	}
	for i := range old {
		if old[i].Code != now[i].Code || old[i].Path != now[i].Path || old[i].Severity != now[i].Severity {
			return false
		}
	}
	return true
}

func looseKey(f cooperation.Finding) string {
	return string(f.Code) + "\x00" + string(f.Path) + "\x00" + string(f.Severity)
}

func findingKey(f cooperation.Finding) string {
	var b strings.Builder
	b.WriteString(looseKey(f))
	for _, k := range slices.Sorted(maps.Keys(f.Params)) {
		b.WriteByte(0)
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(f.Params[k])
	}
	return b.String()
}
