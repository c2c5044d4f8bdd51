package ipw

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
)

// ErrNoItem is returned by NewItem for a pointer at which the bundle has no
// list of items, nor a section that starts empty.
var ErrNoItem = errors.New("no item can be added there")

// NewItem returns the item that starts a new element of the list at (an
// institution at "/institutions", an action at "/ipws/0/actions"), or the
// starting value of a section of an IPW ("/ipws/0/consent"), as JSON, as
// the variant and the bundle require it:
//
//   - a fresh id, unused in its list ("ipw-3", "g2", "m3");
//   - what the model or the bundle already decides: a team is the PZK when
//     the bundle has none, and afterwards the variant's case team (GGK in
//     an urban-rural gmina, ZZK in an urban one) under the PZK; a new IPW is
//     run by the PZK in a rural gmina and by a case team no other IPW uses
//     in the other variants, its case worker comes from the OPS or CUS of
//     that team, its family starts with the applicant; a new action is
//     planned and serves the IPW's only goal; a signature is owed by the
//     first party (or adult household member) who has not signed; a team member
//     joins when the team was formed; a stage record is for the stage the
//     municipality is at;
//   - nothing invented: no name, no date, no birth year, no kind the person
//     has to choose. The required fields left out are reported by the
//     schema layer as missing (schema.Missing), which a planner shows
//     quietly on an item just added.
//
// what picks among the kinds a list holds: "declaration" at "/agreements"
// adds a declaration of accession to the PZK instead of an agreement; ""
// is the list's usual item. Options: cooperation.AsOf (default the
// bundle's asOf) dates the stage the municipality is at.
//
// It returns ErrNoItem for any other pointer. b is not modified.
func NewItem(b *Bundle, at cooperation.Path, what string, opts ...cooperation.Option) (json.RawMessage, error) {
	if b == nil {
		b = &Bundle{}
	}
	n := newItems{b: b, segs: at.Segments(), what: what, cfg: cooperation.NewConfig(opts...)}
	o, ok := n.item()
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNoItem, at)
	}
	return o.MarshalJSON()
}

type newItems struct {
	b    *Bundle
	segs []string
	what string
	cfg  cooperation.Config
}

// at reads segment k as an index into a list of length n.
func (n *newItems) at(k, length int) (int, bool) {
	if k >= len(n.segs) {
		return 0, false
	}
	i, err := strconv.Atoi(n.segs[k])
	return i, err == nil && i >= 0 && i < length && strconv.Itoa(i) == n.segs[k]
}

// path reports whether the pointer is exactly these segments, "#" standing
// for an index.
func (n *newItems) path(want ...string) bool {
	if len(want) != len(n.segs) {
		return false
	}
	for i, w := range want {
		if w != "#" && w != n.segs[i] {
			return false
		}
	}
	return true
}

func (n *newItems) item() (*object, bool) {
	b := n.b
	switch {
	case n.path("institutions"):
		return obj("id", freshID("instytucja-", b.Institutions, func(x *cooperation.Institution) string { return x.ID })), true
	case n.path("services"):
		return obj("id", freshID("usluga-", b.Services, func(x *cooperation.Service) string { return x.ID })), true
	case n.path("teams"):
		return n.team(), true
	case n.path("teams", "#", "members"):
		t, ok := n.at(1, len(b.Teams))
		if !ok {
			return nil, false
		}
		o := obj("roles", []string{string(cooperation.RoleMember)})
		if f := b.Teams[t].Formed; !f.IsZero() {
			o.set("joined", f)
		}
		return o, true
	case n.path("teams", "#", "meetings"):
		if _, ok := n.at(1, len(b.Teams)); !ok {
			return nil, false
		}
		return obj("attendees", []string{}), true
	case n.path("agreements"):
		return n.agreement(), true
	case n.path("agreements", "#", "signatures"):
		a, ok := n.at(1, len(b.Agreements))
		if !ok {
			return nil, false
		}
		ag := &b.Agreements[a]
		return partySignature(ag.Parties, ag.Signatures), true
	case n.path("agreements", "#", "annexes"):
		a, ok := n.at(1, len(b.Agreements))
		if !ok {
			return nil, false
		}
		ag := &b.Agreements[a]
		return obj("id", freshID("aneks-", ag.Annexes, func(x *cooperation.Annex) string { return x.ID }), "signatures", []string{}), true
	case n.path("agreements", "#", "annexes", "#", "signatures"):
		a, ok := n.at(1, len(b.Agreements))
		if !ok {
			return nil, false
		}
		ag := &b.Agreements[a]
		x, ok := n.at(3, len(ag.Annexes))
		if !ok {
			return nil, false
		}
		an := &ag.Annexes[x]
		parties := append(append([]string{}, ag.Parties...), an.AddParties...)
		return partySignature(parties, an.Signatures), true
	case n.path("agreements", "#", "withdrawals"):
		if _, ok := n.at(1, len(b.Agreements)); !ok {
			return nil, false
		}
		return obj(), true
	case n.path("ipws"):
		return n.ipw(), true
	case n.path("stages"):
		o := obj()
		if r, err := Progress(b, n.opts()...); err == nil && r.Current != "" {
			o.set("stage", r.Current)
		}
		return o, true
	}
	if len(n.segs) >= 3 && n.segs[0] == "ipws" {
		i, ok := n.at(1, len(b.IPWs))
		if !ok {
			return nil, false
		}
		return n.ipwPart(&b.IPWs[i])
	}
	return nil, false
}

// opts are the options for Progress: the date given, else the bundle's,
// else none (the stage is then left to the person).
func (n *newItems) opts() []cooperation.Option {
	if !n.cfg.AsOf.IsZero() {
		return []cooperation.Option{cooperation.AsOf(n.cfg.AsOf)}
	}
	return nil
}

func (n *newItems) team() *object {
	b := n.b
	id := freshID("zespol-", b.Teams, func(x *cooperation.Team) string { return x.ID })
	pzk := ""
	for _, t := range b.Teams {
		if t.Kind == cooperation.TeamPZK {
			pzk = t.ID
			break
		}
	}
	o := obj("id", id)
	switch {
	case pzk == "":
		o.set("kind", cooperation.TeamPZK)
	case Settings(b, nil).Team.CaseTeamKind.IsCaseTeam():
		o.set("kind", Settings(b, nil).Team.CaseTeamKind)
		o.set("parentTeam", pzk)
	}
	o.set("members", []string{})
	return o
}

func (n *newItems) agreement() *object {
	b := n.b
	id := freshID("porozumienie-", b.Agreements, func(x *cooperation.Agreement) string { return x.ID })
	if n.what == "declaration" {
		o := obj("id", id, "kind", cooperation.AgreementDeclaration)
		for _, t := range b.Teams {
			if t.Kind == cooperation.TeamPZK {
				o.set("team", t.ID)
				break
			}
		}
		return o.set("parties", []string{}).set("signatures", []string{})
	}
	return obj("id", id, "kind", cooperation.AgreementLocal, "parties", []string{}, "signatures", []string{})
}

// partySignature is a signature owed by the first party that has not signed.
func partySignature(parties []string, sigs []cooperation.Signature) *object {
	signed := make(map[string]bool, len(sigs))
	for _, s := range sigs {
		signed[s.Party] = true
	}
	for _, p := range parties {
		if !signed[p] {
			return obj("party", p)
		}
	}
	return obj()
}

func (n *newItems) ipw() *object {
	b := n.b
	id := freshID("ipw-", b.IPWs, func(x *Plan) string { return x.ID })
	team := n.ipwTeam()
	o := obj("id", id)
	if team != nil {
		o.set("team", team.ID)
	}
	cw := obj()
	if ops := n.caseWorkerInstitution(team); ops != "" {
		cw.set("institution", ops)
	}
	o.set("caseWorker", cw)
	o.set("beneficiary", obj("kind", BeneficiaryFamily, "members", []*object{obj("id", "m1", "role", MemberApplicant)}))
	o.set("period", obj())
	o.set("goals", []string{}).set("actions", []string{})
	return o
}

// ipwTeam is the team that runs a new IPW: the PZK where the PZK runs IPWs,
// otherwise the first case team of the variant's kind that no IPW uses yet
// (a GGK or ZZK is formed for one family), or none.
func (n *newItems) ipwTeam() *cooperation.Team {
	b := n.b
	kind := Settings(b, nil).Team.CaseTeamKind
	used := make(map[string]bool, len(b.IPWs))
	for _, x := range b.IPWs {
		used[x.Team] = true
	}
	for i := range b.Teams {
		t := &b.Teams[i]
		if t.Kind != kind {
			continue
		}
		if kind == cooperation.TeamPZK || !used[t.ID] {
			return t
		}
	}
	return nil
}

// caseWorkerInstitution is the OPS or CUS among the team's members, else
// the only OPS or CUS of the bundle, else "".
func (n *newItems) caseWorkerInstitution(team *cooperation.Team) string {
	ix := cooperation.NewIndex(&n.b.Partnership)
	if team != nil {
		for _, m := range team.Members {
			if in, ok := ix.Institution(m.Institution); ok && in.Kind.IsOPS() {
				return in.ID
			}
		}
	}
	found := ""
	for _, in := range n.b.Institutions {
		if in.Kind.IsOPS() {
			if found != "" {
				return ""
			}
			found = in.ID
		}
	}
	return found
}

// ipwPart is a new element of one of the IPW's lists, or the start of one
// of its sections.
func (n *newItems) ipwPart(x *Plan) (*object, bool) {
	switch {
	case n.path("ipws", "#", "beneficiary", "members"):
		ms := x.Beneficiary.Members
		o := obj("id", freshID("m", ms, func(x *HouseholdMember) string { return x.ID }))
		hasApplicant := false
		for _, m := range ms {
			hasApplicant = hasApplicant || m.Role == MemberApplicant
		}
		if !hasApplicant {
			o.set("role", MemberApplicant)
		}
		return o, true
	case n.path("ipws", "#", "qualification"), n.path("ipws", "#", "closure"), n.path("ipws", "#", "period"):
		return obj(), true
	case n.path("ipws", "#", "consent"):
		return obj("givenBy", []string{}, "scope", []string{}), true
	case n.path("ipws", "#", "diagnosis"):
		return obj("areas", []string{}), true
	case n.path("ipws", "#", "diagnosis", "areas"):
		return obj("problem", false), true
	case n.path("ipws", "#", "goals"):
		return obj("id", freshID("g", x.Goals, func(x *Goal) string { return x.ID }), "areas", []string{}), true
	case n.path("ipws", "#", "deferredAreas"), n.path("ipws", "#", "suspensions"):
		return obj(), true
	case n.path("ipws", "#", "actions"):
		o := obj("id", freshID("a", x.Actions, func(x *Action) string { return x.ID }))
		if len(x.Goals) == 1 {
			o.set("goal", x.Goals[0].ID)
		}
		return o.set("status", ActionPlanned), true
	case n.path("ipws", "#", "reviews"):
		return obj("participants", []string{}), true
	case n.path("ipws", "#", "signatures"):
		members, institutions := make(map[string]bool), make(map[string]bool)
		for _, s := range x.Signatures {
			members[s.Signer.Member] = true
			institutions[s.Signer.Institution] = true
		}
		day := n.cfg.AsOf
		if day.IsZero() {
			day = n.b.AsOf
		}
		for _, m := range x.Beneficiary.Members {
			minor := m.BirthYear > 0 && !day.IsZero() && !m.AdultIn(day.Year())
			if m.ID != "" && !members[m.ID] && !minor {
				return obj("signer", obj("member", m.ID)), true
			}
		}
		if cw := x.CaseWorker; cw.Institution != "" && !institutions[cw.Institution] {
			o := obj("institution", cw.Institution)
			if cw.Name != "" {
				o.set("name", cw.Name)
			}
			return obj("signer", o), true
		}
		return obj(), true
	}
	return nil, false
}

// freshID returns an id unused among items, in the list's own style: when
// the last item's id ends in a number ("d12", "ipw-2026-01"), the next
// number after the largest with that stem, as wide ("d13", "ipw-2026-02");
// otherwise prefix and the number of items plus one.
func freshID[T any](prefix string, items []T, idOf func(*T) string) string {
	used := make(map[string]bool, len(items))
	for i := range items {
		used[idOf(&items[i])] = true
	}
	start, width := len(items)+1, 0
	if len(items) > 0 {
		if stem, digits := splitNumber(idOf(&items[len(items)-1])); digits != "" {
			prefix, width, start = stem, len(digits), 1
			for i := range items {
				if s, d := splitNumber(idOf(&items[i])); s == stem && d != "" {
					if k, err := strconv.Atoi(d); err == nil && k >= start {
						start = k + 1
					}
				}
			}
		}
	}
	for i := start; ; i++ {
		num := strconv.Itoa(i)
		for len(num) < width {
			num = "0" + num
		}
		if id := prefix + num; !used[id] {
			return id
		}
	}
}

// splitNumber splits id into its stem and the digits it ends in.
func splitNumber(id string) (stem, digits string) {
	i := len(id)
	for i > 0 && id[i-1] >= '0' && id[i-1] <= '9' {
		i--
	}
	return id[:i], id[i:]
}

// object is a JSON object whose keys keep the order they were set in, so
// that a new item reads as the form shows it.
type object struct {
	keys []string
	vals []any
}

func obj(kv ...any) *object {
	o := &object{}
	for i := 0; i+1 < len(kv); i += 2 {
		o.set(kv[i].(string), kv[i+1])
	}
	return o
}

func (o *object) set(k string, v any) *object {
	for i, key := range o.keys {
		if key == k {
			o.vals[i] = v
			return o
		}
	}
	o.keys = append(o.keys, k)
	o.vals = append(o.vals, v)
	return o
}

// MarshalJSON writes the keys in order.
func (o *object) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			buf.WriteByte(',')
		}
		kb, err := json.Marshal(k)
		if err != nil {
			return nil, err
		}
		vb, err := json.Marshal(o.vals[i])
		if err != nil {
			return nil, err
		}
		buf.Write(kb)
		buf.WriteByte(':')
		buf.Write(vb)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}
