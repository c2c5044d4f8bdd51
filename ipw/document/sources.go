package document

import (
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// sources lists every document the bundle has the data for (see List). Ids
// are unique per kind: where the data repeat one (two withdrawals of one
// party, two reviews on one day, duplicated ids that the check reports), the
// later ones get "/2", "/3"…; a duplicated agreement, team or IPW id is
// listed once, for its first item, as every lookup of the bundle does.
func (s *Set) sources() []source {
	var out []source
	seen := map[Kind]map[string]int{}
	add := func(src source) {
		m := seen[src.kind]
		if m == nil {
			m = map[string]int{}
			seen[src.kind] = m
		}
		m[src.id]++
		if n := m[src.id]; n > 1 {
			src.id += "/" + strconv.Itoa(n)
		}
		out = append(out, src)
	}
	root := cooperation.Path("")
	for i := range s.b.Teams {
		t := &s.b.Teams[i]
		if first(seen[Team], t.ID) {
			add(source{Team, t.ID, root.Key("teams").Index(i), func(b *builder) { b.teamDoc(t, i) }})
		}
	}
	for i := range s.b.Agreements {
		a := &s.b.Agreements[i]
		ap := root.Key("agreements").Index(i)
		if !first(seen[Agreement], a.ID) || !first(seen[Declaration], a.ID) {
			continue
		}
		if a.Kind == cooperation.AgreementDeclaration {
			add(source{Declaration, a.ID, ap, func(b *builder) { b.declarationDoc(a, ap) }})
		} else {
			add(source{Agreement, a.ID, ap, func(b *builder) { b.agreementDoc(a, ap) }})
		}
		for j := range a.Annexes {
			x := &a.Annexes[j]
			add(source{Annex, a.ID + "/" + x.ID, ap.Key("annexes").Index(j), func(b *builder) { b.annexDoc(a, ap, j) }})
		}
		for k := range a.Withdrawals {
			w := &a.Withdrawals[k]
			add(source{Withdrawal, a.ID + "/" + w.Party, ap.Key("withdrawals").Index(k), func(b *builder) { b.withdrawalDoc(a, ap, k) }})
		}
	}
	for i := range s.b.IPWs {
		p := &s.b.IPWs[i]
		pp := root.Key("ipws").Index(i)
		if !first(seen[IPW], p.ID) {
			continue
		}
		if p.Consent != nil {
			add(source{Consent, p.ID, pp.Key("consent"), func(b *builder) { b.consentDoc(p, pp) }})
		}
		switch {
		case p.Diagnosis != nil:
			add(source{Diagnosis, p.ID, pp.Key("diagnosis"), func(b *builder) { b.diagnosisDoc(p, pp) }})
		case p.Qualification != nil:
			add(source{Diagnosis, p.ID, pp.Key("qualification"), func(b *builder) { b.diagnosisDoc(p, pp) }})
		}
		add(source{IPW, p.ID, pp, func(b *builder) { b.ipwDoc(p, pp) }})
		for _, r := range reviewOrder(p) {
			rv := &p.Reviews[r]
			id := p.ID + "/" + rv.Date.String()
			if rv.Date.IsZero() {
				id = p.ID + "/" + strconv.Itoa(r+1)
			}
			add(source{Review, id, pp.Key("reviews").Index(r), func(b *builder) { b.reviewDoc(p, pp, r) }})
		}
		if p.Closure != nil {
			add(source{Closure, p.ID, pp.Key("closure"), func(b *builder) { b.closureDoc(p, pp) }})
		}
	}
	return out
}

// first reports whether id has not been listed yet.
func first(seen map[string]int, id string) bool { return seen[id] == 0 }

// reviewOrder returns the indices of p's reviews in date order (undated ones
// last, ties in the bundle's order).
func reviewOrder(p *ipw.Plan) []int {
	out := make([]int, 0, len(p.Reviews))
	for i := range p.Reviews {
		out = append(out, i)
	}
	less := func(a, b int) bool {
		da, db := p.Reviews[a].Date, p.Reviews[b].Date
		switch {
		case da.IsZero() || db.IsZero():
			return !da.IsZero() && db.IsZero()
		}
		return da.Before(db)
	}
	for i := 1; i < len(out); i++ { // insertion sort: stable, and reviews are few
		for j := i; j > 0 && less(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
