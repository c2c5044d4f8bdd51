package document

import (
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/diff"
)

// reviewDoc is the record of one review (ocena okresowa): who took part,
// what was done since the previous review, what changed in the IPW since
// the previous version of the data (when the caller gives one), the
// decision, the notes and when the next review is due.
func (b *builder) reviewDoc(p *ipw.Plan, pp cooperation.Path, r int) {
	rv := &p.Reviews[r]
	rp := pp.Key("reviews").Index(r)
	b.uses(rp)
	name := b.pseudonym(p, pp)
	worker, ops := b.caseWorker(p, pp)
	b.title = b.t("Ocena okresowa z ", "Review of ") + b.day(rv.Date) + " – " + name
	b.heading1 = b.t("Ocena okresowa realizacji IPW", "Review of the IPW")
	b.subtitle = name + " – IPW " + p.ID
	b.dated = rv.Date

	order := reviewOrder(p)
	pos := slices.Index(order, r)
	from, prev := p.Period.Start, Date{}
	b.uses(pp.Key("period").Key("start"))
	if pos > 0 {
		prev = p.Reviews[order[pos-1]].Date
		b.uses(pp.Key("reviews").Index(order[pos-1]).Key("date"))
		from = prev
	}
	prevText := b.day(prev)
	if prev.IsZero() {
		prevText = b.t("brak – to pierwszy przegląd od rozpoczęcia programu (", "none – the first review since the start (") + b.day(p.Period.Start) + ")"
	}
	var participants []string
	for _, id := range distinct(rv.Participants) {
		participants = append(participants, b.institution(id))
	}
	b.facts(
		fact{b.t("Data przeglądu", "Review date"), b.day(rv.Date)},
		fact{b.t("Numer przeglądu", "Review no."), cooperation.FormatInt(pos+1, b.lang)},
		fact{b.t("Poprzedni przegląd", "Previous review"), prevText},
		fact{b.t("Pracownik socjalny", "Case worker"), joinNonEmpty(", ", worker, ops)},
		fact{b.t("Uczestnicy", "Participants"), joinNonEmpty("; ", participants...)},
	)

	b.heading("1. " + b.t("Działania od poprzedniego przeglądu", "Actions since the previous review"))
	b.para(stop(b.t("Okres: ", "Span: ") + joinNonEmpty(" – ", b.day(from), b.day(rv.Date))))
	var rows [][]cell
	for k := range p.Actions {
		a := &p.Actions[k]
		state, ok := b.actionAt(a, from, rv.Date, pos == 0)
		if !ok {
			continue
		}
		b.uses(pp.Key("actions").Index(k))
		rows = append(rows, []cell{text(cooperation.FormatInt(len(rows)+1, b.lang)), text(a.Title),
			text(b.responsible(p, a.Responsible)), date(a.Due, b.lang), text(state)})
	}
	if len(rows) == 0 {
		b.para(b.t("W tym okresie nie prowadzono żadnego działania.", "No action was under way in this span."))
	}
	b.table([]string{b.t("Lp.", "No."), b.t("Działanie", "Action"), b.t("Odpowiada", "Owner"), b.t("Termin", "Due"),
		b.t("Stan w dniu przeglądu", "Status on the review date")}, rows)

	b.heading("2. " + b.t("Zmiany w IPW", "Changes to the IPW"))
	b.changes(p, pos, order)

	b.heading("3. " + b.t("Decyzja", "Decision"))
	decision := upperFirst(b.label(rv.Decision))
	if rv.Decision == ipw.DecisionExtend && !rv.NewEnd.IsZero() {
		decision += b.t(": nowa data zakończenia programu ", ": the programme now ends on ") + b.day(rv.NewEnd)
	}
	b.para(stop(decision))
	if rv.Notes != "" {
		b.heading("4. " + b.t("Ustalenia i uwagi", "Findings and notes"))
		b.para(rv.Notes)
	}

	b.heading(b.t("Następny przegląd", "Next review"))
	b.para(b.afterReview(p, pos, order))

	b.heading(b.t("Podpisy", "Signatures"))
	ss := []signer{{Caption: ops, Name: worker, Function: b.label(cooperation.RoleCaseWorker)}}
	for _, id := range distinct(rv.Participants) {
		if id != p.CaseWorker.Institution {
			ss = append(ss, signer{Caption: b.institution(id), Name: b.representative(p.Team, id)})
		}
	}
	b.signatures(ss)
}

// actionAt says where action a stood on day, for a review covering the
// span from the previous review (exclusive: that review recorded its day)
// or, for the first review, from the start (inclusive): finished in the
// span (with the recorded outcome and date), or under way. Actions finished
// before the span, not started by day, or cancelled are left out (ok
// false). The record states the data; whether an action is late is the
// check's finding, not the record's.
func (b *builder) actionAt(a *ipw.Action, from, day Date, first bool) (string, bool) {
	switch {
	case a.Status == ipw.ActionCancelled:
		return "", false
	case !a.Completed.IsZero() && !a.Completed.After(day):
		if a.Completed.Before(from) || (!first && a.Completed.Equal(from)) {
			return "", false
		}
		return upperFirst(b.label(a.Status)) + " " + b.day(a.Completed), true
	case a.Start.IsZero() || a.Start.After(day):
		return "", false
	}
	return upperFirst(b.label(ipw.ActionInProgress)), true
}

// afterReview says when the next review is: the next one recorded, or the
// last day it may be held; none after a decision to close.
func (b *builder) afterReview(p *ipw.Plan, pos int, order []int) string {
	rv := &p.Reviews[order[pos]]
	switch {
	case rv.Decision == ipw.DecisionClose:
		return b.t("Zespół zdecydował o zakończeniu programu; kolejny przegląd nie jest przewidziany.",
			"The team decided to close the programme; no further review is planned.")
	case pos+1 < len(order) && !p.Reviews[order[pos+1]].Date.IsZero():
		next := p.Reviews[order[pos+1]].Date
		if next.After(b.set.asOf) {
			return b.t("Następny przegląd zaplanowano na ", "The next review is planned for ") + stop(b.day(next))
		}
		return b.t("Następny przegląd odbył się ", "The next review was held on ") + stop(b.day(next))
	case rv.Date.IsZero():
		return ""
	}
	return b.t("Następny przegląd powinien odbyć się najpóźniej do ", "The next review is due by ") +
		stop(b.day(rv.Date.AddDays(b.set.settings.IPW.ReviewMaxGapDays)))
}

// changes lists what changed in the IPW since the previous version of the
// data (package ipw/diff), in the record of the IPW's latest review: that
// is the review the previous version precedes. Changes to the qualification,
// the diagnosis and the closure are counted, not told: each has a document
// of its own, and the record does not print them. Without a previous version, or in the record of an earlier
// review, it says that no version was compared: the record then rests on
// the dates in the current data (section 1).
func (b *builder) changes(p *ipw.Plan, pos int, order []int) {
	prev := b.set.cfg.previous
	if prev == nil {
		b.note(b.t("Nie wskazano poprzedniej wersji danych, więc zmian w IPW nie porównano. Zestawienie działań powyżej wynika z dat zapisanych w obecnej wersji.",
			"No previous version of the data was given, so the IPW was not compared with one. The actions above are those the current data date in the span."))
		return
	}
	if pos != len(order)-1 {
		b.note(b.t("Zmiany względem poprzedniej wersji danych zawiera zapis ostatniego przeglądu tego IPW.",
			"The changes since the previous version of the data are in the record of this IPW's latest review."))
		return
	}
	var told []string
	elsewhere := map[Kind]int{} // changes told by documents of their own
	for _, c := range diff.Bundles(prev, b.set.b, diff.IgnoreOrder()) {
		if c.Item.Kind != diff.KindIPW || c.Item.ID != p.ID {
			continue
		}
		if seg := c.Path.Segments(); len(seg) > 2 {
			switch seg[2] {
			case "diagnosis", "qualification":
				elsewhere[Diagnosis]++
				continue
			case "closure":
				elsewhere[Closure]++
				continue
			}
		}
		told = append(told, c.Message(b.lang))
	}
	since := ""
	if !prev.AsOf.IsZero() {
		since = b.t(" (stan na dzień ", " (as of ") + b.day(prev.AsOf) + ")"
	}
	if len(told) == 0 && len(elsewhere) == 0 {
		b.para(stop(b.t("Od poprzedniej wersji danych", "Since the previous version of the data") + since +
			b.t(" IPW się nie zmienił", " the IPW has not changed")))
		return
	}
	b.para(b.t("Zmiany w IPW od poprzedniej wersji danych", "Changes to the IPW since the previous version of the data") + since + ":")
	for _, k := range []Kind{Diagnosis, Closure} {
		if n := elsewhere[k]; n > 0 {
			told = append(told, b.t("Zmiany opisane w dokumencie „"+upperFirst(k.Label(b.lang))+"”: ", "Changes told in the document “"+upperFirst(k.Label(b.lang))+"”: ")+
				cooperation.FormatInt(n, b.lang)+".")
		}
	}
	b.list(told...)
}

// closureDoc is the closing evaluation (zakończenie IPW): the reason, each
// goal's outcome, the IPW's indicators (as ipw.Indicators measures them at
// the closure) and the summary.
func (b *builder) closureDoc(p *ipw.Plan, pp cooperation.Path) {
	cl := p.Closure
	cp := pp.Key("closure")
	b.uses(cp)
	name := b.pseudonym(p, pp)
	worker, ops := b.caseWorker(p, pp)
	b.title = b.t("Zakończenie IPW – ", "Closing evaluation – ") + name
	b.heading1 = b.t("Zakończenie IPW – ocena końcowa", "Closing evaluation of the IPW")
	b.subtitle = name + " – IPW " + p.ID
	b.dated = cl.Date
	b.uses(pp.Key("period"))
	reason := ""
	if cl.Reason != "" {
		reason = upperFirst(b.label(cl.Reason))
	}
	b.facts(
		fact{b.t("Data zakończenia", "Closed on"), b.day(cl.Date)},
		fact{b.t("Przyczyna zakończenia", "Reason"), reason},
		fact{b.t("Planowany okres realizacji", "Planned period"), joinNonEmpty(" – ", b.day(p.Period.Start), b.day(ipw.PlannedEnd(p)))},
		fact{b.t("Pracownik socjalny", "Case worker"), joinNonEmpty(", ", worker, ops)},
	)

	b.heading("1. " + b.t("Ocena celów", "Goals"))
	var rows [][]cell
	counts := map[ipw.Outcome]int{}
	for g := range p.Goals {
		goal := &p.Goals[g]
		b.uses(pp.Key("goals").Index(g))
		o := ipw.GoalOutcome(p, goal)
		counts[o]++
		outcome := b.t("brak oceny", "not evaluated")
		if o != "" {
			outcome = upperFirst(b.label(o))
		}
		rows = append(rows, []cell{text(cooperation.FormatInt(g+1, b.lang)), text(goal.Title), text(goal.Measure), text(goal.Target), text(outcome)})
	}
	b.table([]string{b.t("Lp.", "No."), b.t("Cel", "Goal"), b.t("Miernik", "Measure"), b.t("Wartość docelowa", "Target"), b.t("Ocena", "Outcome")}, rows)

	b.heading("2. " + b.t("Wskaźniki", "Indicators"))
	b.uses(pp.Key("actions"), pp.Key("reviews"))
	one := *b.set.b
	one.IPWs = []ipw.Plan{*p}
	ind := ipw.Indicators(&one, cl.Date)
	reviews := 0
	for _, rv := range p.Reviews {
		if !rv.Date.IsZero() && !rv.Date.After(cl.Date) {
			reviews++
		}
	}
	of := func(n, total int) string {
		return cooperation.FormatInt(n, b.lang) + b.t(" z ", " of ") + cooperation.FormatInt(total, b.lang)
	}
	facts := []fact{}
	if ind.MeanClosedDurationDays != nil {
		facts = append(facts, fact{b.t("Czas realizacji", "Duration"), nounDays.Count(int(*ind.MeanClosedDurationDays+0.5), b.lang)})
	}
	facts = append(facts,
		fact{b.t("Cele osiągnięte", "Goals achieved"), of(counts[ipw.OutcomeAchieved], len(p.Goals))},
		fact{b.t("Cele osiągnięte częściowo", "Goals partially achieved"), of(counts[ipw.OutcomePartiallyAchieved], len(p.Goals))},
		fact{b.t("Działania wykonane", "Actions done"), of(ind.Actions.Done, ind.Actions.Total)},
		fact{b.t("Działania wykonane w terminie", "Actions done on time"), of(ind.Actions.DoneOnTime, ind.Actions.Done)},
	)
	if ind.OnTimeRate != nil {
		facts = append(facts, fact{b.t("Terminowość", "On time"), cooperation.FormatPercent(*ind.OnTimeRate, 1, b.lang)})
	}
	facts = append(facts, fact{b.t("Przeglądy", "Reviews held"), cooperation.FormatInt(reviews, b.lang)})
	b.facts(facts...)

	if cl.Summary != "" {
		b.heading("3. " + b.t("Podsumowanie", "Summary"))
		b.para(cl.Summary)
	}
	b.heading(b.t("Podpis", "Signature"))
	b.signatures([]signer{{Caption: ops, Name: worker, Function: b.label(cooperation.RoleCaseWorker)}})
}
