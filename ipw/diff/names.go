package diff

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// names finds the names of the elements ids refer to: the new bundle's
// name where it has the element, else the old bundle's, else the id
// itself.
type names struct {
	institutions, services, teams map[string]string
	teamKinds                     map[string]string
}

func newNames(old, new map[string]any) *names {
	n := &names{
		institutions: map[string]string{},
		services:     map[string]string{},
		teams:        map[string]string{},
		teamKinds:    map[string]string{},
	}
	for _, b := range []map[string]any{new, old} {
		fill(n.institutions, b["institutions"], "name")
		fill(n.services, b["services"], "name")
		fill(n.teams, b["teams"], "name")
		fill(n.teamKinds, b["teams"], "kind")
	}
	return n
}

// fill adds the field of each element of list to m by id, keeping what m
// has (the first element with an id, of the bundle read first).
func fill(m map[string]string, list any, field string) {
	for _, e := range asList(list) {
		e := asMap(e)
		id, v := str(e["id"]), str(e[field])
		if _, ok := m[id]; !ok && id != "" && v != "" {
			m[id] = v
		}
	}
}

func (n *names) of(k refKind, id string) string {
	var m map[string]string
	switch k {
	case refInstitution:
		m = n.institutions
	case refService:
		m = n.services
	case refTeam:
		m = n.teams
	}
	if name := m[id]; name != "" {
		return name
	}
	return id
}

// plan is the IPW a scope lies in, old and new, for the names of its
// household members and goals.
type plan struct{ a, b map[string]any }

// member returns the household member id, with its role where known:
// "m1 (wnioskodawca)".
func (p *plan) member(id string, lang cooperation.Lang) string {
	if r := p.role(id); r != "" {
		return id + " (" + label("memberRole", r, lang) + ")"
	}
	return id
}

// role returns the role of household member id in the family ("" when
// unknown).
func (p *plan) role(id string) string {
	for _, v := range []map[string]any{p.b, p.a} {
		for _, m := range asList(asMap(v["beneficiary"])["members"]) {
			m := asMap(m)
			if str(m["id"]) == id {
				return str(m["role"])
			}
		}
	}
	return ""
}

// pseudonym returns the IPW's name for people: its beneficiary's
// pseudonym, else its id.
func pseudonym(v map[string]any) string {
	if p := strings.TrimSpace(str(asMap(v["beneficiary"])["pseudonym"])); p != "" {
		return p
	}
	return str(v["id"])
}
