package ipw

// Decision is what a review (monitoring meeting) decided.
type Decision string

// The review decisions.
const (
	DecisionContinue Decision = "continue"
	DecisionModify   Decision = "modify"
	DecisionExtend   Decision = "extend"
	DecisionSuspend  Decision = "suspend"
	DecisionClose    Decision = "close"
)

// Review is a monitoring review of the IPW by the team with the family.
type Review struct {
	Date         Date     `json:"date"`
	Participants []string `json:"participants,omitempty"`
	Decision     Decision `json:"decision"`
	NewEnd       Date     `json:"newEnd,omitzero"`
	Notes        string   `json:"notes,omitempty"`
}
