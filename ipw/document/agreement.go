package document

import (
	"slices"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// nounDays counts days ("30 dni", "30 days").
var nounDays = cooperation.Noun{One: "dzień", Few: "dni", Many: "dni", EnOne: "day", EnMany: "days"}

// agreementNoun is how the text of an agreement names it: Polish needs the
// nominative, accusative and genitive (umowa, umowę, umowy).
type agreementNoun struct{ nom, acc, gen, en string }

func (b *builder) noun(k cooperation.AgreementKind) agreementNoun {
	switch k {
	case cooperation.AgreementPilot:
		return agreementNoun{"umowa", "umowę", "umowy", "agreement"}
	case cooperation.AgreementDeclaration:
		return agreementNoun{"deklaracja", "deklarację", "deklaracji", "declaration"}
	}
	return agreementNoun{"porozumienie", "porozumienie", "porozumienia", "agreement"}
}

func (b *builder) nom(k cooperation.AgreementKind) string {
	n := b.noun(k)
	return b.t(upperFirst(n.nom), "The "+n.en)
}

// agreementTitle names an agreement: its title, else its kind and id.
func (b *builder) agreementTitle(a *cooperation.Agreement, ap cooperation.Path) string {
	b.uses(ap.Key("title"))
	if strings.TrimSpace(a.Title) != "" {
		return a.Title
	}
	return upperFirst(b.label(a.Kind)) + " " + a.ID
}

// agreementDoc is a cooperation agreement (porozumienie o współpracy), a
// pilot agreement or a voivodeship team's agreement: parties with their
// representatives, scope, term, notice, how it is changed, and a signature
// block per party.
func (b *builder) agreementDoc(a *cooperation.Agreement, ap cooperation.Path) {
	b.title = b.agreementTitle(a, ap)
	b.heading1 = upperFirst(b.label(a.Kind))
	b.uses(ap.Key("kind"))
	if strings.TrimSpace(a.Title) != "" {
		b.subtitle = b.quoted(a.Title)
	}
	if d, ok := a.SignedDate(); ok {
		b.dated = d
	}
	n := b.noun(a.Kind)
	b.heading("§ 1. " + b.t("Strony", "Parties"))
	b.parties(a, ap)
	b.heading("§ 2. " + b.t("Przedmiot współpracy", "Scope of cooperation"))
	b.uses(ap.Key("scope"))
	b.para(a.Scope)
	b.heading("§ 3. " + b.t("Okres obowiązywania", "Term"))
	b.para(b.term(a, ap))
	b.heading("§ 4. " + b.t("Wypowiedzenie", "Notice"))
	b.para(b.t("Każda ze stron może wypowiedzieć "+n.acc+". ", "Each party may withdraw from the "+n.en+". ") + b.noticeSentence(a, ap))
	b.heading("§ 5. " + b.t("Zmiany", "Amendments"))
	b.para(b.t("Zmiana "+n.gen+", w tym przystąpienie nowej strony i wystąpienie strony, wymaga aneksu podpisanego przez wszystkie strony oraz przez strony przystępujące.",
		"Any amendment of the "+n.en+", including a new party joining or a party leaving, requires an annex signed by every party and by every joining party."))
	b.heading(b.t("Podpisy stron", "Signatures of the parties"))
	var ss []signer
	for _, p := range distinct(a.Parties) {
		ss = append(ss, b.partySigner(a.Signatures, p, b.institution(p)))
	}
	b.signatures(ss)
}

// parties lists the parties with the person who signs for each.
func (b *builder) parties(a *cooperation.Agreement, ap cooperation.Path) {
	b.uses(ap.Key("parties"), ap.Key("signatures"))
	var rows [][]cell
	ids := false
	for k, p := range distinct(a.Parties) {
		rep := ""
		if sg, ok := signatureOf(a.Signatures, p); ok {
			rep = joinNonEmpty(", ", sg.Signatory, sg.Function)
		}
		idText := b.institutionIDs(p)
		ids = ids || idText != ""
		rows = append(rows, []cell{text(cooperation.FormatInt(k+1, b.lang)), text(b.institution(p)), text(idText), text(rep)})
	}
	head := []string{b.t("Lp.", "No."), b.t("Strona", "Party"), "REGON / NIP", b.t("Reprezentowana przez", "Represented by")}
	if !ids {
		head = slices.Delete(head, 2, 3)
		for i := range rows {
			rows[i] = slices.Delete(rows[i], 2, 3)
		}
	}
	b.table(head, rows)
}

// term is the sentence saying when the agreement is in force: from its
// start (the later of effectiveFrom and the last signature) to validUntil,
// as concluded; annexes change it in their own documents.
func (b *builder) term(a *cooperation.Agreement, ap cooperation.Path) string {
	b.uses(ap.Key("effectiveFrom"), ap.Key("validUntil"))
	subject := b.nom(a.Kind)
	var from string
	switch start, ok := a.Start(); {
	case ok:
		from = b.t("od ", "from ") + b.day(start)
	case !a.EffectiveFrom.IsZero():
		from = b.t("od "+b.day(a.EffectiveFrom)+", nie wcześniej jednak niż od dnia podpisania przez wszystkie strony",
			"from "+b.day(a.EffectiveFrom)+", but not before it is signed by every party")
	default:
		from = b.t("od dnia podpisania przez wszystkie strony", "from the day every party has signed it")
	}
	until := b.t("na czas nieokreślony", "for an indefinite period")
	if !a.ValidUntil.IsZero() {
		until = b.t("do ", "until ") + b.day(a.ValidUntil)
	}
	sep := " "
	if strings.Contains(from, ",") { // "od X, nie wcześniej jednak niż…, do Y"
		sep = ", "
	}
	return stop(subject + b.t(" obowiązuje ", " is in force ") + from + sep + until)
}

// noticeSentence says the notice period and how it is counted.
func (b *builder) noticeSentence(a *cooperation.Agreement, ap cooperation.Path) string {
	b.uses(ap.Key("noticePeriodDays"))
	days := nounDays.Count(a.NoticeDays(b.set.settings.Agreement.DefaultNoticePeriodDays), b.lang)
	return b.t("Okres wypowiedzenia wynosi "+days+", licząc od dnia złożenia wypowiedzenia.",
		"The notice period is "+days+", counted from the day the notice is given.")
}

// partySigner is the signature line of party: the person who signed and
// when, as recorded, or a line to fill in.
func (b *builder) partySigner(sigs []cooperation.Signature, party, caption string) signer {
	s := signer{Caption: caption}
	if sg, ok := signatureOf(sigs, party); ok {
		s.Name, s.Function = sg.Signatory, sg.Function
		s.Signed = b.day(sg.Date)
	}
	return s
}

// signatureOf returns party's signature: its earliest dated one, else its
// first one.
func signatureOf(sigs []cooperation.Signature, party string) (cooperation.Signature, bool) {
	var found cooperation.Signature
	ok := false
	for _, s := range sigs {
		if s.Party != party {
			continue
		}
		if !ok || (!s.Date.IsZero() && (found.Date.IsZero() || s.Date.Before(found.Date))) {
			found, ok = s, true
		}
	}
	return found, ok
}

// declarationDoc is a declaration of accession to a PZK (deklaracja
// przystąpienia): the joining institution and who represents it, the PZK
// and its leader, the terms, and the signatures of both.
func (b *builder) declarationDoc(a *cooperation.Agreement, ap cooperation.Path) {
	b.title = b.agreementTitle(a, ap)
	b.heading1 = b.t("Deklaracja przystąpienia", "Declaration of accession")
	if d, ok := a.SignedDate(); ok {
		b.dated = d
	}
	b.uses(ap.Key("team"), ap.Key("parties"), ap.Key("signatures"))
	team, teamName := b.team(a.Team)
	if a.Team != "" {
		b.subtitle = b.t("do zespołu ", "to the team ") + b.quoted(teamName)
	}
	joining, leader := b.declarationParties(a, team)
	rep := ""
	if sg, ok := signatureOf(a.Signatures, joining); ok {
		rep = joinNonEmpty(", ", sg.Signatory, sg.Function)
	}
	leaderText := ""
	if m, mp := b.leaderOf(team, leader); m != nil {
		b.uses(mp)
		leaderText = joinNonEmpty(" – ", b.institution(m.Institution), m.Representative)
	}
	var joiningName string
	if joining != "" {
		joiningName = b.institution(joining)
	}
	b.facts(
		fact{b.t("Instytucja przystępująca", "Joining institution"), joinNonEmpty(", ", joiningName, b.institutionIDs(joining))},
		fact{b.t("Reprezentowana przez", "Represented by"), rep},
		fact{b.t("Zespół", "Team"), b.quotedIf(a.Team != "", teamName)},
		fact{b.t("Lider zespołu", "Team leader"), leaderText},
	)
	if strings.TrimSpace(a.Title) != "" {
		b.uses(ap.Key("title"))
	}
	b.heading("§ 1. " + b.t("Przystąpienie", "Accession"))
	b.para(b.t("Instytucja przystępująca deklaruje przystąpienie do zespołu "+b.quoted(teamName)+" i udział w jego pracach na następujących zasadach:",
		"The joining institution declares that it joins the team "+b.quoted(teamName)+" and takes part in its work on these terms:"))
	b.uses(ap.Key("scope"))
	b.para(a.Scope)
	b.heading("§ 2. " + b.t("Okres obowiązywania", "Term"))
	b.para(b.term(a, ap))
	b.heading("§ 3. " + b.t("Wystąpienie z zespołu", "Leaving the team"))
	b.para(b.t("Instytucja przystępująca może wystąpić z zespołu, składając wypowiedzenie. ", "The joining institution may leave the team by giving notice. ") +
		b.noticeSentence(a, ap))
	b.heading(b.t("Podpisy", "Signatures"))
	var ss []signer
	if joining != "" {
		ss = append(ss, b.partySigner(a.Signatures, joining, b.t("Za instytucję przystępującą: ", "For the joining institution: ")+joiningName))
	}
	if leader != "" {
		ss = append(ss, b.partySigner(a.Signatures, leader, b.t("Przyjęcie deklaracji, za lidera zespołu: ", "Accepted, for the team's leader: ")+b.institution(leader)))
	}
	b.signatures(ss)
}

func (b *builder) quotedIf(ok bool, s string) string {
	if !ok {
		return ""
	}
	return b.quoted(s)
}

// declarationParties tells the joining institution from the leader's among
// a declaration's parties: the leader's is a party that has been the team's
// leader; the joining one is the first other party.
func (b *builder) declarationParties(a *cooperation.Agreement, team *cooperation.Team) (joining, leader string) {
	isLeader := func(id string) bool {
		if team == nil {
			return false
		}
		for j := range team.Members {
			if team.Members[j].Institution == id && team.Members[j].HasRole(cooperation.RoleLeader) {
				return true
			}
		}
		return false
	}
	for _, p := range distinct(a.Parties) {
		switch {
		case leader == "" && isLeader(p):
			leader = p
		case joining == "":
			joining = p
		}
	}
	return joining, leader
}

// leaderOf returns the team's leader member of institution inst (any
// leader when inst is empty) and its path.
func (b *builder) leaderOf(team *cooperation.Team, inst string) (*cooperation.Member, cooperation.Path) {
	if team == nil {
		return nil, ""
	}
	_, i, _ := b.set.ix.Team(team.ID)
	var found *cooperation.Member
	var at cooperation.Path
	for j := range team.Members {
		m := &team.Members[j]
		if !m.HasRole(cooperation.RoleLeader) || (inst != "" && m.Institution != inst) {
			continue
		}
		if found == nil || m.ActiveOn(b.set.asOf) {
			found, at = m, cooperation.Path("").Key("teams").Index(i).Key("members").Index(j)
		}
	}
	return found, at
}

// annexDoc is an annex (aneks): what it changes, in words, from when, and
// the signature of every party that must sign it.
func (b *builder) annexDoc(a *cooperation.Agreement, ap cooperation.Path, j int) {
	x := &a.Annexes[j]
	xp := ap.Key("annexes").Index(j)
	b.uses(xp)
	n := b.noun(a.Kind)
	title := b.agreementTitle(a, ap)
	b.title = b.t("Aneks "+x.ID+" do "+n.gen+" ", "Annex "+x.ID+" to the "+n.en+" ") + b.quoted(title)
	b.heading1 = b.t("Aneks do "+n.gen, "Annex to the "+n.en)
	b.subtitle = b.quoted(title)
	b.dated = x.Date
	signed := ""
	if d, ok := a.SignedDate(); ok {
		b.uses(ap.Key("signatures"))
		signed = b.day(d)
	}
	b.facts(
		fact{b.t("Oznaczenie aneksu", "Annex"), x.ID},
		fact{b.t("Data aneksu", "Date of the annex"), b.day(x.Date)},
		fact{b.t("Data zawarcia "+n.gen, "The "+n.en+" concluded on"), signed},
	)
	b.heading("§ 1. " + b.t("Zmiany", "Changes"))
	var changes []string
	if add := distinct(x.AddParties); len(add) > 0 {
		changes = append(changes, stop(b.t("Do "+n.gen+" przystępują: ", "These institutions join the "+n.en+": ")+b.names(add)))
	}
	if rm := distinct(x.RemoveParties); len(rm) > 0 {
		changes = append(changes, stop(b.t("Z "+n.gen+" występują: ", "These institutions leave the "+n.en+": ")+b.names(rm)))
	}
	if !x.ValidUntil.IsZero() {
		b.uses(ap.Key("validUntil"))
		was := b.t("na czas nieokreślony", "for an indefinite period")
		if old := a.EndOn(x.EffectiveFrom.AddDays(-1)); !old.IsZero() {
			was = b.t("do ", "until ") + b.day(old)
		}
		changes = append(changes, b.nom(a.Kind)+b.t(" obowiązuje do ", " is in force until ")+b.day(x.ValidUntil)+
			b.t(" (dotychczas: "+was+").", " (so far: "+was+")."))
	}
	if len(changes) == 0 {
		changes = append(changes, b.t("Aneks nie zmienia stron ani okresu obowiązywania "+n.gen+".", "The annex changes neither the parties nor the term of the "+n.en+"."))
	}
	b.list(changes...)
	b.heading("§ 2. " + b.t("Wejście w życie", "Entry into force"))
	b.para(stop(b.t("Aneks wchodzi w życie z dniem ", "The annex takes effect on ") + b.day(x.EffectiveFrom)))
	b.heading("§ 3. " + b.t("Postanowienia końcowe", "Final provisions"))
	b.para(b.t("W pozostałym zakresie postanowienia "+n.gen+" nie ulegają zmianie.", "The other provisions of the "+n.en+" remain unchanged."))
	b.heading(b.t("Podpisy stron", "Signatures of the parties"))
	var ss []signer
	for _, p := range a.AnnexSignatories(j) {
		ss = append(ss, b.partySigner(x.Signatures, p, b.institution(p)))
	}
	b.signatures(ss)
}

// withdrawalDoc is a party's notice of withdrawal (wypowiedzenie): who
// withdraws, when the notice was given and when it takes effect, computed
// as the check computes it (cooperation.Agreement.WithdrawalEffective).
func (b *builder) withdrawalDoc(a *cooperation.Agreement, ap cooperation.Path, k int) {
	w := a.Withdrawals[k]
	b.uses(ap.Key("withdrawals").Index(k), ap.Key("noticePeriodDays"))
	n := b.noun(a.Kind)
	title := b.agreementTitle(a, ap)
	party := b.institution(w.Party)
	b.title = b.t("Wypowiedzenie "+n.gen+" ", "Notice of withdrawal from the "+n.en+" ") + b.quoted(title) + " – " + party
	b.heading1 = b.t("Wypowiedzenie", "Notice of withdrawal")
	b.subtitle = b.t(n.gen+" ", "from the "+n.en+" ") + b.quoted(title)
	b.dated = w.NoticeDate
	notice := a.NoticeDays(b.set.settings.Agreement.DefaultNoticePeriodDays)
	effective := a.WithdrawalEffective(w, b.set.settings.Agreement.DefaultNoticePeriodDays)
	b.facts(
		fact{b.t("Strona wypowiadająca", "Withdrawing party"), party},
		fact{b.t("Data złożenia wypowiedzenia", "Notice given on"), b.day(w.NoticeDate)},
		fact{b.t("Okres wypowiedzenia", "Notice period"), nounDays.Count(notice, b.lang)},
		fact{b.t("Wypowiedzenie skuteczne z dniem", "Takes effect on"), b.day(effective)},
	)
	since := ""
	if d, ok := a.SignedDate(); ok {
		b.uses(ap.Key("signatures"))
		since = b.t(" z dnia ", " of ") + b.day(d)
	}
	b.para(stop(party + b.t(" wypowiada "+n.acc+" ", " withdraws from the "+n.en+" ") + b.quoted(title) + since))
	switch {
	case effective.IsZero():
	case !w.EffectiveDate.IsZero():
		b.para(b.t("Wypowiedzenie jest skuteczne z dniem "+b.day(effective)+" (data wskazana w wypowiedzeniu). Od tego dnia strona wypowiadająca nie jest stroną "+n.gen+".",
			"The notice takes effect on "+b.day(effective)+" (the date the notice names). From that day on, the withdrawing party is no longer a party to the "+n.en+"."))
	default:
		b.para(b.t("Wypowiedzenie jest skuteczne z dniem "+b.day(effective)+", po upływie okresu wypowiedzenia ("+nounDays.Count(notice, b.lang)+" od dnia jego złożenia). Od tego dnia strona wypowiadająca nie jest stroną "+n.gen+".",
			"The notice takes effect on "+b.day(effective)+", when the notice period ("+nounDays.Count(notice, b.lang)+" from the day it was given) has run. From that day on, the withdrawing party is no longer a party to the "+n.en+"."))
	}
	var others []string
	for _, p := range everParty(a) {
		if p != w.Party && !w.NoticeDate.IsZero() && a.PartyOn(p, w.NoticeDate, b.set.settings.Agreement.DefaultNoticePeriodDays) {
			others = append(others, p)
		}
	}
	if len(others) > 0 {
		b.heading(b.t("Adresaci", "Addressees"))
		b.para(stop(b.t("Pozostałe strony "+n.gen+": ", "The other parties to the "+n.en+": ") + b.names(others)))
	}
	b.heading(b.t("Podpis", "Signature"))
	b.signatures([]signer{{Caption: b.t("Za stronę wypowiadającą: ", "For the withdrawing party: ") + party}})
}

// everParty lists every institution that has been a party: the original
// parties and those added by annexes, once each.
func everParty(a *cooperation.Agreement) []string {
	all := slices.Clone(a.Parties)
	for _, x := range a.Annexes {
		all = append(all, x.AddParties...)
	}
	return distinct(all)
}

// names joins institution names with semicolons (names may hold commas).
func (b *builder) names(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = b.institution(id)
	}
	return strings.Join(out, "; ")
}

// distinct drops empty and repeated ids, keeping the first order.
func distinct(ids []string) []string {
	var out []string
	for _, id := range ids {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}
