package ipw

import (
	"slices"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// This file holds the evidence of the stages that read the partnership:
// the PZK, its animators, members and meetings, and the agreements that
// formalise it.

// pzkOn returns the bundle's PZK when it was formed by day, with its path,
// or the gap. With no PZK, a team whose kind the variant does not provide
// (team.kind_not_in_variant), or one the partnership names as its PZK
// (team.pzk_other_kind), may be the PZK under a wrong kind: that one
// mistake is the team's finding, and the stage has no gap of its own (nor
// any evidence to read: nil, "", nil).
func pzkOn(d *stageData, day Date) (*cooperation.Team, cooperation.Path, []Missing) {
	ix := d.ix
	t, i, ok := ix.PZK()
	if !ok {
		if _, _, other := ix.PZKUnderOtherKind(); other || d.s.Variant.Valid() && slices.ContainsFunc(ix.P.Teams, func(t cooperation.Team) bool {
			return t.Kind.Valid() && !t.Kind.InVariant(d.s)
		}) {
			return nil, "", nil
		}
		return nil, "", []Missing{missing(cooperation.CodeStagePZKMissing, pathTeams)}
	}
	tp := pathTeams.Index(i)
	if !onOrBefore(t.Formed, day) {
		return nil, "", []Missing{missing(cooperation.CodeStagePZKMissing, tp.Key("formed"), "formed", t.Formed.String())}
	}
	return t, tp, nil
}

// animatorsEvidence: the PZK has a gmina animator and a powiat animator
// among its members on day. Whether they come from the right institutions is
// a team rule, checked at formalisation. The check excuses the gap when the
// PZK lacks an animator at asOf too (team.animator_missing), or when a
// member entry cannot be read.
func animatorsEvidence(d *stageData, day Date) []Missing {
	t, tp, miss := pzkOn(d, day)
	if t == nil {
		return miss
	}
	has := func(r cooperation.Role) bool {
		return slices.ContainsFunc(t.Members, func(m cooperation.Member) bool { return m.ActiveOn(day) && m.HasRole(r) })
	}
	if d.ex.membersBroken(d, t) || d.ex.reportedWithin(cooperation.CodeTeamAnimatorMissing, tp) {
		return nil
	}
	var out []Missing
	if !has(cooperation.RoleGminaAnimator) {
		out = append(out, missing(cooperation.CodeStagePZKGminaAnimatorMissing, tp.Key("members")))
	}
	if !has(cooperation.RolePowiatAnimator) {
		out = append(out, missing(cooperation.CodeStagePZKPowiatAnimatorMissing, tp.Key("members")))
	}
	return out
}

// ruralFormalisationEvidence: a cooperation or pilot agreement is in force
// between the gmina or its OPS/CUS and a powiat-level institution, and the
// PZK meets the team rules (no team.* finding of severity error within it).
func ruralFormalisationEvidence(d *stageData, day Date) []Missing {
	var out []Missing
	if !gminaPowiatAgreement(d, day) {
		out = append(out, missing(cooperation.CodeStageAgreementMissing, cooperation.Path("").Key("agreements")))
	}
	t, tp, miss := pzkOn(d, day)
	if t == nil {
		return append(out, miss...)
	}
	return append(out, teamRuleGaps(d, day, tp)...)
}

// gminaPowiatAgreement reports whether a local_cooperation or pilot
// agreement is in force on day for a gmina-side party (the gmina, an OPS or
// CUS) and for a powiat-level party; in a city with powiat rights the OPS is
// both. An agreement that would be in force but for a mistake the check
// reports on it counts when the gap is excused.
func gminaPowiatAgreement(d *stageData, day Date) bool {
	city := cooperation.IsCityWithPowiatRights(d.b.Municipality.TERYT)
	for i := range d.b.Agreements {
		a := &d.b.Agreements[i]
		if a.Kind != cooperation.AgreementLocal && a.Kind != cooperation.AgreementPilot {
			continue
		}
		var gmina, powiat bool
		for _, id := range a.EverParties() {
			in, ok := d.ix.Institution(id)
			if !ok || !(a.InForce(id, day, d.s.Agreement.DefaultNoticePeriodDays) || d.ex.coverBroken(d, id, day, a.Kind)) {
				continue
			}
			if in.Kind == cooperation.KindGmina || in.Kind.IsOPS() {
				gmina = true
			}
			if in.EffectiveLevel() == cooperation.LevelPowiat || (city && in.Kind.IsOPS()) {
				powiat = true
			}
		}
		if gmina && powiat {
			return true
		}
	}
	return false
}

// teamRuleGaps runs the team rules on day and turns each team.* finding of
// severity error (under s) located in the PZK at tp into a gap. The gap is
// the finding's own sentence, names and all; a finding the check reports at
// asOf too (the same rule at the same place) is the same mistake and is
// excused.
func teamRuleGaps(d *stageData, day Date, tp cooperation.Path) []Missing {
	var fs cooperation.Findings
	cooperation.CheckTeams(d.ix, cooperation.On(day), d.ex.judged(), d.s, &fs)
	raw := slices.Clone(fs.Raw())
	cooperation.SortFindings(raw)
	var out []Missing
	for _, f := range raw {
		if !strings.HasPrefix(string(f.Code), "team.") || !f.Path.Within(tp) || d.ex.reportedAt(f.Code, f.Path) {
			continue
		}
		sev := d.s.SeverityOf(f.Code)
		if sev != cooperation.SeverityOff && f.Severity != "" {
			sev = f.Severity
		}
		if sev != cooperation.SeverityError {
			continue
		}
		m := missing(cooperation.CodeStagePZKTeamRule, f.Path,
			"sentence.pl", cooperation.Message(f.Code, cooperation.Polish, f.Params),
			"sentence.en", cooperation.Message(f.Code, cooperation.English, f.Params))
		m.Rule = f.Code
		out = append(out, m)
	}
	return out
}

// memberCoverageEvidence: every institution that is a PZK member on day is
// covered by an agreement in force: an accession declaration (urban), or a
// cooperation or pilot agreement (urban_rural). Members whose institution
// does not resolve are left to ref.unknown.
func memberCoverageEvidence(declarations bool) evidence {
	kinds := []cooperation.AgreementKind{cooperation.AgreementLocal, cooperation.AgreementPilot}
	if declarations {
		kinds = []cooperation.AgreementKind{cooperation.AgreementDeclaration}
	}
	code := cooperation.CodeTeamMemberNotInAgreement
	if declarations {
		code = cooperation.CodeTeamDeclarationMissing
	}
	return func(d *stageData, day Date) []Missing {
		ix, s := d.ix, d.s
		t, tp, miss := pzkOn(d, day)
		if t == nil {
			return miss
		}
		var out []Missing
		active := 0
		for j := range t.Members {
			m := &t.Members[j]
			if !m.ActiveOn(day) {
				continue
			}
			active++
			in, ok := ix.Institution(m.Institution)
			if !ok {
				continue
			}
			mp := tp.Key("members").Index(j)
			if _, ok := ix.CoveringAgreement(m.Institution, day, s, kinds...); ok ||
				d.ex.coverBroken(d, m.Institution, day, kinds...) || d.ex.reportedAt(code, mp.Key("institution")) {
				continue
			}
			if declarations {
				out = append(out, missing(cooperation.CodeStageMemberDeclarationMissing, mp, "institution", institutionLabel(in)))
			} else {
				out = append(out, missing(cooperation.CodeStageMemberAgreementMissing, mp, "institution", institutionLabel(in)))
			}
		}
		if active == 0 {
			out = append(out, missing(cooperation.CodeStagePZKEmpty, tp.Key("members")))
		}
		return out
	}
}

// pzkMeetingEvidence: the PZK has met at least once by day.
func pzkMeetingEvidence(d *stageData, day Date) []Missing {
	t, tp, miss := pzkOn(d, day)
	if t == nil {
		return miss
	}
	for _, m := range t.Meetings {
		if onOrBefore(m.Date, day) {
			return nil
		}
	}
	return []Missing{missing(cooperation.CodeStagePZKMeetingMissing, tp.Key("meetings"))}
}
