package ipw

import (
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// evidence reports what the data lack, on day, for a stage to count as
// completed; none means the stage's evidence holds.
type evidence func(d *stageData, day Date) []Missing

// stageData is what the evidence of a stage is read from: the bundle, its
// index and settings, and, for the check's stage.evidence_missing, the
// excuse of the gaps that follow from mistakes the check reports elsewhere
// (nil in Progress, which lists every gap).
type stageData struct {
	b  *Bundle
	ix *cooperation.Index
	s  cooperation.Settings
	ex *excuse
}

type stageDef struct {
	stage    Stage
	evidence evidence
}

// variantStages are the implementation stages as data: each variant's stages in order,
// with the evidence each needs.
var variantStages = map[cooperation.Variant][]stageDef{
	cooperation.VariantRural: {
		{StagePreparation, animatorsEvidence},
		{StageFormalisation, ruralFormalisationEvidence},
		{StageRecruitmentDiagnosis, intakeEvidence},
		{StageIPWImplementation, signedIPWEvidence},
		{StageEvaluation, evaluationEvidence},
	},
	cooperation.VariantUrbanRural: {
		{StageDecisionMakers, recordedEvidence(StageDecisionMakers)},
		{StageFamilySelection, qualifiedIPWEvidence},
		{StageInstitutionMeeting, pzkMeetingEvidence},
		{StageFormalisation, memberCoverageEvidence(false)},
		{StageCaseGroups, caseTeamEvidence(cooperation.TeamGGK)},
		{StageEvaluation, evaluationEvidence},
	},
	cooperation.VariantUrban: {
		{StageResourceDiagnosis, recordedEvidence(StageResourceDiagnosis)},
		{StagePartnerMapping, partnerMappingEvidence},
		{StagePreselection, qualifiedIPWEvidence},
		{StagePZKInitiation, pzkMeetingEvidence},
		{StageFormalisation, memberCoverageEvidence(true)},
		{StageCaseTeams, caseTeamEvidence(cooperation.TeamZZK)},
		{StageEvaluation, evaluationEvidence},
	},
}

// missing is an item of the checklist: its code, where it is to be filled,
// and its sentence in both languages from the catalogue, with params.
func missing(code cooperation.Code, p cooperation.Path, params ...string) Missing {
	m := make(map[string]string, len(params)/2)
	for i := 0; i+1 < len(params); i += 2 {
		m[params[i]] = params[i+1]
	}
	return Missing{Code: string(code), Path: p,
		Polish:  cooperation.Message(code, cooperation.Polish, m),
		English: cooperation.Message(code, cooperation.English, m)}
}

var (
	pathTeams        = cooperation.Path("").Key("teams")
	pathIPWs         = cooperation.Path("").Key("ipws")
	pathInstitutions = cooperation.Path("").Key("institutions")
)

// onOrBefore reports whether a dated fact happened by day. An undated fact
// counts as happened: its missing date is a schema matter, not a stage gap.
func onOrBefore(d, day Date) bool { return d.IsZero() || !d.After(day) }

// recordedEvidence is the evidence of a stage the data cannot show: a record
// of it, completed by day, naming its evidence.
func recordedEvidence(stage Stage) evidence {
	return func(d *stageData, day Date) []Missing {
		b := d.b
		first := -1
		for n, r := range b.Stages {
			if r.Stage != stage {
				continue
			}
			if first < 0 {
				first = n
			}
			if !r.Completed.IsZero() && !r.Completed.After(day) && strings.TrimSpace(r.Evidence) != "" {
				return nil
			}
		}
		named := stageParams("stage", stage)
		if first < 0 {
			return []Missing{missing(cooperation.CodeStageRecordMissing, cooperation.Path("").Key("stages"), named...)}
		}
		r := b.Stages[first]
		rp := cooperation.Path("").Key("stages").Index(first)
		var out []Missing
		switch {
		case r.Completed.IsZero():
			out = append(out, missing(cooperation.CodeStageRecordNotCompleted, rp.Key("completed"), named...))
		case r.Completed.After(day):
			out = append(out, missing(cooperation.CodeStageRecordNotCompleted, rp.Key("completed"),
				append(named, "completed", r.Completed.String(), "date", day.String())...))
		}
		if strings.TrimSpace(r.Evidence) == "" {
			out = append(out, missing(cooperation.CodeStageRecordEvidenceMissing, rp.Key("evidence"), named...))
		}
		return out
	}
}

// partnerMappingEvidence: the bundle lists at least team.minInstitutions
// institutions across at least team.minSectors sectors (local government not
// counted), and the basket of services is not empty. The mapping is of
// partners, not of PZK members: it precedes the PZK.
func partnerMappingEvidence(d *stageData, _ Date) []Missing {
	b, s := d.b, d.s
	ids := map[string]bool{}
	sectors := map[cooperation.Sector]bool{}
	for i := range b.Institutions {
		in := &b.Institutions[i]
		if in.ID == "" {
			continue
		}
		ids[in.ID] = true
		if sec := in.EffectiveSector(); sec != "" && sec != cooperation.SectorLocalGovernment {
			sectors[sec] = true
		}
	}
	var out []Missing
	if n, min := len(ids), s.Team.MinInstitutions; n < min {
		out = append(out, missing(cooperation.CodeStageInstitutionsTooFew, pathInstitutions, "count", strconv.Itoa(n), "min", strconv.Itoa(min)))
	}
	if n, min := len(sectors), s.Team.MinSectors; n < min {
		out = append(out, missing(cooperation.CodeStageSectorsTooFew, pathInstitutions, "count", strconv.Itoa(n), "min", strconv.Itoa(min)))
	}
	if len(b.Services) == 0 {
		out = append(out, missing(cooperation.CodeStageServicesMissing, cooperation.Path("").Key("services")))
	}
	return out
}

func noIPW() []Missing {
	return []Missing{missing(cooperation.CodeStageIPWMissing, pathIPWs)}
}

// qualifiedIPWEvidence: at least one IPW has a qualification dated by day.
func qualifiedIPWEvidence(d *stageData, day Date) []Missing {
	b := d.b
	if len(b.IPWs) == 0 {
		return noIPW()
	}
	for i := range b.IPWs {
		if q := b.IPWs[i].Qualification; (q != nil && onOrBefore(q.Date, day)) ||
			d.ex.partMissing(i, cooperation.CodeIPWQualificationMissing) {
			return nil
		}
	}
	return []Missing{missing(cooperation.CodeStageQualifiedIPWMissing, pathIPWs)}
}

// intakeEvidence: at least one IPW has its qualification, consent and
// diagnosis by day. Otherwise the gaps of the IPW nearest to that (fewest
// gaps, the first on a tie) are the checklist. A later withdrawal of consent
// does not undo recruitment. The check excuses a part that the programme
// lacks at asOf too (ipw.qualification_missing, consent_missing,
// diagnosis_missing).
func intakeEvidence(d *stageData, day Date) []Missing {
	b := d.b
	if len(b.IPWs) == 0 {
		return noIPW()
	}
	var best []Missing
	for i := range b.IPWs {
		p := &b.IPWs[i]
		pp := pathIPWs.Index(i)
		var gaps []Missing
		if q := p.Qualification; (q == nil || !onOrBefore(q.Date, day)) && !d.ex.partMissing(i, cooperation.CodeIPWQualificationMissing) {
			gaps = append(gaps, missing(cooperation.CodeStageIPWQualificationMissing, pp, "ipwName", planName(p)))
		}
		if c := p.Consent; (c == nil || !onOrBefore(c.Date, day)) && !d.ex.partMissing(i, cooperation.CodeIPWConsentMissing) {
			gaps = append(gaps, missing(cooperation.CodeStageIPWConsentMissing, pp, "ipwName", planName(p)))
		}
		if dg := p.Diagnosis; (dg == nil || !onOrBefore(dg.Date, day)) && !d.ex.partMissing(i, cooperation.CodeIPWDiagnosisMissing) {
			gaps = append(gaps, missing(cooperation.CodeStageIPWDiagnosisMissing, pp, "ipwName", planName(p)))
		}
		if len(gaps) == 0 {
			return nil
		}
		if best == nil || len(gaps) < len(best) {
			best = gaps
		}
	}
	return best
}

// signedOn reports whether p is signed by day by the case worker's
// institution and an adult household member, whatever happened after: the
// signature part of DeriveStatus.
func signedOn(p *Plan, day Date) bool {
	q := *p
	q.Closure = nil
	return DeriveStatus(&q, day) != StatusDraft
}

// signedOn reports whether IPW i counts as signed by day: it is, or the
// check excuses it, because it is unsigned at asOf too and
// ipw.signature_missing (or a signature naming nobody) says so.
func (d *stageData) signedOn(i int, day Date) bool {
	return signedOn(&d.b.IPWs[i], day) || d.ex.unsigned(d, i)
}

// signedIPWEvidence: at least one IPW is signed by day.
func signedIPWEvidence(d *stageData, day Date) []Missing {
	b := d.b
	if len(b.IPWs) == 0 {
		return noIPW()
	}
	for i := range b.IPWs {
		if d.signedOn(i, day) {
			return nil
		}
	}
	return []Missing{missing(cooperation.CodeStageSignedIPWMissing, pathIPWs)}
}

// caseTeamEvidence: a team of kind (GGK, ZZK) formed by day runs an IPW
// signed by day.
func caseTeamEvidence(kind cooperation.TeamKind) evidence {
	var which []string // the catalogue's words for a GGK, else a ZZK's
	if kind == cooperation.TeamGGK {
		which = []string{"ggk", "1"}
	}
	return func(d *stageData, day Date) []Missing {
		b := d.b
		formed := map[string]bool{}
		for _, t := range b.Teams {
			if t.Kind == kind && t.ID != "" && onOrBefore(t.Formed, day) {
				formed[t.ID] = true
			}
		}
		if len(formed) == 0 {
			return []Missing{missing(cooperation.CodeStageCaseTeamMissing, pathTeams, which...)}
		}
		for i := range b.IPWs {
			if (formed[b.IPWs[i].Team] || d.ex.teamBroken(d, i)) && d.signedOn(i, day) {
				return nil
			}
		}
		return []Missing{missing(cooperation.CodeStageCaseTeamIPWMissing, pathIPWs, which...)}
	}
}

// evaluationEvidence: there is at least one IPW, every IPW is closed by day,
// and each closed IPW has an outcome for every goal (in its closure's
// goalOutcomes or on the goal).
func evaluationEvidence(d *stageData, day Date) []Missing {
	b := d.b
	if len(b.IPWs) == 0 {
		return noIPW()
	}
	var out []Missing
	for i := range b.IPWs {
		p := &b.IPWs[i]
		pp := pathIPWs.Index(i)
		if DeriveStatus(p, day) != StatusClosed {
			out = append(out, missing(cooperation.CodeStageIPWNotClosed, pp, "ipwName", planName(p)))
			continue
		}
		var withoutPL, withoutEN []string
		for _, g := range p.Goals {
			if g.Outcome == "" && p.Closure.GoalOutcomes[g.ID] == "" {
				title := goalName(p, g.ID)
				withoutPL = append(withoutPL, "„"+title+"”")
				withoutEN = append(withoutEN, strconv.Quote(title))
			}
		}
		if len(withoutPL) > 0 {
			out = append(out, missing(cooperation.CodeStageIPWOutcomesMissing, pp.Key("closure"), "ipwName", planName(p),
				"goals.pl", cooperation.JoinItems(withoutPL, ", ", 3, "goal", cooperation.Polish),
				"goals.en", cooperation.JoinItems(withoutEN, ", ", 3, "goal", cooperation.English)))
		}
	}
	return out
}
