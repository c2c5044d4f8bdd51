package cooperation

// AgreementKind is the kind of a cooperation agreement (porozumienie).
type AgreementKind string

// The agreement kinds (DOMAIN.md §8).
const (
	// AgreementPilot is the three-party pilot contract: voivodeship, powiat, gmina.
	AgreementPilot AgreementKind = "pilot"
	// AgreementLocal is a local cooperation agreement (porozumienie o
	// współpracy) of the gmina or its OPS with the powiat and partners.
	AgreementLocal AgreementKind = "local_cooperation"
	// AgreementDeclaration is a declaration of accession to a PZK
	// (deklaracja przystąpienia), used in the urban variant.
	AgreementDeclaration AgreementKind = "accession_declaration"
	// AgreementVoivodeshipTeam is the agreement behind a WZK.
	AgreementVoivodeshipTeam AgreementKind = "voivodeship_team"
)

func (k AgreementKind) String() string { return string(k) }

// Valid reports whether k is a known agreement kind.
func (k AgreementKind) Valid() bool {
	switch k {
	case AgreementPilot, AgreementLocal, AgreementDeclaration, AgreementVoivodeshipTeam:
		return true
	}
	return false
}

// Agreement is a cooperation agreement with its parties, signatures, annexes
// (aneksy) and withdrawals (wypowiedzenia). When it is in force for whom is
// derived by InForce; see the package documentation.
type Agreement struct {
	ID               string        `json:"id"`
	Kind             AgreementKind `json:"kind"`
	Title            string        `json:"title"`
	Scope            string        `json:"scope,omitempty"`
	Parties          []string      `json:"parties"`
	Signatures       []Signature   `json:"signatures"`
	EffectiveFrom    Date          `json:"effectiveFrom,omitzero"`
	ValidUntil       Date          `json:"validUntil,omitzero"`
	NoticePeriodDays *int          `json:"noticePeriodDays,omitempty"`
	Team             string        `json:"team,omitempty"`
	Annexes          []Annex       `json:"annexes,omitempty"`
	Withdrawals      []Withdrawal  `json:"withdrawals,omitempty"`
}

// Signature is a party's signature under an agreement or an annex.
type Signature struct {
	Party     string `json:"party"`
	Signatory string `json:"signatory"`
	Function  string `json:"function,omitempty"`
	Date      Date   `json:"date"`
}

// Annex (aneks) changes an agreement from EffectiveFrom on: it may add or
// remove parties and extend or shorten the agreement's end.
type Annex struct {
	ID            string      `json:"id"`
	Date          Date        `json:"date"`
	EffectiveFrom Date        `json:"effectiveFrom"`
	AddParties    []string    `json:"addParties,omitempty"`
	RemoveParties []string    `json:"removeParties,omitempty"`
	ValidUntil    Date        `json:"validUntil,omitzero"`
	Signatures    []Signature `json:"signatures"`
}

// Withdrawal (wypowiedzenie) is a party's notice that it leaves an agreement.
// It takes effect on EffectiveDate, or NoticeDate plus the notice period.
type Withdrawal struct {
	Party         string `json:"party"`
	NoticeDate    Date   `json:"noticeDate"`
	EffectiveDate Date   `json:"effectiveDate,omitzero"`
}
