package ipw

// Stage is an implementation stage (etap wdrażania) of the model in a
// municipality. Each variant has its own ordered list of stages.
type Stage string

// StageRecord is a stage as the municipality recorded it.
type StageRecord struct {
	Stage     Stage  `json:"stage"`
	Started   Date   `json:"started,omitzero"`
	Completed Date   `json:"completed,omitzero"`
	Evidence  string `json:"evidence,omitempty"`
}

// checkStages checks the recorded stages against the data.
func (c *check) checkStages() {
}
