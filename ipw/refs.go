package ipw

import (
	"github.com/kooperacja/kooperacja/cooperation"
)

// The collections named in ref.unknown messages ("… among the
// institutions"; Polish in the genitive: "… wśród instytucji").
var (
	colInstitutions = label{"the institutions", "instytucji"}
	colServices     = label{"the services", "usług"}
	colTeams        = label{"the teams", "zespołów"}
	colGoals        = label{"the goals of this IPW", "celów tego IPW"}
	colIPWs         = label{"the IPWs", "programów IPW"}
	colAgreements   = label{"the agreements", "porozumień"}
)

// colActions names the actions of plan id.
func colActions(id string) label {
	return label{"the actions of IPW " + id, "działań IPW " + id}
}

// checkReferences reports duplicate ids (ref.duplicate_id) and references
// that do not resolve (ref.unknown, and ipw.member_unknown for household
// members). Each broken reference is one finding at the referring element.
func checkReferences(b *Bundle, f *cooperation.Findings) {
	root := cooperation.Path("")
	inst := uniqueIDs(f, root.Key("institutions"), len(b.Institutions), func(i int) string { return b.Institutions[i].ID })
	svc := uniqueIDs(f, root.Key("services"), len(b.Services), func(i int) string { return b.Services[i].ID })
	teams := uniqueIDs(f, root.Key("teams"), len(b.Teams), func(i int) string { return b.Teams[i].ID })
	uniqueIDs(f, root.Key("agreements"), len(b.Agreements), func(i int) string { return b.Agreements[i].ID })
	uniqueIDs(f, root.Key("ipws"), len(b.IPWs), func(i int) string { return b.IPWs[i].ID })

	ref := func(set map[string]bool, col label, id string, p cooperation.Path) {
		if id != "" && !set[id] {
			f.Add(cooperation.CodeRefUnknown, p, append([]string{"id", id}, col.params("collection")...)...)
		}
	}
	refs := func(set map[string]bool, col label, ids []string, p cooperation.Path) {
		for i, id := range ids {
			ref(set, col, id, p.Index(i))
		}
	}

	for i, s := range b.Services {
		ref(inst, colInstitutions, s.Provider, root.Key("services").Index(i).Key("provider"))
	}
	for i, t := range b.Teams {
		tp := root.Key("teams").Index(i)
		ref(teams, colTeams, t.ParentTeam, tp.Key("parentTeam"))
		for j, m := range t.Members {
			ref(inst, colInstitutions, m.Institution, tp.Key("members").Index(j).Key("institution"))
		}
		for j, m := range t.Meetings {
			refs(inst, colInstitutions, m.Attendees, tp.Key("meetings").Index(j).Key("attendees"))
		}
	}
	for i, a := range b.Agreements {
		ap := root.Key("agreements").Index(i)
		refs(inst, colInstitutions, a.Parties, ap.Key("parties"))
		signatures(ref, inst, a.Signatures, ap.Key("signatures"))
		ref(teams, colTeams, a.Team, ap.Key("team"))
		uniqueIDs(f, ap.Key("annexes"), len(a.Annexes), func(j int) string { return a.Annexes[j].ID })
		for j, x := range a.Annexes {
			xp := ap.Key("annexes").Index(j)
			refs(inst, colInstitutions, x.AddParties, xp.Key("addParties"))
			refs(inst, colInstitutions, x.RemoveParties, xp.Key("removeParties"))
			signatures(ref, inst, x.Signatures, xp.Key("signatures"))
		}
		for j, wd := range a.Withdrawals {
			ref(inst, colInstitutions, wd.Party, ap.Key("withdrawals").Index(j).Key("party"))
		}
	}
	for i := range b.IPWs {
		planReferences(f, &b.IPWs[i], root.Key("ipws").Index(i), inst, svc, teams, ref, refs)
	}
}

func signatures(ref func(map[string]bool, label, string, cooperation.Path), inst map[string]bool, sigs []cooperation.Signature, p cooperation.Path) {
	for k, s := range sigs {
		ref(inst, colInstitutions, s.Party, p.Index(k).Key("party"))
	}
}

func planReferences(f *cooperation.Findings, pl *Plan, pp cooperation.Path,
	inst, svc, teams map[string]bool,
	ref func(map[string]bool, label, string, cooperation.Path),
	refs func(map[string]bool, label, []string, cooperation.Path)) {
	members := uniqueIDs(f, pp.Key("beneficiary").Key("members"), len(pl.Beneficiary.Members), func(j int) string { return pl.Beneficiary.Members[j].ID })
	goals := uniqueIDs(f, pp.Key("goals"), len(pl.Goals), func(j int) string { return pl.Goals[j].ID })
	uniqueIDs(f, pp.Key("actions"), len(pl.Actions), func(j int) string { return pl.Actions[j].ID })
	member := func(id string, p cooperation.Path) {
		if id != "" && !members[id] {
			f.Add(cooperation.CodeIPWMemberUnknown, p, "member", id, "ipw", pl.ID)
		}
	}

	ref(teams, colTeams, pl.Team, pp.Key("team"))
	ref(inst, colInstitutions, pl.CaseWorker.Institution, pp.Key("caseWorker").Key("institution"))
	if q := pl.Qualification; q != nil {
		ref(inst, colInstitutions, q.ReferredBy, pp.Key("qualification").Key("referredBy"))
	}
	if c := pl.Consent; c != nil {
		for j, m := range c.GivenBy {
			member(m, pp.Key("consent").Key("givenBy").Index(j))
		}
		refs(inst, colInstitutions, c.Scope, pp.Key("consent").Key("scope"))
	}
	for j, a := range pl.Actions {
		ap := pp.Key("actions").Index(j)
		ref(goals, colGoals, a.Goal, ap.Key("goal"))
		ref(inst, colInstitutions, a.Responsible.Institution, ap.Key("responsible").Key("institution"))
		member(a.Responsible.Member, ap.Key("responsible").Key("member"))
		ref(svc, colServices, a.Service, ap.Key("service"))
	}
	for j, r := range pl.Reviews {
		refs(inst, colInstitutions, r.Participants, pp.Key("reviews").Index(j).Key("participants"))
	}
	for j, s := range pl.Signatures {
		sp := pp.Key("signatures").Index(j).Key("signer")
		member(s.Signer.Member, sp.Key("member"))
		ref(inst, colInstitutions, s.Signer.Institution, sp.Key("institution"))
	}
	if cl := pl.Closure; cl != nil {
		for _, g := range sortedKeys(cl.GoalOutcomes) {
			ref(goals, colGoals, g, pp.Key("closure").Key("goalOutcomes").Key(g))
		}
	}
}

// uniqueIDs reports ids used twice in one collection and returns the set of ids.
func uniqueIDs(f *cooperation.Findings, p cooperation.Path, n int, id func(int) string) map[string]bool {
	first := make(map[string]int, n)
	set := make(map[string]bool, n)
	for i := 0; i < n; i++ {
		v := id(i)
		if v == "" {
			continue
		}
		if j, dup := first[v]; dup {
			f.Add(cooperation.CodeRefDuplicateID, p.Index(i).Key("id"), "id", v, "first", string(p.Index(j)))
			continue
		}
		first[v] = i
		set[v] = true
	}
	return set
}
