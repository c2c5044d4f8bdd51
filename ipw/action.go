package ipw

// ActionStatus is the state of an action.
type ActionStatus string

// The action statuses.
const (
	ActionPlanned    ActionStatus = "planned"
	ActionInProgress ActionStatus = "in_progress"
	ActionDone       ActionStatus = "done"
	ActionNotDone    ActionStatus = "not_done"
	ActionCancelled  ActionStatus = "cancelled"
)

// Open reports whether an action in status s is still to be done.
func (s ActionStatus) Open() bool { return s == ActionPlanned || s == ActionInProgress }

// Responsible says who owns an action: an institution, or a household member
// for the family's own commitment. Exactly one is set.
type Responsible struct {
	Institution string `json:"institution,omitempty"`
	Member      string `json:"member,omitempty"`
}

// Action is a task of the IPW serving one goal, owned by an institution or
// by the family, from Start to Due.
type Action struct {
	ID          string       `json:"id"`
	Goal        string       `json:"goal"`
	Title       string       `json:"title"`
	Responsible Responsible  `json:"responsible"`
	Service     string       `json:"service,omitempty"`
	Start       Date         `json:"start"`
	Due         Date         `json:"due"`
	Status      ActionStatus `json:"status"`
	Completed   Date         `json:"completed,omitzero"`
	Notes       string       `json:"notes,omitempty"`
}
