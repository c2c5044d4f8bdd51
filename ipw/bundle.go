package ipw

import (
	"encoding/json"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Bundle is one municipality's cooperation as one document: the partnership
// (institutions, services, teams, agreements), the IPWs and the recorded
// implementation stages. Extensions are preserved untouched.
type Bundle struct {
	cooperation.Partnership
	IPWs       []Plan          `json:"ipws,omitempty"`
	Stages     []StageRecord   `json:"stages,omitempty"`
	Extensions json.RawMessage `json:"extensions,omitempty"`
}
