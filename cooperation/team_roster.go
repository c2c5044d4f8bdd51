package cooperation

import "slices"

// This file says who is in the PZK on the check date, for the team rules
// and for the rules elsewhere that defer to them.

// roster returns the members active on the check date (their indices and
// institutions), and whether some member may be active but cannot be read
// (an unknown institution, dates that cannot be read, a kind its TERYT code
// contradicts).
func (c *teamCheck) roster() (active []int, institutions map[string]bool, unknown bool) {
	institutions = map[string]bool{}
	for j := range c.t.Members {
		m := &c.t.Members[j]
		switch {
		case !m.datesValid():
			unknown = unknown || c.now.Reached(m.Joined)
		case !c.now.Covers(m.Period()):
		case !c.ix.known(m.Institution), c.ix.KindInDoubt(m.Institution):
			// An unknown institution (ref.unknown), or one whose kind its
			// TERYT code contradicts (id.teryt_invalid), may be the one a
			// rule would find missing.
			unknown = true
		default:
			active = append(active, j)
			institutions[m.Institution] = true
		}
	}
	return active, institutions, unknown
}

// OPSMissingAround reports whether CheckPartnership at now reports the PZK
// without an OPS or CUS (team.ops_missing) while institution is one of its
// active members. An IPW's case worker from that institution is then most
// likely the OPS entered under a wrong kind: one mistake, which the team's
// finding reports, so the rule on the case worker's institution
// (ipw.case_worker_not_ops) stays silent.
func (ix *Index) OPSMissingAround(institution string, now Clock, s Settings) bool {
	t, i, ok := ix.PZK()
	if !ok || (!t.Formed.IsZero() && !now.Reached(t.Formed)) {
		return false
	}
	c := teamCheck{ix: ix, t: t, tp: Path("").Key("teams").Index(i), now: now, s: s}
	active, institutions, unknown := c.roster()
	if unknown || len(active) == 0 || !institutions[institution] {
		return false
	}
	return !slices.ContainsFunc(active, func(j int) bool { return ix.IsOPS(t.Members[j].Institution) })
}

// PZKUnderOtherKind returns the team the partnership uses as its PZK while
// no team has kind pzk: a team that case teams name as their parentTeam,
// accession declarations as the team joined, or whose members hold the
// PZK's roles (leader, gmina or powiat animator), though its kind is
// another (GGK, ZZK, WZK). That is one mistake, the team's kind
// (team.pzk_other_kind); what follows from it — case teams whose parent is
// not a PZK, declarations naming no PZK, the rules of the kind it was given,
// the stages that find no PZK — stays silent. Of several such teams, the
// first.
func (ix *Index) PZKUnderOtherKind() (*Team, int, bool) {
	if _, _, ok := ix.PZK(); ok {
		return nil, 0, false
	}
	named := map[string]bool{}
	for i := range ix.P.Teams {
		if t := &ix.P.Teams[i]; (t.Kind == TeamGGK || t.Kind == TeamZZK) && t.ParentTeam != t.ID {
			named[t.ParentTeam] = true
		}
	}
	for i := range ix.P.Agreements {
		if a := &ix.P.Agreements[i]; a.Kind == AgreementDeclaration {
			named[a.Team] = true
		}
	}
	// A team whose members hold the PZK's own roles (its leader, its
	// animators) is run as the PZK.
	for i := range ix.P.Teams {
		t := &ix.P.Teams[i]
		for j := range t.Members {
			if m := &t.Members[j]; m.HasRole(RoleLeader) || m.HasRole(RoleGminaAnimator) || m.HasRole(RolePowiatAnimator) {
				named[t.ID] = true
			}
		}
	}
	for i := range ix.P.Teams {
		if t := &ix.P.Teams[i]; t.Kind.Valid() && t.ID != "" && named[t.ID] {
			return t, i, true
		}
	}
	return nil, 0, false
}

// isPZKUnderOtherKind reports whether team id is PZKUnderOtherKind's team.
func (ix *Index) isPZKUnderOtherKind(id string) bool {
	t, _, ok := ix.PZKUnderOtherKind()
	return ok && t.ID == id
}
