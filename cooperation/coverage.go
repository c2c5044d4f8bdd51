package cooperation

import (
	"slices"
	"sort"
)

// This file answers the questions the IPW rules ask of the partnership: is an
// institution covered by an agreement in force on a day or over a period, and
// by which one; is it a member of a team. The capacity of the
// basket of services is service.go's.

// SignedDate is the date the agreement was concluded: the latest signature of
// the original parties, each party counted with its earliest dated
// signature. ok is false until every original party has signed (and for an
// agreement with no parties). Signatures of institutions that are not
// original parties do not count.
func (a *Agreement) SignedDate() (Date, bool) {
	if len(a.Parties) == 0 {
		return Date{}, false
	}
	var latest Date
	for _, p := range a.Parties {
		d, ok := signedBy(a.Signatures, p)
		if !ok {
			return Date{}, false
		}
		latest = MaxDate(latest, d)
	}
	return latest, true
}

// signedBy returns the earliest dated signature of party among sigs.
func signedBy(sigs []Signature, party string) (Date, bool) {
	var first Date
	for _, s := range sigs {
		if s.Party == party && !s.Date.IsZero() && (first.IsZero() || s.Date.Before(first)) {
			first = s.Date
		}
	}
	return first, !first.IsZero()
}

// Start is the first day the agreement is in force: the later of
// EffectiveFrom (when given) and SignedDate. ok is false while some original
// party has not signed.
func (a *Agreement) Start() (Date, bool) {
	signed, ok := a.SignedDate()
	if !ok {
		return Date{}, false
	}
	return MaxDate(a.EffectiveFrom, signed), true
}

// EndOn is the last day of the agreement as it stands on day: ValidUntil as
// changed by the annexes that take effect on or before day, applied in the
// order of their effect. The zero Date means indefinite. Annexes that do not
// take effect (see the package documentation: unsigned, or effective after
// the agreement ended) change nothing.
func (a *Agreement) EndOn(day Date) Date {
	return a.timeline(0).endOn(On(day))
}

// PartyOn reports whether party is a party to the agreement on day (the
// fourth condition of InForce): an original party or one added by an annex effective on or
// before day, and not removed by an annex nor withdrawn with effect on or
// before day. Changes apply in date order, so an annex may re-admit a party
// that withdrew earlier. A withdrawal without an effective date takes effect
// after the agreement's notice period, or defaultNotice days when the
// agreement names none.
func (a *Agreement) PartyOn(party string, day Date, defaultNotice int) bool {
	return !day.IsZero() && a.timeline(defaultNotice).partyOn(party, On(day))
}

// InForce reports whether the agreement is in force for party on day
// (see "Agreements over time" in the package documentation): every original party has signed, day is on or
// after Start and on or before EndOn(day), and party is a party on day.
// Coverage is by exact institution id: a gmina that is a party does not cover
// its OPS.
func (a *Agreement) InForce(party string, day Date, defaultNotice int) bool {
	return !day.IsZero() && a.timeline(defaultNotice).inForce(party, On(day))
}

// WithdrawalEffective is the day a withdrawal takes effect, the first day the
// party is no longer bound: its EffectiveDate when given, otherwise its
// NoticeDate plus the agreement's notice period (defaultNotice days when the
// agreement names none). It is the zero Date when the withdrawal has neither
// date.
func (a *Agreement) WithdrawalEffective(w Withdrawal, defaultNotice int) Date {
	if !w.EffectiveDate.IsZero() {
		return w.EffectiveDate
	}
	return w.NoticeDate.AddDays(a.NoticeDays(defaultNotice))
}

// AnnexSignatories returns the institutions that must sign annex j, the
// ones agreement.annex_unsigned asks for: every party on the annex's date
// (as changed by the signed annexes concluded before it), except a party
// that has already given notice of withdrawal, and every party the annex
// adds. It is nil for an annex without an effective date and for j out of
// range.
func (a *Agreement) AnnexSignatories(j int) []string {
	if j < 0 || j >= len(a.Annexes) {
		return nil
	}
	return slices.Clone(a.annexStates()[j].signers)
}

// NoticeDays is the agreement's notice period in days: NoticePeriodDays when
// given, otherwise defaultNotice (the profile's
// agreement.defaultNoticePeriodDays).
func (a *Agreement) NoticeDays(defaultNotice int) int {
	if a.NoticePeriodDays != nil && *a.NoticePeriodDays >= 0 {
		return *a.NoticePeriodDays
	}
	return defaultNotice
}

// PartnershipKinds returns the agreement kinds that bind an institution into
// the partnership: pilot, local_cooperation and accession_declaration. The
// voivodeship_team agreement binds a WZK, not the local partnership.
func PartnershipKinds() []AgreementKind {
	return []AgreementKind{AgreementPilot, AgreementLocal, AgreementDeclaration}
}

// CoveringAgreement returns the first agreement, in bundle order, of one of
// kinds (none given: PartnershipKinds) that is in force for institution on
// day, with withdrawals timed by s's default notice period.
func (ix *Index) CoveringAgreement(institution string, day Date, s Settings, kinds ...AgreementKind) (*Agreement, bool) {
	if len(kinds) == 0 {
		kinds = PartnershipKinds()
	}
	for i := range ix.P.Agreements {
		a := &ix.P.Agreements[i]
		if slices.Contains(kinds, a.Kind) && !day.IsZero() && ix.timeline(i, s.Agreement.DefaultNoticePeriodDays).inForce(institution, On(day)) {
			return a, true
		}
	}
	return nil, false
}

// CoveredOver reports whether institution is covered on every day of p by
// some agreement of kinds (none given: PartnershipKinds), one agreement
// taking over from another as they start and end. When it is not, gap is the
// first day without cover. A p with a zero End is open-ended: covered means
// covered for good. A p with no Start, or ending before it starts, holds no
// day and is covered.
//
// CoveredOver does not walk the period day by day: coverage can change only
// on an agreement's start, on the day after an end, on an annex's effect and
// on a withdrawal's effect, so it looks at those days only.
func (ix *Index) CoveredOver(institution string, p Period, s Settings, kinds ...AgreementKind) (gap Date, ok bool) {
	if p.Start.IsZero() || (!p.End.IsZero() && p.End.Before(p.Start)) {
		return Date{}, true
	}
	if len(kinds) == 0 {
		kinds = PartnershipKinds()
	}
	cov := ix.coverage(kinds, s.Agreement.DefaultNoticePeriodDays)
	// The first day of p, then every change point inside p.
	first := sort.Search(len(cov.points), func(i int) bool { return cov.points[i].After(p.Start) })
	check := func(d Date) bool {
		for _, t := range cov.lines {
			if t.inForce(institution, On(d)) {
				return true
			}
		}
		return false
	}
	if !check(p.Start) {
		return p.Start, false
	}
	for _, d := range cov.points[first:] {
		if !p.End.IsZero() && d.After(p.End) {
			break
		}
		if !check(d) {
			return d, false
		}
	}
	return Date{}, true
}

// UncoveredBetween reports whether institution is covered by no agreement
// of kinds (none given: PartnershipKinds) on any day from day to now's date
// (or from now's date to day, when day is later): one stretch without cover
// that takes in both. The days of coverage it looks at are asked of now,
// which notes the first of them still to come.
func (ix *Index) UncoveredBetween(institution string, day Date, now Clock, s Settings, kinds ...AgreementKind) bool {
	if day.IsZero() {
		return false
	}
	if len(kinds) == 0 {
		kinds = PartnershipKinds()
	}
	cov := ix.coverage(kinds, s.Agreement.DefaultNoticePeriodDays)
	covered := func(on Clock) bool {
		for _, t := range cov.lines {
			if t.inForce(institution, on) {
				return true
			}
		}
		return false
	}
	first := sort.Search(len(cov.points), func(i int) bool { return cov.points[i].After(day) })
	if now.Reached(day) {
		// From day to the check date: day, and each change of coverage
		// after it that has come.
		if covered(On(day)) {
			return false
		}
		for _, d := range cov.points[first:] {
			if !now.Reached(d) {
				break
			}
			if covered(On(d)) {
				return false
			}
		}
		return true
	}
	// From the check date to day: the check date, and each change of
	// coverage after it, up to day.
	if covered(now) {
		return false
	}
	for _, d := range cov.points[:first] {
		if !now.Reached(d) && covered(On(d)) {
			return false
		}
	}
	return true
}

// UncoveredThrough reports whether institution is covered by no agreement
// of kinds (none given: PartnershipKinds) on any day of p, a closed period.
func (ix *Index) UncoveredThrough(institution string, p Period, s Settings, kinds ...AgreementKind) bool {
	if p.Start.IsZero() || p.End.IsZero() || p.End.Before(p.Start) {
		return false
	}
	if len(kinds) == 0 {
		kinds = PartnershipKinds()
	}
	cov := ix.coverage(kinds, s.Agreement.DefaultNoticePeriodDays)
	covered := func(d Date) bool {
		for _, t := range cov.lines {
			if t.inForce(institution, On(d)) {
				return true
			}
		}
		return false
	}
	if covered(p.Start) {
		return false
	}
	first := sort.Search(len(cov.points), func(i int) bool { return cov.points[i].After(p.Start) })
	for _, d := range cov.points[first:] {
		if d.After(p.End) {
			break
		}
		if covered(d) {
			return false
		}
	}
	return true
}

// coverageLines are the signed agreements of some kinds, as timelines, and
// the sorted days on which any of them can change.
type coverageLines struct {
	lines  []*timeline
	points []Date
}

type coverageKey struct {
	kinds  string
	notice int
}

// coverage returns the coverage lines of kinds under a notice period, built
// once per Index: an Index serves one check, during which the partnership
// does not change.
func (ix *Index) coverage(kinds []AgreementKind, notice int) *coverageLines {
	key := coverageKey{notice: notice}
	for _, k := range kinds {
		key.kinds += string(k) + ","
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if c, ok := ix.coverageCache[key]; ok {
		return c
	}
	c := &coverageLines{}
	for i := range ix.P.Agreements {
		a := &ix.P.Agreements[i]
		if !slices.Contains(kinds, a.Kind) {
			continue
		}
		t := ix.timelineLocked(i, notice)
		if !t.signed {
			continue
		}
		c.lines = append(c.lines, t)
		c.points = append(c.points, t.changes()...)
	}
	slices.SortFunc(c.points, Date.Compare)
	c.points = slices.Compact(c.points)
	if ix.coverageCache == nil {
		ix.coverageCache = map[coverageKey]*coverageLines{}
	}
	ix.coverageCache[key] = c
	return c
}

// timeline returns agreement i's timeline under a notice period, built once
// per Index.
func (ix *Index) timeline(i, notice int) *timeline {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.timelineLocked(i, notice)
}

func (ix *Index) timelineLocked(i, notice int) *timeline {
	key := [2]int{i, notice}
	if t, ok := ix.timelines[key]; ok {
		return t
	}
	if ix.timelines == nil {
		ix.timelines = map[[2]int]*timeline{}
	}
	t := ix.P.Agreements[i].timeline(notice)
	ix.timelines[key] = t
	return t
}

// MembersBroken reports whether the member list of the team with id team
// holds an entry that cannot be read: one naming an institution that does
// not exist (ref.unknown), or one whose dates are missing or leave before
// joining (team.member_dates_invalid). A rule that would conclude that an
// institution is not a member stays silent then, since the broken entry may
// be the membership it would miss.
func (ix *Index) MembersBroken(team string) bool {
	t, i, ok := ix.Team(team)
	if !ok {
		return false
	}
	for j := range t.Members {
		if !t.Members[j].datesValid() {
			return true
		}
	}
	return ix.broken.Under(Path("").Key("teams").Index(i).Key("members"))
}

// MemberOn reports whether institution is a member of the team with id team
// on day. Memberships with no joining date, or leaving before joining, count
// for nothing.
func (ix *Index) MemberOn(team, institution string, day Date) bool {
	t, _, ok := ix.Team(team)
	if !ok || day.IsZero() {
		return false
	}
	for j := range t.Members {
		m := &t.Members[j]
		if m.Institution == institution && m.datesValid() && m.ActiveOn(day) {
			return true
		}
	}
	return false
}

// MemberOver reports whether institution is a member of the team with id
// team on every day of p, possibly through consecutive memberships; when it
// is not, gap is the first day it is not. Periods are read as in CoveredOver.
func (ix *Index) MemberOver(team, institution string, p Period) (gap Date, ok bool) {
	if p.Start.IsZero() || (!p.End.IsZero() && p.End.Before(p.Start)) {
		return Date{}, true
	}
	t, _, found := ix.Team(team)
	if !found {
		return p.Start, false
	}
	day := p.Start
	for {
		// The membership covering day that reaches furthest.
		var best *Member
		for j := range t.Members {
			m := &t.Members[j]
			if m.Institution != institution || !m.datesValid() || !m.ActiveOn(day) {
				continue
			}
			if best == nil || m.Left.IsZero() || (!best.Left.IsZero() && m.Left.After(best.Left)) {
				best = m
			}
		}
		switch {
		case best == nil:
			return day, false
		case best.Left.IsZero():
			return Date{}, true
		}
		day = best.Left.AddDays(1)
		if !p.End.IsZero() && day.After(p.End) {
			return Date{}, true
		}
	}
}

// datesValid reports whether the membership has a joining date and does not
// end before it (team.member_dates_invalid otherwise).
func (m *Member) datesValid() bool {
	return !m.Joined.IsZero() && (m.Left.IsZero() || !m.Left.Before(m.Joined))
}

// label names an element for people: its name, or its id when it has none.
func label(name, id string) string {
	if name != "" {
		return name
	}
	return id
}
