package ipw

import (
	"github.com/kooperacja/kooperacja/cooperation"
)

// A Checker evaluates the rules over one bundle part by part, at any date:
// the partnership, each plan and each of its actions, the rules across
// plans, the capacity of the basket of services, and the recorded stages.
// Each part comes with the first day, after the date it was evaluated at,
// on which its findings can change while the data stay as they are: the
// rules note that day themselves, through the cooperation.Clock they ask
// about the date (see the package documentation, "Time"). Check is the
// union of the parts; a simulation evaluates again only the parts whose
// data changed or whose day has come.
//
// A Checker reads the bundle it was made with as it is at each call: the
// caller may change the bundle between calls, and must call Refresh after
// changing its partnership (institutions, services, teams, agreements),
// which the Checker indexes. The options are those of Check but
// cooperation.AsOf, since each method takes its date.
type Checker struct {
	base check
}

// NewChecker returns a Checker over b.
func NewChecker(b *Bundle, opts ...cooperation.Option) *Checker {
	return newChecker(b, cooperation.NewConfig(opts...))
}

func newChecker(b *Bundle, cfg cooperation.Config) *Checker {
	return &Checker{base: check{
		b:        b,
		cfg:      cfg,
		settings: Settings(b, cfg.Profile),
		ix:       newIndex(b),
	}}
}

// newIndex indexes b's partnership and records its broken references in
// the Index (cooperation.Broken), for every rule to consult whichever part
// it checks.
func newIndex(b *Bundle) *cooperation.Index {
	ix := cooperation.NewIndex(&b.Partnership)
	partnershipReferences(b, &cooperation.Findings{}, ix.Broken())
	return ix
}

// Refresh indexes the partnership again after it changed.
func (c *Checker) Refresh() {
	c.base.ix = newIndex(c.base.b)
	c.base.ids = nil
}

// Part is what the rules find in one part of a bundle at a date.
type Part struct {
	// Findings are sorted, with messages, as Check returns them.
	Findings []cooperation.Finding
	// Next is the first day after the date on which the findings can
	// change while the data stay as they are; zero when they cannot.
	Next Date
}

// PlanPart is what the rules find in one plan at a date: the plan's own
// rules and references (Part), and the rules of each of its actions, by
// index. An action's part can be evaluated again alone (Checker.Action).
type PlanPart struct {
	Part
	Actions []Part
	// plan is the context the plan was evaluated in, for Action.
	plan *planCheck
}

// Action evaluates the rules of action j again at day, alone, in the
// context its plan was evaluated in: what the plan's own rules derived
// (its status, whether it is signed, its planned end, its broken
// references) is not derived again. It is right while the plan's data and
// the partnership are as they were when the plan was evaluated and day is
// before the plan part's Next; otherwise evaluate the plan again.
func (p *PlanPart) Action(j int, day Date) Part {
	var f cooperation.Findings
	var alarm cooperation.Alarm
	ac := *p.plan
	cc := *p.plan.check
	cc.findings = &f
	ac.check, ac.action, ac.now = &cc, nil, alarm.Clock(day)
	ac.checkAction(j)
	return Part{Findings: f.Finish(cc.settings, cc.cfg.Lang), Next: alarm.Next()}
}

// part runs rules on a fresh context and returns what they found.
func (c *Checker) part(day Date, rules func(cc *check, now cooperation.Clock)) Part {
	cc := c.base
	var f cooperation.Findings
	cc.findings = &f
	var alarm cooperation.Alarm
	rules(&cc, alarm.Clock(day))
	if c.base.ids == nil {
		c.base.ids = cc.ids
	}
	return Part{Findings: f.Finish(cc.settings, cc.cfg.Lang), Next: alarm.Next()}
}

// Check runs every rule at day: Check's findings, and the first day on
// which any of them can change.
func (c *Checker) Check(day Date) Part {
	return c.part(day, func(cc *check, now cooperation.Clock) {
		cc.partnership(now)
		for k := range cc.b.IPWs {
			cc.planCheck(k, now).run()
		}
		cc.acrossPlans(now)
		cc.capacity(now)
		cc.checkStages(now)
	})
}

// Partnership evaluates the rules of the partnership (municipality,
// institutions, teams, agreements, services) and its references at day.
func (c *Checker) Partnership(day Date) Part {
	return c.part(day, func(cc *check, now cooperation.Clock) { cc.partnership(now) })
}

// Plan evaluates the rules and references of plan k (its index in the
// bundle) at day.
func (c *Checker) Plan(k int, day Date) PlanPart {
	var out PlanPart
	actions := len(c.base.b.IPWs[k].Actions)
	sinks := make([]cooperation.Findings, actions)
	alarms := make([]cooperation.Alarm, actions)
	out.Part = c.part(day, func(cc *check, now cooperation.Clock) {
		pc := cc.planCheck(k, now)
		pc.action = func(j int) *planCheck {
			ac := *pc
			ac.check = new(check)
			*ac.check = *pc.check
			ac.findings = &sinks[j]
			ac.now = alarms[j].Clock(day)
			return &ac
		}
		pc.run()
		out.plan = pc
	})
	out.Actions = make([]Part, actions)
	for j := range out.Actions {
		out.Actions[j] = Part{Findings: sinks[j].Finish(c.base.settings, c.base.cfg.Lang), Next: alarms[j].Next()}
	}
	return out
}

// Action evaluates the rules of action j of plan k at day, alone. Between
// two days on which the plan's own part cannot change, they say what Plan
// says of the action.
func (c *Checker) Action(k, j int, day Date) Part {
	return c.part(day, func(cc *check, now cooperation.Clock) {
		var discard cooperation.Alarm
		pc := cc.planCheck(k, discard.Clock(day))
		pc.now = now
		pc.checkAction(j)
	})
}

// AcrossPlans evaluates the rules that compare plans with each other
// (ipw.beneficiary_duplicate, ref.duplicate_id of IPW ids) at day. They
// read of each plan only what AcrossInput describes.
func (c *Checker) AcrossPlans(day Date) Part {
	return c.part(day, func(cc *check, now cooperation.Clock) { cc.acrossPlans(now) })
}

// Capacity evaluates the capacity of the basket of services at day. It
// reads of each plan only what CapacityInput describes.
func (c *Checker) Capacity(day Date) Part {
	return c.part(day, func(cc *check, now cooperation.Clock) { cc.capacity(now) })
}

// Stages evaluates the recorded stages at day. Their evidence is read from
// the whole bundle.
func (c *Checker) Stages(day Date) Part {
	return c.part(day, func(cc *check, now cooperation.Clock) { cc.checkStages(now) })
}

// AcrossInput describes all that the rules across plans read of plan k:
// two equal strings mean that those rules see the plan the same way.
func (c *Checker) AcrossInput(k int) string {
	return familyOf(&c.base.b.IPWs[k]).String()
}

// CapacityInput describes all that the capacity of the basket of services
// reads of plan k: two equal strings mean that it sees the plan the same
// way.
func (c *Checker) CapacityInput(k int) string {
	return bookingKey(bookingsOf(c.base.ix, &c.base.b.IPWs[k], pathIPWList.Index(k)))
}

var pathIPWList = cooperation.Path("").Key("ipws")

// partnership runs the rules of the partnership and its references.
func (c *check) partnership(now cooperation.Clock) {
	c.ids = partnershipReferences(c.b, c.findings, nil)
	cooperation.CheckPartnership(c.ix, now, c.settings, c.findings)
}

// idSets returns the ids of the partnership's institutions, services and
// teams, for the references of the plans.
func (c *check) idSets() *idSets {
	if c.ids == nil {
		c.ids = partnershipIDs(c.b)
	}
	return c.ids
}

// capacity checks the use of the basket of services by every plan's
// actions.
func (c *check) capacity(cooperation.Clock) {
	var bookings []cooperation.Booking
	for k := range c.b.IPWs {
		bookings = append(bookings, bookingsOf(c.ix, &c.b.IPWs[k], pathIPWList.Index(k))...)
	}
	cooperation.CheckCapacity(c.ix, bookings, c.findings)
}
