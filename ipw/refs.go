package ipw

import (
	"github.com/kooperacja/kooperacja/cooperation"
)

// The collections named in ref.unknown messages ("… among the
// institutions"; Polish in the genitive: "… wśród instytucji").
var (
	colInstitutions = label{"instytucji", "the institutions"}
	colServices     = label{"usług", "the services"}
	colTeams        = label{"zespołów", "the teams"}
	colGoals        = label{"celów tego IPW", "the goals of this IPW"}
	colIPWs         = label{"programów IPW", "the IPWs"}
	colAgreements   = label{"porozumień", "the agreements"}
)

// colActions names the actions of a plan.
func colActions(string) label {
	return label{"działań tego IPW", "the actions of this IPW"}
}

// same is a name that is the same in both languages.
func same(name string) label { return label{name, name} }

// idSets are the ids of the partnership's institutions, services and
// teams, which the plans refer to.
type idSets struct {
	inst, svc, teams map[string]bool
	// renamed are the old ids of institutions whose id was changed (see
	// renamedInstitutions): references to them are the institution's
	// ref.id_changed, not each a ref.unknown.
	renamed map[string]int
}

// partnershipIDs returns the ids of b's partnership, reporting nothing.
func partnershipIDs(b *Bundle) *idSets {
	set := func(n int, id func(int) string) map[string]bool {
		out := make(map[string]bool, n)
		for i := 0; i < n; i++ {
			if v := id(i); v != "" {
				out[v] = true
			}
		}
		return out
	}
	inst := set(len(b.Institutions), func(i int) string { return b.Institutions[i].ID })
	return &idSets{
		inst:    inst,
		svc:     set(len(b.Services), func(i int) string { return b.Services[i].ID }),
		teams:   set(len(b.Teams), func(i int) string { return b.Teams[i].ID }),
		renamed: renamedInstitutions(b, inst),
	}
}

// partnershipReferences reports, in the partnership, duplicate ids
// (ref.duplicate_id) and references that do not resolve (ref.unknown), and
// returns its ids. Each broken reference is one finding at the referring
// element, and its path goes into broken (nil: nowhere), the set the rules
// consult to stay silent where their input is broken. The references of the
// plans are checked with each plan (refs.plan), and duplicate IPW ids across
// the plans (ipwIDs).
func partnershipReferences(b *Bundle, f *cooperation.Findings, broken *cooperation.Broken) *idSets {
	root := cooperation.Path("")
	r := refs{f: f, broken: broken}
	inst := r.uniqueIDs(root.Key("institutions"), len(b.Institutions), func(i int) (string, label) { return b.Institutions[i].ID, same(b.Institutions[i].Name) })
	svc := r.uniqueIDs(root.Key("services"), len(b.Services), func(i int) (string, label) { return b.Services[i].ID, same(b.Services[i].Name) })
	teams := r.uniqueIDs(root.Key("teams"), len(b.Teams), func(i int) (string, label) { return b.Teams[i].ID, same(b.Teams[i].Name) })
	r.uniqueIDs(root.Key("agreements"), len(b.Agreements), func(i int) (string, label) { return b.Agreements[i].ID, same(b.Agreements[i].Title) })
	r.renamed = renamedInstitutions(b, inst)
	reportRenamed(b, r.renamed, f)

	for i, s := range b.Services {
		if r.bad(inst, s.Provider) {
			r.unknown(colInstitutions, s.Provider, root.Key("services").Index(i).Key("provider"))
		}
	}
	for i, t := range b.Teams {
		if r.bad(teams, t.ParentTeam) {
			r.unknown(colTeams, t.ParentTeam, root.Key("teams").Index(i).Key("parentTeam"))
		}
		for j, m := range t.Members {
			if r.bad(inst, m.Institution) {
				r.unknown(colInstitutions, m.Institution, root.Key("teams").Index(i).Key("members").Index(j).Key("institution"))
			}
		}
		for j, m := range t.Meetings {
			if r.anyBad(inst, m.Attendees) {
				r.list(inst, colInstitutions, m.Attendees, root.Key("teams").Index(i).Key("meetings").Index(j).Key("attendees"))
			}
		}
	}
	for i, a := range b.Agreements {
		ap := root.Key("agreements").Index(i)
		if r.anyBad(inst, a.Parties) {
			r.list(inst, colInstitutions, a.Parties, ap.Key("parties"))
		}
		r.signatures(inst, a.Signatures, ap, "signatures")
		if r.bad(teams, a.Team) {
			r.unknown(colTeams, a.Team, ap.Key("team"))
		}
		r.uniqueIDs(ap.Key("annexes"), len(a.Annexes), func(j int) (string, label) { return a.Annexes[j].ID, label{} })
		for j, x := range a.Annexes {
			if r.anyBad(inst, x.AddParties) {
				r.list(inst, colInstitutions, x.AddParties, ap.Key("annexes").Index(j).Key("addParties"))
			}
			if r.anyBad(inst, x.RemoveParties) {
				r.list(inst, colInstitutions, x.RemoveParties, ap.Key("annexes").Index(j).Key("removeParties"))
			}
			r.signatures(inst, x.Signatures, ap.Key("annexes").Index(j), "signatures")
		}
		for j, wd := range a.Withdrawals {
			if r.bad(inst, wd.Party) {
				r.unknown(colInstitutions, wd.Party, ap.Key("withdrawals").Index(j).Key("party"))
			}
		}
	}
	return &idSets{inst: inst, svc: svc, teams: teams, renamed: r.renamed}
}

// refs reports broken references. A reference's path is built only when it
// is broken: most are not, and building every path was most of this check.
type refs struct {
	f      *cooperation.Findings
	broken *cooperation.Broken
	// renamed are the old ids of renamed institutions (idSets.renamed).
	renamed map[string]int
}

// bad reports whether id is given and not in set.
func (refs) bad(set map[string]bool, id string) bool { return id != "" && !set[id] }

// anyBad reports whether any of ids is bad.
func (r refs) anyBad(set map[string]bool, ids []string) bool {
	for _, id := range ids {
		if r.bad(set, id) {
			return true
		}
	}
	return false
}

// unknown reports id, not found among col, at p.
func (r refs) unknown(col label, id string, p cooperation.Path) {
	r.broken.Add(p)
	if _, ok := r.renamed[id]; ok && col == colInstitutions {
		return // the institution's ref.id_changed
	}
	r.f.Add(cooperation.CodeRefUnknown, p, append([]string{"id", id}, col.params("collection")...)...)
}

// list reports each bad id of the list at p.
func (r refs) list(set map[string]bool, col label, ids []string, p cooperation.Path) {
	for i, id := range ids {
		if r.bad(set, id) {
			r.unknown(col, id, p.Index(i))
		}
	}
}

// signatures reports the signatures under parent's key whose party is not
// an institution.
func (r refs) signatures(inst map[string]bool, sigs []cooperation.Signature, parent cooperation.Path, key string) {
	for k, s := range sigs {
		if r.bad(inst, s.Party) {
			r.unknown(colInstitutions, s.Party, parent.Key(key).Index(k).Key("party"))
		}
	}
}

// plan checks the references of one IPW, at pp.
func (r refs) plan(pl *Plan, pp cooperation.Path, ids *idSets) {
	f := r.f
	r.renamed = ids.renamed
	inst, svc, teams := ids.inst, ids.svc, ids.teams
	members := r.uniqueIDs(pp.Key("beneficiary").Key("members"), len(pl.Beneficiary.Members), func(j int) (string, label) {
		id := pl.Beneficiary.Members[j].ID
		return id, memberName(pl, id)
	})
	goals := r.uniqueIDs(pp.Key("goals"), len(pl.Goals), func(j int) (string, label) { return pl.Goals[j].ID, same(pl.Goals[j].Title) })
	r.uniqueIDs(pp.Key("actions"), len(pl.Actions), func(j int) (string, label) { return pl.Actions[j].ID, same(pl.Actions[j].Title) })
	memberUnknown := func(id string, p cooperation.Path) {
		r.broken.Add(p)
		f.Add(cooperation.CodeIPWMemberUnknown, p, "member", id, "ipw", pl.ID, "ipwName", planName(pl))
	}

	if r.bad(teams, pl.Team) {
		r.unknown(colTeams, pl.Team, pp.Key("team"))
	}
	if r.bad(inst, pl.CaseWorker.Institution) {
		r.unknown(colInstitutions, pl.CaseWorker.Institution, pp.Key("caseWorker").Key("institution"))
	}
	if q := pl.Qualification; q != nil && r.bad(inst, q.ReferredBy) {
		r.unknown(colInstitutions, q.ReferredBy, pp.Key("qualification").Key("referredBy"))
	}
	if c := pl.Consent; c != nil {
		for j, m := range c.GivenBy {
			if r.bad(members, m) {
				memberUnknown(m, pp.Key("consent").Key("givenBy").Index(j))
			}
		}
		if r.anyBad(inst, c.Scope) {
			r.list(inst, colInstitutions, c.Scope, pp.Key("consent").Key("scope"))
		}
	}
	for j, a := range pl.Actions {
		if r.bad(goals, a.Goal) {
			r.unknown(colGoals, a.Goal, pp.Key("actions").Index(j).Key("goal"))
		}
		if r.bad(inst, a.Responsible.Institution) {
			r.unknown(colInstitutions, a.Responsible.Institution, pp.Key("actions").Index(j).Key("responsible").Key("institution"))
		}
		if r.bad(members, a.Responsible.Member) {
			memberUnknown(a.Responsible.Member, pp.Key("actions").Index(j).Key("responsible").Key("member"))
		}
		if r.bad(svc, a.Service) {
			r.unknown(colServices, a.Service, pp.Key("actions").Index(j).Key("service"))
		}
	}
	for j, rv := range pl.Reviews {
		if r.anyBad(inst, rv.Participants) {
			r.list(inst, colInstitutions, rv.Participants, pp.Key("reviews").Index(j).Key("participants"))
		}
	}
	for j, s := range pl.Signatures {
		if r.bad(members, s.Signer.Member) {
			memberUnknown(s.Signer.Member, pp.Key("signatures").Index(j).Key("signer").Key("member"))
		}
		if r.bad(inst, s.Signer.Institution) {
			r.unknown(colInstitutions, s.Signer.Institution, pp.Key("signatures").Index(j).Key("signer").Key("institution"))
		}
	}
	if cl := pl.Closure; cl != nil {
		for _, g := range sortedKeys(cl.GoalOutcomes) {
			if r.bad(goals, g) {
				r.unknown(colGoals, g, pp.Key("closure").Key("goalOutcomes").Key(g))
			}
		}
	}
}

// uniqueIDs reports ids used twice in one collection, recording each in
// r.broken, and returns the set of ids.
func (r refs) uniqueIDs(p cooperation.Path, n int, id func(int) (string, label)) map[string]bool {
	return uniqueIDsInto(r.f, r.broken, p, n, id)
}

// uniqueIDs reports ids used twice in one collection and returns the set of
// ids; id gives an element's id and its name (empty when it has none), by
// which the message names the element that has the id first.
func uniqueIDs(f *cooperation.Findings, p cooperation.Path, n int, id func(int) (string, label)) map[string]bool {
	return uniqueIDsInto(f, nil, p, n, id)
}

func uniqueIDsInto(f *cooperation.Findings, broken *cooperation.Broken, p cooperation.Path, n int, id func(int) (string, label)) map[string]bool {
	first := make(map[string]int, n)
	set := make(map[string]bool, n)
	for i := 0; i < n; i++ {
		v, _ := id(i)
		if v == "" {
			continue
		}
		if j, dup := first[v]; dup {
			broken.Add(p.Index(i).Key("id"))
			params := []string{"id", v, "first", string(p.Index(j))}
			if _, name := id(j); name.pl != "" && name.pl != v {
				params = append(params, name.params("firstName")...)
			}
			f.Add(cooperation.CodeRefDuplicateID, p.Index(i).Key("id"), params...)
			continue
		}
		first[v] = i
		set[v] = true
	}
	return set
}
