package simulate

import (
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// label is a value shown in messages, in Polish and English.
type label struct{ pl, en string }

// params returns name.en and name.pl parameters for l.
func (l label) params(name string) []string {
	return []string{name + ".en", l.en, name + ".pl", l.pl}
}

// The collections named in ref.unknown messages about a scenario's events.
var (
	colInstitutions = label{"instytucji", "the institutions"}
	colIPWs         = label{"programów IPW", "the IPWs"}
	colAgreements   = label{"porozumień", "the agreements"}
)

// colActions names the actions of a plan.
var colActions = label{"działań tego IPW", "the actions of this IPW"}

// planName names a plan in a message: the family's pseudonym, or its id.
func planName(p *ipw.Plan) string {
	if p.Beneficiary.Pseudonym != "" {
		return p.Beneficiary.Pseudonym
	}
	return p.ID
}

// quoted quotes a name in each language.
func quoted(name string) label { return label{"„" + name + "”", strconv.Quote(name)} }

// Reasons end with what to do about the event.
const (
	dropPL = " Usuń to zdarzenie albo zmień jego datę."
	dropEN = " Remove the event or change its date."
)

var pathIPWs = cooperation.Path("").Key("ipws")

func eventPath(i int) cooperation.Path { return cooperation.Path("").Key("events").Index(i) }

// inSpan reports whether d lies in asOf..horizon.
func (s *sim) inSpan(d Date) bool { return !d.IsZero() && !d.Before(s.asOf) && !d.After(s.horizon) }

// validateAndQueue checks what can be checked of each event before the
// replay (its date, type and required fields) and queues the rest.
func (s *sim) validateAndQueue() {
	s.decided = map[string]bool{}
	for i := range s.sc.Events {
		e := &s.sc.Events[i]
		ep := eventPath(i)
		switch {
		case !e.Type.Valid():
			s.scenarioInvalid(ep.Key("type"), i, e, label{"Rodzaj zdarzenia „" + string(e.Type) + "” jest nieznany. Wybierz jeden z rodzajów zdarzeń scenariusza.",
				"The event type " + strconv.Quote(string(e.Type)) + " is unknown. Choose one of the scenario's event types."})
			continue
		case (s.sc.Horizon.IsZero() || s.sc.Horizon.Before(s.asOf)) && e.Date.After(s.asOf):
			// Past a horizon that scenario.horizon_invalid reports: the
			// event is skipped with the rest of the replay, not reported.
			continue
		case e.Date.IsZero() || !s.inSpan(e.Date):
			s.scenario.Add(cooperation.CodeScenarioEventOutOfRange, ep.Key("date"),
				append(eventParams(i, e), "asOf", s.asOf.String(), "horizon", s.horizon.String())...)
			continue
		}
		if missing := missingField(e); missing != "" {
			at := ep
			for _, k := range strings.Split(missing, ".") {
				at = at.Key(k)
			}
			s.scenarioInvalid(ep, i, e, label{
				"Brak pola „" + cooperation.FieldLabel(at, cooperation.Polish) + "” („" + missing + "”). Uzupełnij je.",
				"The field " + strconv.Quote(cooperation.FieldLabel(at, cooperation.English)) + " (" + strconv.Quote(missing) + ") is missing. Fill it in."})
			continue
		}
		switch e.Type {
		case ipw.EventActionDone, ipw.EventActionNotDone, ipw.EventActionCancelled:
			s.decided[e.IPW+"\x00"+e.Action] = true
		}
		w := s.work.day(e.Date)
		w.events = append(w.events, i)
	}
}

// missingField names the first field e's type needs that it lacks.
func missingField(e *ipw.Event) string {
	need := func(name, v string) string {
		if v == "" {
			return name
		}
		return ""
	}
	switch e.Type {
	case ipw.EventActionStarted, ipw.EventActionDone, ipw.EventActionNotDone, ipw.EventActionCancelled:
		if m := need("ipw", e.IPW); m != "" {
			return m
		}
		return need("action", e.Action)
	case ipw.EventReview:
		if m := need("ipw", e.IPW); m != "" {
			return m
		}
		if m := need("decision", string(e.Decision)); m != "" {
			return m
		}
		if e.Decision == ipw.DecisionExtend && e.NewEnd.IsZero() {
			return "newEnd"
		}
	case ipw.EventSuspend, ipw.EventResume, ipw.EventConsentWithdrawn, ipw.EventClose:
		return need("ipw", e.IPW)
	case ipw.EventPartnerWithdraws, ipw.EventPartnerJoins:
		return need("institution", e.Institution)
	case ipw.EventAgreementExpires:
		return need("agreement", e.Agreement)
	case ipw.EventIPWAdded:
		if e.Document == nil {
			return "document"
		}
		return need("document.id", e.Document.ID)
	}
	return ""
}

// scenarioInvalid records scenario.event_invalid at at (i < 0: not an event).
func (s *sim) scenarioInvalid(at cooperation.Path, i int, e *ipw.Event, why label) {
	params := why.params("reason")
	if e != nil {
		params = append(params, eventParams(i, e)...)
	}
	s.scenario.Add(cooperation.CodeScenarioEventInvalid, at, params...)
}

// eventParams name scenario event i: its index (as in its path), its number
// for people (from 1), its type and its name in each language, and its date.
func eventParams(i int, e *ipw.Event) []string {
	params := []string{"event", strconv.Itoa(i), "number", strconv.Itoa(i + 1), "type", string(e.Type),
		"type.pl", e.Type.Label(cooperation.Polish), "type.en", e.Type.Label(cooperation.English)}
	if !e.Date.IsZero() {
		params = append(params, "date", e.Date.String())
	}
	return params
}

// apply applies scenario event i on day d to the state and tells ch what
// it changed, or records why it cannot (ref.unknown,
// scenario.event_invalid) and reports false.
func (s *sim) apply(i int, e *ipw.Event, d Date, ch *changes) bool {
	ep := eventPath(i)
	invalid := func(pl, en string) bool {
		s.scenarioInvalid(ep, i, e, label{pl, en})
		return false
	}
	unknown := func(field, id string, col label) bool {
		s.scenario.Add(cooperation.CodeRefUnknown, ep.Key(field), append([]string{"id", id}, col.params("collection")...)...)
		return false
	}
	switch e.Type {
	case ipw.EventPartnerWithdraws:
		if _, ok := s.institution(e.Institution); !ok {
			return unknown("institution", e.Institution, colInstitutions)
		}
		if !s.withdraw(e.Institution, d) {
			name := s.institutionName(e.Institution)
			return invalid(name+": ta instytucja nie jest w tym dniu ani stroną obowiązującego porozumienia, ani członkiem zespołu."+dropPL,
				name+" is neither a party to an agreement in force nor a team member on that day."+dropEN)
		}
		ch.partnership()
		return true

	case ipw.EventPartnerJoins:
		if _, ok := s.institution(e.Institution); !ok {
			return unknown("institution", e.Institution, colInstitutions)
		}
		if pl, en := s.join(e.Institution, d); en != "" {
			return invalid(pl, en)
		}
		ch.partnership()
		return true

	case ipw.EventAgreementExpires:
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
			t := quoted(ag.Title)
			if ag.Title == "" {
				t = quoted(ag.ID)
			}
			return invalid("Porozumienie "+t.pl+" wygasło już "+end.Format(cooperation.Polish)+dropPL,
				"Agreement "+t.en+" already ended on "+end.Format(cooperation.English)+"."+dropEN)
		}
		ag.ValidUntil = last
		for j := range ag.Annexes {
			if x := &ag.Annexes[j]; x.ValidUntil.IsZero() || x.ValidUntil.After(last) {
				if !x.ValidUntil.IsZero() || x.EffectiveFrom.After(last) {
					x.ValidUntil = last
				}
			}
		}
		ch.partnership()
		return true

	case ipw.EventIPWAdded:
		if _, dup := s.byID[e.Document.ID]; dup {
			first := &s.st.IPWs[s.byID[e.Document.ID]]
			s.scenario.Add(cooperation.CodeRefDuplicateID, ep.Key("document").Key("id"),
				"id", e.Document.ID, "first", string(pathIPWs.Index(s.byID[e.Document.ID])), "firstName", planName(first))
			return false
		}
		k := len(s.st.IPWs)
		s.st.IPWs = append(s.st.IPWs, copyPlan(e.Document))
		s.byID[e.Document.ID] = k
		s.queueAssumed(k, d)
		ch.plan(k)
		return true
	}

	k, ok := s.byID[e.IPW]
	if !ok {
		return unknown("ipw", e.IPW, colIPWs)
	}
	p := &s.st.IPWs[k]
	if ipw.DeriveStatus(p, d) == ipw.StatusClosed {
		n := quoted(planName(p))
		return invalid("IPW "+n.pl+" jest zakończony."+dropPL, "IPW "+n.en+" is closed."+dropEN)
	}
	switch e.Type {
	case ipw.EventActionStarted, ipw.EventActionDone, ipw.EventActionNotDone, ipw.EventActionCancelled:
		a := -1
		for j := range p.Actions {
			if p.Actions[j].ID == e.Action {
				a = j
				break
			}
		}
		if a < 0 {
			return unknown("action", e.Action, colActions)
		}
		act := &p.Actions[a]
		switch {
		case !act.Status.Open():
			n := quoted(act.Title)
			return invalid("Działanie "+n.pl+" ma już status „"+act.Status.Label(cooperation.Polish)+"”."+dropPL,
				"Action "+n.en+" is already \""+act.Status.Label(cooperation.English)+"\"."+dropEN)
		case e.Type == ipw.EventActionStarted && act.Status != ipw.ActionPlanned:
			n := quoted(act.Title)
			return invalid("Działanie "+n.pl+" jest już w toku."+dropPL, "Action "+n.en+" is already in progress."+dropEN)
		}
		switch e.Type {
		case ipw.EventActionStarted:
			act.Status = ipw.ActionInProgress
		case ipw.EventActionDone:
			act.Status, act.Completed = ipw.ActionDone, d
		case ipw.EventActionNotDone:
			act.Status, act.Completed = ipw.ActionNotDone, d
		case ipw.EventActionCancelled:
			act.Status = ipw.ActionCancelled
		}

	case ipw.EventReview:
		if e.Decision == ipw.DecisionExtend {
			if end := ipw.PlannedEnd(p); !end.IsZero() && !e.NewEnd.After(end) {
				return invalid("Nowa data zakończenia ("+e.NewEnd.Format(cooperation.Polish)+") nie jest późniejsza niż planowane zakończenie programu ("+end.Format(cooperation.Polish)+"). Wpisz późniejszą datę.",
					"The new end ("+e.NewEnd.Format(cooperation.English)+") is not after the planned end ("+end.Format(cooperation.English)+"). Enter a later date.")
			}
		}
		switch e.Decision {
		case ipw.DecisionContinue, ipw.DecisionModify, ipw.DecisionExtend, ipw.DecisionSuspend, ipw.DecisionClose:
		default:
			return invalid("Decyzja „"+string(e.Decision)+"” jest nieznana. Wybierz jedną z decyzji przeglądu.",
				"The decision "+strconv.Quote(string(e.Decision))+" is unknown. Choose one of the review's decisions.")
		}
		if e.Decision == ipw.DecisionSuspend && suspendedOn(p, d) {
			n := quoted(planName(p))
			return invalid("IPW "+n.pl+" jest już zawieszony."+dropPL, "IPW "+n.en+" is already suspended."+dropEN)
		}
		rv := ipw.Review{Date: d, Decision: e.Decision, NewEnd: e.NewEnd}
		if p.CaseWorker.Institution != "" {
			rv.Participants = []string{p.CaseWorker.Institution}
		}
		p.Reviews = append(p.Reviews, rv)
		switch e.Decision {
		case ipw.DecisionSuspend:
			p.Suspensions = append(p.Suspensions, ipw.Suspension{From: d, Reason: e.Reason})
		case ipw.DecisionClose:
			s.close(p, d, ipw.ClosureReason(e.Reason), e.GoalOutcomes)
		}
		s.queueAfterReview(k, d)

	case ipw.EventSuspend:
		if suspendedOn(p, d) {
			n := quoted(planName(p))
			return invalid("IPW "+n.pl+" jest już zawieszony."+dropPL, "IPW "+n.en+" is already suspended."+dropEN)
		}
		p.Suspensions = append(p.Suspensions, ipw.Suspension{From: d, Reason: e.Reason})

	case ipw.EventResume:
		open := -1
		for j := range p.Suspensions {
			x := &p.Suspensions[j]
			if !x.From.IsZero() && x.From.Before(d) && (x.To.IsZero() || !x.To.Before(d)) {
				open = j
			}
		}
		if open < 0 {
			n := quoted(planName(p))
			return invalid("IPW "+n.pl+" nie jest zawieszony przed tym dniem."+dropPL, "IPW "+n.en+" is not suspended before that day."+dropEN)
		}
		p.Suspensions[open].To = d.AddDays(-1)
		s.queueReview(k, d)

	case ipw.EventClose:
		s.close(p, d, ipw.ClosureReason(e.Reason), e.GoalOutcomes)

	case ipw.EventConsentWithdrawn:
		switch {
		case p.Consent == nil:
			n := quoted(planName(p))
			return invalid("IPW "+n.pl+" nie ma zapisanej zgody. Dodaj zgodę albo usuń to zdarzenie.",
				"IPW "+n.en+" records no consent. Add the consent or remove the event.")
		case !p.Consent.Withdrawn.IsZero() && !p.Consent.Withdrawn.After(d):
			return invalid("Zgodę wycofano już "+p.Consent.Withdrawn.Format(cooperation.Polish)+dropPL,
				"The consent was already withdrawn on "+p.Consent.Withdrawn.Format(cooperation.English)+"."+dropEN)
		}
		p.Consent.Withdrawn = d
	}
	s.recordStatus(p, d, e.Type, e.Decision)
	ch.plan(k)
	return true
}

// recordStatus keeps a plan's recorded status in step with an event that
// changes it, as the case file would: after a closure, a suspension or a
// resumption, a plan that records its status records the one it now has.
// Other changes, and the mere passing of days, leave the recorded status
// as it was (ipw.status_mismatch says when it no longer holds).
func (s *sim) recordStatus(p *ipw.Plan, d Date, t ipw.EventType, decision ipw.Decision) {
	switch {
	case p.Status == "":
		return
	case t == ipw.EventClose, t == ipw.EventSuspend, t == ipw.EventResume,
		t == ipw.EventReview && (decision == ipw.DecisionSuspend || decision == ipw.DecisionClose):
		p.Status = ipw.DeriveStatus(p, d)
	}
}

// suspendedOn reports whether a suspension of p covers day.
func suspendedOn(p *ipw.Plan, day Date) bool {
	for _, x := range p.Suspensions {
		if !x.From.IsZero() && (cooperation.Period{Start: x.From, End: x.To}).Contains(day) {
			return true
		}
	}
	return false
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
func (s *sim) close(p *ipw.Plan, d Date, reason ipw.ClosureReason, outcomes map[string]ipw.Outcome) {
	cl := &ipw.Closure{Date: d, Reason: reason}
	if len(outcomes) > 0 {
		cl.GoalOutcomes = make(map[string]ipw.Outcome, len(outcomes))
		for g, o := range outcomes {
			cl.GoalOutcomes[g] = o
		}
	}
	p.Closure = cl
	for j := range p.Actions {
		if p.Actions[j].Status.Open() {
			p.Actions[j].Status = ipw.ActionCancelled
		}
	}
}

// institutionName names institution id in a message: its name, or its id.
func (s *sim) institutionName(id string) string {
	if in, ok := s.institution(id); ok && in.Name != "" {
		return in.Name
	}
	return id
}
