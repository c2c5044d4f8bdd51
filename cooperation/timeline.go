package cooperation

import "slices"

// This file resolves an agreement over time: when it starts,
// which annexes take effect, and who is a party on a day. The questions the
// rules ask (coverage.go, intent.go) are answered from it.

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
