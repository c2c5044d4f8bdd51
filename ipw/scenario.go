package ipw

import "encoding/json"

// Assumption says what happens in a simulation to what the scenario does
// not mention (see "Scenarios" in the package documentation).
type Assumption string

// The assumptions of a scenario.
const (
	// AssumeAsRecorded changes the state only through the scenario's events:
	// what the scenario does not mention does not happen.
	AssumeAsRecorded Assumption = "as_recorded"
	// AssumeOnTime projects the plan as written: every open action whose end
	// the scenario does not decide completes on its due date, and every plan
	// in progress is reviewed on schedule.
	AssumeOnTime Assumption = "on_time"
)

func (a Assumption) String() string { return string(a) }

// Valid reports whether a is a known assumption ("" counts as as_recorded).
func (a Assumption) Valid() bool { return a == "" || a == AssumeAsRecorded || a == AssumeOnTime }

// EventType is the kind of a scenario event.
type EventType string

// The event types of a scenario.
const (
	EventActionStarted    EventType = "action_started"
	EventActionDone       EventType = "action_done"
	EventActionNotDone    EventType = "action_not_done"
	EventActionCancelled  EventType = "action_cancelled"
	EventReview           EventType = "review"
	EventSuspend          EventType = "suspend"
	EventResume           EventType = "resume"
	EventClose            EventType = "close"
	EventConsentWithdrawn EventType = "consent_withdrawn"
	EventPartnerWithdraws EventType = "partner_withdraws"
	EventPartnerJoins     EventType = "partner_joins"
	EventAgreementExpires EventType = "agreement_expires"
	EventIPWAdded         EventType = "ipw_added"

	// EventMeetingHeld is a PZK meeting that the on_time projection assumes
	// held on schedule. It appears only among a step's assumed events;
	// scenarios cannot contain it.
	EventMeetingHeld EventType = "meeting_held"
)

var eventTypes = []EventType{
	EventActionStarted, EventActionDone, EventActionNotDone, EventActionCancelled,
	EventReview, EventSuspend, EventResume, EventClose, EventConsentWithdrawn,
	EventPartnerWithdraws, EventPartnerJoins, EventAgreementExpires, EventIPWAdded,
}

// EventTypes lists the event types in the order of the model's
// reference (REFERENCE.md).
func EventTypes() []EventType { return append([]EventType(nil), eventTypes...) }

func (t EventType) String() string { return string(t) }

// Valid reports whether t is a known event type.
func (t EventType) Valid() bool {
	for _, e := range eventTypes {
		if e == t {
			return true
		}
	}
	return false
}

// Event is one dated event of a scenario. Which fields it uses depends on
// its type:
//
//   - action_started, action_done, action_not_done, action_cancelled: IPW, Action;
//   - review: IPW, Decision, NewEnd (for extend), Reason and GoalOutcomes
//     (for close);
//   - suspend: IPW, Reason; resume, consent_withdrawn: IPW;
//   - close: IPW, Reason (a closure reason), GoalOutcomes;
//   - partner_withdraws, partner_joins: Institution;
//   - agreement_expires: Agreement;
//   - ipw_added: Document.
type Event struct {
	Date         Date               `json:"date"`
	Type         EventType          `json:"type"`
	IPW          string             `json:"ipw,omitempty"`
	Action       string             `json:"action,omitempty"`
	Institution  string             `json:"institution,omitempty"`
	Agreement    string             `json:"agreement,omitempty"`
	Decision     Decision           `json:"decision,omitempty"`
	NewEnd       Date               `json:"newEnd,omitzero"`
	Reason       string             `json:"reason,omitempty"`
	GoalOutcomes map[string]Outcome `json:"goalOutcomes,omitempty"`
	Document     *Plan              `json:"document,omitempty"`
}

// Scenario is a "what if" over a bundle: the dated events to replay from the
// bundle's asOf up to Horizon, and what to assume about everything else.
// Its JSON form is the scenario document (schema "scenario").
type Scenario struct {
	Horizon Date       `json:"horizon"`
	Assume  Assumption `json:"assume,omitempty"`
	Events  []Event    `json:"events"`
}

// MarshalJSON writes events as an array even when there are none.
func (sc Scenario) MarshalJSON() ([]byte, error) {
	type plain Scenario
	if sc.Events == nil {
		sc.Events = []Event{}
	}
	return json.Marshal(plain(sc))
}

// String describes an event for people: its date, type and subject.
func (e *Event) String() string {
	subject := e.IPW
	switch {
	case e.Action != "":
		subject = e.IPW + "/" + e.Action
	case e.Institution != "":
		subject = e.Institution
	case e.Agreement != "":
		subject = e.Agreement
	case e.Document != nil:
		subject = e.Document.ID
	}
	return e.Date.String() + " " + string(e.Type) + " " + subject
}
