package synth

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Random returns a bundle and a scenario drawn from seed: the gmina of
// Bundle with one to four plans, made irregular at random dates around
// AsOf, and a scenario of random events over the next six to eighteen
// months. The same seed gives the same bundle and scenario.
//
// The irregularities are those whose verdicts change with the date, or
// with events, so that a simulation has something to get right: annexes
// that add or remove parties and move the end (some not signed by all);
// a second agreement signed late, or by not all of its parties; withdrawals
// with and without an effective date; members joining and leaving the PZK,
// meetings with gaps; stage records completed before and after AsOf, with
// and without evidence; plans signed late or not at all, undated
// signatures, a consent given by a member who comes of age, consent
// withdrawn, suspensions open and closed, reviews with every decision
// (valid and invalid extensions), closures before and after AsOf, actions
// in every status with completions ahead, deadlines on days off, goals with
// target dates, a recorded status, periods starting ahead, and now and
// then a second plan for the same family or with the same id.
//
// The scenario's events are of every type, most of them valid, some not:
// dated out of range, naming unknown things, impossible in the state they
// meet. Its assumption is as_recorded or on_time.
func Random(seed int64) (*ipw.Bundle, *ipw.Scenario) {
	g := &gen{r: rand.New(rand.NewPCG(uint64(seed), 0x6b6f6f70))}
	b := Bundle(1 + g.r.IntN(4))
	g.partnership(b)
	for i := range b.IPWs {
		g.plan(b, &b.IPWs[i])
	}
	g.duplicate(b)
	g.stages(b)
	return b, g.scenario(b)
}

// gen draws the random parts.
type gen struct {
	r *rand.Rand
}

// day returns a date from AsOf+lo to AsOf+hi days.
func (g *gen) day(lo, hi int) Date { return AsOf.AddDays(lo + g.r.IntN(hi-lo+1)) }

// maybe reports true with probability p.
func (g *gen) maybe(p float64) bool { return g.r.Float64() < p }

func (g *gen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }

// partnership adds an institution, annexes, a second agreement,
// withdrawals, membership changes and meetings.
func (g *gen) partnership(b *ipw.Bundle) {
	b.Institutions = append(b.Institutions,
		cooperation.Institution{ID: "ngo", Name: "Stowarzyszenie „Razem w Masłowie”", Kind: cooperation.KindNGO, TERYT: "2604092"},
		cooperation.Institution{ID: "kurator", Name: "Zespół Kuratorskiej Służby Sądowej w Kielcach", Kind: cooperation.KindProbation, TERYT: "2604"})
	local := &b.Agreements[0]
	for n := g.r.IntN(3); n > 0; n-- {
		on := g.day(-300, 300)
		x := cooperation.Annex{ID: fmt.Sprintf("aneks-%d", len(local.Annexes)+1), Date: on, EffectiveFrom: on.AddDays(g.r.IntN(30))}
		switch g.r.IntN(4) {
		case 0:
			x.AddParties = []string{g.pick("ngo", "kurator")}
		case 1:
			x.RemoveParties = []string{g.pick("policja", "szkola")}
		case 2:
			x.ValidUntil = g.day(-100, 700)
		default:
			x.AddParties = []string{"ngo"}
			x.ValidUntil = g.day(200, 900)
		}
		signers := append(slices.Clone(local.Parties), x.AddParties...)
		for _, p := range signers {
			if g.maybe(0.1) {
				continue // a party that did not sign
			}
			x.Signatures = append(x.Signatures, cooperation.Signature{Party: p, Signatory: p, Date: x.Date.AddDays(g.r.IntN(10) - 2)})
		}
		local.Annexes = append(local.Annexes, x)
	}
	if g.maybe(0.5) {
		local.ValidUntil = g.day(-30, 500)
	}
	if g.maybe(0.6) {
		from := g.day(-200, 200)
		a := cooperation.Agreement{ID: "dzieci", Kind: cooperation.AgreementLocal, Title: "Porozumienie na rzecz dzieci",
			Scope: "Wsparcie dzieci i młodzieży", Parties: []string{"gmina", "gops", "szkola", "ngo"},
			EffectiveFrom: from, ValidUntil: from.AddDays(100 + g.r.IntN(500))}
		for _, p := range a.Parties {
			if g.maybe(0.1) {
				continue
			}
			a.Signatures = append(a.Signatures, cooperation.Signature{Party: p, Signatory: p, Date: from.AddDays(g.r.IntN(40) - 25)})
		}
		b.Agreements = append(b.Agreements, a)
	}
	for n := g.r.IntN(3); n > 0; n-- {
		w := cooperation.Withdrawal{Party: g.pick("szkola", "policja", "pup", "ngo"), NoticeDate: g.day(-200, 300)}
		if g.maybe(0.4) {
			w.EffectiveDate = w.NoticeDate.AddDays(g.r.IntN(120))
		}
		ag := &b.Agreements[g.r.IntN(len(b.Agreements))]
		ag.Withdrawals = append(ag.Withdrawals, w)
	}
	pzk := &b.Teams[0]
	for j := range pzk.Members {
		if j > 1 && g.maybe(0.2) {
			pzk.Members[j].Left = g.day(-100, 400)
		}
	}
	if g.maybe(0.5) {
		pzk.Members = append(pzk.Members, cooperation.Member{Institution: g.pick("ngo", "kurator"), Representative: "Zofia Przykładowa",
			Roles: []cooperation.Role{cooperation.RoleMember}, Joined: g.day(-100, 300)})
	}
	if g.maybe(0.3) {
		pzk.Members[1].Left = g.day(0, 300) // the powiat animator leaves
	}
	for n := g.r.IntN(4); n > 0; n-- {
		pzk.Meetings = append(pzk.Meetings, cooperation.Meeting{Date: g.day(-60, 400), Attendees: []string{"gops", "pcpr"}})
	}
}

// plan makes p irregular.
func (g *gen) plan(b *ipw.Bundle, p *ipw.Plan) {
	if g.maybe(0.2) { // starts ahead
		shift := 30 + g.r.IntN(200)
		p.Period.Start, p.Period.End = AsOf.AddDays(shift), AsOf.AddDays(shift+300)
	}
	switch g.r.IntN(6) {
	case 0: // signed late
		for k := range p.Signatures {
			p.Signatures[k].Date = g.day(1, 120)
		}
	case 1: // the family has not signed
		p.Signatures = p.Signatures[:1]
	case 2: // an undated signature
		p.Signatures[1].Date = Date{}
	}
	if g.maybe(0.3) { // a member who comes of age gives consent
		p.Beneficiary.Members = append(p.Beneficiary.Members,
			ipw.HouseholdMember{ID: "m3", Role: ipw.MemberChild, BirthYear: AsOf.Year() - 17 + g.r.IntN(2)})
		p.Consent.GivenBy = append(p.Consent.GivenBy, "m3")
		if g.maybe(0.5) {
			p.Signatures = append(p.Signatures, ipw.Signature{Signer: ipw.Signer{Member: "m3"}})
		}
	}
	if g.maybe(0.2) {
		p.Consent.Withdrawn = g.day(-30, 300)
	}
	if g.maybe(0.15) {
		p.Diagnosis.Date = p.Period.Start.AddDays(g.r.IntN(20))
	}
	for n := g.r.IntN(3); n > 0; n-- {
		x := ipw.Suspension{From: g.day(-100, 300), Reason: "pobyt w szpitalu"}
		if g.maybe(0.7) {
			x.To = x.From.AddDays(g.r.IntN(90))
		}
		p.Suspensions = append(p.Suspensions, x)
	}
	for n := g.r.IntN(3); n > 0; n-- {
		rv := ipw.Review{Date: g.day(-150, 300), Participants: []string{"gops"}, Decision: ipw.DecisionContinue}
		switch g.r.IntN(5) {
		case 0:
			rv.Decision, rv.NewEnd = ipw.DecisionExtend, p.Period.End.AddDays(g.r.IntN(200)-50)
		case 1:
			rv.Decision = ipw.DecisionModify
		case 2:
			rv.Date = Date{}
		}
		p.Reviews = append(p.Reviews, rv)
	}
	for k := range p.Actions {
		a := &p.Actions[k]
		switch g.r.IntN(6) {
		case 0:
			a.Status, a.Completed = ipw.ActionDone, g.day(-60, 200)
		case 1:
			a.Status, a.Completed = ipw.ActionNotDone, Date{}
		case 2:
			a.Status = ipw.ActionCancelled
		case 3:
			a.Status, a.Completed = ipw.ActionPlanned, Date{}
		case 4:
			a.Due = g.day(-30, 300) // possibly a Saturday, a Sunday or a holiday
		}
	}
	if g.maybe(0.2) {
		p.Goals[1].TargetDate = g.day(-50, 500)
	}
	if g.maybe(0.25) {
		cl := &ipw.Closure{Date: g.day(-60, 300), Reason: ipw.ClosureReason(g.pick(
			string(ipw.ClosureGoalsAchieved), string(ipw.ClosurePeriodEnded), string(ipw.ClosureBeneficiaryResigned), ""))}
		if g.maybe(0.5) {
			cl.GoalOutcomes = map[string]ipw.Outcome{"g1": ipw.OutcomeAchieved}
		}
		p.Closure = cl
	}
	if g.maybe(0.5) {
		p.Status = []ipw.Status{ipw.StatusDraft, ipw.StatusAgreed, ipw.StatusInProgress, ipw.StatusSuspended, ipw.StatusClosed}[g.r.IntN(5)]
	}
}

// duplicate adds, now and then, a plan for a family already in one, or
// with an id already taken.
func (g *gen) duplicate(b *ipw.Bundle) {
	switch g.r.IntN(5) {
	case 0:
		p := Plan(len(b.IPWs))
		p.Beneficiary = b.IPWs[0].Beneficiary
		p.Beneficiary.Members = slices.Clone(p.Beneficiary.Members)
		b.IPWs = append(b.IPWs, p)
	case 1:
		p := Plan(len(b.IPWs))
		p.ID = b.IPWs[0].ID
		b.IPWs = append(b.IPWs, p)
	}
}

// stages records some of the rural stages as completed, in order or not.
func (g *gen) stages(b *ipw.Bundle) {
	for _, s := range ipw.Stages(b.Variant) {
		if !g.maybe(0.4) {
			continue
		}
		r := ipw.StageRecord{Stage: s, Started: g.day(-500, -100), Completed: g.day(-400, 200)}
		if g.maybe(0.8) {
			r.Evidence = "Protokół spotkania PZK."
		}
		b.Stages = append(b.Stages, r)
	}
}

// scenario draws the events over the next six to eighteen months.
func (g *gen) scenario(b *ipw.Bundle) *ipw.Scenario {
	horizon := AsOf.AddMonths(6 + g.r.IntN(13))
	span := AsOf.DaysUntil(horizon)
	sc := &ipw.Scenario{Horizon: horizon, Assume: ipw.AssumeAsRecorded}
	if g.maybe(0.5) {
		sc.Assume = ipw.AssumeOnTime
	}
	ipwID := func() string {
		if g.maybe(0.05) {
			return "ipw-nieznany"
		}
		return b.IPWs[g.r.IntN(len(b.IPWs))].ID
	}
	for n := g.r.IntN(9); n > 0; n-- {
		e := ipw.Event{Date: g.day(0, span)}
		if g.maybe(0.05) {
			e.Date = g.day(-20, span+20) // perhaps out of range
		}
		switch g.r.IntN(13) {
		case 0, 1, 2, 3:
			e.Type = []ipw.EventType{ipw.EventActionStarted, ipw.EventActionDone, ipw.EventActionNotDone, ipw.EventActionCancelled}[g.r.IntN(4)]
			e.IPW, e.Action = ipwID(), g.pick("a1", "a2", "a3", "a9")
		case 4:
			e.Type, e.IPW = ipw.EventReview, ipwID()
			e.Decision = []ipw.Decision{ipw.DecisionContinue, ipw.DecisionModify, ipw.DecisionExtend, ipw.DecisionSuspend, ipw.DecisionClose}[g.r.IntN(5)]
			switch e.Decision {
			case ipw.DecisionExtend:
				e.NewEnd = horizon.AddDays(g.r.IntN(300) - 200)
			case ipw.DecisionClose:
				e.Reason = string(ipw.ClosureGoalsPartiallyAchieved)
				e.GoalOutcomes = map[string]ipw.Outcome{"g1": ipw.OutcomePartiallyAchieved, "g2": ipw.OutcomeNotAchieved}
			}
		case 5:
			e.Type, e.IPW, e.Reason = ipw.EventSuspend, ipwID(), "wyjazd"
		case 6:
			e.Type, e.IPW = ipw.EventResume, ipwID()
		case 7:
			e.Type, e.IPW, e.Reason = ipw.EventClose, ipwID(), string(ipw.ClosureBeneficiaryResigned)
		case 8:
			e.Type, e.IPW = ipw.EventConsentWithdrawn, ipwID()
		case 9:
			e.Type, e.Institution = ipw.EventPartnerWithdraws, g.pick("pup", "pcpr", "szkola", "ngo", "nieznana")
		case 10:
			e.Type, e.Institution = ipw.EventPartnerJoins, g.pick("ngo", "kurator", "pup")
		case 11:
			e.Type, e.Agreement = ipw.EventAgreementExpires, g.pick("lokalne", "dzieci", "nieznane")
		default:
			p := Plan(10 + g.r.IntN(100))
			p.Period.Start, p.Period.End = e.Date.AddDays(-7), e.Date.AddDays(300)
			if g.maybe(0.4) { // a family already in a plan
				p.Beneficiary = b.IPWs[0].Beneficiary
				p.Beneficiary.Members = slices.Clone(p.Beneficiary.Members)
			}
			e.Type, e.Document = ipw.EventIPWAdded, &p
		}
		sc.Events = append(sc.Events, e)
	}
	slices.SortStableFunc(sc.Events, func(x, y ipw.Event) int { return x.Date.Compare(y.Date) })
	return sc
}
