package ipw

import (
	"container/heap"
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// ErrNoScenario is returned by Simulate when it is given no bundle or no
// scenario.
var ErrNoScenario = errors.New("ipw: Simulate needs a bundle and a scenario")

// Simulation is the outcome of replaying a scenario over a bundle: what
// changed on each date, the indicators and the findings at the horizon, and
// the bundle as it stands at the horizon.
type Simulation struct {
	// AsOf and Horizon are the first and the last simulated day.
	AsOf    Date       `json:"asOf"`
	Horizon Date       `json:"horizon"`
	Assume  Assumption `json:"assume"`
	// Scenario holds the problems of the scenario document itself, with
	// paths into it (/events/3/date): events out of range, naming unknown
	// things, or impossible in the state they meet. Such events are skipped.
	Scenario []cooperation.Finding `json:"scenario"`
	// Initial are the bundle's findings at AsOf, before any event.
	Initial []cooperation.Finding `json:"initial"`
	// Timeline has one step per date on which an event happened or a
	// finding appeared or was resolved, in date order.
	Timeline []Step `json:"timeline"`
	// Indicators and Findings describe the state at Horizon.
	Indicators IndicatorSet          `json:"indicators"`
	Findings   []cooperation.Finding `json:"findings"`
	// Final is the bundle at Horizon (its asOf set to Horizon).
	Final *Bundle `json:"final"`
}

// Step is one date of a simulation's timeline.
type Step struct {
	Date Date `json:"date"`
	// Events are the scenario's events applied on Date, in scenario order.
	Events []Event `json:"events"`
	// Assumed are the events the on_time assumption added on Date: actions
	// completed on their due dates, reviews and PZK meetings held on
	// schedule (EventMeetingHeld), plans closed at their planned end.
	Assumed []Event `json:"assumed,omitempty"`
	// Appeared and Resolved are the findings present on Date and not on the
	// previous step's date, and the other way round.
	Appeared []cooperation.Finding `json:"appeared"`
	Resolved []cooperation.Finding `json:"resolved"`
}

// Simulate replays sc over b from asOf (cooperation.AsOf, else b's asOf) to
// sc.Horizon (DOMAIN.md §12). It is a pure function of its input: b is not
// modified, nothing reads the clock, and the same input gives the same
// Simulation. Options are those of Check: cooperation.AsOf,
// cooperation.InLanguage (messages) and cooperation.WithProfile.
//
// It returns a Go error only for misuse: no bundle or scenario
// (ErrNoScenario), no date to start from (ErrNoDate). Problems of the
// scenario's content are findings in Simulation.Scenario, and the faulty
// event is skipped. A horizon before asOf (or none) is
// scenario.horizon_invalid, and the simulation then covers asOf alone.
//
// # Replay
//
// Events are applied in date order, events of one date in scenario order.
// Each has the effect it would have in the case file:
//
//   - action_started sets a planned action in progress; action_done and
//     action_not_done set its status and its completion date to the event's
//     date; action_cancelled cancels it. An action already done, not done or
//     cancelled cannot change again (scenario.event_invalid).
//   - review adds a review held with the case worker's institution; with
//     decision extend it needs a newEnd after the planned end in force, and
//     moves the planned end (PlannedEnd); with suspend it also suspends the
//     plan from that day, with close it also closes it (reason and
//     goalOutcomes as for close).
//   - suspend opens a suspension from the event's date; resume ends the open
//     one the day before.
//   - close records the closure (date, reason, goalOutcomes) and cancels
//     the plan's open actions: a closed programme has no work in progress.
//   - consent_withdrawn records the withdrawal date; it changes nothing
//     else, so the rule on consent withdrawn under open actions shows what
//     has to follow.
//   - partner_withdraws gives notice, on the event's date, to every
//     agreement the institution is a party to on that date; each withdrawal
//     takes effect after the agreement's notice period
//     (Agreement.WithdrawalEffective). Its team memberships end on the day
//     before the last of those effects (on the event's date when it is party
//     to none). Actions it owns are left as they are: the findings about
//     actions not covered or owned by a non-member show what the withdrawal
//     breaks.
//   - partner_joins makes the institution a member of the PZK from the
//     event's date and binds it into the partnership: in variants that
//     require accession declarations, with a declaration signed that day by
//     it and the PZK's leader institution; otherwise by an annex, effective
//     that day, adding it to the first local_cooperation (else pilot)
//     agreement in force, signed by every party in force and by it.
//   - agreement_expires ends the agreement on the day before the event's
//     date (the event's date is the first day without it): validUntil, and
//     any annex's validUntil, are cut to that day.
//   - ipw_added appends the IPW given as document.
//
// With assume on_time, on each date after the scenario's events: every open
// action whose end the scenario does not decide (by action_done,
// action_not_done or action_cancelled) is done on its due date (an action
// already overdue at asOf is done, late, on asOf), provided its plan is in
// progress that day; every plan in progress is reviewed (decision continue)
// on the last working day that keeps it within ipw.reviewMaxGapDays of the
// previous review or of its start (a review already overdue at asOf is held
// on asOf, and a suspended plan is reviewed again on resuming); and a plan
// in progress at its planned end is closed that day, each goal achieved when
// all its remaining actions are done, partially achieved when some are, not
// achieved otherwise, with the reason that follows (goals_achieved,
// goals_partially_achieved, or period_ended). The PZK, too, meets on the
// last working day that keeps it within team.meetingMaxGapDays of its
// previous meeting, attended by its members of that day: the projection is
// about where the plans break, not about a partnership that stops meeting.
// These added events are listed as Step.Assumed.
//
// # Which dates are re-checked
//
// The rules are evaluated, at the date, on every day where something may
// change: the dates of events (the scenario's and the assumed ones), and the
// days on which an as-of rule may change its verdict without any event.
// For a plan those are the dates it records (signatures, start, consent,
// qualification, diagnosis, completions, reviews, suspension starts, closure,
// goal targets), the day after each suspension's and the planned end, the
// day after each action's deadline moved to a working day (when it becomes
// overdue), each review (and the start) plus ipw.reviewMaxGapDays plus one
// (when a review becomes overdue), and 1 January (ages). For the
// partnership they are the dates it records, the day after each, each
// agreement's end less agreement.expiryWarningDays, each meeting plus
// team.meetingMaxGapDays plus one, and 1 January.
//
// To keep the cost linear in the number of IPWs and events, the rules are
// not run over the whole bundle on each such day. Each plan is checked on
// its own (Check over the partnership and that plan alone; paths are mapped
// back) on its own dates and when an event touches it; the partnership is
// checked without plans on its dates and when an event changes it (and then
// every plan is re-checked, since coverage and membership may have changed
// under them); the capacity of the basket of services is recomputed
// (cooperation.CheckCapacity) when a plan's actions change; the
// duplicate-beneficiary rule and duplicate IPW ids are re-checked over the
// plans that could match (same pseudonym up to case, spacing and
// punctuation, same PESEL, or same id) when one of them changes. Stage
// findings judge recorded completions, all dated on or before asOf; they are
// evaluated once, at asOf, and carried unchanged. The union of these parts
// equals Check over the whole bundle at the date.
//
// Findings are compared between dates by code, path and parameters; a
// finding whose parameters alone change (the number of days a review is
// overdue, the date in a message) persists and is neither resolved nor
// appeared again.
func Simulate(b *Bundle, sc *Scenario, opts ...cooperation.Option) (*Simulation, error) {
	if b == nil || sc == nil {
		return nil, ErrNoScenario
	}
	cfg := cooperation.NewConfig(opts...)
	asOf, err := dateOf(b, cfg)
	if err != nil {
		return nil, err
	}
	s := &sim{
		cfg:      cfg,
		opts:     opts,
		asOf:     asOf,
		horizon:  sc.Horizon,
		sc:       sc,
		st:       copyBundle(b),
		settings: Settings(b, cfg.Profile),
		onTime:   sc.Assume == AssumeOnTime,
		days:     map[Date]*dayWork{},
	}
	if s.horizon.IsZero() || s.horizon.Before(asOf) {
		s.scenario.Add(cooperation.CodeScenarioHorizonInvalid, cooperation.Path("").Key("horizon"),
			"horizon", sc.Horizon.String(), "asOf", asOf.String())
		s.horizon = asOf
	}
	if !sc.Assume.Valid() {
		s.scenarioInvalid(cooperation.Path("").Key("assume"), -1, nil,
			label{"the assumption " + string(sc.Assume) + " is neither as_recorded nor on_time",
				"założenie " + string(sc.Assume) + " nie jest ani as_recorded, ani on_time"})
	}
	s.run()
	return s.result(), nil
}

// sim is the state of one simulation.
type sim struct {
	cfg      cooperation.Config
	opts     []cooperation.Option
	settings cooperation.Settings
	asOf     Date
	horizon  Date
	sc       *Scenario
	st       *Bundle
	onTime   bool

	scenario cooperation.Findings
	// decided marks actions ("ipw\x00action") whose end the scenario decides.
	decided map[string]bool
	// byID is the position of each IPW id (the first, when duplicated).
	byID map[string]int

	// The current findings, in parts that are re-checked separately.
	local     [][]cooperation.Finding // per plan
	partner   []cooperation.Finding
	capacity  []cooperation.Finding
	dups      []cooperation.Finding
	stages    []cooperation.Finding
	derived   []Status // each plan's derived status at its last check
	bookSig   []string // each plan's bookings of services (bookingSig)
	dupSig    []string // what the cross-plan rules read of each plan (dupSig)
	nonCase   []cooperation.Team
	teamsDirt bool

	// partnerDataChanged is set by events that change the partnership's
	// data, which every plan's coverage and membership rules read.
	partnerDataChanged bool
	initial            []cooperation.Finding

	days     map[Date]*dayWork
	queue    dateHeap
	timeline []Step
}

// dayWork is what is due on one date.
type dayWork struct {
	events    []int        // scenario events, in scenario order
	plans     map[int]bool // plans with an as-of transition
	partner   bool         // the partnership has an as-of transition
	completes []actionRef  // on_time: actions due
	reviews   map[int]bool // on_time: reviews due
	closes    map[int]bool // on_time: planned ends
	meeting   bool         // on_time: the PZK's next meeting is due
}

type actionRef struct{ plan, action int }

func (s *sim) day(d Date) *dayWork {
	w, ok := s.days[d]
	if !ok {
		w = &dayWork{}
		s.days[d] = w
		heap.Push(&s.queue, d)
	}
	return w
}

// inSpan reports whether d lies in asOf..horizon.
func (s *sim) inSpan(d Date) bool { return !d.IsZero() && !d.Before(s.asOf) && !d.After(s.horizon) }

// check runs the rules over bundle v at day.
func (s *sim) check(v *Bundle, day Date) []cooperation.Finding {
	opts := append(slices.Clip(s.opts), cooperation.AsOf(day))
	fs, _ := Check(v, opts...) // day is never zero
	return fs
}

func (s *sim) run() {
	s.indexPlans()
	s.validateAndQueue()
	s.queueMeeting(s.asOf)
	s.baseline()
	for s.queue.Len() > 0 {
		d := heap.Pop(&s.queue).(Date)
		w := s.days[d]
		delete(s.days, d)
		s.step(d, w)
	}
}

func (s *sim) indexPlans() {
	s.byID = make(map[string]int, len(s.st.IPWs))
	for i := range s.st.IPWs {
		if _, dup := s.byID[s.st.IPWs[i].ID]; !dup {
			s.byID[s.st.IPWs[i].ID] = i
		}
	}
	s.teamsDirt = true
}

// validateAndQueue checks what can be checked of each event before the
// replay (its date, type and required fields) and queues the rest.
func (s *sim) validateAndQueue() {
	s.decided = map[string]bool{}
	for i := range s.sc.Events {
		e := &s.sc.Events[i]
		ep := eventPath(i)
		switch {
		case !e.Type.Valid():
			s.scenarioInvalid(ep.Key("type"), i, e, label{"the type " + strconv.Quote(string(e.Type)) + " is unknown",
				"rodzaj " + strconv.Quote(string(e.Type)) + " jest nieznany"})
			continue
		case (s.sc.Horizon.IsZero() || s.sc.Horizon.Before(s.asOf)) && e.Date.After(s.asOf):
			// Past a horizon that scenario.horizon_invalid reports: the
			// event is skipped with the rest of the replay, not reported.
			continue
		case e.Date.IsZero() || !s.inSpan(e.Date):
			s.scenario.Add(cooperation.CodeScenarioEventOutOfRange, ep.Key("date"),
				"event", strconv.Itoa(i), "type", string(e.Type), "date", e.Date.String(),
				"asOf", s.asOf.String(), "horizon", s.horizon.String())
			continue
		}
		if missing := missingField(e); missing != "" {
			s.scenarioInvalid(ep, i, e, label{"it needs " + missing, "brakuje pola " + missing})
			continue
		}
		switch e.Type {
		case EventActionDone, EventActionNotDone, EventActionCancelled:
			s.decided[e.IPW+"\x00"+e.Action] = true
		}
		w := s.day(e.Date)
		w.events = append(w.events, i)
	}
}

// missingField names the first field e's type needs that it lacks.
func missingField(e *Event) string {
	need := func(name, v string) string {
		if v == "" {
			return name
		}
		return ""
	}
	switch e.Type {
	case EventActionStarted, EventActionDone, EventActionNotDone, EventActionCancelled:
		if m := need("ipw", e.IPW); m != "" {
			return m
		}
		return need("action", e.Action)
	case EventReview:
		if m := need("ipw", e.IPW); m != "" {
			return m
		}
		if m := need("decision", string(e.Decision)); m != "" {
			return m
		}
		if e.Decision == DecisionExtend && e.NewEnd.IsZero() {
			return "newEnd"
		}
	case EventSuspend, EventResume, EventConsentWithdrawn, EventClose:
		return need("ipw", e.IPW)
	case EventPartnerWithdraws, EventPartnerJoins:
		return need("institution", e.Institution)
	case EventAgreementExpires:
		return need("agreement", e.Agreement)
	case EventIPWAdded:
		if e.Document == nil {
			return "document"
		}
		return need("document.id", e.Document.ID)
	}
	return ""
}

func eventPath(i int) cooperation.Path { return cooperation.Path("").Key("events").Index(i) }

// scenarioInvalid records scenario.event_invalid at at (i < 0: not an event).
func (s *sim) scenarioInvalid(at cooperation.Path, i int, e *Event, why label) {
	params := why.params("reason")
	if e != nil {
		params = append(params, "event", strconv.Itoa(i), "type", string(e.Type), "date", e.Date.String())
	}
	s.scenario.Add(cooperation.CodeScenarioEventInvalid, at, params...)
}

// baseline computes every part of the findings at asOf and queues the
// first transitions and, with on_time, the assumed events.
func (s *sim) baseline() {
	s.local = make([][]cooperation.Finding, len(s.st.IPWs))
	s.derived = make([]Status, len(s.st.IPWs))
	for k := range s.st.IPWs {
		s.local[k] = s.checkPlan(k, s.asOf)
		s.derived[k] = DeriveStatus(&s.st.IPWs[k], s.asOf)
		s.queuePlan(k, s.asOf)
		s.queueAssumed(k, s.asOf)
	}
	// The horizon re-checks everything once more, so that the findings at
	// the horizon are exact to their parameters (days overdue and the like).
	s.day(s.horizon)
	s.partner = s.checkPartner(s.asOf)
	s.queuePartner(s.asOf)
	s.capacity = s.checkCapacity()
	s.bookSig = make([]string, len(s.st.IPWs))
	for k := range s.st.IPWs {
		s.bookSig[k] = bookingSig(&s.st.IPWs[k])
		s.dupSig = append(s.dupSig, dupSig(&s.st.IPWs[k]))
	}
	s.dups = s.checkDuplicates(nil)
	if len(s.st.Stages) > 0 {
		s.stages = within(s.check(s.st, s.asOf), cooperation.Path("").Key("stages"))
	}
	s.initial = s.current()
}

// current returns every current finding, sorted.
func (s *sim) current() []cooperation.Finding {
	var out []cooperation.Finding
	for _, l := range s.local {
		out = append(out, l...)
	}
	out = append(out, s.partner...)
	out = append(out, s.capacity...)
	out = append(out, s.dups...)
	out = append(out, s.stages...)
	cooperation.SortFindings(out)
	return out
}

// step applies what is due on d and records what changed.
func (s *sim) step(d Date, w *dayWork) {
	st := Step{Date: d, Events: []Event{}}
	dirty := map[int]bool{}
	partner, capacity := w.partner, false
	dupDirty := map[int]bool{}
	for _, i := range w.events {
		e := &s.sc.Events[i]
		eff, ok := s.apply(i, e, d)
		if !ok {
			continue
		}
		st.Events = append(st.Events, *e)
		for _, k := range eff.plans {
			dirty[k] = true
		}
		partner = partner || eff.partner
		capacity = capacity || eff.partner
	}
	if s.onTime && w.meeting {
		if ev, ok := s.assumeMeeting(d); ok {
			st.Assumed = append(st.Assumed, ev)
			partner = true
		}
	}
	if s.onTime {
		for _, ev := range s.assumed(d, w) {
			st.Assumed = append(st.Assumed, ev.event)
			dirty[ev.plan] = true
			if ev.dups {
				dupDirty[ev.plan] = true
			}
		}
	}
	for k := range w.plans {
		dirty[k] = true
	}
	if d.Equal(s.horizon) {
		for k := range s.st.IPWs {
			dirty[k] = true
		}
		partner = true
	}
	// A change of the partnership's data may change every plan's coverage
	// and membership.
	var appeared, resolved []cooperation.Finding
	diff := func(old, now []cooperation.Finding) {
		a, r := diffFindings(old, now)
		appeared, resolved = append(appeared, a...), append(resolved, r...)
	}
	if partner {
		old := s.partner
		s.partner = s.checkPartner(d)
		diff(old, s.partner)
		s.queuePartner(d)
	}
	if s.partnerDataChanged {
		for k := range s.st.IPWs {
			dirty[k] = true
		}
		s.partnerDataChanged = false
	}
	for _, k := range sortedInts(dirty) {
		p := &s.st.IPWs[k]
		if p.Status != "" && p.Status == s.derived[k] {
			p.Status = DeriveStatus(p, d)
		}
		s.derived[k] = DeriveStatus(p, d)
		old := s.local[k]
		s.local[k] = s.checkPlan(k, d)
		diff(old, s.local[k])
		s.queuePlan(k, d)
		if sig := bookingSig(p); k >= len(s.bookSig) || sig != s.bookSig[k] {
			for len(s.bookSig) <= k {
				s.bookSig = append(s.bookSig, "")
			}
			s.bookSig[k] = sig
			capacity = true
		}
		if sig := dupSig(p); k >= len(s.dupSig) || sig != s.dupSig[k] {
			for len(s.dupSig) <= k {
				s.dupSig = append(s.dupSig, "")
			}
			s.dupSig[k] = sig
			dupDirty[k] = true
		}
	}
	if capacity {
		old := s.capacity
		s.capacity = s.checkCapacity()
		diff(old, s.capacity)
	}
	if len(dupDirty) > 0 {
		old := s.dups
		s.dups = s.checkDuplicates(dupDirty)
		diff(old, s.dups)
	}
	if len(st.Events) == 0 && len(st.Assumed) == 0 && len(appeared) == 0 && len(resolved) == 0 {
		return
	}
	cooperation.SortFindings(appeared)
	cooperation.SortFindings(resolved)
	st.Appeared, st.Resolved = nonNil(appeared), nonNil(resolved)
	s.timeline = append(s.timeline, st)
}

func nonNil(fs []cooperation.Finding) []cooperation.Finding {
	if fs == nil {
		return []cooperation.Finding{}
	}
	return fs
}

func sortedInts(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (s *sim) result() *Simulation {
	final := s.st
	final.AsOf = s.horizon
	out := &Simulation{
		AsOf:       s.asOf,
		Horizon:    s.horizon,
		Assume:     s.sc.Assume,
		Scenario:   nonNil(s.scenario.Finish(s.settings, s.cfg.Lang)),
		Initial:    nonNil(s.initial),
		Timeline:   s.timeline,
		Indicators: Indicators(final, s.horizon, s.opts...),
		Findings:   nonNil(s.current()),
		Final:      final,
	}
	if out.Assume == "" {
		out.Assume = AssumeAsRecorded
	}
	if out.Timeline == nil {
		out.Timeline = []Step{}
	}
	return out
}

// diffFindings returns the findings of now not in old (appeared) and of old
// not in now (resolved). Findings are the same when code, path and params
// agree; of the rest, findings with the same code and path are paired off
// as one finding whose parameters changed.
func diffFindings(old, now []cooperation.Finding) (appeared, resolved []cooperation.Finding) {
	if len(old) == 0 {
		return now, nil
	}
	if len(now) == 0 {
		return nil, old
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
		loose[string(f.Code)+"\x00"+string(f.Path)]++
	}
	paired := make(map[string]int)
	for _, f := range newOnly {
		k := string(f.Code) + "\x00" + string(f.Path)
		if loose[k] > 0 {
			loose[k]--
			paired[k]++
			continue
		}
		appeared = append(appeared, f)
	}
	for _, f := range oldOnly {
		k := string(f.Code) + "\x00" + string(f.Path)
		if paired[k] > 0 {
			paired[k]--
			continue
		}
		resolved = append(resolved, f)
	}
	return appeared, resolved
}

func findingKey(f cooperation.Finding) string {
	var b strings.Builder
	b.WriteString(string(f.Code))
	b.WriteByte(0)
	b.WriteString(string(f.Path))
	for _, k := range sortedKeys(f.Params) {
		b.WriteByte(0)
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(f.Params[k])
	}
	return b.String()
}

// within returns the findings at or below p.
func within(fs []cooperation.Finding, p cooperation.Path) []cooperation.Finding {
	var out []cooperation.Finding
	for _, f := range fs {
		if f.Path.Within(p) {
			out = append(out, f)
		}
	}
	return out
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

// The parts of the findings.

var pathStages = cooperation.Path("").Key("stages")

// crossPlan reports whether f, found at a plan, depends on the other plans.
func crossPlan(f cooperation.Finding, planPath cooperation.Path) bool {
	return f.Code == cooperation.CodeIPWBeneficiaryDuplicate ||
		(f.Code == cooperation.CodeRefDuplicateID && f.Path == planPath.Key("id"))
}

// teams returns the teams a view of plan p needs: every team that is not a
// per-case team, and p's own team. Per-case teams (GGK, ZZK) can number one
// per plan; leaving the others out keeps a plan's check independent of the
// number of plans.
func (s *sim) teams(p *Plan) []cooperation.Team {
	if s.teamsDirt {
		s.nonCase = s.nonCase[:0]
		for _, t := range s.st.Teams {
			if !t.Kind.IsCaseTeam() {
				s.nonCase = append(s.nonCase, t)
			}
		}
		s.teamsDirt = false
	}
	for i := range s.st.Teams {
		if t := &s.st.Teams[i]; t.ID == p.Team {
			if !t.Kind.IsCaseTeam() {
				return s.nonCase
			}
			return append(slices.Clip(s.nonCase), *t)
		}
	}
	return s.nonCase
}

// checkPlan returns the findings of plan k at day that depend on it alone:
// the rules over the partnership and this one plan, at paths below
// /ipws/k.
func (s *sim) checkPlan(k int, day Date) []cooperation.Finding {
	p := &s.st.IPWs[k]
	v := &Bundle{Partnership: s.st.Partnership, IPWs: s.st.IPWs[k : k+1 : k+1]}
	v.Teams = s.teams(p)
	at := pathIPWList.Index(0)
	var out []cooperation.Finding
	for _, f := range s.check(v, day) {
		if !f.Path.Within(at) || crossPlan(f, at) {
			continue
		}
		out = append(out, remap(f, map[int]int{0: k}, s.cfg.Lang))
	}
	return out
}

// remap moves a finding of a view whose plans are a subset of the bundle's
// to the bundle's own paths: plan j of the view is plan to[j].
func remap(f cooperation.Finding, to map[int]int, lang cooperation.Lang) cooperation.Finding {
	f.Path = remapPath(f.Path, to)
	var params map[string]string
	for _, k := range sortedKeys(f.Params) {
		v := f.Params[k]
		if !strings.HasPrefix(v, string(pathIPWList)+"/") {
			continue
		}
		if params == nil {
			params = make(map[string]string, len(f.Params))
			for k2, v2 := range f.Params {
				params[k2] = v2
			}
		}
		params[k] = string(remapPath(cooperation.Path(v), to))
	}
	if params != nil {
		f.Params = params
		f.Message = cooperation.Message(f.Code, lang, params)
	}
	return f
}

func remapPath(p cooperation.Path, to map[int]int) cooperation.Path {
	prefix := string(pathIPWList) + "/"
	rest, ok := strings.CutPrefix(string(p), prefix)
	if !ok {
		return p
	}
	idx, tail, _ := strings.Cut(rest, "/")
	j, err := strconv.Atoi(idx)
	if err != nil {
		return p
	}
	out := pathIPWList.Index(to[j])
	if tail != "" {
		out += cooperation.Path("/" + tail)
	}
	return out
}

// checkPartner returns the findings of the partnership alone at day: the
// rules over the bundle without its plans and stages.
func (s *sim) checkPartner(day Date) []cooperation.Finding {
	v := &Bundle{Partnership: s.st.Partnership}
	var out []cooperation.Finding
	for _, f := range s.check(v, day) {
		if f.Code == cooperation.CodeServiceCapacityExceeded || f.Path.Within(pathStages) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// checkCapacity returns service.capacity_exceeded over every plan's
// bookings (see bookingsOf).
func (s *sim) checkCapacity() []cooperation.Finding {
	ix := cooperation.NewIndex(&s.st.Partnership)
	var bookings []cooperation.Booking
	for k := range s.st.IPWs {
		bookings = append(bookings, bookingsOf(ix, &s.st.IPWs[k], pathIPWList.Index(k))...)
	}
	var f cooperation.Findings
	cooperation.CheckCapacity(ix, bookings, &f)
	return f.Finish(s.settings, s.cfg.Lang)
}

// bookingSig sums up what p books of the basket of services: each booking
// action's service and the months it counts in. Capacity is re-checked
// only when some plan's sum changes.
func bookingSig(p *Plan) string {
	var b strings.Builder
	for k := range p.Actions {
		a := &p.Actions[k]
		if a.Service == "" || a.Status == ActionCancelled || !spanOK(a) {
			continue
		}
		first, last := monthIndex(a.Start), monthIndex(a.Due)
		if !a.Completed.IsZero() {
			last = min(last, monthIndex(a.Completed))
		}
		b.WriteString(a.Service)
		b.WriteByte(0)
		b.WriteString(strconv.Itoa(first))
		b.WriteByte('-')
		b.WriteString(strconv.Itoa(last))
		b.WriteByte(0)
	}
	return b.String()
}

// dupSig sums up what the rules comparing plans read of p: its family
// keys and the span over which it occupies its family. The clusters of a
// plan are re-checked only when its sum changes.
func dupSig(p *Plan) string {
	end := PlannedEnd(p)
	if p.Closure != nil {
		end = p.Closure.Date
	}
	members := make([]string, 0, len(p.Beneficiary.Members))
	for _, m := range p.Beneficiary.Members {
		members = append(members, m.ID+"/"+strconv.Itoa(m.BirthYear)+"/"+m.PESEL)
	}
	return strings.Join(familyKeys(p), "|") + "\x00" + p.Beneficiary.Pseudonym + "\x00" +
		strings.Join(members, "|") + "\x00" + p.Period.Start.String() + "\x00" + end.String()
}

// familyKeys are the keys under which two plans could be found to support
// the same family, or to share an id: the pseudonym reduced to lower-case
// letters and digits (looser than the rule's own comparison, so that no
// pair it could match is missed), each member's PESEL, and the plan's id.
func familyKeys(p *Plan) []string {
	var keys []string
	var b strings.Builder
	for _, r := range strings.ToLower(p.Beneficiary.Pseudonym) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 {
			b.WriteRune(r)
		}
	}
	if b.Len() > 0 {
		keys = append(keys, "p\x00"+b.String())
	}
	for _, m := range p.Beneficiary.Members {
		if m.PESEL != "" {
			keys = append(keys, "n\x00"+m.PESEL)
		}
	}
	return append(keys, "i\x00"+p.ID)
}

// checkDuplicates returns the findings that compare plans with each other
// (ipw.beneficiary_duplicate, ref.duplicate_id of IPW ids). The plans are
// grouped into clusters that share a family key (familyKeys), and the rules
// run over each cluster of two or more plans, in bundle order. With dirty
// given, only the clusters of those plans are re-checked; the others keep
// their findings.
func (s *sim) checkDuplicates(dirty map[int]bool) []cooperation.Finding {
	n := len(s.st.IPWs)
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	first := map[string]int{}
	for k := range s.st.IPWs {
		for _, key := range familyKeys(&s.st.IPWs[k]) {
			if j, ok := first[key]; ok {
				a, b := find(j), find(k)
				if a != b {
					parent[max(a, b)] = min(a, b)
				}
			} else {
				first[key] = k
			}
		}
	}
	clusters := map[int][]int{}
	for k := 0; k < n; k++ {
		r := find(k)
		clusters[r] = append(clusters[r], k)
	}
	recheck := map[int]bool{}
	for k := range dirty {
		if k < n {
			recheck[find(k)] = true
		}
	}
	var out []cooperation.Finding
	if dirty != nil {
		// Keep the findings of clusters not re-checked.
		for _, f := range s.dups {
			if k, ok := planOf(f.Path); ok && k < n && !recheck[find(k)] {
				out = append(out, f)
			}
		}
	}
	for _, r := range sortedInts(boolKeys(clusters)) {
		members := clusters[r]
		if len(members) < 2 || (dirty != nil && !recheck[r]) {
			continue
		}
		v := &Bundle{Partnership: s.st.Partnership}
		v.Teams = s.nonCase
		to := make(map[int]int, len(members))
		for j, k := range members {
			v.IPWs = append(v.IPWs, s.st.IPWs[k])
			to[j] = k
			if t := s.teams(&s.st.IPWs[k]); len(t) > len(v.Teams) {
				v.Teams = append(slices.Clip(v.Teams), t[len(t)-1])
			}
		}
		for _, f := range s.check(v, s.asOf) {
			j, ok := planOf(f.Path)
			if !ok || !crossPlan(f, pathIPWList.Index(j)) {
				continue
			}
			out = append(out, remap(f, to, s.cfg.Lang))
		}
	}
	return out
}

func boolKeys(m map[int][]int) map[int]bool {
	out := make(map[int]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

// planOf returns the index of the plan a path lies in.
func planOf(p cooperation.Path) (int, bool) {
	rest, ok := strings.CutPrefix(string(p), string(pathIPWList)+"/")
	if !ok {
		return 0, false
	}
	idx, _, _ := strings.Cut(rest, "/")
	k, err := strconv.Atoi(idx)
	return k, err == nil
}

// Transitions: the days on which an as-of rule may change its verdict.

// planDates returns the days after day on which plan p's findings may
// change with no event (see Simulate).
func (s *sim) planDates(p *Plan) []Date {
	var out []Date
	add := func(ds ...Date) {
		for _, d := range ds {
			if !d.IsZero() {
				out = append(out, d)
			}
		}
	}
	gap := s.settings.IPW.ReviewMaxGapDays
	add(p.Period.Start, p.Period.Start.AddDays(gap+1))
	if end := PlannedEnd(p); !end.IsZero() {
		add(end, end.AddDays(1))
	}
	if q := p.Qualification; q != nil {
		add(q.Date)
	}
	if c := p.Consent; c != nil {
		add(c.Date, c.Withdrawn)
	}
	if dg := p.Diagnosis; dg != nil {
		add(dg.Date)
	}
	for _, g := range p.Goals {
		add(g.TargetDate)
	}
	for _, a := range p.Actions {
		add(a.Start, a.Completed)
		if !a.Due.IsZero() {
			add(a.Due, cooperation.NextWorkingDay(a.Due).AddDays(1))
		}
	}
	for _, r := range p.Reviews {
		add(r.Date)
		if !r.Date.IsZero() {
			add(r.Date.AddDays(gap + 1))
		}
	}
	for _, x := range p.Suspensions {
		add(x.From)
		if !x.To.IsZero() {
			add(x.To.AddDays(1))
		}
	}
	for _, sg := range p.Signatures {
		add(sg.Date)
	}
	if p.Closure != nil {
		add(p.Closure.Date)
	}
	return out
}

// partnerDates returns the days on which the partnership's findings may
// change with no event (see Simulate).
func (s *sim) partnerDates() []Date {
	var out []Date
	add := func(ds ...Date) {
		for _, d := range ds {
			if !d.IsZero() {
				out = append(out, d, d.AddDays(1))
			}
		}
	}
	notice := s.settings.Agreement.DefaultNoticePeriodDays
	warn := s.settings.Agreement.ExpiryWarningDays
	for i := range s.st.Agreements {
		a := &s.st.Agreements[i]
		add(a.EffectiveFrom, a.ValidUntil)
		if !a.ValidUntil.IsZero() {
			add(a.ValidUntil.AddDays(-warn))
		}
		for _, sg := range a.Signatures {
			add(sg.Date)
		}
		for _, x := range a.Annexes {
			add(x.Date, x.EffectiveFrom, x.ValidUntil)
			if !x.ValidUntil.IsZero() {
				add(x.ValidUntil.AddDays(-warn))
			}
		}
		for _, w := range a.Withdrawals {
			add(w.NoticeDate, a.WithdrawalEffective(w, notice))
		}
	}
	gap := s.settings.Team.MeetingMaxGapDays
	for i := range s.st.Teams {
		t := &s.st.Teams[i]
		add(t.Formed)
		for _, m := range t.Members {
			add(m.Joined, m.Left)
		}
		for _, m := range t.Meetings {
			add(m.Date)
			if !m.Date.IsZero() {
				add(m.Date.AddDays(gap + 1))
			}
		}
	}
	return out
}

// next returns the earliest of ds after day, and 1 January after day,
// within the horizon.
func (s *sim) next(day Date, ds []Date) (Date, bool) {
	best := newYear(day)
	for _, d := range ds {
		if d.After(day) && d.Before(best) {
			best = d
		}
	}
	return best, !best.After(s.horizon)
}

func newYear(day Date) Date {
	d, _ := cooperation.NewDate(day.Year()+1, 1, 1)
	return d
}

// queuePlan queues plan k's next transition after day. Only the next one
// is queued: the check on that day queues the one after.
func (s *sim) queuePlan(k int, day Date) {
	if d, ok := s.next(day, s.planDates(&s.st.IPWs[k])); ok {
		w := s.day(d)
		if w.plans == nil {
			w.plans = map[int]bool{}
		}
		w.plans[k] = true
	}
}

func (s *sim) queuePartner(day Date) {
	if d, ok := s.next(day, s.partnerDates()); ok {
		s.day(d).partner = true
	}
}

// The on_time assumption.

// assumedEvent is an event the on_time assumption added, with its plan.
type assumedEvent struct {
	event Event
	plan  int
	dups  bool
}

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
			w := s.day(d)
			w.completes = append(w.completes, actionRef{k, j})
		}
	}
	s.queueReview(k, day)
	s.queueClose(k, day)
}

// reviewDue returns the day plan p's next review is due: the last working
// day within ipw.reviewMaxGapDays of its last review (or its start).
func (s *sim) reviewDue(p *Plan) Date {
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
		w := s.day(d)
		if w.reviews == nil {
			w.reviews = map[int]bool{}
		}
		w.reviews[k] = true
	}
}

func (s *sim) queueClose(k int, day Date) {
	end := PlannedEnd(&s.st.IPWs[k])
	if end.IsZero() {
		return
	}
	if d := cooperation.MaxDate(end, day); !d.After(s.horizon) {
		w := s.day(d)
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
		s.day(d).meeting = true
	}
}

// assumeMeeting holds, with on_time, the PZK meeting due on d, attended by
// the institutions that are members that day, and queues the next one.
func (s *sim) assumeMeeting(d Date) (Event, bool) {
	t, ok := s.pzk()
	if !ok || s.meetingDue(t).After(d) {
		return Event{}, false
	}
	m := cooperation.Meeting{Date: d}
	for i := range t.Members {
		if t.Members[i].ActiveOn(d) && !slices.Contains(m.Attendees, t.Members[i].Institution) {
			m.Attendees = append(m.Attendees, t.Members[i].Institution)
		}
	}
	t.Meetings = append(t.Meetings, m)
	s.queueMeeting(d.AddDays(1))
	return Event{Date: d, Type: EventMeetingHeld}, true
}

// queueResume queues a review on resuming when one fell due meanwhile.
func (s *sim) queueResume(k int, day Date) { s.queueReview(k, day) }

// assumed applies the on_time events due on d: completions, then reviews,
// then closures at the planned end, each only for a plan in progress.
func (s *sim) assumed(d Date, w *dayWork) []assumedEvent {
	var out []assumedEvent
	inProgress := func(k int) bool { return DeriveStatus(&s.st.IPWs[k], d) == StatusInProgress }
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
		a.Status, a.Completed = ActionDone, d
		out = append(out, assumedEvent{event: Event{Date: d, Type: EventActionDone, IPW: p.ID, Action: a.ID}, plan: r.plan})
	}
	for _, k := range sortedInts(w.reviews) {
		p := &s.st.IPWs[k]
		if !inProgress(k) || s.reviewDue(p).After(d) {
			continue
		}
		rv := Review{Date: d, Decision: DecisionContinue}
		if p.CaseWorker.Institution != "" {
			rv.Participants = []string{p.CaseWorker.Institution}
		}
		p.Reviews = append(p.Reviews, rv)
		out = append(out, assumedEvent{event: Event{Date: d, Type: EventReview, IPW: p.ID, Decision: DecisionContinue}, plan: k})
		s.queueReview(k, d.AddDays(1))
	}
	for _, k := range sortedInts(w.closes) {
		p := &s.st.IPWs[k]
		if !inProgress(k) || PlannedEnd(p).After(d) {
			continue
		}
		reason, outcomes := projectedOutcome(p)
		s.close(p, d, reason, outcomes)
		out = append(out, assumedEvent{event: Event{Date: d, Type: EventClose, IPW: p.ID, Reason: string(reason), GoalOutcomes: outcomes},
			plan: k, dups: true})
	}
	return out
}

// projectedOutcome evaluates p's goals as the on_time projection closes
// it: a goal is achieved when every action serving it that was not
// cancelled is done, partially achieved when some are, not achieved
// otherwise; the reason follows.
func projectedOutcome(p *Plan) (ClosureReason, map[string]Outcome) {
	done, all := map[string]int{}, map[string]int{}
	for _, a := range p.Actions {
		if a.Status == ActionCancelled {
			continue
		}
		all[a.Goal]++
		if a.Status == ActionDone {
			done[a.Goal]++
		}
	}
	outcomes := make(map[string]Outcome, len(p.Goals))
	achieved, some := 0, 0
	for _, g := range p.Goals {
		switch {
		case all[g.ID] > 0 && done[g.ID] == all[g.ID]:
			outcomes[g.ID] = OutcomeAchieved
			achieved++
		case done[g.ID] > 0:
			outcomes[g.ID] = OutcomePartiallyAchieved
			some++
		default:
			outcomes[g.ID] = OutcomeNotAchieved
		}
	}
	switch {
	case len(p.Goals) > 0 && achieved == len(p.Goals):
		return ClosureGoalsAchieved, outcomes
	case achieved+some > 0:
		return ClosureGoalsPartiallyAchieved, outcomes
	}
	return ClosurePeriodEnded, outcomes
}

// Copies: the simulation never changes the caller's bundle.

func copyBundle(b *Bundle) *Bundle {
	out := *b
	out.Institutions = slices.Clone(b.Institutions)
	out.Services = slices.Clone(b.Services)
	out.Teams = make([]cooperation.Team, len(b.Teams))
	for i, t := range b.Teams {
		t.Members = slices.Clone(t.Members)
		for j := range t.Members {
			t.Members[j].Roles = slices.Clone(t.Members[j].Roles)
		}
		t.Meetings = slices.Clone(t.Meetings)
		out.Teams[i] = t
	}
	out.Agreements = make([]cooperation.Agreement, len(b.Agreements))
	for i, a := range b.Agreements {
		a.Parties = slices.Clone(a.Parties)
		a.Signatures = slices.Clone(a.Signatures)
		a.Annexes = slices.Clone(a.Annexes)
		for j := range a.Annexes {
			x := &a.Annexes[j]
			x.AddParties, x.RemoveParties = slices.Clone(x.AddParties), slices.Clone(x.RemoveParties)
			x.Signatures = slices.Clone(x.Signatures)
		}
		a.Withdrawals = slices.Clone(a.Withdrawals)
		out.Agreements[i] = a
	}
	out.IPWs = make([]Plan, len(b.IPWs))
	for i := range b.IPWs {
		out.IPWs[i] = copyPlan(&b.IPWs[i])
	}
	out.Stages = slices.Clone(b.Stages)
	out.Extensions = slices.Clone(b.Extensions)
	return &out
}

func copyPlan(p *Plan) Plan {
	out := *p
	out.Beneficiary.Members = slices.Clone(p.Beneficiary.Members)
	if p.Qualification != nil {
		q := *p.Qualification
		q.Reasons = slices.Clone(q.Reasons)
		out.Qualification = &q
	}
	if p.Consent != nil {
		c := *p.Consent
		c.GivenBy, c.Scope = slices.Clone(c.GivenBy), slices.Clone(c.Scope)
		out.Consent = &c
	}
	if p.Diagnosis != nil {
		d := *p.Diagnosis
		d.Methods, d.Areas = slices.Clone(d.Methods), slices.Clone(d.Areas)
		out.Diagnosis = &d
	}
	out.Goals = slices.Clone(p.Goals)
	for i := range out.Goals {
		out.Goals[i].Areas = slices.Clone(out.Goals[i].Areas)
	}
	out.DeferredAreas = slices.Clone(p.DeferredAreas)
	out.Actions = slices.Clone(p.Actions)
	out.Reviews = slices.Clone(p.Reviews)
	for i := range out.Reviews {
		out.Reviews[i].Participants = slices.Clone(out.Reviews[i].Participants)
	}
	out.Suspensions = slices.Clone(p.Suspensions)
	out.Signatures = slices.Clone(p.Signatures)
	if p.Closure != nil {
		c := *p.Closure
		if c.GoalOutcomes != nil {
			c.GoalOutcomes = make(map[string]Outcome, len(p.Closure.GoalOutcomes))
			for g, o := range p.Closure.GoalOutcomes {
				c.GoalOutcomes[g] = o
			}
		}
		out.Closure = &c
	}
	return out
}
