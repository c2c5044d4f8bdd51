package mutation

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// stageRows are recorded implementation stages that the data contradict.
func stageRows() []Mutation {
	return []Mutation{
		{
			Name: "stage of another variant", Base: "rural",
			Mistake: "A stage \"case_teams\", a stage of the urban variant, is recorded in a rural municipality.",
			Bundle: func(b *ipw.Bundle) {
				b.Stages = append(b.Stages, ipw.StageRecord{Stage: ipw.StageCaseTeams, Started: date("2026-01-05")})
			},
			Want: []Want{want(cooperation.CodeStageUnknownForVariant, "/stages/4/stage")},
		},
		{
			Name: "stage completed before the one before it", Base: "rural",
			Mistake: "Formalisation is recorded as completed on 20 November 2025, after the stage that follows it, recruitment and diagnosis, was recorded as completed (17 November). Stages are completed in order, by their recorded dates, even where the data would show formalisation done earlier.",
			Bundle:  func(b *ipw.Bundle) { stage(b, ipw.StageFormalisation).Completed = date("2025-11-20") },
			Want:    []Want{want(cooperation.CodeStageOrderViolation, "/stages/2/completed")},
		},
		{
			Name: "stage completed before its evidence", Base: "urban",
			Mistake: "The initiation of the PZK is recorded as completed on 31 October 2025, before the PZK was formed (5 November).",
			Bundle:  func(b *ipw.Bundle) { stage(b, ipw.StagePZKInitiation).Completed = date("2025-10-31") },
			Want:    []Want{want(cooperation.CodeStageEvidenceMissing, "/stages/3")},
		},
	}
}

// scenarioRows are mistakes in a simulation scenario (a "what if" over the
// rural example); each is reported with a path into the scenario, and the
// faulty event is skipped.
func scenarioRows() []Mutation {
	return []Mutation{
		{
			Name: "scenario ending before it starts", Base: "rural", ScenarioBase: "partner-leaves",
			Mistake:  "The scenario's horizon, 30 June 2026, lies before the bundle's date (16 November 2026), where the replay starts.",
			Scenario: func(sc *ipw.Scenario) { sc.Horizon = date("2026-06-30") },
			Want:     []Want{want(cooperation.CodeScenarioHorizonInvalid, "/horizon")},
		},
		{
			Name: "scenario event before the start", Base: "rural", ScenarioBase: "partner-leaves",
			Mistake:  "The NGO's withdrawal is dated 1 December 2025, before the bundle's date, where the replay starts (2026 was meant).",
			Scenario: func(sc *ipw.Scenario) { sc.Events[0].Date = date("2025-12-01") },
			Want:     []Want{want(cooperation.CodeScenarioEventOutOfRange, "/events/0/date")},
		},
		{
			Name: "scenario finishing a finished action", Base: "rural", ScenarioBase: "close-all",
			Mistake:  "The scenario marks action d3 of the Rodzina A. programme done on 18 December 2026; it was done in June.",
			Scenario: func(sc *ipw.Scenario) { sc.Events[0].Action = "d3" },
			Want:     []Want{want(cooperation.CodeScenarioEventInvalid, "/events/0")},
		},
	}
}
