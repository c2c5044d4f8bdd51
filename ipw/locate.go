package ipw

import (
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Place says where in a bundle a JSON Pointer points, in the words of the
// planner's form rather than as a pointer: the part of the bundle (the
// municipality, the institutions and services, one team, one agreement, one
// IPW, the implementation stages, the settings), the item inside it by its
// name, and the field by its label. A person reads "IPW „Rodzina A.” ·
// Działanie „Pośrednictwo pracy” · Termin" where the library holds
// /ipws/0/actions/2/due.
//
// No internal identifier appears in a place: an item without a name is
// called by its kind and its position ("Cel nr 2").
type Place struct {
	// Part is the pointer of the part ("/teams/1", "/ipws/0"; "/municipality"
	// for the municipality and the bundle's own settings, "/institutions" for
	// the institutions and the services together; "" for the whole document).
	Part cooperation.Path `json:"part"`
	// Order sorts the parts in the order a person reads the bundle: the
	// municipality, its settings, the institutions and services, the teams,
	// the agreements, the IPWs, the stages, each in document order.
	Order int `json:"order"`
	// Title names the part: the team's name, the agreement's title, "IPW
	// „Rodzina A.”".
	Title string `json:"title"`
	// Item names the item inside the part ("Działanie „Pośrednictwo pracy”",
	// "Członek zespołu: Gminny Ośrodek…"); empty when the pointer is at the
	// part itself or at one of its own fields.
	Item string `json:"item,omitempty"`
	// Field is the label of the field the pointer ends at, as the form calls
	// it ("Termin"); empty when it ends at an item.
	Field string `json:"field,omitempty"`
}

// The ranks of the parts in reading order; Order is rank·partSpan + index.
const partSpan = 1 << 20

const (
	rankDocument = iota
	rankMunicipality
	rankProfile
	rankInstitutions
	rankTeams
	rankAgreements
	rankIPWs
	rankStages
	rankOther
)

// Locate returns the place p points at in b, its names in lang. b may be a
// bundle decoded from a document that is still being filled in (items
// without names are called by their positions); a pointer beyond what b
// holds is named by its kinds and positions alone.
func Locate(b *Bundle, p cooperation.Path, lang cooperation.Lang) Place {
	if b == nil {
		b = &Bundle{}
	}
	l := locator{b: b, lang: lang, segs: p.Segments()}
	return l.locate(p)
}

type locator struct {
	b    *Bundle
	lang cooperation.Lang
	segs []string
}

// words picks the Polish or English form.
func (l *locator) words(pl, en string) string {
	if l.lang == cooperation.English {
		return en
	}
	return pl
}

// quoted quotes a name in the language's quotation marks.
func (l *locator) quoted(s string) string { return l.words("„"+s+"”", "“"+s+"”") }

// nth names an item by its kind and position: "Cel nr 2", "Goal no. 2".
func (l *locator) nth(kindPl, kindEn string, i int) string {
	return l.words(kindPl+" nr "+strconv.Itoa(i+1), kindEn+" no. "+strconv.Itoa(i+1))
}

// named is "kind „name”", or the kind and position when name is empty.
func (l *locator) named(kindPl, kindEn, name string, i int) string {
	if strings.TrimSpace(name) == "" {
		return l.nth(kindPl, kindEn, i)
	}
	return l.words(kindPl, kindEn) + " " + l.quoted(name)
}

// labelled is "kind: name" (an institution's name stands after a colon, so
// that it needs no inflection), or the kind and position.
func (l *locator) labelled(kindPl, kindEn, name string, i int) string {
	if strings.TrimSpace(name) == "" {
		return l.nth(kindPl, kindEn, i)
	}
	return l.words(kindPl, kindEn) + ": " + name
}

// dated is "kind z 16.02.2026 r." / "kind of 16 February 2026".
func (l *locator) dated(kindPl, kindEn string, d Date, prepPl, prepEn string, i int) string {
	if d.IsZero() {
		return l.nth(kindPl, kindEn, i)
	}
	return l.words(kindPl+" "+prepPl+" ", kindEn+" "+prepEn+" ") + d.Format(l.lang)
}

// index reads segment k as an array index into a slice of length n.
func (l *locator) index(k, n int) (int, bool) {
	if k >= len(l.segs) {
		return 0, false
	}
	i, err := strconv.Atoi(l.segs[k])
	if err != nil || i < 0 || strconv.Itoa(i) != l.segs[k] {
		return 0, false
	}
	return i, i < n || n < 0
}

func (l *locator) seg(k int) string {
	if k < len(l.segs) {
		return l.segs[k]
	}
	return ""
}

func (l *locator) institutionName(id string) string {
	for i := range l.b.Institutions {
		if l.b.Institutions[i].ID == id {
			return l.b.Institutions[i].Name
		}
	}
	return ""
}

func (l *locator) locate(p cooperation.Path) Place {
	pl := Place{Field: cooperation.FieldLabel(p, l.lang)}
	part := func(path cooperation.Path, rank, i int, title string) {
		pl.Part, pl.Order, pl.Title = path, rank*partSpan+i, title
	}
	top := l.seg(0)
	switch top {
	case "":
		part("", rankDocument, 0, l.words("Cały dokument", "The whole document"))
		pl.Field = ""
	case "municipality", "variant", "asOf", "schemaVersion":
		title := l.words("Gmina", "Municipality")
		if n := strings.TrimSpace(l.b.Municipality.Name); n != "" {
			title += ": " + n
		}
		part("/municipality", rankMunicipality, 0, title)
	case "profile":
		part("/profile", rankProfile, 0, cooperation.FieldLabel("/profile", l.lang))
	case "institutions", "services":
		part("/institutions", rankInstitutions, 0, l.words("Instytucje i usługi", "Institutions and services"))
		pl.Item = l.institutionItem(top)
	case "teams":
		i, ok := l.index(1, -1)
		if !ok {
			part("/teams", rankTeams, 0, cooperation.FieldLabel("/teams", l.lang))
			break
		}
		var t *cooperation.Team
		if i < len(l.b.Teams) {
			t = &l.b.Teams[i]
		}
		part(cooperation.Path("/teams").Index(i), rankTeams, i+1, l.teamTitle(t, i))
		pl.Item = l.teamItem(t)
	case "agreements":
		i, ok := l.index(1, -1)
		if !ok {
			part("/agreements", rankAgreements, 0, cooperation.FieldLabel("/agreements", l.lang))
			break
		}
		var a *cooperation.Agreement
		if i < len(l.b.Agreements) {
			a = &l.b.Agreements[i]
		}
		part(cooperation.Path("/agreements").Index(i), rankAgreements, i+1, l.agreementTitle(a, i))
		pl.Item = l.agreementItem(a)
	case "ipws":
		i, ok := l.index(1, -1)
		if !ok {
			part("/ipws", rankIPWs, 0, cooperation.FieldLabel("/ipws", l.lang))
			break
		}
		var x *Plan
		if i < len(l.b.IPWs) {
			x = &l.b.IPWs[i]
		}
		part(cooperation.Path("/ipws").Index(i), rankIPWs, i+1, l.ipwTitle(x, i))
		pl.Item = l.ipwItem(x)
	case "stages":
		part("/stages", rankStages, 0, cooperation.FieldLabel("/stages", l.lang))
		if i, ok := l.index(1, -1); ok {
			var s Stage
			if i < len(l.b.Stages) {
				s = l.b.Stages[i].Stage
			}
			pl.Item = l.labelled("Etap", "Stage", s.Label(l.lang), i)
		}
	default:
		part("/"+cooperation.Path(top), rankOther, 0, cooperation.FieldLabel("/"+cooperation.Path(top), l.lang))
		if pl.Title == "" {
			pl.Title = l.words("Inne dane", "Other data")
		}
	}
	if pl.Item != "" && l.endsAtItem() {
		pl.Field = ""
	}
	return pl
}

// endsAtItem reports whether the pointer ends at an array element or at a
// section that Locate names as an item (a consent, a diagnosis…).
func (l *locator) endsAtItem() bool {
	last := l.seg(len(l.segs) - 1)
	if _, err := strconv.Atoi(last); err == nil {
		return true
	}
	if len(l.segs) == 3 && l.segs[0] == "ipws" {
		_, section := ipwSections[last]
		return section
	}
	return len(l.segs) == 5 && l.segs[0] == "ipws" && l.segs[2] == "closure" && l.segs[3] == "goalOutcomes"
}

func (l *locator) institutionItem(top string) string {
	if top == "institutions" {
		i, ok := l.index(1, -1)
		if !ok {
			return ""
		}
		name := ""
		if i < len(l.b.Institutions) {
			name = l.b.Institutions[i].Name
		}
		return l.labelled("Instytucja", "Institution", name, i)
	}
	i, ok := l.index(1, -1)
	if !ok {
		return ""
	}
	name := ""
	if i < len(l.b.Services) {
		name = l.b.Services[i].Name
	}
	return l.named("Usługa", "Service", name, i)
}

func (l *locator) teamTitle(t *cooperation.Team, i int) string {
	if t != nil && strings.TrimSpace(t.Name) != "" {
		return t.Name
	}
	if t != nil && t.Kind.Valid() {
		return l.words("Zespół ", "Team ") + strings.ToUpper(string(t.Kind)) + l.words(" nr ", " no. ") + strconv.Itoa(i+1)
	}
	return l.nth("Zespół", "Team", i)
}

func (l *locator) teamItem(t *cooperation.Team) string {
	if t == nil {
		t = &cooperation.Team{}
	}
	switch l.seg(2) {
	case "members":
		j, ok := l.index(3, -1)
		if !ok {
			return ""
		}
		name := ""
		if j < len(t.Members) {
			name = l.institutionName(t.Members[j].Institution)
		}
		return l.labelled("Członek zespołu", "Team member", name, j)
	case "meetings":
		j, ok := l.index(3, -1)
		if !ok {
			return ""
		}
		var d Date
		if j < len(t.Meetings) {
			d = t.Meetings[j].Date
		}
		return l.dated("Spotkanie", "Meeting", d, "z", "of", j)
	}
	return ""
}

func (l *locator) agreementTitle(a *cooperation.Agreement, i int) string {
	if a != nil && strings.TrimSpace(a.Title) != "" {
		return a.Title
	}
	if a != nil && a.Kind.Valid() {
		k := a.Kind.Label(l.lang)
		return strings.ToUpper(k[:1]) + k[1:] + l.words(" nr ", " no. ") + strconv.Itoa(i+1)
	}
	return l.nth("Porozumienie", "Agreement", i)
}

func (l *locator) agreementItem(a *cooperation.Agreement) string {
	if a == nil {
		a = &cooperation.Agreement{}
	}
	party := func(k int, ids []string) string {
		j, ok := l.index(k, -1)
		if !ok {
			return ""
		}
		name := ""
		if j < len(ids) {
			name = l.institutionName(ids[j])
		}
		return l.labelled("Strona", "Party", name, j)
	}
	signature := func(k int, sigs []cooperation.Signature) string {
		j, ok := l.index(k, -1)
		if !ok {
			return ""
		}
		name := ""
		if j < len(sigs) {
			name = l.institutionName(sigs[j].Party)
		}
		return l.labelled("Podpis", "Signature", name, j)
	}
	switch l.seg(2) {
	case "parties":
		return party(3, a.Parties)
	case "signatures":
		return signature(3, a.Signatures)
	case "annexes":
		j, ok := l.index(3, -1)
		if !ok {
			return ""
		}
		var x cooperation.Annex
		if j < len(a.Annexes) {
			x = a.Annexes[j]
		}
		annex := l.dated("Aneks", "Annex", x.Date, "z", "of", j)
		var inner string
		switch l.seg(4) {
		case "signatures":
			inner = signature(5, x.Signatures)
		case "addParties":
			inner = party(5, x.AddParties)
		case "removeParties":
			inner = party(5, x.RemoveParties)
		}
		if inner != "" {
			return annex + ", " + strings.ToLower(inner[:1]) + inner[1:]
		}
		return annex
	case "withdrawals":
		j, ok := l.index(3, -1)
		if !ok {
			return ""
		}
		name := ""
		if j < len(a.Withdrawals) {
			name = l.institutionName(a.Withdrawals[j].Party)
		}
		return l.labelled("Wypowiedzenie", "Withdrawal", name, j)
	}
	return ""
}
