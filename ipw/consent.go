package ipw

import (
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
)

// checkConsent checks the family's consent to share its data (zgoda): that
// it exists, is given by adults, precedes the diagnosis and the signatures,
// covers every institution owning an action over the action's span, and that
// no institution action stays open after it was withdrawn.
func (pc *planCheck) checkConsent() {
	cs := pc.p.Consent
	if cs == nil {
		pc.missing(cooperation.CodeIPWConsentMissing, pc.path)
		return
	}
	cp := pc.path.Key("consent")
	if len(cs.GivenBy) == 0 {
		pc.missing(cooperation.CodeIPWConsentMissing, cp.Key("givenBy"))
	}
	for k, id := range cs.GivenBy {
		if m, ok := memberOf(pc.p, id); ok && !m.adultBy(pc.now) {
			pc.add(cooperation.CodeIPWConsentByMinor, cp.Key("givenBy").Index(k),
				"member", id, "year", strconv.Itoa(pc.now.Year()))
		}
	}
	pc.checkConsentOrder()
	pc.checkConsentScope()
	pc.checkConsentWithdrawn()
}

// checkConsentOrder reports consent dated after the diagnosis or after a
// signature, naming the earliest of them: one late consent, one finding.
func (pc *planCheck) checkConsentOrder() {
	cs := pc.p.Consent
	if cs.Date.IsZero() {
		return
	}
	var first Date
	var what label
	if d := pc.p.Diagnosis; d != nil && !d.Date.IsZero() && d.Date.Before(cs.Date) {
		first, what = d.Date, label{"diagnoza", "the diagnosis"}
	}
	for _, s := range pc.p.Signatures {
		if !s.Date.IsZero() && s.Date.Before(cs.Date) && (first.IsZero() || s.Date.Before(first)) {
			first, what = s.Date, label{"podpis", "a signature"}
		}
	}
	if first.IsZero() {
		return
	}
	pc.add(cooperation.CodeIPWConsentAfterDiagnosis, pc.path.Key("consent").Key("date"),
		append([]string{"consent", cs.Date.String(), "date", first.String()}, what.params("what")...)...)
}

// checkConsentScope checks, for every institution action with a valid span,
// that the consent covers the institution on every day of the span: the
// institution is in the scope, consent was given by the action's start, and
// (for a finished action) consent was not withdrawn before it was finished.
// An open action after a withdrawal is ipw.consent_withdrawn_active instead.
// The finding names the first day not covered. An action owned by an
// unknown institution is left to ref.unknown; and a scope that names an
// unknown institution may have meant any of them, so no institution is
// found missing from it.
func (pc *planCheck) checkConsentScope() {
	cs := pc.p.Consent
	scope := make(map[string]bool, len(cs.Scope))
	for _, id := range cs.Scope {
		scope[id] = true
	}
	scopeBroken := pc.brokenUnder(pc.path.Key("consent").Key("scope"))
	for k := range pc.p.Actions {
		a := &pc.p.Actions[k]
		inst := a.Responsible.Institution
		if inst == "" || !spanOK(a) {
			continue
		}
		if _, ok := pc.ix.Institution(inst); !ok || (scopeBroken && !scope[inst]) {
			continue
		}
		var gap Date
		switch {
		case !scope[inst]:
			gap = a.Start
		case !cs.Date.IsZero() && cs.Date.After(a.Start):
			gap = a.Start
		case !cs.Withdrawn.IsZero() && (a.Status == ActionDone || a.Status == ActionNotDone):
			last := a.Due
			if !a.Completed.IsZero() {
				last = a.Completed
			}
			if !cs.Withdrawn.After(last) && !cs.Withdrawn.Before(a.Start) {
				gap = cs.Withdrawn
			}
		}
		if gap.IsZero() {
			continue
		}
		params := []string{"institution", pc.institutionName(inst), "action", a.ID, "date", gap.String()}
		if !cs.Date.IsZero() {
			params = append(params, "consent", cs.Date.String())
		}
		pc.add(cooperation.CodeIPWConsentScope, pc.path.Key("actions").Index(k).Key("responsible").Key("institution"), params...)
	}
}

// checkConsentWithdrawn reports institution actions still open after the
// consent was withdrawn (on or before asOf), unless the plan is closed (then
// ipw.closed_with_open_actions speaks) or suspended from the withdrawal on,
// by a suspension that still covers asOf.
func (pc *planCheck) checkConsentWithdrawn() {
	w := pc.p.Consent.Withdrawn
	if w.IsZero() || !pc.now.Reached(w) || pc.status == StatusClosed {
		return
	}
	for _, s := range pc.p.Suspensions {
		if !s.From.IsZero() && !s.From.After(w) && (s.To.IsZero() || !pc.now.Passed(s.To)) {
			return
		}
	}
	for k := range pc.p.Actions {
		a := &pc.p.Actions[k]
		if a.Responsible.Institution == "" || !a.Status.Open() {
			continue
		}
		pc.add(cooperation.CodeIPWConsentWithdrawnActive, pc.path.Key("actions").Index(k).Key("status"),
			"date", w.String(), "action", a.ID, "institution", pc.institutionName(a.Responsible.Institution))
	}
}
