package ipw

import "github.com/kooperacja/kooperacja/cooperation"

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
