package document

import (
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// ipwDoc is the IPW itself: who runs it and for how long, the goals, the
// deferred areas, the actions with their owners and deadlines, the review
// schedule, the consent's scope, signature lines for the family's adults,
// the case worker's institution and every institution owning an action,
// and a legend.
func (b *builder) ipwDoc(p *ipw.Plan, pp cooperation.Path) {
	name := b.pseudonym(p, pp)
	worker, ops := b.caseWorker(p, pp)
	b.title = b.t("IPW – ", "IPW – ") + name
	b.heading1 = b.t("Indywidualny Program Współpracy (IPW)", "Individual Cooperation Programme (IPW)")
	b.subtitle = name
	b.uses(pp.Key("id"), pp.Key("team"), pp.Key("period"), pp.Key("beneficiary").Key("kind"), pp.Key("signatures"))
	for _, s := range p.Signatures {
		b.dated = cooperation.MaxDate(b.dated, s.Date)
	}
	team, teamName := b.team(p.Team)
	teamText := b.quotedIf(p.Team != "", teamName)
	end := ipw.PlannedEnd(p)
	period := joinNonEmpty(" – ", b.day(p.Period.Start), b.day(end))
	if end != p.Period.End && !p.Period.End.IsZero() {
		period += b.t(" (przedłużony; pierwotnie do ", " (extended; first planned until ") + b.day(p.Period.End) + ")"
	}
	for r := range p.Reviews {
		if p.Reviews[r].Decision == ipw.DecisionExtend {
			b.uses(pp.Key("reviews").Index(r).Key("date"), pp.Key("reviews").Index(r).Key("newEnd"))
		}
	}
	var qualified, consent, diagnosed, problems string
	if q := p.Qualification; q != nil {
		b.uses(pp.Key("qualification").Key("date"))
		qualified = b.day(q.Date)
	}
	if cs := p.Consent; cs != nil {
		b.uses(pp.Key("consent"))
		consent = b.t("z dnia ", "given on ") + b.day(cs.Date)
		if !cs.Withdrawn.IsZero() {
			consent += b.t(", wycofana dnia ", ", withdrawn on ") + b.day(cs.Withdrawn)
		}
	}
	if d := p.Diagnosis; d != nil {
		b.uses(pp.Key("diagnosis").Key("date"))
		diagnosed = b.day(d.Date)
		var areas []ipw.Area
		for k := range d.Areas {
			if d.Areas[k].Problem {
				ap := pp.Key("diagnosis").Key("areas").Index(k)
				b.item(ap) // a finding about the area as a whole: is it addressed?
				b.uses(ap.Key("area"), ap.Key("problem"))
				areas = append(areas, d.Areas[k].Area)
			}
		}
		problems = upperFirst(labels(b, areas))
	}
	b.facts(
		fact{b.beneficiaryKind(p), name},
		fact{b.t("Identyfikator IPW", "IPW id"), p.ID},
		fact{b.t("Zespół prowadzący", "Run by the team"), teamText},
		fact{b.t("Pracownik socjalny", "Case worker"), joinNonEmpty(", ", worker, ops)},
		fact{b.t("Okres realizacji", "Period"), period},
		fact{b.t("Kwalifikacja", "Qualified on"), qualified},
		fact{b.t("Zgoda rodziny", "Family's consent"), consent},
		fact{b.t("Diagnoza", "Diagnosed on"), diagnosed},
		fact{b.t("Obszary problemowe", "Problem areas"), problems},
		fact{b.t("Stan na dzień ", "Status on ") + b.day(b.set.asOf), upperFirst(b.label(ipw.DeriveStatus(p, b.set.asOf)))},
	)

	b.heading("1. " + b.t("Cele", "Goals"))
	goalNo := map[string]string{}
	var rows [][]cell
	for g := range p.Goals {
		goal := &p.Goals[g]
		b.uses(pp.Key("goals").Index(g))
		no := cooperation.FormatInt(g+1, b.lang)
		goalNo[goal.ID] = no
		rows = append(rows, []cell{text(no), text(goal.Title), text(upperFirst(labels(b, goal.Areas))),
			text(goal.Measure), text(goal.Target), date(goal.TargetDate, b.lang)})
	}
	b.table([]string{b.t("Lp.", "No."), b.t("Cel", "Goal"), b.t("Obszary", "Areas"), b.t("Miernik", "Measure"),
		b.t("Wartość docelowa", "Target"), b.t("Termin", "By")}, rows)

	if len(p.DeferredAreas) > 0 {
		b.uses(pp.Key("deferredAreas"))
		b.heading("2. " + b.t("Obszary odłożone", "Deferred areas"))
		var items []string
		for _, d := range p.DeferredAreas {
			items = append(items, upperFirst(b.label(d.Area))+": "+d.Reason)
		}
		b.list(items...)
	}

	b.heading("3. " + b.t("Działania", "Actions"))
	rows = nil
	for k := range p.Actions {
		a := &p.Actions[k]
		b.uses(pp.Key("actions").Index(k))
		title := a.Title
		if a.Service != "" {
			title += "\n" + b.t("Usługa: ", "Service: ") + b.service(a.Service)
		}
		rows = append(rows, []cell{text(cooperation.FormatInt(k+1, b.lang)), text(title), text(goalNo[a.Goal]),
			text(b.responsible(p, a.Responsible)), date(a.Start, b.lang), date(a.Due, b.lang), text(upperFirst(b.label(a.Status)))})
	}
	b.table([]string{b.t("Lp.", "No."), b.t("Działanie", "Action"), b.t("Cel", "Goal"), b.t("Odpowiada", "Owner"),
		b.t("Od", "From"), b.t("Termin", "Due"), b.t("Stan", "Status")}, rows)

	b.heading("4. " + b.t("Monitorowanie", "Monitoring"))
	gap := b.set.settings.IPW.ReviewMaxGapDays
	b.para(stop(b.t("Przegląd realizacji programu odbywa się nie rzadziej niż co ", "The programme is reviewed at least every ") + nounDays.Count(gap, b.lang)))
	rows = nil
	for _, r := range reviewOrder(p) {
		rv := &p.Reviews[r]
		b.uses(pp.Key("reviews").Index(r).Key("date"), pp.Key("reviews").Index(r).Key("decision"))
		rows = append(rows, []cell{date(rv.Date, b.lang), text(upperFirst(b.label(rv.Decision))), date(rv.NewEnd, b.lang)})
	}
	b.table([]string{b.t("Data przeglądu", "Review date"), b.t("Decyzja", "Decision"), b.t("Nowa data zakończenia", "New end")}, rows)
	if next := b.nextReview(p, b.set.asOf); !next.IsZero() {
		b.para(stop(b.t("Najbliższy przegląd: najpóźniej do ", "Next review: by ") + b.day(next)))
	}

	if cs := p.Consent; cs != nil && len(cs.Scope) > 0 {
		b.heading("5. " + b.t("Udostępnianie danych", "Sharing of data"))
		b.para(stop(b.t("Rodzina zgodziła się na udostępnianie swoich danych tym instytucjom: ", "The family agreed to share its data with these institutions: ") + b.names(distinct(cs.Scope))))
	}

	b.heading(b.t("Podpisy uczestników programu", "Signatures of the participants"))
	b.signatures(b.ipwSigners(p, pp, worker))

	b.heading(b.t("Objaśnienia", "Legend"))
	legend := []string{b.t("IPW – indywidualny program współpracy.", "IPW – individual cooperation programme (Indywidualny Program Współpracy).")}
	if team != nil {
		legend = append(legend, stop(b.t("Rodzaj zespołu prowadzącego program: ", "Kind of team running the programme: ")+b.teamKind(team.Kind)))
	}
	legend = append(legend,
		b.t("„Rodzina: …” w kolumnie „Odpowiada” oznacza zobowiązanie samej rodziny (jej członka o wskazanej roli).",
			"“Family: …” in the column “Owner” is the family's own commitment (of the member with that role)."),
		b.t("Termin przypadający na sobotę, niedzielę lub dzień ustawowo wolny od pracy upływa w najbliższym dniu roboczym (art. 57 § 4 Kodeksu postępowania administracyjnego).",
			"A deadline falling on a Saturday, Sunday or public holiday moves to the next working day (art. 57 § 4 of the Code of Administrative Procedure)."),
		b.t("Program podpisują pełnoletni członkowie rodziny, instytucja pracownika socjalnego i każda instytucja odpowiedzialna za działanie.",
			"The programme is signed by the family's adult members, the case worker's institution and every institution owning an action."),
	)
	b.list(legend...)
}

// responsible names an action's owner: an institution, or the family
// member whose own commitment it is.
func (b *builder) responsible(p *ipw.Plan, r ipw.Responsible) string {
	if r.Institution != "" {
		return b.institution(r.Institution)
	}
	if r.Member != "" {
		return b.t("Rodzina: ", "Family: ") + b.member(p, r.Member)
	}
	return ""
}

// nextReview is the last day the next review may be held after day: the
// last review held by then (or the start) plus ipw.reviewMaxGapDays; zero
// for a plan closed by then or not signed yet.
func (b *builder) nextReview(p *ipw.Plan, day Date) Date {
	switch ipw.DeriveStatus(p, day) {
	case ipw.StatusClosed, ipw.StatusDraft:
		return Date{}
	}
	from := p.Period.Start
	for _, r := range reviewOrder(p) {
		if d := p.Reviews[r].Date; !d.IsZero() && !d.After(day) && d.After(from) {
			from = d
		}
	}
	if from.IsZero() {
		return Date{}
	}
	return from.AddDays(b.set.settings.IPW.ReviewMaxGapDays)
}

// ipwSigners are the signature lines of an IPW: each adult of the family
// (never a child), the case worker's institution, and each other
// institution owning an action, in the order of the actions. A recorded
// signature fills in its name and date; an institution without one shows
// its representative in the IPW's team.
func (b *builder) ipwSigners(p *ipw.Plan, pp cooperation.Path, worker string) []signer {
	var ss []signer
	for j := range p.Beneficiary.Members {
		m := &p.Beneficiary.Members[j]
		if !b.adult(p, m) {
			continue
		}
		b.uses(pp.Key("beneficiary").Key("members").Index(j).Key("role"), pp.Key("beneficiary").Key("members").Index(j).Key("birthYear"))
		s := signer{Caption: b.t("Członek rodziny: ", "Family member: ") + b.member(p, m.ID)}
		for _, sg := range p.Signatures {
			if sg.Signer.Member == m.ID {
				s.Signed = b.day(sg.Date)
				break
			}
		}
		ss = append(ss, s)
	}
	insts := []string{p.CaseWorker.Institution}
	for _, a := range p.Actions {
		if id := a.Responsible.Institution; id != "" && !slices.Contains(insts, id) {
			insts = append(insts, id)
		}
	}
	for k, id := range insts {
		if id == "" {
			continue
		}
		s := signer{Caption: b.institution(id)}
		if k == 0 {
			s.Name, s.Function = worker, b.label(cooperation.RoleCaseWorker)
		} else {
			s.Name = b.representative(p.Team, id)
		}
		for _, sg := range p.Signatures {
			if sg.Signer.Institution == id {
				if sg.Signer.Name != "" {
					s.Name = sg.Signer.Name
				}
				s.Signed = b.day(sg.Date)
				break
			}
		}
		ss = append(ss, s)
	}
	return ss
}

// representative is who represents institution inst in team (the member
// active on the document's date, else the latest to join).
func (b *builder) representative(team, inst string) string {
	t, i, ok := b.set.ix.Team(team)
	if !ok {
		return ""
	}
	var found *cooperation.Member
	for j := range t.Members {
		m := &t.Members[j]
		if m.Institution != inst {
			continue
		}
		if found == nil || m.ActiveOn(b.set.asOf) || (!found.ActiveOn(b.set.asOf) && m.Joined.After(found.Joined)) {
			found = m
			b.uses(cooperation.Path("").Key("teams").Index(i).Key("members").Index(j).Key("representative"))
		}
	}
	if found == nil {
		return ""
	}
	return found.Representative
}
