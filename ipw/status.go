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

// DeriveStatus returns the status of p on asOf (see "Lifecycle and derived status" in the
// package documentation). The first
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
	return deriveStatus(p, cooperation.On(asOf))
}

// deriveStatus is DeriveStatus at now's date.
func deriveStatus(p *Plan, now cooperation.Clock) Status {
	if p.Closure != nil && now.Reached(p.Closure.Date) {
		return StatusClosed
	}
	if inst, adult := signedBy(p, now); !inst || !adult {
		return StatusDraft
	}
	if suspendedOn(p, now) {
		return StatusSuspended
	}
	if !now.Reached(p.Period.Start) {
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

// signedBy reports whether, by now's date, p is signed by the case
// worker's institution and by a household member adult in the year of
// signing (for a signature without a date, which counts as given, the year
// of now's date).
func signedBy(p *Plan, now cooperation.Clock) (institution, adult bool) {
	for i := range p.Signatures {
		s := &p.Signatures[i]
		if !now.Reached(s.Date) {
			continue
		}
		if s.Signer.Institution != "" && s.Signer.Institution == p.CaseWorker.Institution {
			institution = true
		}
		if s.Signer.Member != "" {
			m, ok := memberOf(p, s.Signer.Member)
			switch {
			case !ok:
			case !s.Date.IsZero():
				adult = adult || m.AdultIn(s.Date.Year())
			default:
				adult = adult || m.adultBy(now)
			}
		}
	}
	return institution, adult
}

// suspendedOn reports whether a suspension of p covers now's date.
func suspendedOn(p *Plan, now cooperation.Clock) bool {
	for _, s := range p.Suspensions {
		if !s.From.IsZero() && now.Covers(cooperation.Period{Start: s.From, End: s.To}) {
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
		append(statusTerms.both(stored).params("stored"),
			append(statusTerms.both(pc.status).params("derived"), "date", pc.now.String())...)...)
}
