package ipw

import (
	"sort"

	"github.com/kooperacja/kooperacja/cooperation"
)

func (s Status) String() string { return string(s) }

// Valid reports whether s is one of the five statuses.
func (s Status) Valid() bool {
	switch s {
	case StatusDraft, StatusAgreed, StatusInProgress, StatusSuspended, StatusClosed:
		return true
	}
	return false
}

// statusLabels names the statuses in messages.
var statusLabels = map[Status]label{
	StatusDraft:      {"draft", "projekt"},
	StatusAgreed:     {"agreed", "uzgodniony"},
	StatusInProgress: {"in progress", "w realizacji"},
	StatusSuspended:  {"suspended", "zawieszony"},
	StatusClosed:     {"closed", "zakończony"},
}

// DeriveStatus returns the status of p on asOf (DOMAIN.md §10). The first
// that applies wins:
//
//   - closed: a closure dated on or before asOf;
//   - draft: not signed, on or before asOf, by both the case worker's
//     institution and a household member who was adult (18 or older in the
//     year of signing);
//   - suspended: a suspension covers asOf;
//   - agreed: the period starts after asOf;
//   - in_progress: otherwise.
//
// A plan closed before anyone signed it is closed, not draft: the closure is
// the later fact. Signatures dated after asOf do not count yet.
func DeriveStatus(p *Plan, asOf Date) Status {
	if p.Closure != nil && !p.Closure.Date.After(asOf) {
		return StatusClosed
	}
	if inst, adult := signedBy(p, asOf); !inst || !adult {
		return StatusDraft
	}
	if suspendedOn(p, asOf) {
		return StatusSuspended
	}
	if p.Period.Start.After(asOf) {
		return StatusAgreed
	}
	return StatusInProgress
}

// PlannedEnd returns the day p is planned to end: period.end, moved by the
// latest review that decided to extend the plan with a valid newEnd. An
// extension is valid when its newEnd is after the end in force at the time
// (reviews taken in date order); an invalid one (ipw.review_extend_invalid)
// changes nothing.
func PlannedEnd(p *Plan) Date {
	end, _ := plannedEnd(p)
	return end
}

// plannedEnd returns the planned end and the index of the review that set it,
// or -1 when it is period.end.
func plannedEnd(p *Plan) (Date, int) {
	end, by := p.Period.End, -1
	for _, r := range reviewOrder(p) {
		rv := &p.Reviews[r]
		if rv.Decision == DecisionExtend && validExtension(rv, end) {
			end, by = rv.NewEnd, r
		}
	}
	return end, by
}

func validExtension(rv *Review, end Date) bool {
	return !rv.NewEnd.IsZero() && (end.IsZero() || rv.NewEnd.After(end))
}

// reviewOrder returns the indices of p's dated reviews in date order (ties
// in document order).
func reviewOrder(p *Plan) []int {
	out := make([]int, 0, len(p.Reviews))
	for i := range p.Reviews {
		if !p.Reviews[i].Date.IsZero() {
			out = append(out, i)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return p.Reviews[out[a]].Date.Before(p.Reviews[out[b]].Date) })
	return out
}

// signedBy reports whether, by asOf, p is signed by the case worker's
// institution and by a household member adult in the year of signing. A
// signature without a date counts as given.
func signedBy(p *Plan, asOf Date) (institution, adult bool) {
	for i := range p.Signatures {
		s := &p.Signatures[i]
		if s.Date.After(asOf) {
			continue
		}
		if s.Signer.Institution != "" && s.Signer.Institution == p.CaseWorker.Institution {
			institution = true
		}
		if s.Signer.Member != "" {
			year := asOf.Year()
			if !s.Date.IsZero() {
				year = s.Date.Year()
			}
			if m, ok := memberOf(p, s.Signer.Member); ok && m.AdultIn(year) {
				adult = true
			}
		}
	}
	return institution, adult
}

// suspendedOn reports whether a suspension of p covers day.
func suspendedOn(p *Plan, day Date) bool {
	for _, s := range p.Suspensions {
		if !s.From.IsZero() && (cooperation.Period{Start: s.From, End: s.To}).Contains(day) {
			return true
		}
	}
	return false
}

// memberOf returns the household member of p with id (the first, when ids
// are duplicated).
func memberOf(p *Plan, id string) (*HouseholdMember, bool) {
	for i := range p.Beneficiary.Members {
		if p.Beneficiary.Members[i].ID == id {
			return &p.Beneficiary.Members[i], true
		}
	}
	return nil, false
}

// checkStatus reports a stored status that differs from the derived one.
func (pc *planCheck) checkStatus() {
	stored := pc.p.Status
	if stored == "" || !stored.Valid() || stored == pc.status {
		return
	}
	switch {
	case pc.status == StatusDraft && stored != StatusDraft && (pc.signaturesBroken() || pc.inUse()):
		// Derived a draft only for want of signatures, which
		// ipw.signature_missing (or a broken signer) reports.
		return
	case !pc.p.Period.Start.IsZero() && !pc.p.Period.End.IsZero() && !pc.periodOK:
		// The period that decides agreed from in progress cannot be read
		// (ipw.period_invalid).
		return
	}
	pc.add(cooperation.CodeIPWStatusMismatch, pc.path.Key("status"),
		append(statusLabels[stored].params("stored"),
			append(statusLabels[pc.status].params("derived"), "date", pc.asOf.String())...)...)
}
