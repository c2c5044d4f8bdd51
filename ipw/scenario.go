package ipw

import (
	"encoding/json"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Assumption says what happens in a simulation to what the scenario does
// not mention (DOMAIN.md §12).
type Assumption string

// The assumptions of a scenario.
const (
	// AssumeAsRecorded changes the state only through the scenario's events:
	// what the scenario does not mention does not happen.
	AssumeAsRecorded Assumption = "as_recorded"
	// AssumeOnTime projects the plan as written: every open action whose end
	// the scenario does not decide completes on its due date, and every plan
	// in progress is reviewed on schedule.
	AssumeOnTime Assumption = "on_time"
)

func (a Assumption) String() string { return string(a) }

// Valid reports whether a is a known assumption ("" counts as as_recorded).
func (a Assumption) Valid() bool { return a == "" || a == AssumeAsRecorded || a == AssumeOnTime }

// EventType is the kind of a scenario event.
type EventType string

// The event types of DOMAIN.md §12.
const (
	EventActionStarted    EventType = "action_started"
	EventActionDone       EventType = "action_done"
	EventActionNotDone    EventType = "action_not_done"
	EventActionCancelled  EventType = "action_cancelled"
	EventReview           EventType = "review"
	EventSuspend          EventType = "suspend"
	EventResume           EventType = "resume"
	EventClose            EventType = "close"
	EventConsentWithdrawn EventType = "consent_withdrawn"
	EventPartnerWithdraws EventType = "partner_withdraws"
	EventPartnerJoins     EventType = "partner_joins"
	EventAgreementExpires EventType = "agreement_expires"
	EventIPWAdded         EventType = "ipw_added"

	// EventMeetingHeld is a PZK meeting that the on_time projection assumes
	// held on schedule. It appears only among a step's assumed events;
	// scenarios cannot contain it.
	EventMeetingHeld EventType = "meeting_held"
)

var eventTypes = []EventType{
	EventActionStarted, EventActionDone, EventActionNotDone, EventActionCancelled,
	EventReview, EventSuspend, EventResume, EventClose, EventConsentWithdrawn,
	EventPartnerWithdraws, EventPartnerJoins, EventAgreementExpires, EventIPWAdded,
}

// EventTypes lists the event types in the order of DOMAIN.md §12.
func EventTypes() []EventType { return append([]EventType(nil), eventTypes...) }

func (t EventType) String() string { return string(t) }

// Valid reports whether t is a known event type.
func (t EventType) Valid() bool {
	for _, e := range eventTypes {
		if e == t {
			return true
		}
	}
	return false
}

// Event is one dated event of a scenario. Which fields it uses depends on
// its type:
//
//   - action_started, action_done, action_not_done, action_cancelled: IPW, Action;
//   - review: IPW, Decision, NewEnd (for extend), Reason and GoalOutcomes
//     (for close);
//   - suspend: IPW, Reason; resume, consent_withdrawn: IPW;
//   - close: IPW, Reason (a closure reason), GoalOutcomes;
//   - partner_withdraws, partner_joins: Institution;
//   - agreement_expires: Agreement;
//   - ipw_added: Document.
type Event struct {
	Date         Date               `json:"date"`
	Type         EventType          `json:"type"`
	IPW          string             `json:"ipw,omitempty"`
	Action       string             `json:"action,omitempty"`
	Institution  string             `json:"institution,omitempty"`
	Agreement    string             `json:"agreement,omitempty"`
	Decision     Decision           `json:"decision,omitempty"`
	NewEnd       Date               `json:"newEnd,omitzero"`
	Reason       string             `json:"reason,omitempty"`
	GoalOutcomes map[string]Outcome `json:"goalOutcomes,omitempty"`
	Document     *Plan              `json:"document,omitempty"`
}

// Scenario is a "what if" over a bundle: the dated events to replay from the
// bundle's asOf up to Horizon, and what to assume about everything else.
// Its JSON form is the scenario document (schema "scenario").
type Scenario struct {
	Horizon Date       `json:"horizon"`
	Assume  Assumption `json:"assume,omitempty"`
	Events  []Event    `json:"events"`
}

// MarshalJSON writes events as an array even when there are none.
func (sc Scenario) MarshalJSON() ([]byte, error) {
	type plain Scenario
	if sc.Events == nil {
		sc.Events = []Event{}
	}
	return json.Marshal(plain(sc))
}

// String describes an event for people: its date, type and subject.
func (e *Event) String() string {
	subject := e.IPW
	switch {
	case e.Action != "":
		subject = e.IPW + "/" + e.Action
	case e.Institution != "":
		subject = e.Institution
	case e.Agreement != "":
		subject = e.Agreement
	case e.Document != nil:
		subject = e.Document.ID
	}
	return e.Date.String() + " " + string(e.Type) + " " + subject
}

// effect says what an applied event changed, for the re-checks.
type effect struct {
	plans   []int // plans whose data changed
	partner bool  // the partnership's data changed
}

// apply applies scenario event i on day d to the state, or records why it
// cannot (ref.unknown, scenario.event_invalid) and reports false.
func (s *sim) apply(i int, e *Event, d Date) (effect, bool) {
	ep := eventPath(i)
	invalid := func(en, pl string) (effect, bool) {
		s.scenarioInvalid(ep, i, e, label{en, pl})
		return effect{}, false
	}
	unknown := func(field, id string, col label) (effect, bool) {
		s.scenario.Add(cooperation.CodeRefUnknown, ep.Key(field), append([]string{"id", id}, col.params("collection")...)...)
		return effect{}, false
	}
	var p *Plan
	k := -1
	switch e.Type {
	case EventPartnerWithdraws, EventPartnerJoins, EventAgreementExpires, EventIPWAdded:
	default:
		j, ok := s.byID[e.IPW]
		if !ok {
			return unknown("ipw", e.IPW, colIPWs)
		}
		k, p = j, &s.st.IPWs[j]
		if DeriveStatus(p, d) == StatusClosed {
			return invalid("IPW "+p.ID+" is closed", "IPW "+p.ID+" jest zakończony")
		}
	}
	one := effect{plans: []int{k}}
	switch e.Type {
	case EventActionStarted, EventActionDone, EventActionNotDone, EventActionCancelled:
		a := -1
		for j := range p.Actions {
			if p.Actions[j].ID == e.Action {
				a = j
				break
			}
		}
		if a < 0 {
			return unknown("action", e.Action, colActions(p.ID))
		}
		act := &p.Actions[a]
		switch {
		case !act.Status.Open():
			l := actionStatusTerms.both(act.Status)
			return invalid("action "+act.ID+" is already "+l.en, "działanie "+act.ID+" ma już status „"+l.pl+"”")
		case e.Type == EventActionStarted && act.Status != ActionPlanned:
			return invalid("action "+act.ID+" is already in progress", "działanie "+act.ID+" jest już w toku")
		}
		switch e.Type {
		case EventActionStarted:
			act.Status = ActionInProgress
		case EventActionDone:
			act.Status, act.Completed = ActionDone, d
		case EventActionNotDone:
			act.Status, act.Completed = ActionNotDone, d
		case EventActionCancelled:
			act.Status = ActionCancelled
		}
		return one, true

	case EventReview:
		if e.Decision == DecisionExtend {
			if end := PlannedEnd(p); !end.IsZero() && !e.NewEnd.After(end) {
				return invalid("the new end "+e.NewEnd.String()+" is not after the planned end "+end.String(),
					"nowy termin "+e.NewEnd.String()+" nie przypada po planowanym zakończeniu "+end.String())
			}
		}
		switch e.Decision {
		case DecisionContinue, DecisionModify, DecisionExtend, DecisionSuspend, DecisionClose:
		default:
			return invalid("the decision "+string(e.Decision)+" is unknown", "decyzja "+string(e.Decision)+" jest nieznana")
		}
		if e.Decision == DecisionSuspend && suspendedOn(p, cooperation.On(d)) {
			return invalid("IPW "+p.ID+" is already suspended", "IPW "+p.ID+" jest już zawieszony")
		}
		rv := Review{Date: d, Decision: e.Decision, NewEnd: e.NewEnd}
		if p.CaseWorker.Institution != "" {
			rv.Participants = []string{p.CaseWorker.Institution}
		}
		p.Reviews = append(p.Reviews, rv)
		switch e.Decision {
		case DecisionSuspend:
			p.Suspensions = append(p.Suspensions, Suspension{From: d, Reason: e.Reason})
		case DecisionClose:
			s.close(p, d, ClosureReason(e.Reason), e.GoalOutcomes)
		}
		s.queueAfterReview(k, d)
		return one, true

	case EventSuspend:
		if suspendedOn(p, cooperation.On(d)) {
			return invalid("IPW "+p.ID+" is already suspended", "IPW "+p.ID+" jest już zawieszony")
		}
		p.Suspensions = append(p.Suspensions, Suspension{From: d, Reason: e.Reason})
		return one, true

	case EventResume:
		open := -1
		for j := range p.Suspensions {
			x := &p.Suspensions[j]
			if !x.From.IsZero() && x.From.Before(d) && (x.To.IsZero() || !x.To.Before(d)) {
				open = j
			}
		}
		if open < 0 {
			return invalid("IPW "+p.ID+" is not suspended before that day", "IPW "+p.ID+" nie jest zawieszony przed tym dniem")
		}
		p.Suspensions[open].To = d.AddDays(-1)
		s.queueResume(k, d)
		return one, true

	case EventClose:
		s.close(p, d, ClosureReason(e.Reason), e.GoalOutcomes)
		return one, true

	case EventConsentWithdrawn:
		switch {
		case p.Consent == nil:
			return invalid("IPW "+p.ID+" records no consent", "IPW "+p.ID+" nie ma zapisanej zgody")
		case !p.Consent.Withdrawn.IsZero() && !p.Consent.Withdrawn.After(d):
			return invalid("the consent was already withdrawn on "+p.Consent.Withdrawn.String(),
				"zgodę wycofano już "+p.Consent.Withdrawn.String())
		}
		p.Consent.Withdrawn = d
		return one, true

	case EventPartnerWithdraws:
		if _, ok := s.institution(e.Institution); !ok {
			return unknown("institution", e.Institution, colInstitutions)
		}
		if !s.withdraw(e.Institution, d) {
			return invalid(e.Institution+" is neither a party to an agreement in force nor a team member on that day",
				e.Institution+" nie jest w tym dniu ani stroną obowiązującego porozumienia, ani członkiem zespołu")
		}
		return s.partnerChanged(), true

	case EventPartnerJoins:
		if _, ok := s.institution(e.Institution); !ok {
			return unknown("institution", e.Institution, colInstitutions)
		}
		if en, pl := s.join(e.Institution, d); en != "" {
			return invalid(en, pl)
		}
		return s.partnerChanged(), true

	case EventAgreementExpires:
		a := -1
		for j := range s.st.Agreements {
			if s.st.Agreements[j].ID == e.Agreement {
				a = j
				break
			}
		}
		if a < 0 {
			return unknown("agreement", e.Agreement, colAgreements)
		}
		ag := &s.st.Agreements[a]
		last := d.AddDays(-1)
		if end := ag.EndOn(d); !end.IsZero() && !end.After(last) {
			return invalid("agreement "+ag.ID+" already ended on "+end.String(),
				"porozumienie "+ag.ID+" zakończyło się już "+end.String())
		}
		ag.ValidUntil = last
		for j := range ag.Annexes {
			if x := &ag.Annexes[j]; x.ValidUntil.IsZero() || x.ValidUntil.After(last) {
				if !x.ValidUntil.IsZero() || x.EffectiveFrom.After(last) {
					x.ValidUntil = last
				}
			}
		}
		return s.partnerChanged(), true

	case EventIPWAdded:
		if _, dup := s.byID[e.Document.ID]; dup {
			s.scenario.Add(cooperation.CodeRefDuplicateID, ep.Key("document").Key("id"),
				"id", e.Document.ID, "first", string(pathIPWList.Index(s.byID[e.Document.ID])))
			return effect{}, false
		}
		k := len(s.st.IPWs)
		s.st.IPWs = append(s.st.IPWs, copyPlan(e.Document))
		s.byID[e.Document.ID] = k
		s.local = append(s.local, nil)
		s.derived = append(s.derived, DeriveStatus(&s.st.IPWs[k], d))
		s.queueAssumed(k, d)
		return effect{plans: []int{k}}, true
	}
	return effect{}, false
}

func (s *sim) partnerChanged() effect {
	s.partnerDataChanged = true
	s.teamsDirt = true
	return effect{partner: true}
}

func (s *sim) institution(id string) (*cooperation.Institution, bool) {
	for i := range s.st.Institutions {
		if s.st.Institutions[i].ID == id {
			return &s.st.Institutions[i], true
		}
	}
	return nil, false
}

// close records p's closure on d and cancels its open actions.
func (s *sim) close(p *Plan, d Date, reason ClosureReason, outcomes map[string]Outcome) {
	cl := &Closure{Date: d, Reason: reason}
	if len(outcomes) > 0 {
		cl.GoalOutcomes = make(map[string]Outcome, len(outcomes))
		for g, o := range outcomes {
			cl.GoalOutcomes[g] = o
		}
	}
	p.Closure = cl
	for j := range p.Actions {
		if p.Actions[j].Status.Open() {
			p.Actions[j].Status = ActionCancelled
		}
	}
}

// withdraw gives inst's notice on d to every agreement it is a party to,
// and ends its team memberships the day before the last withdrawal takes
// effect. It reports whether there was anything to leave.
func (s *sim) withdraw(inst string, d Date) bool {
	notice := s.settings.Agreement.DefaultNoticePeriodDays
	last := d
	found := false
	for i := range s.st.Agreements {
		a := &s.st.Agreements[i]
		if !a.PartyOn(inst, d, notice) {
			continue
		}
		w := cooperation.Withdrawal{Party: inst, NoticeDate: d}
		a.Withdrawals = append(a.Withdrawals, w)
		if eff := a.WithdrawalEffective(w, notice); eff.After(last) {
			last = eff
		}
		found = true
	}
	left := d
	if last.After(d) {
		left = last.AddDays(-1)
	}
	for i := range s.st.Teams {
		t := &s.st.Teams[i]
		for j := range t.Members {
			m := &t.Members[j]
			if m.Institution != inst || m.Joined.IsZero() || m.Joined.After(left) {
				continue
			}
			if m.Left.IsZero() || m.Left.After(left) {
				m.Left = left
				found = true
			}
		}
	}
	return found
}

// join makes inst a member of the PZK from d and binds it into the
// partnership (see Simulate). It returns why it cannot, in English and
// Polish, or "".
func (s *sim) join(inst string, d Date) (string, string) {
	ix := cooperation.NewIndex(&s.st.Partnership)
	pzk, _, ok := ix.PZK()
	if !ok {
		return "the bundle has no PZK to join", "pakiet nie ma PZK, do którego można przystąpić"
	}
	if ix.MemberOn(pzk.ID, inst, d) {
		return inst + " is already a member of " + pzk.ID, inst + " jest już członkiem " + pzk.ID
	}
	name := inst
	if in, ok := ix.Institution(inst); ok && in.Name != "" {
		name = in.Name
	}
	notice := s.settings.Agreement.DefaultNoticePeriodDays
	if s.settings.Team.RequireDeclarations {
		leader := ""
		for _, m := range pzk.Members {
			if m.HasRole(cooperation.RoleLeader) && m.ActiveOn(d) {
				leader = m.Institution
				break
			}
		}
		if leader == "" {
			return "the PZK has no leader to accept the declaration", "PZK nie ma lidera, który przyjąłby deklarację"
		}
		s.st.Agreements = append(s.st.Agreements, cooperation.Agreement{
			ID:    uniqueAgreementID(ix, "deklaracja-"+inst+"-"+d.String()),
			Kind:  cooperation.AgreementDeclaration,
			Title: "Deklaracja przystąpienia do " + pzk.Name, Scope: "Przystąpienie do partnerskiego zespołu kooperacyjnego",
			Parties: []string{inst, leader}, Team: pzk.ID,
			Signatures: []cooperation.Signature{
				{Party: inst, Signatory: name, Date: d},
				{Party: leader, Signatory: leader, Date: d},
			},
		})
	} else {
		var target *cooperation.Agreement
		for _, kind := range []cooperation.AgreementKind{cooperation.AgreementLocal, cooperation.AgreementPilot} {
			for i := range s.st.Agreements {
				a := &s.st.Agreements[i]
				if a.Kind != kind || target != nil {
					continue
				}
				if start, ok := a.Start(); ok && !start.After(d) && (a.EndOn(d).IsZero() || !a.EndOn(d).Before(d)) {
					target = a
				}
			}
		}
		if target == nil {
			return "no partnership agreement is in force on that day", "żadne porozumienie partnerskie nie obowiązuje w tym dniu"
		}
		var parties []string
		seen := map[string]bool{}
		cands := append([]string(nil), target.Parties...)
		for _, x := range target.Annexes {
			cands = append(cands, x.AddParties...)
		}
		for _, c := range cands {
			if !seen[c] && target.PartyOn(c, d, notice) {
				seen[c] = true
				parties = append(parties, c)
			}
		}
		sigs := make([]cooperation.Signature, 0, len(parties)+1)
		for _, c := range append(parties, inst) {
			sigs = append(sigs, cooperation.Signature{Party: c, Signatory: c, Date: d})
		}
		target.Annexes = append(target.Annexes, cooperation.Annex{
			ID: "aneks-" + inst + "-" + d.String(), Date: d, EffectiveFrom: d,
			AddParties: []string{inst}, Signatures: sigs,
		})
	}
	pzk.Members = append(pzk.Members, cooperation.Member{
		Institution: inst, Representative: name, Roles: []cooperation.Role{cooperation.RoleMember}, Joined: d,
	})
	return "", ""
}

func uniqueAgreementID(ix *cooperation.Index, id string) string {
	out := id
	for n := 2; ; n++ {
		if _, _, taken := ix.Agreement(out); !taken {
			return out
		}
		out = id + "-" + strconv.Itoa(n)
	}
}
