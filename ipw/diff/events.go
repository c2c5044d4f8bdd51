package diff

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The names of items and parts, and the sentences of the model's events:
// an institution joining or leaving a team, an annex, a notice, a review
// recorded, an IPW suspended or closed, a consent withdrawn.

const (
	pl = cooperation.Polish
	en = cooperation.English
)

// refID returns the id a change names an element by: its own id, or what
// identifies it in its list.
func refID(o *object, v map[string]any) string {
	if o.kind == KindIPWSignature {
		s := asMap(v["signer"])
		if m := str(s["member"]); m != "" {
			return m
		}
		return str(s["institution"])
	}
	return str(v[o.keyFields[0]])
}

func (w *walker) ref(o *object, s scope, v map[string]any) Ref {
	r := Ref{Kind: o.kind, ID: refID(o, v)}
	switch o.kind {
	case KindInstitution, KindService, KindTeam:
		r.Name = str(v["name"])
	case KindAgreement:
		r.Name = str(v["title"])
	case KindIPW:
		r.Name = pseudonym(v)
	case KindGoal, KindAction:
		r.Name = str(v["title"])
	case KindMember, KindSignature, KindWithdrawal:
		r.Name = w.names.of(refInstitution, r.ID)
	case KindIPWSignature:
		if str(asMap(v["signer"])["member"]) == "" {
			r.Name = w.names.of(refInstitution, r.ID)
		}
	}
	if r.Name == r.ID {
		r.Name = ""
	}
	return r
}

// or returns s, or else alt when s is empty.
func or(s, alt string) string {
	if strings.TrimSpace(s) == "" {
		return alt
	}
	return s
}

func (w *walker) head(o *object, s scope, v map[string]any) head {
	id := refID(o, v)
	both := func(p, e string, g gender) head { return head{p, e, g} }
	switch o.kind {
	case KindInstitution:
		name := or(str(v["name"]), id)
		return both("Instytucja "+quote(name, pl), "Institution "+quote(name, en), fem)
	case KindService:
		name := or(str(v["name"]), id)
		return both("Usługa "+quote(name, pl), "Service "+quote(name, en), fem)
	case KindTeam:
		name := or(str(v["name"]), id)
		kind := cooperation.TeamKind(str(v["kind"]))
		if !kind.Valid() {
			return both("Zespół "+quote(name, pl), "Team "+quote(name, en), masc)
		}
		abbr, g := strings.ToUpper(string(kind)), masc
		if kind == cooperation.TeamGGK {
			g = fem // grupa
		}
		return both(abbr+" "+quote(name, pl), abbr+" "+quote(name, en), g)
	case KindAgreement:
		title := or(str(v["title"]), id)
		g := neut // porozumienie
		if k := str(v["kind"]); k == "pilot" || k == "accession_declaration" {
			g = fem // umowa, deklaracja
		}
		return both(quote(title, pl), quote(title, en), g)
	case KindIPW:
		p := pseudonym(v)
		return both("IPW "+p, "IPW "+p, masc)
	case KindStage:
		return both("Etap "+quote(label("stage", id, pl), pl), "Stage "+quote(label("stage", id, en), en), masc)
	case KindMember:
		name := w.names.of(refInstitution, id)
		return both(name, name, fem)
	case KindMeeting:
		return both("spotkanie z "+date(id, pl), "meeting of "+date(id, en), neut)
	case KindSignature:
		name := w.names.of(refInstitution, id)
		return both("podpis ("+name+")", "signature ("+name+")", masc)
	case KindAnnex:
		if strings.HasPrefix(strings.ToLower(id), "aneks") {
			return both(id, id, masc) // "aneks-2", not "aneks aneks-2"
		}
		return both("aneks "+id, "annex "+id, masc)
	case KindWithdrawal:
		name := w.names.of(refInstitution, id)
		return both("wypowiedzenie ("+name+")", "notice ("+name+")", neut)
	case KindHouseholdMember:
		return both("członek rodziny "+id, "household member "+id, masc)
	case KindArea:
		return both("obszar diagnozy "+quote(label("area", id, pl), pl), "diagnosis area "+quote(label("area", id, en), en), masc)
	case KindGoal:
		return both("cel "+id, "goal "+id, masc)
	case KindDeferredArea:
		return both("obszar odroczony "+quote(label("area", id, pl), pl), "deferred area "+quote(label("area", id, en), en), masc)
	case KindAction:
		return both("działanie "+id, "action "+id, neut)
	case KindReview:
		return both("przegląd z "+date(id, pl), "review of "+date(id, en), masc)
	case KindSuspension:
		return both("zawieszenie od "+date(id, pl), "suspension from "+date(id, en), neut)
	case KindIPWSignature:
		sg := asMap(v["signer"])
		return both("podpis ("+w.actor(s, sg, pl)+")", "signature ("+w.actor(s, sg, en)+")", masc)
	}
	return both(id, id, masc)
}

// added records an item or part added to a list.
func (w *walker) added(o *object, s scope, v map[string]any) {
	if o.item {
		w.emit(s, Added, nil, v, alone, w.sayItem(o, s, v, true))
		return
	}
	g := s.heads[len(s.heads)-1].g
	t := text{participle("dodan", g), "added"}
	detail := text{}
	m := subject
	switch o.kind {
	case KindMember:
		inst := w.names.of(refInstitution, str(v["institution"]))
		t = text{inst + " przystępuje do zespołu", inst + " joins the team"}
		if j := str(v["joined"]); j != "" {
			t = text{t.pl + " z dniem " + date(j, pl), t.en + " on " + date(j, en)}
		}
		if roles := asList(v["roles"]); len(roles) > 0 {
			f := &field{set: "role"}
			t = text{t.pl + " (role: " + w.showAll(f, s, roles, pl) + ")", t.en + " (roles: " + w.showAll(f, s, roles, en) + ")"}
		}
		m = own
	case KindMeeting:
		if n := len(asList(v["attendees"])); n > 0 {
			detail = text{"liczba obecnych instytucji: " + cooperation.FormatInt(n, pl), "institutions present: " + cooperation.FormatInt(n, en)}
		}
	case KindSignature:
		var p, e []string
		for _, k := range []string{"signatory", "function"} {
			if x := str(v[k]); x != "" {
				p, e = append(p, x), append(e, x)
			}
		}
		if d := str(v["date"]); d != "" {
			p, e = append(p, date(d, pl)), append(e, date(d, en))
		}
		detail = text{strings.Join(p, ", "), strings.Join(e, ", ")}
	case KindAnnex:
		detail = w.annex(v)
	case KindWithdrawal:
		inst := w.names.of(refInstitution, str(v["party"]))
		t = text{inst + " wypowiada porozumienie", inst + " gives notice"}
		if d := str(v["noticeDate"]); d != "" {
			t = text{t.pl + " " + date(d, pl), t.en + " on " + date(d, en)}
		}
		if d := str(v["effectiveDate"]); d != "" {
			t = text{t.pl + " i odchodzi z dniem " + date(d, pl), t.en + " and leaves on " + date(d, en)}
		}
		m = own
	case KindHouseholdMember:
		var p, e []string
		if r := str(v["role"]); r != "" {
			p, e = append(p, label("memberRole", r, pl)), append(e, label("memberRole", r, en))
		}
		if y := str(v["birthYear"]); y != "" {
			p, e = append(p, "rok urodzenia "+y), append(e, "born "+y)
		}
		detail = text{strings.Join(p, ", "), strings.Join(e, ", ")}
	case KindArea:
		if v["problem"] == true {
			detail = text{"obszar problemowy", "a problem area"}
		}
	case KindGoal:
		if title := str(v["title"]); title != "" {
			detail = text{quote(flat(title), pl), quote(flat(title), en)}
		}
	case KindAction:
		detail = w.action(s, v)
	case KindReview:
		t = text{participle("zapisan", g), "recorded"}
		if d := str(v["decision"]); d != "" {
			detail = text{"decyzja: " + quote(label("decision", d, pl), pl), "decision: " + quote(label("decision", d, en), en)}
		}
		if d := str(v["newEnd"]); d != "" {
			detail = text{join(detail.pl, "nowa data zakończenia programu: "+date(d, pl)), join(detail.en, "new end of the programme: "+date(d, en))}
		}
	case KindSuspension:
		t = text{"program zawieszony", "programme suspended"}
		if d := str(v["from"]); d != "" {
			t = text{t.pl + " od " + date(d, pl), t.en + " from " + date(d, en)}
		}
		if d := str(v["to"]); d != "" {
			t = text{t.pl + " do " + date(d, pl), t.en + " to " + date(d, en)}
		}
		m = own
	case KindIPWSignature:
		if d := str(v["date"]); d != "" {
			detail = text{date(d, pl), date(d, en)}
		}
	}
	if detail.pl != "" {
		t = text{t.pl + " — " + detail.pl, t.en + " — " + detail.en}
	}
	w.emit(s, Added, nil, v, m, t)
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// annex tells what an annex does: who joins, who leaves, until when the
// agreement is valid.
func (w *walker) annex(v map[string]any) text {
	var t text
	from := str(v["effectiveFrom"])
	parties := func(key string) (string, int) {
		var names []string
		for _, p := range asList(v[key]) {
			names = append(names, w.names.of(refInstitution, str(p)))
		}
		return strings.Join(names, ", "), len(names)
	}
	if who, n := parties("addParties"); n > 0 {
		p, e := " przystępuje", " joins"
		if n > 1 {
			p, e = " przystępują", " join"
		}
		if from != "" {
			p, e = p+" od "+date(from, pl), e+" from "+date(from, en)
		}
		t = text{join(t.pl, who+p), join(t.en, who+e)}
	}
	if who, n := parties("removeParties"); n > 0 {
		p, e := " odchodzi", " leaves"
		if n > 1 {
			p, e = " odchodzą", " leave"
		}
		if from != "" {
			p, e = p+" z dniem "+date(from, pl), e+" on "+date(from, en)
		}
		t = text{join(t.pl, who+p), join(t.en, who+e)}
	}
	if u := str(v["validUntil"]); u != "" {
		t = text{join(t.pl, "porozumienie obowiązuje do "+date(u, pl)), join(t.en, "the agreement is valid until "+date(u, en))}
	}
	if t.pl == "" && from != "" {
		t = text{"obowiązuje od " + date(from, pl), "effective from " + date(from, en)}
	}
	return t
}

// action tells a new action: its title, who is responsible, its due date.
func (w *walker) action(s scope, v map[string]any) text {
	var t text
	if title := str(v["title"]); title != "" {
		t = text{quote(flat(title), pl), quote(flat(title), en)}
	}
	if r := asMap(v["responsible"]); r != nil {
		t = text{join(t.pl, "odpowiada: "+w.actor(s, r, pl)), join(t.en, "responsible: "+w.actor(s, r, en))}
	}
	if d := str(v["due"]); d != "" {
		t = text{join(t.pl, "termin: "+date(d, pl)), join(t.en, "due "+date(d, en))}
	}
	return t
}

// removed records an item or part removed from a list.
func (w *walker) removed(o *object, s scope, v map[string]any) {
	if o.item {
		w.emit(s, Removed, v, nil, alone, w.sayItem(o, s, v, false))
		return
	}
	if o.kind == KindMember {
		w.emit(s, Removed, v, nil, predicate, text{"usunięto z listy członków zespołu", "removed from the team's members"})
		return
	}
	g := s.heads[len(s.heads)-1].g
	w.emit(s, Removed, v, nil, subject, text{participle("usunięt", g), "removed"})
}

// sayItem tells an item of the bundle added or removed.
func (w *walker) sayItem(o *object, s scope, v map[string]any, add bool) text {
	verb := text{"Dodano", "added"}
	if !add {
		verb = text{"Usunięto", "removed"}
	}
	id := refID(o, v)
	switch o.kind {
	case KindInstitution:
		name := or(str(v["name"]), id)
		t := text{verb.pl + " instytucję: " + name, "Institution " + verb.en + ": " + name}
		if k := str(v["kind"]); k != "" {
			t = text{t.pl + " (" + label("kind", k, pl) + ")", t.en + " (" + label("kind", k, en) + ")"}
		}
		return t
	case KindService:
		name := or(str(v["name"]), id)
		return text{verb.pl + " usługę " + quote(name, pl), "Service " + verb.en + ": " + quote(name, en)}
	case KindTeam:
		h := w.head(o, s, v)
		return text{verb.pl + " zespół: " + h.pl, "Team " + verb.en + ": " + h.en}
	case KindAgreement:
		title := or(str(v["title"]), id)
		return text{verb.pl + " porozumienie: " + quote(title, pl), "Agreement " + verb.en + ": " + quote(title, en)}
	case KindIPW:
		return text{verb.pl + " IPW: " + pseudonym(v), "IPW " + verb.en + ": " + pseudonym(v)}
	case KindStage:
		if add {
			verb = text{"Zapisano", "recorded"}
		}
		return text{verb.pl + " etap: " + label("stage", id, pl), "Stage " + verb.en + ": " + label("stage", id, en)}
	}
	return text{verb.pl + ": " + id, verb.en + ": " + id}
}

// wholeSection records an IPW's qualification, consent, diagnosis or
// closure added or removed.
func (w *walker) wholeSection(o *object, s scope, a, b map[string]any) {
	g := o.noun.g
	if b != nil {
		t := text{o.noun.pl + " " + participle("dodan", g), o.noun.en + " added"}
		if d := str(b["date"]); d != "" {
			t = text{t.pl + " — " + date(d, pl), t.en + " — " + date(d, en)}
		}
		if s.field == "closure" {
			t = text{"program zakończony", "programme closed"}
			if d := str(b["date"]); d != "" {
				t = text{t.pl + " " + date(d, pl), t.en + " on " + date(d, en)}
			}
			if r := str(b["reason"]); r != "" {
				t = text{t.pl + "; przyczyna: " + quote(label("closureReason", r, pl), pl), t.en + "; reason: " + quote(label("closureReason", r, en), en)}
			}
		}
		w.emit(s, Added, nil, b, predicate, t)
		return
	}
	t := text{o.noun.pl + " " + participle("usunięt", g), o.noun.en + " removed"}
	if d := str(a["date"]); d != "" {
		t = text{t.pl + " (poprzednio z " + date(d, pl) + ")", t.en + " (was of " + date(d, en) + ")"}
	}
	w.emit(s, Removed, a, nil, predicate, t)
}

// fieldEvent tells the field changes that are events of the model: an
// institution leaving a team, a consent withdrawn, an area marked as a
// problem.
func (w *walker) fieldEvent(f *field, s scope, a, b any) (text, mode, bool) {
	var kind Kind
	if len(s.parts) > 0 {
		kind = s.parts[len(s.parts)-1].Kind
	}
	switch {
	case kind == KindMember && s.field == "left" && empty(a):
		inst := s.heads[len(s.heads)-1]
		d := str(b)
		return text{inst.pl + " odchodzi z dniem " + date(d, pl), inst.en + " leaves on " + date(d, en)}, own, true
	case s.field == "consent/withdrawn" && empty(a):
		d := str(b)
		return text{"zgoda wycofana " + date(d, pl), "consent withdrawn on " + date(d, en)}, predicate, true
	case (kind == KindMeeting || kind == KindReview) && s.field == "date" && !empty(a) && !empty(b):
		what := text{"spotkanie przesunięte", "meeting moved"}
		if kind == KindReview {
			what = text{"przegląd przesunięty", "review moved"}
		}
		return text{what.pl + " z " + date(str(a), pl) + " na " + date(str(b), pl),
			what.en + " from " + date(str(a), en) + " to " + date(str(b), en)}, own, true
	case kind == KindArea && s.field == "problem":
		if b == true {
			return text{"oznaczony jako obszar problemowy", "marked as a problem area"}, subject, true
		}
		return text{"już nie jest oznaczony jako obszar problemowy", "no longer marked as a problem area"}, subject, true
	}
	return text{}, predicate, false
}
