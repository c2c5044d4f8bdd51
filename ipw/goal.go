package ipw

import "github.com/kooperacja/kooperacja/cooperation"

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

func (o Outcome) String() string { return string(o) }

// checkGoals checks each goal: its areas are diagnosed, it has an action, a
// target comes with a measure, and the target date lies in the period (up to
// the planned end).
func (pc *planCheck) checkGoals() {
	diagnosed := pc.diagnosed()
	withAction := make(map[string]bool, len(pc.p.Actions))
	misnamed := false // an action serves a goal that does not exist: it may be meant for any
	for k, a := range pc.p.Actions {
		withAction[a.Goal] = true
		misnamed = misnamed || pc.brokenUnder(pc.path.Key("actions").Index(k).Key("goal"))
	}
	for g := range pc.p.Goals {
		goal := &pc.p.Goals[g]
		gp := pc.path.Key("goals").Index(g)
		if diagnosed != nil {
			for k, a := range goal.Areas {
				if !diagnosed[a] {
					pc.add(cooperation.CodeIPWGoalAreaUnknown, gp.Key("areas").Index(k),
						append([]string{"goal", goal.ID}, areaTerms.both(a).params("area")...)...)
				}
			}
		}
		if !withAction[goal.ID] && !misnamed {
			pc.missing(cooperation.CodeIPWGoalWithoutAction, gp, "goal", goal.ID)
		}
		if !blank(goal.Target) && blank(goal.Measure) {
			pc.missing(cooperation.CodeIPWGoalTargetWithoutMeasure, gp.Key("target"), "goal", goal.ID)
		}
		if t := goal.TargetDate; pc.periodOK && !t.IsZero() && (t.Before(pc.p.Period.Start) || (t.After(pc.end) && !pc.endUncertain)) {
			pc.add(cooperation.CodeIPWGoalTargetDateOutside, gp.Key("targetDate"), "goal", goal.ID,
				"date", t.String(), "start", pc.p.Period.Start.String(), "end", pc.end.String())
		}
	}
}
