package cooperation

import (
	"slices"
	"strconv"
	"strings"
)

// This file holds the team rule on the agreements that cover the PZK's
// members (team.member_not_in_agreement, team.declaration_missing,
// team.agreement_ended).

// coverage checks that every member active at asOf is covered by an
// agreement in force: with team.requireDeclarations an
// accession declaration to this team (team.declaration_missing), otherwise
// a local cooperation or pilot agreement (team.member_not_in_agreement).
// A member that a suitable agreement would cover but for a mistake reported
// on the agreement (see Index.CoverBroken) is left to that finding; so is a
// member whose declaration names no PZK (agreement.declaration_team_missing).
//
// Members left without cover because an agreement that covered them ended
// (its validUntil, or an annex's, has passed) are one mistake, not one per
// member: team.agreement_ended at the end that passed, naming them all.
// Accession declarations are each one member's, so each is its own.
func (c *teamCheck) coverage(active []int, date string) {
	code := CodeTeamMemberNotInAgreement
	if c.s.Team.RequireDeclarations {
		code = CodeTeamDeclarationMissing
	}
	done := map[string]bool{}
	ended := map[int][]string{} // agreement index → the members its end left uncovered
	var order []int
	for _, j := range active {
		id := c.t.Members[j].Institution
		if done[id] {
			continue
		}
		done[id] = true
		if c.covered(id) {
			continue
		}
		if i, ok := c.endedCover(id); ok {
			if ended[i] == nil {
				order = append(order, i)
			}
			ended[i] = append(ended[i], c.ix.name(id))
			continue
		}
		c.f.Add(code, c.memberPath(j).Key("institution"), "institution", c.ix.name(id), "team", c.name(), "date", date)
	}
	for _, i := range order {
		a := &c.ix.P.Agreements[i]
		ap := Path("").Key("agreements").Index(i)
		t := c.ix.timeline(i, c.s.Agreement.DefaultNoticePeriodDays)
		end, at := a.ValidUntil, ap.Key("validUntil")
		for _, j := range t.byEffect {
			x := &a.Annexes[j]
			if c.now.Reached(x.EffectiveFrom) && x.changesEnd() {
				end, at = x.ValidUntil, ap.Key("annexes").Index(j).Key("validUntil")
			}
		}
		members := ended[i]
		c.f.Add(CodeTeamAgreementEnded, at, "agreement", label(a.Title, a.ID), "agreementKind", string(a.Kind), "end", end.String(),
			"team", c.name(), "count", strconv.Itoa(len(members)),
			"institution", strings.Join(members, ", "),
			"institution.pl", JoinItems(members, ", ", 4, "institution", Polish),
			"institution.en", JoinItems(members, ", ", 4, "institution", English))
	}
}

// endedCover returns the agreement whose end, passed by the check date,
// left institution id without the cover it had on the agreement's last
// day: an agreement of the kinds that count for the team (not accession
// declarations, each of which is one member's), in force for id on its
// last day. Of several, the one that ended last.
func (c *teamCheck) endedCover(id string) (int, bool) {
	if c.s.Team.RequireDeclarations {
		return 0, false
	}
	notice := c.s.Agreement.DefaultNoticePeriodDays
	best, found := 0, false
	var last Date
	for i := range c.ix.P.Agreements {
		a := &c.ix.P.Agreements[i]
		if (a.Kind != AgreementLocal && a.Kind != AgreementPilot) || c.forThisTeam(a) != forTeam {
			continue
		}
		t := c.ix.timeline(i, notice)
		end := t.endOn(c.now)
		if end.IsZero() || !c.now.Passed(end) || !t.inForce(id, On(end)) {
			continue
		}
		if !found || end.After(last) {
			best, last, found = i, end, true
		}
	}
	return best, found
}

// covered reports whether the coverage rule finds institution id covered
// (or its cover left to an agreement's own finding) on the check date.
func (c *teamCheck) covered(id string) bool {
	kinds := []AgreementKind{AgreementLocal, AgreementPilot}
	if c.s.Team.RequireDeclarations {
		kinds = []AgreementKind{AgreementDeclaration}
	}
	notice := c.s.Agreement.DefaultNoticePeriodDays
	for i := range c.ix.P.Agreements {
		a := &c.ix.P.Agreements[i]
		if !slices.Contains(kinds, a.Kind) {
			continue
		}
		switch for_ := c.forThisTeam(a); {
		case for_ == forTeam && c.ix.timeline(i, notice).inForce(id, c.now),
			for_ != forOther && c.judged != nil && c.ix.intent(i, notice, *c.judged).covers(id, c.now):
			return true
		}
	}
	return false
}

// MemberUncovered reports whether CheckPartnership at now reports
// institution, a member of the PZK on now's day, as not covered by the
// agreement it needs (team.member_not_in_agreement,
// team.declaration_missing). The rules about the member's actions ask it,
// so as not to report the same missing cover again.
func (ix *Index) MemberUncovered(institution string, now Clock, s Settings) bool {
	t, i, ok := ix.PZK()
	if !ok || (!t.Formed.IsZero() && !now.Reached(t.Formed)) {
		return false
	}
	c := teamCheck{ix: ix, t: t, tp: Path("").Key("teams").Index(i), now: now, judged: &now, s: s}
	for j := range t.Members {
		if t.Members[j].Institution == institution && c.usable(j) && now.Covers(t.Members[j].Period()) {
			return !c.covered(institution)
		}
	}
	return false
}

// Whom an agreement counts for, in the team's coverage.
const (
	forTeam    = iota // the team under check
	forOther          // another team
	forMistake        // a PZK it fails to name (reported on the agreement)
)

// forThisTeam says whom a counts for: any agreement but an accession
// declaration counts for the team under check; a declaration counts for
// the PZK it names. One that names no team, an unknown one or one that is
// not a PZK is a mistake reported on the declaration, and it may have been
// meant for this team.
func (c *teamCheck) forThisTeam(a *Agreement) int {
	if a.Kind != AgreementDeclaration || a.Team == c.t.ID {
		return forTeam
	}
	if t, _, ok := c.ix.Team(a.Team); ok && t.Kind == TeamPZK {
		return forOther
	}
	return forMistake
}
