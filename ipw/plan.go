package ipw

import (
	"errors"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Date is the civil date of the cooperation package.
type Date = cooperation.Date

// Plan is an individual cooperation programme (IPW, Indywidualny Program
// Współpracy) drawn up with one person or family.
type Plan struct {
	ID            string         `json:"id"`
	Team          string         `json:"team"`
	CaseWorker    CaseWorker     `json:"caseWorker"`
	Beneficiary   Beneficiary    `json:"beneficiary"`
	Qualification *Qualification `json:"qualification,omitempty"`
	Consent       *Consent       `json:"consent,omitempty"`
	Diagnosis     *Diagnosis     `json:"diagnosis,omitempty"`
	Period        Period         `json:"period"`
	Goals         []Goal         `json:"goals,omitempty"`
	DeferredAreas []DeferredArea `json:"deferredAreas,omitempty"`
	Actions       []Action       `json:"actions,omitempty"`
	Reviews       []Review       `json:"reviews,omitempty"`
	Suspensions   []Suspension   `json:"suspensions,omitempty"`
	Signatures    []Signature    `json:"signatures,omitempty"`
	Closure       *Closure       `json:"closure,omitempty"`
	Status        Status         `json:"status,omitempty"`
}

// Period is the planned span of an IPW, both ends inclusive.
type Period struct {
	Start Date `json:"start"`
	End   Date `json:"end"`
}

// CaseWorker is the social worker (pracownik socjalny) who leads the IPW,
// employed by the OPS or CUS.
type CaseWorker struct {
	Institution string `json:"institution"`
	Name        string `json:"name"`
}

// BeneficiaryKind says whether the IPW supports one person or a family.
type BeneficiaryKind string

// The beneficiary kinds.
const (
	BeneficiaryPerson BeneficiaryKind = "person"
	BeneficiaryFamily BeneficiaryKind = "family"
)

// Beneficiary is the supported person or family, identified by a pseudonym
// (data minimisation: no names, PESEL optional and discouraged).
type Beneficiary struct {
	Kind      BeneficiaryKind   `json:"kind"`
	Pseudonym string            `json:"pseudonym"`
	Members   []HouseholdMember `json:"members"`
}

// MemberRole is a household member's place in the family.
type MemberRole string

// The household roles.
const (
	MemberApplicant MemberRole = "applicant"
	MemberSpouse    MemberRole = "spouse"
	MemberPartner   MemberRole = "partner"
	MemberChild     MemberRole = "child"
	MemberParent    MemberRole = "parent"
	MemberSibling   MemberRole = "sibling"
	MemberOther     MemberRole = "other"
)

// HouseholdMember is one person of the supported household.
type HouseholdMember struct {
	ID        string     `json:"id"`
	Role      MemberRole `json:"role"`
	BirthYear int        `json:"birthYear"`
	PESEL     string     `json:"pesel,omitempty"`
}

// AdultIn reports whether the member is 18 or older in year (by birth year).
func (m *HouseholdMember) AdultIn(year int) bool { return year-m.BirthYear >= 18 }

// SignsAsAdult reports whether household member m signs p as an adult: 18
// or older in the year of their dated signature when p records one, else
// in asOf's year — the reading of the IPW's signatures (signedBy) and of
// the consent, for the documents' signature lines.
func (p *Plan) SignsAsAdult(m *HouseholdMember, asOf cooperation.Date) bool {
	for _, s := range p.Signatures {
		if s.Signer.Member == m.ID && !s.Date.IsZero() {
			return m.AdultIn(s.Date.Year())
		}
	}
	return m.AdultIn(asOf.Year())
}

// adultBy reports whether the member is adult in the year of now's date.
func (m *HouseholdMember) adultBy(now cooperation.Clock) bool {
	return now.YearReached(m.BirthYear + 18)
}

// Reason is a qualification reason (przesłanka).
type Reason string

// The qualification reasons.
const (
	ReasonMultipleProblems  Reason = "multiple_problems"
	ReasonOwnMeansExhausted Reason = "own_means_exhausted"
	ReasonCrisis            Reason = "crisis"
	ReasonOther             Reason = "other"
)

// Qualification records how the family came to the programme.
type Qualification struct {
	Date       Date     `json:"date"`
	ReferredBy string   `json:"referredBy,omitempty"`
	Reasons    []Reason `json:"reasons,omitempty"`
	Notes      string   `json:"notes,omitempty"`
}

// Consent is the family's consent to process its data and share it with the
// institutions in Scope; it may be withdrawn.
type Consent struct {
	Date      Date     `json:"date"`
	GivenBy   []string `json:"givenBy"`
	Scope     []string `json:"scope"`
	Withdrawn Date     `json:"withdrawn,omitzero"`
}

// Method is a diagnostic method.
type Method string

// The diagnostic methods of the model.
const (
	MethodGenogram           Method = "genogram"
	MethodPSR                Method = "psr" // podejście skoncentrowane na rozwiązaniach
	MethodDiagnosticWorkshop Method = "diagnostic_workshop"
	MethodInterview          Method = "interview"
	MethodOther              Method = "other"
)

// Area is an area of the family's life the diagnosis covers.
type Area string

// The diagnosis areas.
const (
	AreaIncome              Area = "income"
	AreaEmployment          Area = "employment"
	AreaHousing             Area = "housing"
	AreaHealth              Area = "health"
	AreaDisability          Area = "disability"
	AreaAddiction           Area = "addiction"
	AreaDomesticViolence    Area = "domestic_violence"
	AreaParenting           Area = "parenting"
	AreaEducation           Area = "education"
	AreaFamilyRelations     Area = "family_relations"
	AreaLegal               Area = "legal"
	AreaSocialParticipation Area = "social_participation"
	AreaOther               Area = "other"
)

// Diagnosis is the shared, multidimensional diagnosis of the family.
type Diagnosis struct {
	Date    Date            `json:"date"`
	Methods []Method        `json:"methods,omitempty"`
	Areas   []AreaDiagnosis `json:"areas"`
}

// AreaDiagnosis describes one area with the model's four facets: causes;
// strengths and weaknesses; resources and deficits; expectations and needs.
type AreaDiagnosis struct {
	Area         Area   `json:"area"`
	Problem      bool   `json:"problem"`
	Causes       string `json:"causes,omitempty"`
	Strengths    string `json:"strengths,omitempty"`
	Weaknesses   string `json:"weaknesses,omitempty"`
	Resources    string `json:"resources,omitempty"`
	Deficits     string `json:"deficits,omitempty"`
	Expectations string `json:"expectations,omitempty"`
	Needs        string `json:"needs,omitempty"`
}

// Suspension pauses the plan from From to To (To zero: until further notice).
type Suspension struct {
	From   Date   `json:"from"`
	To     Date   `json:"to,omitzero"`
	Reason string `json:"reason,omitempty"`
}

// Signer is who signs an IPW: a household member, or an institution through
// a named person.
type Signer struct {
	Member      string `json:"member,omitempty"`
	Institution string `json:"institution,omitempty"`
	Name        string `json:"name,omitempty"`
}

// Signature is a signature under the IPW (IPWs are signed on paper; this
// records who signed and when).
type Signature struct {
	Signer Signer `json:"signer"`
	Date   Date   `json:"date"`
}

// ClosureReason is why an IPW ended.
type ClosureReason string

// The closure reasons.
const (
	ClosureGoalsAchieved          ClosureReason = "goals_achieved"
	ClosureGoalsPartiallyAchieved ClosureReason = "goals_partially_achieved"
	ClosureBeneficiaryResigned    ClosureReason = "beneficiary_resigned"
	ClosureConsentWithdrawn       ClosureReason = "consent_withdrawn"
	ClosureMovedAway              ClosureReason = "moved_away"
	ClosureLostContact            ClosureReason = "lost_contact"
	ClosureDeath                  ClosureReason = "death"
	ClosureTransferred            ClosureReason = "transferred"
	ClosurePeriodEnded            ClosureReason = "period_ended"
	ClosureOther                  ClosureReason = "other"
)

// Closure ends the IPW with a reason and an evaluation of each goal.
type Closure struct {
	Date         Date               `json:"date"`
	Reason       ClosureReason      `json:"reason,omitempty"`
	GoalOutcomes map[string]Outcome `json:"goalOutcomes,omitempty"`
	Summary      string             `json:"summary,omitempty"`
}

// Status is the lifecycle state of an IPW. It is derived from the data (see
// DeriveStatus); a stored status is only checked against it.
type Status string

// The statuses.
const (
	StatusDraft      Status = "draft"
	StatusAgreed     Status = "agreed"
	StatusInProgress Status = "in_progress"
	StatusSuspended  Status = "suspended"
	StatusClosed     Status = "closed"
)

func (k BeneficiaryKind) String() string { return string(k) }

func (r MemberRole) String() string { return string(r) }

func (r Reason) String() string { return string(r) }

func (m Method) String() string { return string(m) }

func (r ClosureReason) String() string { return string(r) }

// checkTeam reports a plan run by a team of another kind than the profile's
// team.caseTeamKind (the PZK itself in the rural variant, a GGK in the
// urban-rural one, a ZZK in the urban one).
func (pc *planCheck) checkTeam() {
	t, _, ok := pc.ix.Team(pc.p.Team)
	if !ok || pc.teamOK || (pc.settings.Variant.Valid() && !t.Kind.InVariant(pc.settings)) {
		return // a team of a kind foreign to the variant is team.kind_not_in_variant
	}
	if u, _, ok := pc.ix.PZKUnderOtherKind(); ok && u.ID == t.ID {
		return // the PZK under another kind is team.pzk_other_kind
	}
	params := []string{"team", pc.teamName(pc.p.Team)}
	params = append(params, teamKindLabel(t.Kind, pc.b.Variant).params("kind")...)
	params = append(params, teamKindLabel(pc.settings.Team.CaseTeamKind, pc.b.Variant).params("want")...)
	pc.add(cooperation.CodeIPWTeamKindMismatch, pc.path.Key("team"), params...)
}

// checkCaseWorker reports a case worker employed outside the OPS/CUS,
// unless the institution is a member of a PZK reported without an OPS
// (see cooperation.Index.OPSMissingAround).
func (pc *planCheck) checkCaseWorker() {
	id := pc.p.CaseWorker.Institution
	if _, ok := pc.ix.Institution(id); !ok || pc.ix.IsOPS(id) {
		return
	}
	// A PZK with no OPS whose member employs the case worker: the OPS was
	// entered under a wrong kind, which team.ops_missing reports.
	if pc.ix.OPSMissingAround(id, pc.now, pc.settings) {
		return
	}
	// An institution whose TERYT code contradicts its kind may be the OPS
	// under a wrong kind: id.teryt_invalid reports it.
	if pc.ix.KindInDoubt(id) {
		return
	}
	pc.add(cooperation.CodeIPWCaseWorkerNotOPS, pc.path.Key("caseWorker").Key("institution"),
		"institution", pc.institutionName(id))
}

// checkMembers checks the household members' PESEL numbers: an invalid one
// is id.pesel_invalid; a valid one is privacy.pesel_present (info), since an
// IPW should identify people by pseudonym. Neither message shows the number
// or the birth date it encodes.
func (pc *planCheck) checkMembers() {
	mp := pc.path.Key("beneficiary").Key("members")
	for j := range pc.p.Beneficiary.Members {
		m := &pc.p.Beneficiary.Members[j]
		if m.PESEL == "" {
			continue
		}
		at := mp.Index(j).Key("pesel")
		if err := cooperation.CheckPESEL(m.PESEL); err != nil {
			pc.findings.Add(cooperation.CodePESELInvalid, at,
				pc.named(append([]string{"member", m.ID}, peselReason(err).params("reason")...))...)
			continue
		}
		pc.findings.Add(cooperation.CodePrivacyPESELPresent, at, pc.named([]string{"member", m.ID})...)
	}
}

// peselReason says what is wrong with a PESEL, in both languages, without
// quoting the number or the birth date it encodes: a PESEL is personal data
// and messages end up in logs.
func peselReason(err error) label {
	var ie *cooperation.IDError
	if errors.As(err, &ie) {
		return label{ie.Describe(cooperation.Polish), ie.Describe(cooperation.English)}
	}
	return label{"nie przechodzi kontroli numeru PESEL", "it fails the PESEL check"}
}

// checkQualification reports a plan that does not record the family's
// qualification.
func (pc *planCheck) checkQualification() {
	if pc.p.Qualification == nil {
		pc.missing(cooperation.CodeIPWQualificationMissing, pc.path)
	}
}

// checkPeriod checks the period and the duration up to the planned end:
// past start + ipw.typicalMaxMonths months it is long (warning), past start
// + ipw.maxMonths months it exceeds the maximum (error), never both. The
// finding points at whatever sets the planned end: period.end or the
// extending review's newEnd.
func (pc *planCheck) checkPeriod() {
	per := pc.p.Period
	if per.Start.IsZero() || per.End.IsZero() {
		return
	}
	if per.End.Before(per.Start) {
		pc.add(cooperation.CodeIPWPeriodInvalid, pc.path.Key("period").Key("end"),
			"start", per.Start.String(), "end", per.End.String())
		return
	}
	at := pc.path.Key("period").Key("end")
	if pc.endBy >= 0 {
		at = pc.path.Key("reviews").Index(pc.endBy).Key("newEnd")
	}
	params := func(max int) []string {
		return []string{"start", per.Start.String(), "end", pc.end.String(), "max", strconv.Itoa(max)}
	}
	switch ipw := pc.settings.IPW; {
	case per.Start.AddMonths(ipw.MaxMonths).Before(pc.end):
		pc.add(cooperation.CodeIPWDurationExceeds, at, params(ipw.MaxMonths)...)
	case per.Start.AddMonths(ipw.TypicalMaxMonths).Before(pc.end):
		pc.add(cooperation.CodeIPWDurationLong, at, params(ipw.TypicalMaxMonths)...)
	}
}

// checkSignatures reports who has not yet signed: the case worker's
// institution, an adult household member, or both, in one finding. For a
// draft this is info, being unsigned is what makes it a draft; but a plan
// already carried out without the signatures (an action under way or
// finished, or a review held) gets the rule's own severity.
func (pc *planCheck) checkSignatures() {
	inst, adult := signedBy(pc.p, pc.now)
	if (inst && adult) || pc.signaturesBroken() {
		return
	}
	name := pc.institutionName(pc.p.CaseWorker.Institution)
	var who label
	switch {
	case !inst && !adult:
		who = label{"instytucji pracownika socjalnego (" + name + ") ani pełnoletniego członka rodziny",
			"the case worker's institution (" + name + ") and of an adult member of the family"}
	case !inst:
		who = label{"instytucji pracownika socjalnego (" + name + ")", "the case worker's institution (" + name + ")"}
	default:
		who = label{"pełnoletniego członka rodziny", "an adult member of the family"}
	}
	at := pc.path
	if len(pc.p.Signatures) > 0 {
		at = pc.path.Key("signatures")
	}
	if pc.inUse() {
		pc.add(cooperation.CodeIPWSignatureMissing, at, who.params("who")...)
		return
	}
	pc.missing(cooperation.CodeIPWSignatureMissing, at, who.params("who")...)
}

// signaturesBroken reports whether a signature names a household member or
// an institution that does not exist, or the case worker's institution does
// not exist: the missing signature may be that one, so the plan is not
// reported as unsigned.
func (pc *planCheck) signaturesBroken() bool {
	return pc.brokenUnder(pc.path.Key("signatures")) || pc.brokenUnder(pc.path.Key("caseWorker"))
}

// inUse reports whether the plan is being carried out: an action is under
// way or finished, or a review was held by asOf.
func (pc *planCheck) inUse() bool {
	for _, a := range pc.p.Actions {
		if a.Status != ActionPlanned && a.Status != ActionCancelled && a.Status != "" {
			return true
		}
	}
	for _, r := range pc.p.Reviews {
		if !r.Date.IsZero() && pc.now.Reached(r.Date) {
			return true
		}
	}
	return false
}
