package ipw

import (
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
)

// How messages name the things of an IPW (see the catalogue): a plan by the
// family's pseudonym, a goal and an action by their titles, a household
// member by the role and the year of birth. Each falls back to the id when
// the name is not written down; the ids themselves stay in the params.

// planName names p: "Rodzina B.".
func planName(p *Plan) string {
	if p.Beneficiary.Pseudonym != "" {
		return p.Beneficiary.Pseudonym
	}
	return p.ID
}

// goalName names the goal id of p by its title.
func goalName(p *Plan, id string) string {
	for i := range p.Goals {
		if g := &p.Goals[i]; g.ID == id && g.Title != "" {
			return g.Title
		}
	}
	return id
}

// actionName names the action id of p by its title.
func actionName(p *Plan, id string) string {
	for i := range p.Actions {
		if a := &p.Actions[i]; a.ID == id && a.Title != "" {
			return a.Title
		}
	}
	return id
}

// memberName names the household member id of p by the role and the year
// of birth: "dziecko, ur. 2010", "child, born 2010".
func memberName(p *Plan, id string) label {
	for i := range p.Beneficiary.Members {
		m := &p.Beneficiary.Members[i]
		if _, known := memberRoleTerms.index[m.Role]; m.ID != id || !known {
			continue
		}
		l := memberRoleTerms.both(m.Role)
		if m.BirthYear > 0 {
			y := strconv.Itoa(m.BirthYear)
			l.en += ", born " + y
			l.pl += ", ur. " + y
		}
		return l
	}
	return label{id, id}
}

// named returns params with the plan's id and name in front and the names
// of the goal, action and household member they carry (by id) after them.
func (pc *planCheck) named(params []string) []string {
	out := make([]string, 0, len(params)+8)
	out = append(out, "ipw", pc.p.ID, "ipwName", planName(pc.p))
	out = append(out, params...)
	for i := 0; i+1 < len(params); i += 2 {
		switch params[i] {
		case "goal":
			out = append(out, "goalName", goalName(pc.p, params[i+1]))
		case "action":
			out = append(out, "actionName", actionName(pc.p, params[i+1]))
		case "member":
			out = append(out, memberName(pc.p, params[i+1]).params("memberName")...)
		}
	}
	return out
}

// institutionLabel names an institution: its name, or its id.
func institutionLabel(in *cooperation.Institution) string {
	if in.Name != "" {
		return in.Name
	}
	return in.ID
}
