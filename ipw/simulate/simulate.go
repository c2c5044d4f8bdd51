package simulate

import (
	"errors"
	"slices"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Date is the civil date of the cooperation package.
type Date = cooperation.Date

// ErrNoScenario is returned by Run and StateAt when they are given no
// bundle or no scenario.
var ErrNoScenario = errors.New("simulate: a simulation needs a bundle and a scenario")

// ErrOutOfRange is returned by StateAt for a day outside the simulated span.
var ErrOutOfRange = errors.New("simulate: the day is outside the simulated span")

// Simulation is the outcome of replaying a scenario over a bundle: what
// changed on each date, the indicators and the findings at the horizon, and
// the bundle as it stands at the horizon.
type Simulation struct {
	// AsOf and Horizon are the first and the last simulated day.
	AsOf    Date           `json:"asOf"`
	Horizon Date           `json:"horizon"`
	Assume  ipw.Assumption `json:"assume"`
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
	Indicators ipw.IndicatorSet      `json:"indicators"`
	Findings   []cooperation.Finding `json:"findings"`
	// Final is the bundle at Horizon (its asOf set to Horizon).
	Final *ipw.Bundle `json:"final"`
}

// Step is one date of a simulation's timeline.
type Step struct {
	Date Date `json:"date"`
	// Events are the scenario's events applied on Date, in scenario order.
	Events []ipw.Event `json:"events"`
	// Assumed are the events the on_time assumption added on Date: actions
	// completed on their due dates, reviews and PZK meetings held on
	// schedule (ipw.EventMeetingHeld), plans closed at their planned end.
	Assumed []ipw.Event `json:"assumed,omitempty"`
	// Appeared and Resolved are the findings present on Date and not on the
	// previous step's date, and the other way round. A finding is the same
	// when its code, path, severity and parameters are; one whose
	// parameters alone change (the days overdue) is the same finding.
	Appeared []cooperation.Finding `json:"appeared"`
	Resolved []cooperation.Finding `json:"resolved"`
}

// Run replays sc over b from asOf (cooperation.AsOf, else b's asOf) to
// sc.Horizon. It is a pure function of its input: b is not modified,
// nothing reads the clock, and the same input gives the same Simulation,
// byte for byte once encoded. The options are those of ipw.Check:
// cooperation.AsOf, cooperation.InLanguage (messages) and
// cooperation.WithProfile.
//
// It returns a Go error only for misuse: no bundle or scenario
// (ErrNoScenario), no date to start from (ipw.ErrNoDate). Problems of the
// scenario's content are findings in Simulation.Scenario, and the faulty
// event is skipped. A horizon before asOf (or none) is
// scenario.horizon_invalid, and the simulation then covers asOf alone.
//
// The package documentation says what each event does, what the on_time
// assumption adds, and how the findings are kept up to date.
func Run(b *ipw.Bundle, sc *ipw.Scenario, opts ...cooperation.Option) (*Simulation, error) {
	s, err := newSim(b, sc, opts)
	if err != nil {
		return nil, err
	}
	s.eval = newEvaluation(s.st, s.asOf, s.horizon, s.opts)
	s.initial = s.eval.current()
	s.run(s.horizon)
	return s.result(), nil
}

// StateAt returns the bundle as the simulation of sc over b has it at the
// end of day, after that day's events, with its asOf set to day: what Run
// checks on that day. The state changes only on the dates of events, and
// an event on one day can depend on the whole scenario (with on_time, an
// action whose end a later event decides is not completed on its due
// date), so the state of a day is not that of a shorter simulation. day
// must lie between the simulation's asOf and its horizon (ErrOutOfRange).
// The other errors are Run's.
func StateAt(b *ipw.Bundle, sc *ipw.Scenario, day Date, opts ...cooperation.Option) (*ipw.Bundle, error) {
	s, err := newSim(b, sc, opts)
	if err != nil {
		return nil, err
	}
	if day.Before(s.asOf) || day.After(s.horizon) {
		return nil, ErrOutOfRange
	}
	s.run(day)
	s.st.AsOf = day
	return s.st, nil
}

func newSim(b *ipw.Bundle, sc *ipw.Scenario, opts []cooperation.Option) (*sim, error) {
	if b == nil || sc == nil {
		return nil, ErrNoScenario
	}
	cfg := cooperation.NewConfig(opts...)
	asOf := cfg.AsOf
	if asOf.IsZero() {
		asOf = b.AsOf
	}
	if asOf.IsZero() {
		return nil, ipw.ErrNoDate
	}
	s := &sim{
		cfg:      cfg,
		opts:     opts,
		asOf:     asOf,
		horizon:  sc.Horizon,
		sc:       sc,
		st:       copyBundle(b),
		settings: ipw.Settings(b, cfg.Profile),
		onTime:   sc.Assume == ipw.AssumeOnTime,
		work:     newAgenda(),
	}
	if s.horizon.IsZero() || s.horizon.Before(asOf) {
		params := []string{"asOf", asOf.String()}
		if !sc.Horizon.IsZero() {
			params = append(params, "horizon", sc.Horizon.String())
		}
		s.scenario.Add(cooperation.CodeScenarioHorizonInvalid, cooperation.Path("").Key("horizon"), params...)
		s.horizon = asOf
	}
	if !sc.Assume.Valid() {
		s.scenarioInvalid(cooperation.Path("").Key("assume"), -1, nil,
			label{"Założenie „" + string(sc.Assume) + "” jest nieznane: wybierz „as_recorded” (tylko zdarzenia scenariusza) albo „on_time” (wszystko w terminie).",
				"The assumption " + strconv.Quote(string(sc.Assume)) + ` is unknown: choose "as_recorded" (only the scenario's events) or "on_time" (everything on time).`})
	}
	return s, nil
}

// sim is the state of one simulation.
type sim struct {
	cfg      cooperation.Config
	opts     []cooperation.Option
	settings cooperation.Settings
	asOf     Date
	horizon  Date
	sc       *ipw.Scenario
	st       *ipw.Bundle
	onTime   bool

	scenario cooperation.Findings
	// decided marks actions ("ipw\x00action") whose end the scenario decides.
	decided map[string]bool
	// byID is the position of each IPW id (the first, when duplicated).
	byID map[string]int

	// work is what the scenario and the on_time assumption do on each date;
	// eval keeps the findings of the simulated bundle up to date (nil:
	// the state alone is replayed, StateAt).
	work     *agenda
	eval     *evaluation
	done     Date // the last day stepped
	initial  []cooperation.Finding
	timeline []Step
}

// run replays the scenario up to the end of until.
func (s *sim) run(until Date) {
	s.byID = make(map[string]int, len(s.st.IPWs))
	for i := range s.st.IPWs {
		if _, dup := s.byID[s.st.IPWs[i].ID]; !dup {
			s.byID[s.st.IPWs[i].ID] = i
		}
	}
	s.validateAndQueue()
	for k := range s.st.IPWs {
		s.queueAssumed(k, s.asOf)
	}
	s.queueMeeting(s.asOf)
	for {
		d, ok := s.nextDay()
		if !ok || d.After(until) {
			break
		}
		s.step(d)
	}
}

// nextDay returns the next date on which something is due: an event, an
// assumed event, a part of the findings whose day has come, or the
// horizon, on which everything is evaluated again so that the findings at
// the horizon are exact to their parameters.
func (s *sim) nextDay() (Date, bool) {
	var d Date
	if w, ok := s.work.peek(); ok {
		d = w
	}
	if s.eval != nil {
		if e, ok := s.eval.peek(); ok && (d.IsZero() || e.Before(d)) {
			d = e
		}
	}
	if d.IsZero() || d.After(s.horizon) {
		if s.done.IsZero() || s.done.Before(s.horizon) {
			return s.horizon, true
		}
		return Date{}, false
	}
	return d, true
}

// step applies what is due on d and records what changed.
func (s *sim) step(d Date) {
	s.done = d
	st := Step{Date: d, Events: []ipw.Event{}}
	ch := &changes{day: d, plans: map[int]bool{}}
	if s.eval != nil {
		ch = s.eval.begin(d)
	}
	// An event may make more work due the same day (a review on resuming,
	// a closure once an extension is refused): it is done in this step.
	for w := s.work.take(d); w != nil; w = s.work.take(d) {
		for _, i := range w.events {
			e := &s.sc.Events[i]
			if s.apply(i, e, d, ch) {
				st.Events = append(st.Events, *e)
			}
		}
		if s.onTime {
			st.Assumed = append(st.Assumed, s.assumed(d, w, ch)...)
		}
	}
	if s.eval == nil {
		return
	}
	if d.Equal(s.horizon) {
		ch.everything()
	}
	appeared, resolved := s.eval.end(ch)
	if len(st.Events) == 0 && len(st.Assumed) == 0 && len(appeared) == 0 && len(resolved) == 0 {
		return
	}
	st.Appeared, st.Resolved = nonNil(appeared), nonNil(resolved)
	s.timeline = append(s.timeline, st)
}

func nonNil(fs []cooperation.Finding) []cooperation.Finding {
	if fs == nil {
		return []cooperation.Finding{}
	}
	return fs
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
		Indicators: ipw.Indicators(final, s.horizon, s.opts...),
		Findings:   nonNil(s.eval.current()),
		Final:      final,
	}
	if out.Assume == "" {
		out.Assume = ipw.AssumeAsRecorded
	}
	if out.Timeline == nil {
		out.Timeline = []Step{}
	}
	return out
}

// sortedInts returns the keys of m in order.
func sortedInts(m map[int]bool) []int {
	out := make([]int, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
