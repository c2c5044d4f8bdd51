package ipw

// Outcome is how far a goal was achieved.
type Outcome string

// The goal outcomes.
const (
	OutcomeAchieved          Outcome = "achieved"
	OutcomePartiallyAchieved Outcome = "partially_achieved"
	OutcomeNotAchieved       Outcome = "not_achieved"
)

// Goal is a goal of the IPW addressing one or more diagnosed areas, with an
// optional measure and target.
type Goal struct {
	ID         string  `json:"id"`
	Title      string  `json:"title"`
	Areas      []Area  `json:"areas"`
	Measure    string  `json:"measure,omitempty"`
	Target     string  `json:"target,omitempty"`
	TargetDate Date    `json:"targetDate,omitzero"`
	Outcome    Outcome `json:"outcome,omitempty"`
}

// DeferredArea is a diagnosed problem area deliberately left for later, with
// the reason.
type DeferredArea struct {
	Area   Area   `json:"area"`
	Reason string `json:"reason"`
}
