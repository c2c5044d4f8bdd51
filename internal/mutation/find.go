package mutation

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// The rows name the elements they change by id, as a person reading the
// example would; these helpers find them and panic when the example no
// longer has them, which the table's test reports as a broken row.

func institution(b *ipw.Bundle, id string) *cooperation.Institution {
	for i := range b.Institutions {
		if b.Institutions[i].ID == id {
			return &b.Institutions[i]
		}
	}
	panic("no institution " + id)
}

func team(b *ipw.Bundle, id string) *cooperation.Team {
	for i := range b.Teams {
		if b.Teams[i].ID == id {
			return &b.Teams[i]
		}
	}
	panic("no team " + id)
}

func member(t *cooperation.Team, institution string) *cooperation.Member {
	for j := range t.Members {
		if t.Members[j].Institution == institution {
			return &t.Members[j]
		}
	}
	panic("no member " + institution + " in team " + t.ID)
}

func agreement(b *ipw.Bundle, id string) *cooperation.Agreement {
	for i := range b.Agreements {
		if b.Agreements[i].ID == id {
			return &b.Agreements[i]
		}
	}
	panic("no agreement " + id)
}

func service(b *ipw.Bundle, id string) *cooperation.Service {
	for i := range b.Services {
		if b.Services[i].ID == id {
			return &b.Services[i]
		}
	}
	panic("no service " + id)
}

func plan(b *ipw.Bundle, id string) *ipw.Plan {
	for i := range b.IPWs {
		if b.IPWs[i].ID == id {
			return &b.IPWs[i]
		}
	}
	panic("no IPW " + id)
}

func action(p *ipw.Plan, id string) *ipw.Action {
	for k := range p.Actions {
		if p.Actions[k].ID == id {
			return &p.Actions[k]
		}
	}
	panic("no action " + id + " in IPW " + p.ID)
}

func goal(p *ipw.Plan, id string) *ipw.Goal {
	for k := range p.Goals {
		if p.Goals[k].ID == id {
			return &p.Goals[k]
		}
	}
	panic("no goal " + id + " in IPW " + p.ID)
}

func stage(b *ipw.Bundle, s ipw.Stage) *ipw.StageRecord {
	for i := range b.Stages {
		if b.Stages[i].Stage == s {
			return &b.Stages[i]
		}
	}
	panic("no stage record " + string(s))
}

// date parses a date the row writes as text.
func date(s string) cooperation.Date { return cooperation.MustDate(s) }

// renameSignatures gives every signature of party (of the agreement and of
// its annexes) to another institution id.
func renameSignatures(a *cooperation.Agreement, from, to string) {
	for k := range a.Signatures {
		if a.Signatures[k].Party == from {
			a.Signatures[k].Party = to
		}
	}
	for j := range a.Annexes {
		for k := range a.Annexes[j].Signatures {
			if a.Annexes[j].Signatures[k].Party == from {
				a.Annexes[j].Signatures[k].Party = to
			}
		}
	}
}
