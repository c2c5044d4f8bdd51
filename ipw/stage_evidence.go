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

func missing(code string, p cooperation.Path, pl, en string) Missing {
	return Missing{Code: code, Path: p, Polish: pl, English: en}
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
		pl, en := stage.Label(cooperation.Polish), stage.Label(cooperation.English)
		if first < 0 {
			return []Missing{missing("stage.record_missing", cooperation.Path("").Key("stages"),
				"Etap „"+pl+"” nie jest zapisany. Zapisz go z datą ukończenia i dokumentami potwierdzającymi.",
				"Stage "+strconv.Quote(en)+" is not recorded. Record it with its completion date and the supporting documents.")}
		}
		r := b.Stages[first]
		rp := cooperation.Path("").Key("stages").Index(first)
		var out []Missing
		switch {
		case r.Completed.IsZero():
			out = append(out, missing("stage.record_not_completed", rp.Key("completed"),
				"Etap „"+pl+"” nie ma jeszcze daty ukończenia.",
				"Stage "+strconv.Quote(en)+" has no completion date yet."))
		case r.Completed.After(day):
			out = append(out, missing("stage.record_not_completed", rp.Key("completed"),
				"Etap „"+pl+"” ma datę ukończenia "+r.Completed.Format(cooperation.Polish)+", późniejszą niż "+day.Format(cooperation.Polish),
				"Stage "+strconv.Quote(en)+" is completed only on "+r.Completed.Format(cooperation.English)+", after "+day.Format(cooperation.English)+"."))
		}
		if strings.TrimSpace(r.Evidence) == "" {
			out = append(out, missing("stage.record_evidence_missing", rp.Key("evidence"),
				"Przy etapie „"+pl+"” nie wskazano dokumentów potwierdzających.",
				"No supporting documents are named for stage "+strconv.Quote(en)+"."))
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
		out = append(out, missing("stage.institutions_too_few", pathInstitutions,
			"Zmapowano za mało instytucji (liczba instytucji: "+cooperation.FormatInt(n, cooperation.Polish)+", potrzeba co najmniej "+cooperation.FormatInt(min, cooperation.Polish)+").",
			"Too few institutions are mapped ("+cooperation.FormatInt(n, cooperation.English)+"; at least "+cooperation.FormatInt(min, cooperation.English)+" are needed)."))
	}
	if n, min := len(sectors), s.Team.MinSectors; n < min {
		out = append(out, missing("stage.sectors_too_few", pathInstitutions,
			"Zmapowane instytucje reprezentują za mało sektorów (liczba sektorów bez samorządu: "+cooperation.FormatInt(n, cooperation.Polish)+", potrzeba co najmniej "+cooperation.FormatInt(min, cooperation.Polish)+").",
			"The mapped institutions cover too few sectors ("+cooperation.FormatInt(n, cooperation.English)+" besides local government; at least "+cooperation.FormatInt(min, cooperation.English)+" are needed)."))
	}
	if len(b.Services) == 0 {
		out = append(out, missing("stage.services_missing", cooperation.Path("").Key("services"),
			"Lokalny koszyk usług jest pusty.", "The local basket of services is empty."))
	}
	return out
}

func noIPW() []Missing {
	return []Missing{missing("stage.ipw_missing", pathIPWs,
		"Nie sporządzono jeszcze żadnego IPW.", "No IPW has been drawn up yet.")}
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
	return []Missing{missing("stage.qualified_ipw_missing", pathIPWs,
		"Żadna osoba ani rodzina nie została jeszcze zakwalifikowana (żaden IPW nie ma kwalifikacji).",
		"No person or family has been qualified yet (no IPW has a qualification).")}
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
			gaps = append(gaps, missing("stage.ipw_qualification_missing", pp,
				"IPW „"+planName(p)+"” nie ma jeszcze kwalifikacji rodziny.",
				`IPW "`+planName(p)+`" has no qualification of the family yet.`))
		}
		if c := p.Consent; (c == nil || !onOrBefore(c.Date, day)) && !d.ex.partMissing(i, cooperation.CodeIPWConsentMissing) {
			gaps = append(gaps, missing("stage.ipw_consent_missing", pp,
				"IPW „"+planName(p)+"” nie ma jeszcze zgody rodziny na przekazywanie danych.",
				`IPW "`+planName(p)+`" has no consent of the family to share its data yet.`))
		}
		if dg := p.Diagnosis; (dg == nil || !onOrBefore(dg.Date, day)) && !d.ex.partMissing(i, cooperation.CodeIPWDiagnosisMissing) {
			gaps = append(gaps, missing("stage.ipw_diagnosis_missing", pp,
				"IPW „"+planName(p)+"” nie ma jeszcze diagnozy.",
				`IPW "`+planName(p)+`" has no diagnosis yet.`))
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
	return []Missing{missing("stage.signed_ipw_missing", pathIPWs,
		"Żaden IPW nie jest jeszcze podpisany przez instytucję pracownika socjalnego i pełnoletniego członka rodziny.",
		"No IPW is signed yet by the case worker's institution and an adult family member.")}
}

// caseTeamEvidence: a team of kind (GGK, ZZK) formed by day runs an IPW
// signed by day.
func caseTeamEvidence(kind cooperation.TeamKind) evidence {
	none := map[cooperation.TeamKind][2]string{
		cooperation.TeamGGK: {"Nie utworzono jeszcze żadnej gminnej grupy kooperacyjnej (GGK).", "No gmina cooperation group (GGK) has been formed yet."},
		cooperation.TeamZZK: {"Nie utworzono jeszcze żadnego zadaniowego zespołu kooperacyjnego (ZZK).", "No task cooperation team (ZZK) has been formed yet."},
	}[kind]
	short := strings.ToUpper(string(kind))
	return func(d *stageData, day Date) []Missing {
		b := d.b
		formed := map[string]bool{}
		for _, t := range b.Teams {
			if t.Kind == kind && t.ID != "" && onOrBefore(t.Formed, day) {
				formed[t.ID] = true
			}
		}
		if len(formed) == 0 {
			return []Missing{missing("stage.case_team_missing", pathTeams, none[0], none[1])}
		}
		for i := range b.IPWs {
			if (formed[b.IPWs[i].Team] || d.ex.teamBroken(d, i)) && d.signedOn(i, day) {
				return nil
			}
		}
		return []Missing{missing("stage.case_team_ipw_missing", pathIPWs,
			"Żaden podpisany IPW nie jest jeszcze prowadzony przez "+short+".",
			"No signed IPW is run by a "+short+" yet.")}
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
			out = append(out, missing("stage.ipw_not_closed", pp,
				"IPW „"+planName(p)+"” nie jest jeszcze zakończony.",
				`IPW "`+planName(p)+`" is not closed yet.`))
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
			out = append(out, missing("stage.ipw_outcomes_missing", pp.Key("closure"),
				"Zakończenie IPW „"+planName(p)+"” nie ocenia realizacji celów: "+cooperation.JoinItems(withoutPL, ", ", 3, "goal", cooperation.Polish)+".",
				`The closure of IPW "`+planName(p)+`" gives no outcome for the goals `+cooperation.JoinItems(withoutEN, ", ", 3, "goal", cooperation.English)+"."))
		}
	}
	return out
}
