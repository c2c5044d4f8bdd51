package cooperation

import (
	"slices"
	"sort"
)

// This file answers the question that keeps one broken agreement to one
// finding: would an agreement cover an institution on a day but for a
// mistake reported on the agreement itself? The rules that find an
// institution uncovered (an action's owner, a PZK member) stay silent then.
//
// The answer comes from the agreement as its parties meant it (its intent):
// the agreement with every reported mistake undone.
//
//   - A party that has not signed (agreement.unsigned_party), or whose
//     signature is dated after asOf (agreement.signature_in_future), counts
//     as signed; the agreement starts on its effectiveFrom or on the latest
//     signature dated on or before asOf, whichever is later. A signature
//     dated on or before asOf is real, so the days between effectiveFrom and
//     a late last signature stay uncovered.
//   - An end before the start (agreement.dates_invalid) is no end.
//   - Every annex takes effect: one not signed by every party
//     (agreement.annex_unsigned), and one effective after the agreement
//     ended (agreement.annex_after_expiry).
//   - A withdrawal dated earlier than its notice allows
//     (agreement.notice_too_short) takes effect when the notice allows.
//   - An institution that signed without being a party
//     (agreement.signature_by_non_party) is a party.
//   - A party list (of the agreement or of an annex) that names an
//     institution that does not exist (ref.unknown) may have meant any
//     institution: the agreement may cover anyone while it is in force.
//
// Without a mistake the intent is the agreement itself, so the question
// never hides an institution that is simply not covered.

// intent is an agreement's intended timeline, and whether a party list
// names an unknown institution (then it may cover anyone).
type intent struct {
	t      *timeline
	anyone bool
}

type intentKey struct {
	i, notice int
	// signed is the latest signature of the agreement dated on or before
	// the check date (zero: none): the intent is the same at every check
	// date up to the next signature.
	signed Date
}

// covers reports whether the intent covers party on now's day.
func (in *intent) covers(party string, now Clock) bool {
	if in.t.inForce(party, now) {
		return true
	}
	if !in.anyone || !now.Reached(in.t.start) {
		return false
	}
	end := in.t.endOn(now)
	return end.IsZero() || !now.Passed(end)
}

// intent returns agreement i's intent as the check at judged's date reads
// it, under a notice period; it is built once per Index and set of
// signatures reached. Which signatures count is asked of judged, which
// notes the day the first one now in the future becomes real.
func (ix *Index) intent(i, notice int, judged Clock) *intent {
	var signed Date
	for _, sg := range ix.P.Agreements[i].Signatures {
		if judged.Reached(sg.Date) && sg.Date.After(signed) {
			signed = sg.Date
		}
	}
	return ix.intentAt(i, notice, signed)
}

// intentAt builds the intent of agreement i when the signatures that count
// are those dated on or before signed.
func (ix *Index) intentAt(i, notice int, signed Date) *intent {
	key := intentKey{i, notice, signed}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if in, ok := ix.intents[key]; ok {
		return in
	}
	a := &ix.P.Agreements[i]
	ia := *a
	ap := Path("").Key("agreements").Index(i)
	anyone := ix.broken.Under(ap.Key("parties"))
	for j := range a.Annexes {
		anyone = anyone || ix.broken.Under(ap.Key("annexes").Index(j).Key("addParties"))
	}

	// Signers that are not parties are parties.
	ia.Parties = slices.Clone(a.Parties)
	for _, sg := range a.Signatures {
		if ix.known(sg.Party) && !slices.Contains(ia.Parties, sg.Party) {
			ia.Parties = append(ia.Parties, sg.Party)
		}
	}
	// Signatures dated after the check date (after signed) do not count; a
	// party without a counting signature signs with the earliest one there
	// is, so that it sets no start of its own.
	ia.Signatures = slices.DeleteFunc(slices.Clone(a.Signatures), func(sg Signature) bool {
		return sg.Date.IsZero() || sg.Date.After(signed)
	})
	fill := a.EffectiveFrom
	for _, sg := range ia.Signatures {
		if fill.IsZero() || sg.Date.Before(fill) {
			fill = sg.Date
		}
	}
	if fill.IsZero() {
		fill, _ = NewDate(1, 1, 1)
	}
	for _, p := range ia.Parties {
		if _, ok := signedBy(ia.Signatures, p); !ok {
			ia.Signatures = append(ia.Signatures, Signature{Party: p, Date: fill})
		}
	}
	// An end before the start is no end.
	if start, _ := ia.Start(); !ia.ValidUntil.IsZero() && ia.ValidUntil.Before(start) {
		ia.ValidUntil = Date{}
	}
	// A withdrawal takes effect no earlier than its notice allows.
	days := a.NoticeDays(notice)
	ia.Withdrawals = slices.Clone(a.Withdrawals)
	for k := range ia.Withdrawals {
		w := &ia.Withdrawals[k]
		if !w.EffectiveDate.IsZero() && !w.NoticeDate.IsZero() {
			w.EffectiveDate = MaxDate(w.EffectiveDate, w.NoticeDate.AddDays(days))
		}
	}
	// Every annex takes effect.
	every := make([]annexState, len(a.Annexes))
	for j := range every {
		every[j] = annexState{signed: true, effective: !a.Annexes[j].EffectiveFrom.IsZero()}
	}
	t := ia.timelineOf(notice, every)

	in := &intent{t: t, anyone: anyone}
	if ix.intents == nil {
		ix.intents = map[intentKey]*intent{}
	}
	ix.intents[key] = in
	return in
}

// CoverBroken reports whether an agreement of kinds (none given:
// PartnershipKinds) would cover institution on day but for a mistake
// reported on the agreement itself, as the check at judged's date reports
// it: a missing signature or one dated after the check date, an end before
// the start, an annex that does not take effect, a withdrawal earlier than
// its notice allows, a signature by a non-party, or a party list naming an
// unknown institution. A rule that finds the institution uncovered stays
// silent then, so that one broken agreement gives one finding, not one per
// action or member it should cover. judged notes the day a signature dated
// after the check date becomes real, which can change the answer.
func (ix *Index) CoverBroken(institution string, day Date, judged Clock, s Settings, kinds ...AgreementKind) bool {
	if len(kinds) == 0 {
		kinds = PartnershipKinds()
	}
	if day.IsZero() {
		return false
	}
	for i := range ix.P.Agreements {
		if slices.Contains(kinds, ix.P.Agreements[i].Kind) &&
			ix.intent(i, s.Agreement.DefaultNoticePeriodDays, judged).covers(institution, On(day)) {
			return true
		}
	}
	return false
}

// CoverGap returns the first day of p on which institution is not covered
// by an agreement of kinds (none given: PartnershipKinds) and no agreement
// would cover it but for a mistake reported on the agreement (CoverBroken,
// judged at judged's date). found is false when there is no such day.
// Periods are read as in CoveredOver.
func (ix *Index) CoverGap(institution string, p Period, judged Clock, s Settings, kinds ...AgreementKind) (gap Date, found bool) {
	if p.Start.IsZero() || (!p.End.IsZero() && p.End.Before(p.Start)) {
		return Date{}, false
	}
	if len(kinds) == 0 {
		kinds = PartnershipKinds()
	}
	notice := s.Agreement.DefaultNoticePeriodDays
	cov := ix.coverage(kinds, notice)
	uncovered := func(d Date) bool {
		for _, t := range cov.lines {
			if t.inForce(institution, On(d)) {
				return false
			}
		}
		return !ix.CoverBroken(institution, d, judged, s, kinds...)
	}
	// Coverage, actual or intended, changes only on the change days of the
	// timelines of either kind.
	days := []Date{p.Start}
	for _, d := range cov.points {
		days = append(days, d)
	}
	for i := range ix.P.Agreements {
		if slices.Contains(kinds, ix.P.Agreements[i].Kind) {
			days = append(days, ix.intent(i, notice, judged).t.changes()...)
		}
	}
	slices.SortFunc(days, Date.Compare)
	days = slices.Compact(days)
	first := sort.Search(len(days), func(i int) bool { return !days[i].Before(p.Start) })
	for _, d := range days[first:] {
		if !p.End.IsZero() && d.After(p.End) {
			break
		}
		if uncovered(d) {
			return d, true
		}
	}
	return Date{}, false
}
