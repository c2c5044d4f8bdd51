package simulate_test

import (
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
)

// What if the labour office leaves the partnership ten days from now?
func ExampleRun() {
	b := synth.Bundle(1) // one IPW in a rural gmina, asOf 2025-06-16
	sc := &ipw.Scenario{
		Horizon: cooperation.MustDate("2025-12-31"),
		Events: []ipw.Event{
			{Date: cooperation.MustDate("2025-06-26"), Type: ipw.EventPartnerWithdraws, Institution: "pup"},
		},
	}
	sim, err := simulate.Run(b, sc, cooperation.InLanguage(cooperation.English))
	if err != nil {
		panic(err)
	}
	for _, step := range sim.Timeline {
		for _, f := range step.Appeared {
			fmt.Println(step.Date, f.Code, f.Path)
		}
	}
	fmt.Println("PZK institutions at the horizon:", sim.Indicators.PZK.Institutions)
	// Output:
	// 2025-06-26 ipw.action_not_covered_by_agreement /ipws/0/actions/0/responsible/institution
	// 2025-06-26 ipw.action_responsible_not_member /ipws/0/actions/0/responsible/institution
	// 2025-07-09 team.meeting_gap /teams/0/meetings
	// 2025-09-17 ipw.review_overdue /ipws/0
	// 2025-10-17 ipw.action_overdue /ipws/0/actions/0/due
	// PZK institutions at the horizon: 4
}
