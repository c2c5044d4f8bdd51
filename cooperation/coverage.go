package cooperation

import (
	"slices"
	"sort"
	"strconv"
)

// This file answers the questions the IPW rules ask of the partnership: is an
// institution covered by an agreement in force on a day or over a period, and
// by which one (DOMAIN.md §8); is it a member of a team; and does the use of
// the basket of services stay within capacity (§9).

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

// PartyOn reports whether party is a party to the agreement on day (DOMAIN.md
// §8 point 4): an original party or one added by an annex effective on or
// before day, and not removed by an annex nor withdrawn with effect on or
// before day. Changes apply in date order, so an annex may re-admit a party
// that withdrew earlier. A withdrawal without an effective date takes effect
// after the agreement's notice period, or defaultNotice days when the
// agreement names none.
func (a *Agreement) PartyOn(party string, day Date, defaultNotice int) bool {
	return !day.IsZero() && a.timeline(defaultNotice).partyOn(party, On(day))
}

// InForce reports whether the agreement is in force for party on day
// (DOMAIN.md §8 points 1–4): every original party has signed, day is on or
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
// that takes in both.
func (ix *Index) UncoveredBetween(institution string, day Date, now Clock, s Settings, kinds ...AgreementKind) bool {
	return ix.UncoveredThrough(institution, Period{Start: MinDate(day, now.today), End: MaxDate(day, now.today)}, s, kinds...)
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

// Booking is one use of a basket service by an IPW action, from Start to Due,
// Completed when done (zero: not completed). It counts in every calendar
// month where Start <= the month's last day, Due >= the month's first day,
// and it was not completed before the month's first day. Path locates the
// action; CheckCapacity reports at the service, not at the bookings.
type Booking struct {
	Service   string
	Start     Date
	Due       Date
	Completed Date
	Path      Path
}

// months returns the calendar months (as year*12 + month-1) the booking
// counts in; ok is false when it counts in none or its dates are missing.
func (b Booking) months() (first, last int, ok bool) {
	if b.Start.IsZero() || b.Due.IsZero() {
		return 0, 0, false
	}
	first, last = monthIndex(b.Start), monthIndex(b.Due)
	if !b.Completed.IsZero() {
		last = min(last, monthIndex(b.Completed))
	}
	return first, last, first <= last
}

func monthIndex(d Date) int { return d.Year()*12 + int(d.Month()) - 1 }

func monthKey(m int) string {
	b := appendPadded(make([]byte, 0, 7), m/12, 4)
	return string(appendPadded(append(b, '-'), m%12+1, 2))
}

// CheckCapacity adds service.capacity_exceeded at the service (/services/i)
// for every calendar month in which more bookings use a service than its
// monthlyCapacity: one finding per service and month, with the parameters
// service, month (YYYY-MM), used and capacity. Services without a capacity
// are unlimited; bookings of unknown services or without dates are ignored
// (they are reported elsewhere).
func CheckCapacity(ix *Index, bookings []Booking, f *Findings) {
	type delta = map[int]int
	use := make(map[string]delta)
	for _, b := range bookings {
		svc, ok := ix.Service(b.Service)
		if !ok || svc.MonthlyCapacity == nil {
			continue
		}
		first, last, ok := b.months()
		if !ok {
			continue
		}
		d := use[b.Service]
		if d == nil {
			d = make(delta)
			use[b.Service] = d
		}
		d[first]++
		d[last+1]--
	}
	for i := range ix.P.Services {
		svc := &ix.P.Services[i]
		d := use[svc.ID]
		if d == nil || ix.services[svc.ID] != i {
			continue
		}
		capacity := *svc.MonthlyCapacity
		keys := make([]int, 0, len(d))
		for m := range d {
			keys = append(keys, m)
		}
		slices.Sort(keys)
		used := 0
		for k, m := range keys {
			used += d[m]
			if used <= capacity || k+1 == len(keys) {
				continue
			}
			for month := m; month < keys[k+1]; month++ {
				f.Add(CodeServiceCapacityExceeded, Path("").Key("services").Index(i),
					"service", label(svc.Name, svc.ID), "month", monthKey(month),
					"used", strconv.Itoa(used), "capacity", strconv.Itoa(capacity))
			}
		}
	}
}

// label names an element for people: its name, or its id when it has none.
func label(name, id string) string {
	if name != "" {
		return name
	}
	return id
}

// timeline is an agreement resolved once for many questions: whether it is
// signed, when it starts, which annexes take effect, and the notice period.
type timeline struct {
	a        *Agreement
	signed   bool
	start    Date
	notice   int
	annexes  []annexState
	byEffect []int // indices of annexes that take effect, in order of effect
	// partyChanges are the annexes and withdrawals that take effect, in the
	// order they change the parties (see partySet).
	partyChanges []partyChange
}

// annexState is what became of an annex.
type annexState struct {
	signers     []string // parties that had to sign
	missing     []string // parties that had to sign and did not
	signed      bool     // every party that had to sign did
	afterExpiry bool     // it would take effect after the agreement ended
	endBefore   Date     // the end in force on its effective date (when afterExpiry)
	effective   bool     // it takes effect
}

func (a *Agreement) timeline(defaultNotice int) *timeline {
	return a.timelineOf(defaultNotice, a.annexStates())
}

// timelineOf resolves the agreement with what became of its annexes.
func (a *Agreement) timelineOf(defaultNotice int, annexes []annexState) *timeline {
	t := &timeline{a: a, notice: a.NoticeDays(defaultNotice)}
	t.start, t.signed = a.Start()
	t.annexes = annexes
	for _, j := range a.annexesByEffect() {
		if t.annexes[j].effective {
			t.byEffect = append(t.byEffect, j)
		}
	}
	// The changes of parties in the order partySet applies them.
	for j := range a.Annexes {
		if t.annexes[j].effective {
			t.partyChanges = append(t.partyChanges, partyChange{a.Annexes[j].EffectiveFrom, 0, j})
		}
	}
	for k, w := range a.Withdrawals {
		if on := t.withdrawalEffect(w); !on.IsZero() {
			t.partyChanges = append(t.partyChanges, partyChange{on, 1, k})
		}
	}
	slices.SortStableFunc(t.partyChanges, func(x, y partyChange) int {
		if c := x.on.Compare(y.on); c != 0 {
			return c
		}
		return x.kind - y.kind
	})
	return t
}

// partyChange is an annex taking effect (kind 0) or a withdrawal taking
// effect (kind 1) on a day.
type partyChange struct {
	on      Date
	kind, i int
}

// annexDate is the day an annex is concluded: its date, or its effect when
// the date is missing.
func annexDate(x *Annex) Date {
	if !x.Date.IsZero() {
		return x.Date
	}
	return x.EffectiveFrom
}

// annexesByEffect returns the indices of annexes with an effective date, by
// that date (bundle order on ties).
func (a *Agreement) annexesByEffect() []int {
	order := make([]int, 0, len(a.Annexes))
	for j := range a.Annexes {
		if !a.Annexes[j].EffectiveFrom.IsZero() {
			order = append(order, j)
		}
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return a.Annexes[x].EffectiveFrom.Compare(a.Annexes[y].EffectiveFrom)
	})
	return order
}

// annexStates decides which annexes take effect. First signatures, annex by
// annex in the order they were concluded: an annex must be signed by every
// party on its date (as changed by the signed annexes concluded before it),
// except a party that has already given notice of withdrawal, and by every
// party it adds. Then expiry, in order of effect: a signed annex effective
// after the end in force (as changed by the annexes before it) comes too
// late to amend the agreement.
func (a *Agreement) annexStates() []annexState {
	st := make([]annexState, len(a.Annexes))
	order := a.annexesByEffect()
	concluded := slices.Clone(order)
	slices.SortStableFunc(concluded, func(x, y int) int {
		return annexDate(&a.Annexes[x]).Compare(annexDate(&a.Annexes[y]))
	})
	noticeGiven := func(w Withdrawal) Date {
		if !w.NoticeDate.IsZero() {
			return w.NoticeDate
		}
		return w.EffectiveDate
	}
	for _, j := range concluded {
		x := &a.Annexes[j]
		need := a.partySet(On(annexDate(x)), func(k int) bool { return st[k].signed }, noticeGiven)
		for _, p := range x.AddParties {
			if p != "" && !slices.Contains(need, p) {
				need = append(need, p)
			}
		}
		st[j].signers = need
		for _, p := range need {
			if !hasSignature(x.Signatures, p) {
				st[j].missing = append(st[j].missing, p)
			}
		}
		st[j].signed = len(st[j].missing) == 0
	}
	end := a.ValidUntil
	for _, j := range order {
		x := &a.Annexes[j]
		if !st[j].signed {
			continue
		}
		if !end.IsZero() && x.EffectiveFrom.After(end) {
			st[j].afterExpiry, st[j].endBefore = true, end
			continue
		}
		st[j].effective = true
		if x.changesEnd() {
			end = x.ValidUntil
		}
	}
	return st
}

// changesEnd reports whether the annex sets a new end: it has a validUntil
// on or after its own effect (an earlier one is agreement.dates_invalid and
// is ignored, so the one mistake does not also end the agreement).
func (x *Annex) changesEnd() bool {
	return !x.ValidUntil.IsZero() && !x.ValidUntil.Before(x.EffectiveFrom)
}

// hasSignature reports whether party signed at all, dated or not.
func hasSignature(sigs []Signature, party string) bool {
	for _, s := range sigs {
		if s.Party == party {
			return true
		}
	}
	return false
}

// partySet returns the parties on now's day, in order of first appearance:
// the original parties changed, in date order, by the annexes use admits
// that are effective on or before that day (additions first, then removals)
// and by the withdrawals whose when is on or before it. On one day annexes
// apply before withdrawals.
func (a *Agreement) partySet(now Clock, use func(j int) bool, when func(Withdrawal) Date) []string {
	type change struct {
		on      Date
		kind, i int // kind 0 annex, 1 withdrawal
	}
	var changes []change
	for j := range a.Annexes {
		x := &a.Annexes[j]
		if use(j) && !x.EffectiveFrom.IsZero() && now.Reached(x.EffectiveFrom) {
			changes = append(changes, change{x.EffectiveFrom, 0, j})
		}
	}
	for k, w := range a.Withdrawals {
		if on := when(w); !on.IsZero() && now.Reached(on) {
			changes = append(changes, change{on, 1, k})
		}
	}
	slices.SortStableFunc(changes, func(x, y change) int {
		if c := x.on.Compare(y.on); c != 0 {
			return c
		}
		return x.kind - y.kind
	})
	set := make([]string, 0, len(a.Parties)+2)
	in := make(map[string]bool, len(a.Parties)+2)
	add := func(p string) {
		if p != "" && !in[p] {
			in[p] = true
			if !slices.Contains(set, p) {
				set = append(set, p)
			}
		}
	}
	for _, p := range a.Parties {
		add(p)
	}
	for _, c := range changes {
		if c.kind == 1 {
			in[a.Withdrawals[c.i].Party] = false
			continue
		}
		x := &a.Annexes[c.i]
		for _, p := range x.AddParties {
			add(p)
		}
		for _, p := range x.RemoveParties {
			in[p] = false
		}
	}
	return slices.DeleteFunc(set, func(p string) bool { return !in[p] })
}

// endOn is the last day of the agreement as it stands on now's day (see
// Agreement.EndOn).
func (t *timeline) endOn(now Clock) Date {
	end := t.a.ValidUntil
	for _, j := range t.byEffect {
		x := &t.a.Annexes[j]
		if !now.Reached(x.EffectiveFrom) {
			break
		}
		if x.changesEnd() {
			end = x.ValidUntil
		}
	}
	return end
}

// partyOn reports whether party is a party on now's day: what partySet
// says, for one party, without building the set.
func (t *timeline) partyOn(party string, now Clock) bool {
	if party == "" {
		return false
	}
	in := slices.Contains(t.a.Parties, party)
	for _, c := range t.partyChanges {
		if !now.Reached(c.on) {
			break
		}
		if c.kind == 1 {
			if t.a.Withdrawals[c.i].Party == party {
				in = false
			}
			continue
		}
		x := &t.a.Annexes[c.i]
		if slices.Contains(x.AddParties, party) {
			in = true
		}
		if slices.Contains(x.RemoveParties, party) {
			in = false
		}
	}
	return in
}

// parties returns the parties on now's day.
func (t *timeline) parties(now Clock) []string {
	return t.a.partySet(now, func(j int) bool { return t.annexes[j].effective }, t.withdrawalEffect)
}

func (t *timeline) withdrawalEffect(w Withdrawal) Date {
	return t.a.WithdrawalEffective(w, t.notice)
}

// inForce reports whether the agreement is in force for party on now's day
// (see Agreement.InForce).
func (t *timeline) inForce(party string, now Clock) bool {
	if !t.signed || !now.Reached(t.start) {
		return false
	}
	if end := t.endOn(now); !end.IsZero() && now.Passed(end) {
		return false
	}
	return t.partyOn(party, now)
}

// changes returns the days on which being in force may change for some
// party: the start, the day after each possible end, each annex's effect and
// each withdrawal's effect.
func (t *timeline) changes() []Date {
	out := []Date{t.start}
	if !t.a.ValidUntil.IsZero() {
		out = append(out, t.a.ValidUntil.AddDays(1))
	}
	for _, j := range t.byEffect {
		x := &t.a.Annexes[j]
		out = append(out, x.EffectiveFrom)
		if x.changesEnd() {
			out = append(out, x.ValidUntil.AddDays(1))
		}
	}
	for _, w := range t.a.Withdrawals {
		if d := t.withdrawalEffect(w); !d.IsZero() {
			out = append(out, d)
		}
	}
	return out
}
