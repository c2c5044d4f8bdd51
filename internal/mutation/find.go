package mutation

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// The rows name the elements they change by id, as a person reading the
// example would; these helpers find them and panic when the example no
// longer has them, which the table's test reports as a broken row.

// find returns the element of xs whose key is want, or panics naming what
// was looked for (where: " in IPW ipw-1", or "").
func find[T any](xs []T, key func(*T) string, want, what, where string) *T {
	for i := range xs {
		if key(&xs[i]) == want {
			return &xs[i]
		}
	}
	panic("no " + what + " " + want + where)
}

func institution(b *ipw.Bundle, id string) *cooperation.Institution {
	return find(b.Institutions, func(x *cooperation.Institution) string { return x.ID }, id, "institution", "")
}

func team(b *ipw.Bundle, id string) *cooperation.Team {
	return find(b.Teams, func(x *cooperation.Team) string { return x.ID }, id, "team", "")
}

func member(t *cooperation.Team, institution string) *cooperation.Member {
	return find(t.Members, func(x *cooperation.Member) string { return x.Institution }, institution, "member", " in team "+t.ID)
}

func agreement(b *ipw.Bundle, id string) *cooperation.Agreement {
	return find(b.Agreements, func(x *cooperation.Agreement) string { return x.ID }, id, "agreement", "")
}

func service(b *ipw.Bundle, id string) *cooperation.Service {
	return find(b.Services, func(x *cooperation.Service) string { return x.ID }, id, "service", "")
}

func plan(b *ipw.Bundle, id string) *ipw.Plan {
	return find(b.IPWs, func(x *ipw.Plan) string { return x.ID }, id, "IPW", "")
}

func action(p *ipw.Plan, id string) *ipw.Action {
	return find(p.Actions, func(x *ipw.Action) string { return x.ID }, id, "action", " in IPW "+p.ID)
}

func goal(p *ipw.Plan, id string) *ipw.Goal {
	return find(p.Goals, func(x *ipw.Goal) string { return x.ID }, id, "goal", " in IPW "+p.ID)
}

func stage(b *ipw.Bundle, s ipw.Stage) *ipw.StageRecord {
	return find(b.Stages, func(x *ipw.StageRecord) string { return string(x.Stage) }, string(s), "stage record", "")
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
