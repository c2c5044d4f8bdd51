package ipw

import (
	"github.com/kooperacja/kooperacja/cooperation"
)

// excuse says which gaps in a stage's evidence follow from a mistake the
// check reports elsewhere on the check date, so that stage.evidence_missing
// does not report that mistake again: a team rule broken on the stage's
// date and still broken on the check date at the same place; a member that
// an agreement would cover but for a mistake reported on the agreement; a
// part of a signed programme (qualification, consent, diagnosis) that is
// missing on the check date too; a programme carried out unsigned; a
// reference that does not resolve. It asks the check date through now,
// which notes when an excuse can lapse. A nil excuse excuses nothing:
// Progress lists every gap.
type excuse struct {
	c   *check
	now cooperation.Clock

	teams *cooperation.Findings // the team rules on the check date, once asked
	plans map[int]*planCheck
}

// judged is the Clock of the check whose mistakes excuse a gap (nil: none).
func (e *excuse) judged() *cooperation.Clock {
	if e == nil {
		return nil
	}
	return &e.now
}

// teamFindings are the findings of the team rules on the check date.
func (e *excuse) teamFindings() []cooperation.Finding {
	if e.teams == nil {
		e.teams = &cooperation.Findings{}
		cooperation.CheckTeams(e.c.ix, e.now, &e.now, e.c.settings, e.teams)
	}
	return e.teams.Raw()
}

// reportedAt reports whether the team rules report code at p on the check
// date.
func (e *excuse) reportedAt(code cooperation.Code, p cooperation.Path) bool {
	if e == nil {
		return false
	}
	for _, f := range e.teamFindings() {
		if f.Code == code && f.Path == p {
			return true
		}
	}
	return false
}

// reportedWithin reports whether the team rules report code at p or below
// it on the check date.
func (e *excuse) reportedWithin(code cooperation.Code, p cooperation.Path) bool {
	if e == nil {
		return false
	}
	for _, f := range e.teamFindings() {
		if f.Code == code && f.Path.Within(p) {
			return true
		}
	}
	return false
}

// coverBroken reports whether an agreement of kinds would cover institution
// on day but for a mistake the check reports on it.
func (e *excuse) coverBroken(d *stageData, institution string, day Date, kinds ...cooperation.AgreementKind) bool {
	return e != nil && d.ix.CoverBroken(institution, day, e.now, d.s, kinds...)
}

// membersBroken reports whether team t's member list holds an entry that
// cannot be read (see cooperation.Index.MembersBroken).
func (e *excuse) membersBroken(d *stageData, t *cooperation.Team) bool {
	return e != nil && d.ix.MembersBroken(t.ID)
}

// plan returns the rules' view of IPW i on the check date.
func (e *excuse) plan(i int) *planCheck {
	if e.plans == nil {
		e.plans = map[int]*planCheck{}
	}
	pc, ok := e.plans[i]
	if !ok {
		pc = e.c.planCheck(i, e.now)
		e.plans[i] = pc
	}
	return pc
}

// teamBroken reports whether IPW i names a team that does not exist: it
// may be the case team a stage looks for.
func (e *excuse) teamBroken(_ *stageData, i int) bool {
	return e != nil && e.plan(i).brokenUnder(pathIPWs.Index(i).Key("team"))
}

// unsigned reports whether IPW i is carried out unsigned on the check date
// (ipw.signature_missing, an error then), or has a signature it cannot
// read: its missing signature at an earlier date is that finding's.
func (e *excuse) unsigned(_ *stageData, i int) bool {
	if e == nil {
		return false
	}
	pc := e.plan(i)
	return pc.signaturesBroken() || (!pc.signed && pc.inUse())
}

// partMissing reports whether signed IPW i lacks, on the check date, the
// part whose absence code reports (ipw.qualification_missing,
// ipw.consent_missing, ipw.diagnosis_missing: errors once it is signed).
func (e *excuse) partMissing(i int, code cooperation.Code) bool {
	if e == nil {
		return false
	}
	pc := e.plan(i)
	if !pc.signed {
		return false
	}
	p := pc.p
	switch code {
	case cooperation.CodeIPWQualificationMissing:
		return p.Qualification == nil
	case cooperation.CodeIPWConsentMissing:
		return p.Consent == nil || len(p.Consent.GivenBy) == 0
	case cooperation.CodeIPWDiagnosisMissing:
		return p.Diagnosis == nil || len(p.Diagnosis.Areas) == 0
	}
	return false
}
