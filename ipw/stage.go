package ipw

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Stage is an implementation stage (etap wdrażania) of the model in a
// municipality. Each variant has its own ordered list of stages (Stages);
// formalisation and evaluation occur in all three, with different evidence.
type Stage string

// The stages of the rural variant ("Liderzy kooperacji"). The names are this
// project's (DOMAIN.md §16).
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

// Stages returns the stages of variant v in their order (DOMAIN.md §11), or
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
// Code is stable and names the kind of gap; it is not a code of the rule
// catalogue. The codes are:
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
// implemented the model (DOMAIN.md §11) and what it must do next.
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
		r.Missing = append(r.Missing, missing("stage.variant_unknown", "/variant",
			"wybrany wariant („"+string(b.Variant)+"”) nie jest wariantem modelu, więc nie ma etapów: wybierz wariant wiejski, miejsko-wiejski albo miejski",
			"the chosen variant ("+strconv.Quote(string(b.Variant))+") is not a variant of the model, so it has no stages: choose the rural, urban-rural or urban variant"))
		return r, nil
	}
	ix := cooperation.NewIndex(&b.Partnership)
	s := Settings(b, cfg.Profile)
	for i, d := range defs {
		if miss := d.evidence(b, ix, s, day); len(miss) > 0 {
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
// at /stages/N/completed). The predecessor counts as completed by date C when
// it has a record completed on or before C, or its evidence holds on C; only
// the immediate predecessor is looked at, so one stage left out is one
// finding. A record with both problems gets only stage.evidence_missing: the
// stage itself was not done then. Records without a completion date are
// stages in progress and are not checked. A bundle of an unknown variant
// (a schema violation) gets no stage findings.
func (c *check) checkStages() {
	defs, ok := variantStages[c.b.Variant]
	if !ok {
		return
	}
	pos := make(map[Stage]int, len(defs))
	for i, d := range defs {
		pos[d.stage] = i
	}
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
		if miss := defs[i].evidence(c.b, c.ix, c.settings, r.Completed); len(miss) > 0 {
			pl, en := make([]string, len(miss)), make([]string, len(miss))
			for k, m := range miss {
				pl[k], en[k] = strings.TrimSuffix(m.Polish, "."), strings.TrimSuffix(m.English, ".")
			}
			c.findings.Add(cooperation.CodeStageEvidenceMissing, rp,
				append(stageParams("stage", r.Stage), "date", r.Completed.String(),
					"missing.pl", cooperation.JoinItems(pl, "; ", 2, "gap", cooperation.Polish),
					"missing.en", cooperation.JoinItems(en, "; ", 2, "gap", cooperation.English))...)
			continue
		}
		if i > 0 && !c.completedBy(defs[i-1], r.Completed) {
			c.findings.Add(cooperation.CodeStageOrderViolation, rp.Key("completed"),
				append(append(stageParams("stage", r.Stage), stageParams("previous", defs[i-1].stage)...),
					"date", r.Completed.String())...)
		}
	}
}

// completedBy reports whether stage d counts as completed by day: recorded
// as completed on or before day, or its evidence holds on day.
func (c *check) completedBy(d stageDef, day Date) bool {
	for _, r := range c.b.Stages {
		if r.Stage == d.stage && !r.Completed.IsZero() && !r.Completed.After(day) {
			return true
		}
	}
	return len(d.evidence(c.b, c.ix, c.settings, day)) == 0
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

// evidence reports what the data lack, on day, for a stage to count as
// completed; none means the stage's evidence holds.
type evidence func(b *Bundle, ix *cooperation.Index, s cooperation.Settings, day Date) []Missing

type stageDef struct {
	stage    Stage
	evidence evidence
}

// variantStages is DOMAIN.md §11 as data: each variant's stages in order,
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
	return func(b *Bundle, _ *cooperation.Index, _ cooperation.Settings, day Date) []Missing {
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
				"etap „"+pl+"” nie jest zapisany: zapisz go z datą ukończenia i dokumentami potwierdzającymi",
				"stage "+strconv.Quote(en)+" is not recorded: record it with its completion date and the supporting documents")}
		}
		r := b.Stages[first]
		rp := cooperation.Path("").Key("stages").Index(first)
		var out []Missing
		switch {
		case r.Completed.IsZero():
			out = append(out, missing("stage.record_not_completed", rp.Key("completed"),
				"etap „"+pl+"” nie ma jeszcze daty ukończenia",
				"stage "+strconv.Quote(en)+" has no completion date yet"))
		case r.Completed.After(day):
			out = append(out, missing("stage.record_not_completed", rp.Key("completed"),
				"etap „"+pl+"” ma datę ukończenia "+r.Completed.Format(cooperation.Polish)+", późniejszą niż "+day.Format(cooperation.Polish),
				"stage "+strconv.Quote(en)+" is completed only on "+r.Completed.Format(cooperation.English)+", after "+day.Format(cooperation.English)))
		}
		if strings.TrimSpace(r.Evidence) == "" {
			out = append(out, missing("stage.record_evidence_missing", rp.Key("evidence"),
				"przy etapie „"+pl+"” nie wskazano dokumentów potwierdzających",
				"no supporting documents are named for stage "+strconv.Quote(en)))
		}
		return out
	}
}

// pzkOn returns the bundle's PZK when it was formed by day, with its path,
// or the gap.
func pzkOn(ix *cooperation.Index, day Date) (*cooperation.Team, cooperation.Path, []Missing) {
	t, i, ok := ix.PZK()
	if !ok {
		return nil, "", []Missing{missing("stage.pzk_missing", pathTeams,
			"nie utworzono jeszcze partnerskiego zespołu (PZK)",
			"no partnership team (PZK) has been formed yet")}
	}
	tp := pathTeams.Index(i)
	if !onOrBefore(t.Formed, day) {
		return nil, "", []Missing{missing("stage.pzk_missing", tp.Key("formed"),
			"PZK zostanie utworzony dopiero "+t.Formed.Format(cooperation.Polish),
			"the PZK is formed only on "+t.Formed.Format(cooperation.English))}
	}
	return t, tp, nil
}

// animatorsEvidence: the PZK has a gmina animator and a powiat animator
// among its members on day. Whether they come from the right institutions is
// a team rule, checked at formalisation.
func animatorsEvidence(_ *Bundle, ix *cooperation.Index, _ cooperation.Settings, day Date) []Missing {
	t, tp, miss := pzkOn(ix, day)
	if t == nil {
		return miss
	}
	has := func(r cooperation.Role) bool {
		return slices.ContainsFunc(t.Members, func(m cooperation.Member) bool { return m.ActiveOn(day) && m.HasRole(r) })
	}
	var out []Missing
	if !has(cooperation.RoleGminaAnimator) {
		out = append(out, missing("stage.pzk_gmina_animator_missing", tp.Key("members"),
			"w PZK brakuje animatora gminnego", "the gmina animator is missing from the PZK"))
	}
	if !has(cooperation.RolePowiatAnimator) {
		out = append(out, missing("stage.pzk_powiat_animator_missing", tp.Key("members"),
			"w PZK brakuje animatora powiatowego", "the powiat animator is missing from the PZK"))
	}
	return out
}

// ruralFormalisationEvidence: a cooperation or pilot agreement is in force
// between the gmina or its OPS/CUS and a powiat-level institution, and the
// PZK meets the team rules (no team.* finding of severity error within it).
func ruralFormalisationEvidence(b *Bundle, ix *cooperation.Index, s cooperation.Settings, day Date) []Missing {
	var out []Missing
	if !gminaPowiatAgreement(b, ix, s, day) {
		out = append(out, missing("stage.agreement_missing", cooperation.Path("").Key("agreements"),
			"nie obowiązuje porozumienie o współpracy ani umowa pilotażowa gminy lub jej OPS z instytucją powiatową",
			"no cooperation agreement or pilot contract between the gmina or its OPS and a powiat institution is in force"))
	}
	t, tp, miss := pzkOn(ix, day)
	if t == nil {
		return append(out, miss...)
	}
	return append(out, teamRuleGaps(ix, s, day, tp)...)
}

// gminaPowiatAgreement reports whether a local_cooperation or pilot
// agreement is in force on day for a gmina-side party (the gmina, an OPS or
// CUS) and for a powiat-level party; in a city with powiat rights the OPS is
// both.
func gminaPowiatAgreement(b *Bundle, ix *cooperation.Index, s cooperation.Settings, day Date) bool {
	city := cooperation.IsCityWithPowiatRights(b.Municipality.TERYT)
	for i := range b.Agreements {
		a := &b.Agreements[i]
		if a.Kind != cooperation.AgreementLocal && a.Kind != cooperation.AgreementPilot {
			continue
		}
		var gmina, powiat bool
		for _, id := range everParties(a) {
			in, ok := ix.Institution(id)
			if !ok || !a.InForce(id, day, s.Agreement.DefaultNoticePeriodDays) {
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

// everParties returns every institution that is a party to a at some time:
// the original parties and those annexes add.
func everParties(a *cooperation.Agreement) []string {
	out := slices.Clone(a.Parties)
	for _, x := range a.Annexes {
		for _, id := range x.AddParties {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// teamRuleGaps runs the partnership rules on day and turns each team.*
// finding of severity error (under s) located in the PZK at tp into a gap.
func teamRuleGaps(ix *cooperation.Index, s cooperation.Settings, day Date, tp cooperation.Path) []Missing {
	var fs cooperation.Findings
	cooperation.CheckPartnership(ix, cooperation.On(day), s, &fs)
	raw := slices.Clone(fs.Raw())
	cooperation.SortFindings(raw)
	var out []Missing
	for _, f := range raw {
		if !strings.HasPrefix(string(f.Code), "team.") || !f.Path.Within(tp) {
			continue
		}
		sev := s.SeverityOf(f.Code)
		if sev != cooperation.SeverityOff && f.Severity != "" {
			sev = f.Severity
		}
		if sev != cooperation.SeverityError {
			continue
		}
		out = append(out, Missing{
			Code:    "stage.pzk_team_rule",
			Rule:    f.Code,
			Path:    f.Path,
			Polish:  checklistItem(cooperation.Message(f.Code, cooperation.Polish, f.Params), f.Params),
			English: checklistItem(cooperation.Message(f.Code, cooperation.English, f.Params), f.Params),
		})
	}
	return out
}

// checklistItem makes a catalogue message an item of the checklist: without
// its final period and, unless it starts with a name it quotes (an
// institution), with a lower-case first letter.
func checklistItem(msg string, params map[string]string) string {
	msg = strings.TrimSuffix(msg, ".")
	for _, v := range params {
		if v != "" && strings.HasPrefix(msg, v) {
			return msg
		}
	}
	return lowerFirst(msg)
}

// lowerFirst lowers the first letter of a sentence, unless it starts an
// abbreviation (PZK, IPW).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
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
	return func(_ *Bundle, ix *cooperation.Index, s cooperation.Settings, day Date) []Missing {
		t, tp, miss := pzkOn(ix, day)
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
			if _, ok := ix.CoveringAgreement(m.Institution, day, s, kinds...); ok {
				continue
			}
			mp := tp.Key("members").Index(j)
			if declarations {
				out = append(out, missing("stage.member_declaration_missing", mp,
					"instytucja "+institutionLabel(in)+", członek PZK, nie ma obowiązującej deklaracji przystąpienia",
					"the institution "+institutionLabel(in)+", a PZK member, has no declaration of accession in force"))
			} else {
				out = append(out, missing("stage.member_agreement_missing", mp,
					"instytucja "+institutionLabel(in)+", członek PZK, nie jest stroną żadnego obowiązującego porozumienia o współpracy",
					"the institution "+institutionLabel(in)+", a PZK member, is not a party to any cooperation agreement in force"))
			}
		}
		if active == 0 {
			out = append(out, missing("stage.pzk_empty", tp.Key("members"),
				"PZK nie ma jeszcze członków", "the PZK has no members yet"))
		}
		return out
	}
}

// pzkMeetingEvidence: the PZK has met at least once by day.
func pzkMeetingEvidence(_ *Bundle, ix *cooperation.Index, _ cooperation.Settings, day Date) []Missing {
	t, tp, miss := pzkOn(ix, day)
	if t == nil {
		return miss
	}
	for _, m := range t.Meetings {
		if onOrBefore(m.Date, day) {
			return nil
		}
	}
	return []Missing{missing("stage.pzk_meeting_missing", tp.Key("meetings"),
		"PZK nie odbył jeszcze żadnego spotkania", "the PZK has not met yet")}
}

// partnerMappingEvidence: the bundle lists at least team.minInstitutions
// institutions across at least team.minSectors sectors (local government not
// counted), and the basket of services is not empty. The mapping is of
// partners, not of PZK members: it precedes the PZK.
func partnerMappingEvidence(b *Bundle, _ *cooperation.Index, s cooperation.Settings, _ Date) []Missing {
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
			"za mało zmapowanych instytucji (liczba instytucji: "+cooperation.FormatInt(n, cooperation.Polish)+", potrzeba co najmniej "+cooperation.FormatInt(min, cooperation.Polish)+")",
			"too few institutions are mapped ("+cooperation.FormatInt(n, cooperation.English)+"; at least "+cooperation.FormatInt(min, cooperation.English)+" are needed)"))
	}
	if n, min := len(sectors), s.Team.MinSectors; n < min {
		out = append(out, missing("stage.sectors_too_few", pathInstitutions,
			"zmapowane instytucje reprezentują za mało sektorów (liczba sektorów bez samorządu: "+cooperation.FormatInt(n, cooperation.Polish)+", potrzeba co najmniej "+cooperation.FormatInt(min, cooperation.Polish)+")",
			"the mapped institutions cover too few sectors ("+cooperation.FormatInt(n, cooperation.English)+" besides local government; at least "+cooperation.FormatInt(min, cooperation.English)+" are needed)"))
	}
	if len(b.Services) == 0 {
		out = append(out, missing("stage.services_missing", cooperation.Path("").Key("services"),
			"lokalny koszyk usług jest pusty", "the local basket of services is empty"))
	}
	return out
}

func noIPW() []Missing {
	return []Missing{missing("stage.ipw_missing", pathIPWs,
		"nie sporządzono jeszcze żadnego IPW", "no IPW has been drawn up yet")}
}

// qualifiedIPWEvidence: at least one IPW has a qualification dated by day.
func qualifiedIPWEvidence(b *Bundle, _ *cooperation.Index, _ cooperation.Settings, day Date) []Missing {
	if len(b.IPWs) == 0 {
		return noIPW()
	}
	for i := range b.IPWs {
		if q := b.IPWs[i].Qualification; q != nil && onOrBefore(q.Date, day) {
			return nil
		}
	}
	return []Missing{missing("stage.qualified_ipw_missing", pathIPWs,
		"żadna osoba ani rodzina nie została jeszcze zakwalifikowana (żaden IPW nie ma kwalifikacji)",
		"no person or family has been qualified yet (no IPW has a qualification)")}
}

// intakeEvidence: at least one IPW has its qualification, consent and
// diagnosis by day. Otherwise the gaps of the IPW nearest to that (fewest
// gaps, the first on a tie) are the checklist. A later withdrawal of consent
// does not undo recruitment.
func intakeEvidence(b *Bundle, _ *cooperation.Index, _ cooperation.Settings, day Date) []Missing {
	if len(b.IPWs) == 0 {
		return noIPW()
	}
	var best []Missing
	for i := range b.IPWs {
		p := &b.IPWs[i]
		pp := pathIPWs.Index(i)
		var gaps []Missing
		if q := p.Qualification; q == nil || !onOrBefore(q.Date, day) {
			gaps = append(gaps, missing("stage.ipw_qualification_missing", pp,
				"IPW „"+planName(p)+"” nie ma jeszcze kwalifikacji rodziny",
				`IPW "`+planName(p)+`" has no qualification of the family yet`))
		}
		if c := p.Consent; c == nil || !onOrBefore(c.Date, day) {
			gaps = append(gaps, missing("stage.ipw_consent_missing", pp,
				"IPW „"+planName(p)+"” nie ma jeszcze zgody rodziny na przekazywanie danych",
				`IPW "`+planName(p)+`" has no consent of the family to share its data yet`))
		}
		if d := p.Diagnosis; d == nil || !onOrBefore(d.Date, day) {
			gaps = append(gaps, missing("stage.ipw_diagnosis_missing", pp,
				"IPW „"+planName(p)+"” nie ma jeszcze diagnozy",
				`IPW "`+planName(p)+`" has no diagnosis yet`))
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

// signedIPWEvidence: at least one IPW is signed by day.
func signedIPWEvidence(b *Bundle, _ *cooperation.Index, _ cooperation.Settings, day Date) []Missing {
	if len(b.IPWs) == 0 {
		return noIPW()
	}
	for i := range b.IPWs {
		if signedOn(&b.IPWs[i], day) {
			return nil
		}
	}
	return []Missing{missing("stage.signed_ipw_missing", pathIPWs,
		"żaden IPW nie jest jeszcze podpisany przez instytucję pracownika socjalnego i pełnoletniego członka rodziny",
		"no IPW is signed yet by the case worker's institution and an adult family member")}
}

// caseTeamEvidence: a team of kind (GGK, ZZK) formed by day runs an IPW
// signed by day.
func caseTeamEvidence(kind cooperation.TeamKind) evidence {
	none := map[cooperation.TeamKind][2]string{
		cooperation.TeamGGK: {"nie utworzono jeszcze żadnej gminnej grupy kooperacyjnej (GGK)", "no gmina cooperation group (GGK) has been formed yet"},
		cooperation.TeamZZK: {"nie utworzono jeszcze żadnego zadaniowego zespołu kooperacyjnego (ZZK)", "no task cooperation team (ZZK) has been formed yet"},
	}[kind]
	short := strings.ToUpper(string(kind))
	return func(b *Bundle, _ *cooperation.Index, _ cooperation.Settings, day Date) []Missing {
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
			if formed[b.IPWs[i].Team] && signedOn(&b.IPWs[i], day) {
				return nil
			}
		}
		return []Missing{missing("stage.case_team_ipw_missing", pathIPWs,
			"żaden podpisany IPW nie jest jeszcze realizowany przez "+short,
			"no signed IPW is run by a "+short+" yet")}
	}
}

// evaluationEvidence: there is at least one IPW, every IPW is closed by day,
// and each closed IPW has an outcome for every goal (in its closure's
// goalOutcomes or on the goal).
func evaluationEvidence(b *Bundle, _ *cooperation.Index, _ cooperation.Settings, day Date) []Missing {
	if len(b.IPWs) == 0 {
		return noIPW()
	}
	var out []Missing
	for i := range b.IPWs {
		p := &b.IPWs[i]
		pp := pathIPWs.Index(i)
		if DeriveStatus(p, day) != StatusClosed {
			out = append(out, missing("stage.ipw_not_closed", pp,
				"IPW „"+planName(p)+"” nie jest jeszcze zakończony",
				`IPW "`+planName(p)+`" is not closed yet`))
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
				"zakończenie IPW „"+planName(p)+"” nie ocenia realizacji celów: "+cooperation.JoinItems(withoutPL, ", ", 3, "goal", cooperation.Polish),
				`the closure of IPW "`+planName(p)+`" gives no outcome for the goals `+cooperation.JoinItems(withoutEN, ", ", 3, "goal", cooperation.English)))
		}
	}
	return out
}
