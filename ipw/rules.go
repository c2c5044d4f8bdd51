package ipw

import (
	"github.com/kooperacja/kooperacja/cooperation"
)

// planCheck is the state of the rules over one plan: what every rule needs
// to know about the plan, derived once.
type planCheck struct {
	*check
	p    *Plan
	k    int
	path cooperation.Path
	// now is the date the rules are evaluated at (see cooperation.Clock).
	now cooperation.Clock
	// action returns the context in which the rules of action j run: the
	// plan's own (nil), or one with its own findings and clock, when the
	// actions are parts of their own (Checker.Plan).
	action func(j int) *planCheck
	// signed: signed by both sides by now. Unsigned plans report missing
	// sections as info.
	signed bool
	status Status
	// end is the planned end (PlannedEnd) and endBy the review that set it
	// (-1: period.end).
	end   Date
	endBy int
	// periodOK: start and end are given and end is not before start.
	periodOK bool
	// endUncertain: a review meant to extend the plan failed to, so dates
	// past end may be within the end meant.
	endUncertain bool
	// teamOK: the plan's team exists and is of the profile's case-team kind,
	// so membership of it can be checked.
	teamOK bool
	// refs are the findings of the plan's references, and broken the places
	// where they do not resolve, which the plan's rules consult with the
	// partnership's (brokenUnder).
	refs   cooperation.Findings
	broken cooperation.Broken
}

func (c *check) planCheck(i int, now cooperation.Clock) *planCheck {
	p := &c.b.IPWs[i]
	inst, adult := signedBy(p, now)
	pc := &planCheck{
		check:  c,
		p:      p,
		k:      i,
		path:   pathIPWList.Index(i),
		now:    now,
		signed: inst && adult,
		status: deriveStatus(p, now),
	}
	pc.end, pc.endBy = plannedEnd(p)
	pc.endUncertain = extensionBroken(p)
	pc.periodOK = !p.Period.Start.IsZero() && !p.Period.End.IsZero() && !p.Period.End.Before(p.Period.Start)
	if t, _, ok := c.ix.Team(p.Team); ok && t.Kind == c.settings.Team.CaseTeamKind {
		pc.teamOK = true
	}
	refs{f: &pc.refs, broken: &pc.broken}.plan(p, pc.path, c.idSets())
	return pc
}

// brokenUnder reports whether a reference at p or below it does not
// resolve: the set the reference check fills, of the partnership (the
// Index's) and of this plan.
func (pc *planCheck) brokenUnder(p cooperation.Path) bool {
	return pc.broken.Under(p) || pc.ix.Broken().Under(p)
}

func (pc *planCheck) run() {
	pc.findings.Append(pc.refs.Raw()...)
	pc.checkStatus()
	pc.checkTeam()
	pc.checkCaseWorker()
	pc.checkMembers()
	pc.checkQualification()
	pc.checkConsent()
	pc.checkDiagnosis()
	pc.checkPeriod()
	pc.checkGoals()
	pc.checkActions()
	pc.checkReviews()
	pc.checkSignatures()
	pc.checkClosure()
}

// add records a finding about the plan at the rule's own severity, with the
// plan's id as parameter "ipw" and the names of what it concerns (named).
func (pc *planCheck) add(code cooperation.Code, at cooperation.Path, params ...string) {
	pc.findings.Add(code, at, pc.named(params)...)
}

// missing records a missing or incomplete section: info while the plan is
// not signed (a draft being written), the rule's severity once it is.
func (pc *planCheck) missing(code cooperation.Code, at cooperation.Path, params ...string) {
	if pc.signed {
		pc.add(code, at, params...)
		return
	}
	pc.findings.AddAs(code, cooperation.SeverityInfo, at, pc.named(params)...)
}

// institutionName is how messages name an institution: its name, or its id
// when it has none or does not exist.
func (c *check) institutionName(id string) string {
	if in, ok := c.ix.Institution(id); ok && in.Name != "" {
		return in.Name
	}
	return id
}

// teamName is how messages name a team.
func (c *check) teamName(id string) string {
	if t, _, ok := c.ix.Team(id); ok && t.Name != "" {
		return t.Name
	}
	return id
}

// label is a value shown in messages, in Polish and English.
type label struct{ pl, en string }

// params returns name.pl and name.en parameters for l.
func (l label) params(name string) []string {
	return []string{name + ".pl", l.pl, name + ".en", l.en}
}
