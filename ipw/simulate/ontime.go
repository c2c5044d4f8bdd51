package simulate

import (
	"container/heap"
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// agenda is what the scenario and the on_time assumption do on each date.
type agenda struct {
	days  map[Date]*dayWork
	queue dateHeap
}

// dayWork is what is due on one date.
type dayWork struct {
	events    []int        // scenario events, in scenario order
	completes []actionRef  // on_time: actions due
	reviews   map[int]bool // on_time: reviews due
	closes    map[int]bool // on_time: planned ends
	meeting   bool         // on_time: the PZK's next meeting is due
}

type actionRef struct{ plan, action int }

func newAgenda() *agenda { return &agenda{days: map[Date]*dayWork{}} }

// day returns the work of d, added to the agenda.
func (a *agenda) day(d Date) *dayWork {
	w, ok := a.days[d]
	if !ok {
		w = &dayWork{}
		a.days[d] = w
		heap.Push(&a.queue, d)
	}
	return w
}

// peek returns the first date with work.
func (a *agenda) peek() (Date, bool) {
	if len(a.queue) == 0 {
		return Date{}, false
	}
	return a.queue[0], true
}

// take removes and returns the work of d (nil: none), which must be the
// first date with work or before it.
func (a *agenda) take(d Date) *dayWork {
	w, ok := a.days[d]
	if !ok {
		return nil
	}
	delete(a.days, d)
	heap.Pop(&a.queue)
	return w
}

// dateHeap is a min-heap of dates.
type dateHeap []Date

func (h dateHeap) Len() int           { return len(h) }
func (h dateHeap) Less(i, j int) bool { return h[i].Before(h[j]) }
func (h dateHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *dateHeap) Push(x any)        { *h = append(*h, x.(Date)) }
func (h *dateHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// The on_time assumption: the plans as written, everything on schedule.

// queueAssumed queues, with on_time, plan k's action completions, its
// next review and its planned end, from day on.
func (s *sim) queueAssumed(k int, day Date) {
	if !s.onTime {
		return
	}
	p := &s.st.IPWs[k]
	for j := range p.Actions {
		a := &p.Actions[j]
		if !a.Status.Open() || a.Due.IsZero() || s.decided[p.ID+"\x00"+a.ID] {
			continue
		}
		if d := cooperation.MaxDate(a.Due, day); !d.After(s.horizon) {
			w := s.work.day(d)
			w.completes = append(w.completes, actionRef{k, j})
		}
	}
	s.queueReview(k, day)
	s.queueClose(k, day)
}

// reviewDue returns the day plan p's next review is due: the last working
// day within ipw.reviewMaxGapDays of its last review (or its start).
func (s *sim) reviewDue(p *ipw.Plan) Date {
	from := p.Period.Start
	for _, r := range p.Reviews {
		if r.Date.After(from) {
			from = r.Date
		}
	}
	if from.IsZero() {
		return Date{}
	}
	return lastWorkingDayWithin(from, s.settings.IPW.ReviewMaxGapDays)
}

// lastWorkingDayWithin returns the last working day at most days after
// from, or from+days when none is (a gap shorter than a long weekend).
func lastWorkingDayWithin(from Date, days int) Date {
	due := from.AddDays(days)
	for d := due; d.After(from); d = d.AddDays(-1) {
		if cooperation.IsWorkingDay(d) {
			return d
		}
	}
	return due
}

func (s *sim) queueReview(k int, day Date) {
	if !s.onTime {
		return
	}
	due := s.reviewDue(&s.st.IPWs[k])
	if due.IsZero() {
		return
	}
	if d := cooperation.MaxDate(due, day); !d.After(s.horizon) {
		w := s.work.day(d)
		if w.reviews == nil {
			w.reviews = map[int]bool{}
		}
		w.reviews[k] = true
	}
}

func (s *sim) queueClose(k int, day Date) {
	end := ipw.PlannedEnd(&s.st.IPWs[k])
	if end.IsZero() {
		return
	}
	if d := cooperation.MaxDate(end, day); !d.After(s.horizon) {
		w := s.work.day(d)
		if w.closes == nil {
			w.closes = map[int]bool{}
		}
		w.closes[k] = true
	}
}

// queueAfterReview queues, after a review on day, the next review and the
// (possibly moved) planned end.
func (s *sim) queueAfterReview(k int, day Date) {
	if s.onTime {
		s.queueReview(k, day.AddDays(1))
		s.queueClose(k, day)
	}
}

// pzk returns the partnership team of the simulated bundle.
func (s *sim) pzk() (*cooperation.Team, bool) {
	for i := range s.st.Teams {
		if s.st.Teams[i].Kind == cooperation.TeamPZK {
			return &s.st.Teams[i], true
		}
	}
	return nil, false
}

// meetingDue returns the day the PZK's next meeting is due: the last working
// day within team.meetingMaxGapDays of its last meeting (or its forming).
func (s *sim) meetingDue(t *cooperation.Team) Date {
	from := t.Formed
	for _, m := range t.Meetings {
		if m.Date.After(from) {
			from = m.Date
		}
	}
	if from.IsZero() {
		return Date{}
	}
	return lastWorkingDayWithin(from, s.settings.Team.MeetingMaxGapDays)
}

// queueMeeting queues, with on_time, the PZK's next meeting from day on.
func (s *sim) queueMeeting(day Date) {
	if !s.onTime {
		return
	}
	t, ok := s.pzk()
	if !ok {
		return
	}
	due := s.meetingDue(t)
	if due.IsZero() {
		return
	}
	if d := cooperation.MaxDate(due, day); !d.After(s.horizon) {
		s.work.day(d).meeting = true
	}
}

// assumeMeeting holds, with on_time, the PZK meeting due on d, attended by
// the institutions that are members that day, and queues the next one.
func (s *sim) assumeMeeting(d Date) (ipw.Event, bool) {
	t, ok := s.pzk()
	if !ok || s.meetingDue(t).After(d) {
		return ipw.Event{}, false
	}
	m := cooperation.Meeting{Date: d}
	for i := range t.Members {
		if t.Members[i].ActiveOn(d) && !slices.Contains(m.Attendees, t.Members[i].Institution) {
			m.Attendees = append(m.Attendees, t.Members[i].Institution)
		}
	}
	t.Meetings = append(t.Meetings, m)
	s.queueMeeting(d.AddDays(1))
	return ipw.Event{Date: d, Type: ipw.EventMeetingHeld}, true
}

// assumed applies the on_time events due on d: the PZK's meeting, then
// completions, then reviews, then closures at the planned end, each only
// for a plan in progress; it tells ch what changed and returns the events.
func (s *sim) assumed(d Date, w *dayWork, ch *changes) []ipw.Event {
	var out []ipw.Event
	if w.meeting {
		if ev, ok := s.assumeMeeting(d); ok {
			out = append(out, ev)
			ch.partnership()
		}
	}
	inProgress := func(k int) bool { return ipw.DeriveStatus(&s.st.IPWs[k], d) == ipw.StatusInProgress }
	slices.SortFunc(w.completes, func(a, b actionRef) int {
		if a.plan != b.plan {
			return a.plan - b.plan
		}
		return a.action - b.action
	})
	for _, r := range w.completes {
		p := &s.st.IPWs[r.plan]
		a := &p.Actions[r.action]
		if !a.Status.Open() || !inProgress(r.plan) {
			continue
		}
		a.Status, a.Completed = ipw.ActionDone, d
		out = append(out, ipw.Event{Date: d, Type: ipw.EventActionDone, IPW: p.ID, Action: a.ID})
		ch.plan(r.plan)
	}
	for _, k := range sortedInts(w.reviews) {
		p := &s.st.IPWs[k]
		if !inProgress(k) || s.reviewDue(p).After(d) {
			continue
		}
		rv := ipw.Review{Date: d, Decision: ipw.DecisionContinue}
		if p.CaseWorker.Institution != "" {
			rv.Participants = []string{p.CaseWorker.Institution}
		}
		p.Reviews = append(p.Reviews, rv)
		out = append(out, ipw.Event{Date: d, Type: ipw.EventReview, IPW: p.ID, Decision: ipw.DecisionContinue})
		ch.plan(k)
		s.queueReview(k, d.AddDays(1))
	}
	for _, k := range sortedInts(w.closes) {
		p := &s.st.IPWs[k]
		if !inProgress(k) || ipw.PlannedEnd(p).After(d) {
			continue
		}
		reason, outcomes := projectedOutcome(p)
		s.close(p, d, reason, outcomes)
		s.recordStatus(p, d, ipw.EventClose, "")
		out = append(out, ipw.Event{Date: d, Type: ipw.EventClose, IPW: p.ID, Reason: string(reason), GoalOutcomes: outcomes})
		ch.plan(k)
	}
	return out
}

// projectedOutcome evaluates p's goals as the on_time projection closes
// it: a goal is achieved when every action serving it that was not
// cancelled is done, partially achieved when some are, not achieved
// otherwise; the reason follows.
func projectedOutcome(p *ipw.Plan) (ipw.ClosureReason, map[string]ipw.Outcome) {
	done, all := map[string]int{}, map[string]int{}
	for _, a := range p.Actions {
		if a.Status == ipw.ActionCancelled {
			continue
		}
		all[a.Goal]++
		if a.Status == ipw.ActionDone {
			done[a.Goal]++
		}
	}
	outcomes := make(map[string]ipw.Outcome, len(p.Goals))
	achieved, some := 0, 0
	for _, g := range p.Goals {
		switch {
		case all[g.ID] > 0 && done[g.ID] == all[g.ID]:
			outcomes[g.ID] = ipw.OutcomeAchieved
			achieved++
		case done[g.ID] > 0:
			outcomes[g.ID] = ipw.OutcomePartiallyAchieved
			some++
		default:
			outcomes[g.ID] = ipw.OutcomeNotAchieved
		}
	}
	switch {
	case len(p.Goals) > 0 && achieved == len(p.Goals):
		return ipw.ClosureGoalsAchieved, outcomes
	case achieved+some > 0:
		return ipw.ClosureGoalsPartiallyAchieved, outcomes
	}
	return ipw.ClosurePeriodEnded, outcomes
}
