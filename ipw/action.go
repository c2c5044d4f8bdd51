package ipw

import (
	"strconv"
	"strings"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
)

// ActionStatus is the state of an action.
type ActionStatus string

// The action statuses.
const (
	ActionPlanned    ActionStatus = "planned"
	ActionInProgress ActionStatus = "in_progress"
	ActionDone       ActionStatus = "done"
	ActionNotDone    ActionStatus = "not_done"
	ActionCancelled  ActionStatus = "cancelled"
)

// Open reports whether an action in status s is still to be done.
func (s ActionStatus) Open() bool { return s == ActionPlanned || s == ActionInProgress }

// Responsible says who owns an action: an institution, or a household member
// for the family's own commitment. Exactly one is set.
type Responsible struct {
	Institution string `json:"institution,omitempty"`
	Member      string `json:"member,omitempty"`
}

// Action is a task of the IPW serving one goal, owned by an institution or
// by the family, from Start to Due.
type Action struct {
	ID          string       `json:"id"`
	Goal        string       `json:"goal"`
	Title       string       `json:"title"`
	Responsible Responsible  `json:"responsible"`
	Service     string       `json:"service,omitempty"`
	Start       Date         `json:"start"`
	Due         Date         `json:"due"`
	Status      ActionStatus `json:"status"`
	Completed   Date         `json:"completed,omitzero"`
	Notes       string       `json:"notes,omitempty"`
}

func (s ActionStatus) String() string { return string(s) }

// spanOK reports whether the action's start..due span can be reasoned
// about: both dates given and due not before start. Span-based rules skip an
// action without one; ipw.action_dates_invalid has reported it.
func spanOK(a *Action) bool {
	return !a.Start.IsZero() && !a.Due.IsZero() && !a.Due.Before(a.Start)
}

// checkActions checks each action's dates, owner, service and progress, and
// the plan's mix of owners.
func (pc *planCheck) checkActions() {
	owners := make(map[string]bool)
	family := false
	for k := range pc.p.Actions {
		a := &pc.p.Actions[k]
		if a.Responsible.Institution != "" {
			owners[a.Responsible.Institution] = true
		}
		if a.Responsible.Member != "" {
			family = true
		}
		if pc.action != nil {
			pc.action(k).checkAction(k)
		} else {
			pc.checkAction(k)
		}
	}
	if len(pc.p.Actions) == 0 {
		return // goal_without_action (or area_without_goal) already says so
	}
	ap := pc.path.Key("actions")
	if !family {
		pc.missing(cooperation.CodeIPWCommitmentMissing, ap)
	}
	if min := pc.settings.IPW.MinInstitutions; len(owners) < min {
		pc.missing(cooperation.CodeIPWSingleInstitution, ap,
			"count", strconv.Itoa(len(owners)), "min", strconv.Itoa(min))
	}
}

// checkAction runs the rules of action k alone: its dates, owner, service
// and progress.
func (pc *planCheck) checkAction(k int) {
	a := &pc.p.Actions[k]
	ap := pc.path.Key("actions").Index(k)
	pc.checkActionDates(a, ap)
	pc.checkActionOwner(a, ap)
	pc.checkActionService(a, ap)
	pc.checkActionProgress(a, ap)
}

// checkActionDates reports an action due before it starts, or lying outside
// the plan's period (up to the planned end).
func (pc *planCheck) checkActionDates(a *Action, ap cooperation.Path) {
	if a.Start.IsZero() || a.Due.IsZero() {
		return
	}
	if a.Due.Before(a.Start) {
		pc.add(cooperation.CodeIPWActionDatesInvalid, ap.Key("due"),
			"action", a.ID, "start", a.Start.String(), "due", a.Due.String())
		return
	}
	if !pc.periodOK {
		return
	}
	early, late := a.Start.Before(pc.p.Period.Start), a.Due.After(pc.end) && !pc.endUncertain
	at := ap
	switch {
	case early && late:
	case early:
		at = ap.Key("start")
	case late:
		at = ap.Key("due")
	default:
		return
	}
	pc.add(cooperation.CodeIPWActionOutsidePeriod, at, "action", a.ID,
		"start", a.Start.String(), "due", a.Due.String(),
		"periodStart", pc.p.Period.Start.String(), "periodEnd", pc.end.String())
}

// checkActionOwner checks, over the action's whole start..due, that its
// institution is a member of the plan's team and covered by an agreement in
// force, naming the first day it is not. Any partnership agreement covers
// (pilot, local cooperation, accession declaration; not the WZK's): whether
// the PZK member holds the right kind is a team rule.
func (pc *planCheck) checkActionOwner(a *Action, ap cooperation.Path) {
	inst := a.Responsible.Institution
	if inst == "" || !spanOK(a) {
		return
	}
	if _, ok := pc.ix.Institution(inst); !ok {
		return
	}
	at := ap.Key("responsible").Key("institution")
	span := cooperation.Period{Start: a.Start, End: a.Due}
	name := pc.institutionName(inst)
	if pc.teamOK && !pc.ix.MembersBroken(pc.p.Team) {
		if gap, ok := pc.ix.MemberOver(pc.p.Team, inst, span); !ok {
			pc.add(cooperation.CodeIPWActionResponsibleNotMember, at, "institution", name,
				"action", a.ID, "team", pc.teamName(pc.p.Team), "date", gap.String())
		}
	}
	// An agreement that would cover the institution but for its own
	// reported mistake (a missing signature) is left to that finding.
	if gap, found := pc.ix.CoverGap(inst, span, pc.now, pc.settings); found && !pc.memberCoverReported(inst, gap) {
		pc.add(cooperation.CodeIPWActionNotCovered, at, "institution", name,
			"action", a.ID, "date", gap.String())
	}
}

// memberCoverReported reports whether the PZK rule reports institution as
// a member without cover on the check date (team.member_not_in_agreement,
// team.declaration_missing), and the day gap lies in that same stretch
// without cover: then the action's missing cover is that finding's.
func (pc *planCheck) memberCoverReported(institution string, gap Date) bool {
	if !pc.ix.MemberUncovered(institution, pc.now, pc.settings) {
		return false
	}
	return pc.ix.UncoveredBetween(institution, gap, pc.now, pc.settings)
}

// checkActionService reports an action using a service its owner does not
// provide.
func (pc *planCheck) checkActionService(a *Action, ap cooperation.Path) {
	svc, ok := pc.ix.Service(a.Service)
	if !ok || svc.Provider == "" || svc.Provider == a.Responsible.Institution {
		return
	}
	if _, ok := pc.ix.Institution(svc.Provider); !ok {
		return
	}
	if pc.brokenUnder(ap.Key("responsible")) {
		return // the owner is unknown (ref.unknown, ipw.member_unknown)
	}
	owner := label{pc.institutionName(a.Responsible.Institution), pc.institutionName(a.Responsible.Institution)}
	if a.Responsible.Member != "" {
		m := memberName(pc.p, a.Responsible.Member)
		owner = label{"rodzina (" + m.pl + ")", "the family (" + m.en + ")"}
	}
	name := svc.Name
	if name == "" {
		name = svc.ID
	}
	pc.add(cooperation.CodeIPWActionServiceMismatch, ap.Key("service"),
		append([]string{"action", a.ID, "service", name, "provider", pc.institutionName(svc.Provider)},
			owner.params("institution")...)...)
}

// checkActionProgress checks completion dates, deadlines passed while the
// plan is in progress, and deadlines on days off.
func (pc *planCheck) checkActionProgress(a *Action, ap cooperation.Path) {
	if (a.Status == ActionDone || a.Status == ActionNotDone) && a.Completed.IsZero() {
		pc.add(cooperation.CodeIPWActionCompletionMissing, ap,
			append([]string{"action", a.ID}, actionStatusTerms.both(a.Status).params("status")...)...)
	}
	if !pc.now.Reached(a.Completed) {
		pc.add(cooperation.CodeIPWActionCompletedInFuture, ap.Key("completed"),
			"action", a.ID, "date", a.Completed.String(), "asOf", pc.now.String())
	}
	if !a.Status.Open() || !spanOK(a) {
		return
	}
	// A deadline on a day off ends on the next working day (KPA art. 57 §4):
	// the action is overdue only once that day has passed.
	next := cooperation.NextWorkingDay(a.Due)
	if pc.status == StatusInProgress && pc.now.Passed(next) {
		params := []string{"action", a.ID, "due", a.Due.String()}
		params = append(params, pc.ownerLabel(a).params("owner")...)
		params = append(params, actionStatusTerms.both(a.Status).params("status")...)
		pc.add(cooperation.CodeIPWActionOverdue, ap.Key("due"), params...)
	}
	if next.Equal(a.Due) {
		return
	}
	params := []string{"action", a.ID, "due", a.Due.String(), "next", next.String()}
	day := label{"sobota", "Saturday"}
	if name, ok := cooperation.HolidayName(a.Due); ok {
		day = label{"święto: " + name, "public holiday: " + name}
		params = append(params, "holiday", name)
	} else if a.Due.Weekday() == time.Sunday {
		day = label{"niedziela", "Sunday"}
	}
	pc.add(cooperation.CodeIPWActionDueNonWorkingDay, ap.Key("due"), append(params, day.params("dayKind")...)...)
}

// ownerLabel names who owns an action: an institution, or the family.
func (pc *planCheck) ownerLabel(a *Action) label {
	if a.Responsible.Member != "" {
		return label{"zobowiązanie rodziny", "the family's own commitment"}
	}
	n := pc.institutionName(a.Responsible.Institution)
	return label{n, n}
}

// bookings returns the plan's actions that use a service, for the capacity
// of the basket of services. A cancelled action books nothing; an action
// without a valid span is skipped (reported as ipw.action_dates_invalid).
func (pc *planCheck) bookings() []cooperation.Booking {
	return bookingsOf(pc.ix, pc.p, pc.path)
}

// bookingsOf returns the service bookings of plan p, found at path at: one
// per action that references a known service and is not cancelled.
func bookingsOf(ix *cooperation.Index, p *Plan, at cooperation.Path) []cooperation.Booking {
	var out []cooperation.Booking
	for k := range p.Actions {
		a := &p.Actions[k]
		if a.Service == "" || a.Status == ActionCancelled || !spanOK(a) {
			continue
		}
		if _, ok := ix.Service(a.Service); !ok {
			continue
		}
		out = append(out, cooperation.Booking{Service: a.Service, Start: a.Start, Due: a.Due,
			Completed: a.Completed, Path: at.Key("actions").Index(k).Key("service")})
	}
	return out
}

// bookingKey encodes every field of bookings, all that CheckCapacity reads
// of a plan.
func bookingKey(bs []cooperation.Booking) string {
	var b strings.Builder
	for _, x := range bs {
		b.WriteString(x.Service)
		b.WriteByte(0)
		b.WriteString(x.Start.String())
		b.WriteString(x.Due.String())
		b.WriteString(x.Completed.String())
		b.WriteString(string(x.Path))
		b.WriteByte(0)
	}
	return b.String()
}
