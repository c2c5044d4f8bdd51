package ipw

import (
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Stage is an implementation stage (etap wdrażania) of the model in a
// municipality. Each variant has its own ordered list of stages (Stages);
// formalisation and evaluation occur in all three, with different evidence.
type Stage string

// The stages of the rural variant ("Liderzy kooperacji"). The names are this
// project's: the pilots published the sequences of the
// urban and urban-rural variants only.
const (
	StagePreparation          Stage = "preparation"           // przygotowanie: the PZK has both animators
	StageFormalisation        Stage = "formalisation"         // formalizacja współpracy (all variants)
	StageRecruitmentDiagnosis Stage = "recruitment_diagnosis" // rekrutacja i diagnoza
	StageIPWImplementation    Stage = "ipw_implementation"    // realizacja IPW
	StageEvaluation           Stage = "evaluation"            // ewaluacja (all variants)
)

// The stages of the urban-rural variant ("Kooperacja – efektywna i
// skuteczna"), besides formalisation and evaluation.
const (
	StageDecisionMakers     Stage = "decision_makers"     // pozyskanie decydentów
	StageFamilySelection    Stage = "family_selection"    // wybór rodzin
	StageInstitutionMeeting Stage = "institution_meeting" // spotkanie instytucji
	StageCaseGroups         Stage = "case_groups"         // gminne grupy kooperacyjne (GGK)
)

// The stages of the urban variant ("Kooperacje 3D"), besides formalisation
// and evaluation.
const (
	StageResourceDiagnosis Stage = "resource_diagnosis" // diagnoza zasobów
	StagePartnerMapping    Stage = "partner_mapping"    // mapowanie partnerów
	StagePreselection      Stage = "preselection"       // preselekcja
	StagePZKInitiation     Stage = "pzk_initiation"     // zainicjowanie PZK
	StageCaseTeams         Stage = "case_teams"         // zadaniowe zespoły kooperacyjne (ZZK)
)

func (s Stage) String() string { return string(s) }

// StageRecord is a stage as the municipality recorded it: when it started,
// when it was completed, and the documents that show it (free text).
type StageRecord struct {
	Stage     Stage  `json:"stage"`
	Started   Date   `json:"started,omitzero"`
	Completed Date   `json:"completed,omitzero"`
	Evidence  string `json:"evidence,omitempty"`
}

// Valid reports whether s is a stage of some variant. Whether it belongs to a
// given variant is for Stages to say.
func (s Stage) Valid() bool { _, ok := stageTerms.index[s]; return ok }

// Stages returns the stages of variant v in their order (see "Implementation stages" in the
// package documentation), or
// nil for an unknown variant.
func Stages(v cooperation.Variant) []Stage {
	defs, ok := variantStages[v]
	if !ok {
		return nil
	}
	out := make([]Stage, len(defs))
	for i, d := range defs {
		out[i] = d.stage
	}
	return out
}

// Missing is one thing the data must still show for a stage to count as
// completed, as a sentence a coordinator can act on, in Polish and English.
//
// Code is stable and names the kind of gap. The rule catalogue declares
// each (cooperation.IsStageGap) with its sentences, severity info: a gap is
// an item of a checklist, not a finding of a check. The codes are:
//
//	stage.variant_unknown             the bundle's variant has no stages
//	stage.record_missing              a stage shown only by its record is not recorded
//	stage.record_not_completed        its record has no completion date by the date
//	stage.record_evidence_missing     its record names no evidence (documents)
//	stage.pzk_missing                 no PZK formed by the date
//	stage.pzk_empty                   the PZK has no active members
//	stage.pzk_gmina_animator_missing  no active PZK member is the gmina animator
//	stage.pzk_powiat_animator_missing no active PZK member is the powiat animator
//	stage.pzk_team_rule               the PZK breaks a team rule (Rule names it)
//	stage.pzk_meeting_missing         the PZK has not met
//	stage.agreement_missing           no agreement of the gmina/OPS with a powiat institution in force
//	stage.member_agreement_missing    a PZK member is party to no cooperation or pilot agreement in force
//	stage.member_declaration_missing  a PZK member has no accession declaration in force
//	stage.institutions_too_few        fewer institutions mapped than team.minInstitutions
//	stage.sectors_too_few             fewer sectors mapped than team.minSectors
//	stage.services_missing            the basket of services is empty
//	stage.ipw_missing                 no IPW at all
//	stage.qualified_ipw_missing       no IPW has a qualification
//	stage.ipw_qualification_missing   the IPW nearest to completion lacks its qualification
//	stage.ipw_consent_missing         ... its consent
//	stage.ipw_diagnosis_missing       ... its diagnosis
//	stage.signed_ipw_missing          no IPW is signed
//	stage.case_team_missing           no GGK/ZZK formed
//	stage.case_team_ipw_missing       no signed IPW is run by a GGK/ZZK
//	stage.ipw_not_closed              an IPW is not closed
//	stage.ipw_outcomes_missing        a closed IPW has goals without an outcome
type Missing struct {
	Code string `json:"code"`
	// Rule is the catalogue rule behind the gap, for stage.pzk_team_rule.
	Rule cooperation.Code `json:"rule,omitempty"`
	// Path points where the gap is to be filled, when one place applies.
	Path    cooperation.Path `json:"path,omitempty"`
	Polish  string           `json:"messagePl"`
	English string           `json:"messageEn"`
}

// Message returns the sentence in lang.
func (m Missing) Message(lang cooperation.Lang) string {
	if lang == cooperation.Polish {
		return m.Polish
	}
	return m.English
}

// StageReport says where a municipality stands in implementing the model on
// Date: the stages of its variant in order, those completed, the current one
// and the one after it, and what the current stage still lacks. Completed
// and Missing are never nil, so that they marshal as arrays; Current and
// Next are "" when there is no such stage.
type StageReport struct {
	Variant cooperation.Variant `json:"variant"`
	Date    Date                `json:"date"`
	// Stages are all the stages of the variant, in order.
	Stages []Stage `json:"stages"`
	// Completed are the stages completed, a prefix of Stages.
	Completed []Stage `json:"completed"`
	// Current is the first stage not completed: the one being worked on.
	Current Stage `json:"current"`
	// Next is the stage after Current, which its completion opens.
	Next Stage `json:"next"`
	// Missing is what the data must still show for Current to be completed,
	// in the order of a checklist.
	Missing []Missing `json:"missing"`
}

// Progress derives, from the data of a bundle, how far the municipality has
// implemented the model (see "Implementation stages" in the
// package documentation) and what it must do next.
//
// It evaluates at cooperation.AsOf, else the bundle's asOf, else returns
// ErrNoDate; cooperation.WithProfile is applied as in Check (the profile's
// team.minInstitutions and minSectors shape the urban partner mapping, and
// its severities decide which team rules stop the rural formalisation). The
// language option does not matter: every Missing item carries both
// languages.
//
// A stage is completed on the date when its evidence holds on that date and
// every earlier stage is completed. Evidence is read from the data as it
// stands on the date, so a stage whose evidence has lapsed (an animator left
// the PZK, an agreement expired) is current again, with the lapse as what is
// missing. Two stages have no evidence in the data besides their record:
// urban_rural decision_makers and urban resource_diagnosis are completed only
// by a stage record with a completion date on or before the date and a
// non-empty evidence. For every other stage a record is neither needed nor
// enough; Check reports records that the data contradict.
//
// A bundle whose variant is unknown gets a report with no stages and one
// Missing item (stage.variant_unknown): bad data is reported, not returned as
// an error. Progress does not modify b.
func Progress(b *Bundle, opts ...cooperation.Option) (StageReport, error) {
	cfg := cooperation.NewConfig(opts...)
	day, err := dateOf(b, cfg)
	if err != nil {
		return StageReport{}, err
	}
	r := StageReport{
		Variant:   b.Variant,
		Date:      day,
		Stages:    Stages(b.Variant),
		Completed: []Stage{},
		Missing:   []Missing{},
	}
	defs, ok := variantStages[b.Variant]
	if !ok {
		r.Stages = []Stage{}
		r.Missing = append(r.Missing, missing(cooperation.CodeStageVariantUnknown, "/variant", "variant", string(b.Variant)))
		return r, nil
	}
	data := &stageData{b: b, ix: newIndex(b), s: Settings(b, cfg.Profile)}
	for i, d := range defs {
		if miss := d.evidence(data, day); len(miss) > 0 {
			r.Current = d.stage
			if i+1 < len(defs) {
				r.Next = defs[i+1].stage
			}
			r.Missing = miss
			break
		}
		r.Completed = append(r.Completed, d.stage)
	}
	return r, nil
}

// checkStages checks the recorded stages against the data: a stage foreign
// to the variant (stage.unknown_for_variant, at /stages/N/stage); a stage
// recorded as completed whose evidence the data do not show on its
// completion date (stage.evidence_missing, at /stages/N, listing what is
// missing); a stage completed before its predecessor (stage.order_violation,
// at /stages/N/completed).
//
// The evidence is read as the data stood on the completion date: only what
// existed then counts. A gap that follows from a mistake the check reports
// elsewhere (see excuse) is that mistake's, not the stage's. Order is by the
// recorded dates: a predecessor with a recorded completion counts as
// completed by date C only when that date is on or before C, whatever its
// evidence showed by then; one without counts when its evidence holds on C.
// Only the immediate predecessor is looked at, so one stage left out is one
// finding. A record with both problems gets only stage.evidence_missing: the
// stage itself was not done then. Records without a completion date are
// stages in progress and are not checked. A bundle of an unknown variant
// (a schema violation) gets no stage findings.
func (c *check) checkStages(now cooperation.Clock) {
	defs, ok := variantStages[c.b.Variant]
	if !ok {
		return
	}
	pos := make(map[Stage]int, len(defs))
	for i, d := range defs {
		pos[d.stage] = i
	}
	data := &stageData{b: c.b, ix: c.ix, s: c.settings, ex: &excuse{c: c, now: now}}
	for n := range c.b.Stages {
		r := &c.b.Stages[n]
		rp := cooperation.Path("").Key("stages").Index(n)
		i, ok := pos[r.Stage]
		if !ok {
			c.findings.Add(cooperation.CodeStageUnknownForVariant, rp.Key("stage"),
				append(stageParams("stage", r.Stage), "variant", string(c.b.Variant),
					"variant.pl", c.b.Variant.Label(cooperation.Polish), "variant.en", c.b.Variant.Label(cooperation.English))...)
			continue
		}
		if r.Completed.IsZero() {
			continue
		}
		if miss := defs[i].evidence(data, r.Completed); len(miss) > 0 {
			pl, en := make([]string, len(miss)), make([]string, len(miss))
			for k, m := range miss {
				pl[k], en[k] = m.Polish, m.English
			}
			c.findings.Add(cooperation.CodeStageEvidenceMissing, rp,
				append(stageParams("stage", r.Stage), "date", r.Completed.String(),
					"missing.pl", gapList(pl, cooperation.Polish), "missing.en", gapList(en, cooperation.English))...)
			continue
		}
		if i > 0 && !c.completedBy(data, defs[i-1], r.Completed) {
			c.findings.Add(cooperation.CodeStageOrderViolation, rp.Key("completed"),
				append(append(stageParams("stage", r.Stage), stageParams("previous", defs[i-1].stage)...),
					"date", r.Completed.String())...)
		}
	}
}

// completedBy reports whether stage def counts as completed by day: by its
// earliest recorded completion when it has one, otherwise by its evidence on
// day.
func (c *check) completedBy(data *stageData, def stageDef, day Date) bool {
	var recorded Date
	for _, r := range c.b.Stages {
		if r.Stage == def.stage && !r.Completed.IsZero() && (recorded.IsZero() || r.Completed.Before(recorded)) {
			recorded = r.Completed
		}
	}
	if !recorded.IsZero() {
		return !recorded.After(day)
	}
	return len(def.evidence(data, day)) == 0
}

// stageParams are the message parameters naming a stage: the name as
// recorded, and its title in each language.
func stageParams(name string, s Stage) []string {
	if !s.Valid() {
		return []string{name, string(s), name + ".pl", "„" + string(s) + "”", name + ".en", strconv.Quote(string(s))}
	}
	return []string{name, string(s),
		name + ".pl", "„" + s.Label(cooperation.Polish) + "”",
		name + ".en", `"` + s.Label(cooperation.English) + `"`}
}

// gapList writes what a stage lacks for stage.evidence_missing: the first
// two gaps as they are (sentences) and, when there are more, how many
// ("Do tego jeszcze 2 braki"), so that a list is shortened by items.
func gapList(gaps []string, lang cooperation.Lang) string {
	const shown = 2
	for i, g := range gaps {
		if !strings.HasSuffix(g, ".") {
			gaps[i] = g + "."
		}
	}
	if len(gaps) <= shown {
		return strings.Join(gaps, " ")
	}
	n := len(gaps) - shown
	gap := cooperation.Noun{One: "brak", Few: "braki", Many: "braków", EnOne: "gap", EnMany: "gaps"}
	if lang == cooperation.English {
		return strings.Join(gaps[:shown], " ") + " The stage's checklist lists " + cooperation.FormatInt(n, lang) + "\u00a0more " + gap.Form(n, lang) + "."
	}
	return strings.Join(gaps[:shown], " ") + " Do tego jeszcze " + gap.Count(n, lang) + " – zob. listę braków etapu wdrażania."
}
