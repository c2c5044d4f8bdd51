package diff

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// names finds the names of the elements ids refer to: the new bundle's
// name where it has the element, else the old bundle's, else the id
// itself.
type names struct {
	institutions, services, teams map[string]string
}

func newNames(old, new *ipw.Bundle) *names {
	n := &names{
		institutions: map[string]string{},
		services:     map[string]string{},
		teams:        map[string]string{},
	}
	for _, b := range []*ipw.Bundle{new, old} {
		if b == nil {
			continue
		}
		for _, x := range b.Institutions {
			fill(n.institutions, x.ID, x.Name)
		}
		for _, x := range b.Services {
			fill(n.services, x.ID, x.Name)
		}
		for _, x := range b.Teams {
			fill(n.teams, x.ID, x.Name)
		}
	}
	return n
}

// fill records the name of id unless m has one (the first element with an
// id, of the bundle read first, names it).
func fill(m map[string]string, id, name string) {
	if _, ok := m[id]; !ok && id != "" && strings.TrimSpace(name) != "" {
		m[id] = name
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
