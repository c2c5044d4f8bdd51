package simulate_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
)

func run(t *testing.T, b *ipw.Bundle, sc *ipw.Scenario) *simulate.Simulation {
	t.Helper()
	out, err := simulate.Run(b, sc, cooperation.InLanguage(cooperation.English))
	if err != nil {
		t.Fatalf("Simulate() error = %v", err)
	}
	return out
}

func simKeys(fs []cooperation.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code)+" "+string(f.Path)+" "+f.Message)
	}
	return out
}

func sameFindings(t *testing.T, what string, got, want []cooperation.Finding) {
	t.Helper()
	g, w := simKeys(got), simKeys(want)
	if len(g) != len(w) {
		t.Errorf("%s: %d findings, want %d\ngot  %q\nwant %q", what, len(g), len(w), g, w)
		return
	}
	for i := range g {
		if g[i] != w[i] {
			t.Errorf("%s: finding %d = %s, want %s", what, i, g[i], w[i])
		}
	}
}

// A synthetic bundle with a duplicate family and a duplicate id (the rules
// across plans), under its scenario with both assumptions: the simulation
// says on every day what Check says of that day's state.
func TestSimulateDayByDaySynth(t *testing.T) {
	for _, onTime := range []bool{false, true} {
		b := synth.Bundle(40)
		sc := synth.Scenario(b, 12, onTime)
		b.IPWs = append(b.IPWs, synth.Plan(3))
		b.IPWs[len(b.IPWs)-1].ID = "ipw-extra"
		b.IPWs = append(b.IPWs, synth.Plan(5))
		if bad := dayByDay(t, b, sc); len(bad) > 0 {
			t.Errorf("on_time=%v: %d mismatched days, the first:\n%s", onTime, len(bad), strings.Join(bad[:min(len(bad), 5)], "\n"))
		}
		if sim := run(t, b, sc); len(sim.Scenario) != 0 {
			t.Errorf("scenario findings: %q", simKeys(sim.Scenario))
		}
	}
}

// The same input gives the same output, byte for byte, and the caller's
// bundle is left as it was.
func TestSimulateDeterministic(t *testing.T) {
	b := synth.Bundle(30)
	before, _ := json.Marshal(b)
	sc := synth.Scenario(b, 12, true)
	var outs [][]byte
	for i := 0; i < 3; i++ {
		out, err := json.Marshal(run(t, b, sc))
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out)
	}
	for i := 1; i < len(outs); i++ {
		if !bytes.Equal(outs[0], outs[i]) {
			t.Fatalf("run %d differs from run 0", i)
		}
	}
	after, _ := json.Marshal(b)
	if !bytes.Equal(before, after) {
		t.Fatal("Simulate changed the caller's bundle")
	}
}

func hasFinding(fs []cooperation.Finding, code cooperation.Code, path string) bool {
	for _, f := range fs {
		if f.Code == code && (path == "" || string(f.Path) == path) {
			return true
		}
	}
	return false
}

// appearedOn returns the date on which a finding of code at path first
// appeared in the timeline.
func appearedOn(sim *simulate.Simulation, code cooperation.Code, path string) cooperation.Date {
	for _, st := range sim.Timeline {
		if hasFinding(st.Appeared, code, path) {
			return st.Date
		}
	}
	return cooperation.Date{}
}

// Each event type has its effect on the state at the horizon.
func TestSimulateEventEffects(t *testing.T) {
	at := synth.AsOf
	tests := []struct {
		name  string
		event ipw.Event
		check func(t *testing.T, sim *simulate.Simulation)
	}{
		{"action_started", ipw.Event{Date: at, Type: ipw.EventActionStarted, IPW: "ipw-0001", Action: "a1"},
			func(t *testing.T, sim *simulate.Simulation) {
				// a1 is already in progress in the synthetic plan.
				if !hasFinding(sim.Scenario, cooperation.CodeScenarioEventInvalid, "/events/0") {
					t.Errorf("scenario = %q, want scenario.event_invalid", simKeys(sim.Scenario))
				}
			}},
		{"action_done", ipw.Event{Date: at.AddDays(5), Type: ipw.EventActionDone, IPW: "ipw-0001", Action: "a1"},
			func(t *testing.T, sim *simulate.Simulation) {
				a := sim.Final.IPWs[0].Actions[0]
				if a.Status != ipw.ActionDone || !a.Completed.Equal(at.AddDays(5)) {
					t.Errorf("a1 = %s %s, want done on %s", a.Status, a.Completed, at.AddDays(5))
				}
			}},
		{"action_not_done", ipw.Event{Date: at.AddDays(5), Type: ipw.EventActionNotDone, IPW: "ipw-0001", Action: "a2"},
			func(t *testing.T, sim *simulate.Simulation) {
				if a := sim.Final.IPWs[0].Actions[1]; a.Status != ipw.ActionNotDone || a.Completed.IsZero() {
					t.Errorf("a2 = %s %s, want not_done with a date", a.Status, a.Completed)
				}
			}},
		{"action_cancelled", ipw.Event{Date: at.AddDays(5), Type: ipw.EventActionCancelled, IPW: "ipw-0001", Action: "a2"},
			func(t *testing.T, sim *simulate.Simulation) {
				if a := sim.Final.IPWs[0].Actions[1]; a.Status != ipw.ActionCancelled {
					t.Errorf("a2 = %s, want cancelled", a.Status)
				}
			}},
		{"review extend", ipw.Event{Date: at.AddDays(30), Type: ipw.EventReview, IPW: "ipw-0001", Decision: ipw.DecisionExtend, NewEnd: d("2026-09-30")},
			func(t *testing.T, sim *simulate.Simulation) {
				if end := ipw.PlannedEnd(&sim.Final.IPWs[0]); !end.Equal(d("2026-09-30")) {
					t.Errorf("planned end = %s, want 2026-09-30", end)
				}
			}},
		{"review extend backwards", ipw.Event{Date: at.AddDays(30), Type: ipw.EventReview, IPW: "ipw-0001", Decision: ipw.DecisionExtend, NewEnd: at.AddDays(40)},
			func(t *testing.T, sim *simulate.Simulation) {
				if !hasFinding(sim.Scenario, cooperation.CodeScenarioEventInvalid, "/events/0") || len(sim.Final.IPWs[0].Reviews) != 0 {
					t.Errorf("scenario = %q, want the extension refused", simKeys(sim.Scenario))
				}
			}},
		{"suspend", ipw.Event{Date: at.AddDays(10), Type: ipw.EventSuspend, IPW: "ipw-0001", Reason: "szpital"},
			func(t *testing.T, sim *simulate.Simulation) {
				if got := ipw.DeriveStatus(&sim.Final.IPWs[0], sim.Horizon); got != ipw.StatusSuspended {
					t.Errorf("status at the horizon = %s, want suspended", got)
				}
				if sim.Indicators.IPW.Suspended != 1 {
					t.Errorf("indicators = %+v, want one suspended", sim.Indicators.IPW)
				}
			}},
		{"resume without suspension", ipw.Event{Date: at.AddDays(10), Type: ipw.EventResume, IPW: "ipw-0001"},
			func(t *testing.T, sim *simulate.Simulation) {
				if !hasFinding(sim.Scenario, cooperation.CodeScenarioEventInvalid, "/events/0") {
					t.Errorf("scenario = %q, want scenario.event_invalid", simKeys(sim.Scenario))
				}
			}},
		{"close", ipw.Event{Date: at.AddDays(20), Type: ipw.EventClose, IPW: "ipw-0001", Reason: "goals_achieved",
			GoalOutcomes: map[string]ipw.Outcome{"g1": ipw.OutcomeAchieved, "g2": ipw.OutcomeAchieved}},
			func(t *testing.T, sim *simulate.Simulation) {
				p := sim.Final.IPWs[0]
				if p.Closure == nil || !p.Closure.Date.Equal(at.AddDays(20)) {
					t.Fatalf("closure = %+v", p.Closure)
				}
				for _, a := range p.Actions {
					if a.Status.Open() {
						t.Errorf("action %s is still %s after the closure", a.ID, a.Status)
					}
				}
				if sim.Indicators.IPW.Succeeded != 1 || *sim.Indicators.SuccessRate != 1 {
					t.Errorf("indicators = %+v", sim.Indicators.IPW)
				}
			}},
		{"consent_withdrawn", ipw.Event{Date: at.AddDays(15), Type: ipw.EventConsentWithdrawn, IPW: "ipw-0001"},
			func(t *testing.T, sim *simulate.Simulation) {
				if !sim.Final.IPWs[0].Consent.Withdrawn.Equal(at.AddDays(15)) {
					t.Errorf("consent = %+v", sim.Final.IPWs[0].Consent)
				}
				if got := appearedOn(sim, cooperation.CodeIPWConsentWithdrawnActive, ""); !got.Equal(at.AddDays(15)) {
					t.Errorf("ipw.consent_withdrawn_active appeared on %s, want %s", got, at.AddDays(15))
				}
			}},
		{"partner_withdraws", ipw.Event{Date: at.AddDays(10), Type: ipw.EventPartnerWithdraws, Institution: "pup"},
			func(t *testing.T, sim *simulate.Simulation) {
				a := sim.Final.Agreements[0]
				if len(a.Withdrawals) != 1 || a.Withdrawals[0].Party != "pup" || !a.Withdrawals[0].NoticeDate.Equal(at.AddDays(10)) {
					t.Fatalf("withdrawals = %+v", a.Withdrawals)
				}
				// Notice of 30 days: bound up to day 39, a member up to then.
				for _, m := range sim.Final.Teams[0].Members {
					if m.Institution == "pup" && !m.Left.Equal(at.AddDays(39)) {
						t.Errorf("pup left on %s, want %s", m.Left, at.AddDays(39))
					}
				}
				if sim.Indicators.PZK.Institutions != 4 {
					t.Errorf("pzk = %+v, want 4 institutions", sim.Indicators.PZK)
				}
				// The labour office's action runs past the day it leaves.
				if got := appearedOn(sim, cooperation.CodeIPWActionNotCovered, "/ipws/0/actions/0/responsible/institution"); !got.Equal(at.AddDays(10)) {
					t.Errorf("ipw.action_not_covered_by_agreement appeared on %s, want %s", got, at.AddDays(10))
				}
			}},
		{"partner_joins", ipw.Event{Date: at.AddDays(10), Type: ipw.EventPartnerJoins, Institution: "powiat"},
			func(t *testing.T, sim *simulate.Simulation) {
				if n := sim.Indicators.PZK.Institutions; n != 6 {
					t.Errorf("pzk institutions = %d, want 6", n)
				}
				// The annex is signed by people: each party's last
				// signatory, and nobody yet for the newcomer, never an
				// institution's id or name in a person's place.
				a := sim.Final.Agreements[0]
				x := a.Annexes[len(a.Annexes)-1]
				for _, sg := range x.Signatures {
					want := ""
					for _, old := range a.Signatures {
						if old.Party == sg.Party {
							want = old.Signatory
						}
					}
					if sg.Signatory != want {
						t.Errorf("%s signs the annex as %q, want %q", sg.Party, sg.Signatory, want)
					}
				}
			}},
		{"partner_joins unknown", ipw.Event{Date: at.AddDays(10), Type: ipw.EventPartnerJoins, Institution: "mops-nowhere"},
			func(t *testing.T, sim *simulate.Simulation) {
				if !hasFinding(sim.Scenario, cooperation.CodeRefUnknown, "/events/0/institution") {
					t.Errorf("scenario = %q, want ref.unknown", simKeys(sim.Scenario))
				}
			}},
		{"agreement_expires", ipw.Event{Date: at.AddDays(50), Type: ipw.EventAgreementExpires, Agreement: "lokalne"},
			func(t *testing.T, sim *simulate.Simulation) {
				if got := sim.Final.Agreements[0].ValidUntil; !got.Equal(at.AddDays(49)) {
					t.Errorf("validUntil = %s, want %s", got, at.AddDays(49))
				}
				// The agreement's end is reported once, naming the PZK members
				// it covered; neither they nor their actions are again.
				if !hasFinding(sim.Findings, cooperation.CodeTeamAgreementEnded, "/agreements/0/validUntil") {
					t.Errorf("findings at the horizon lack team.agreement_ended")
				}
				if hasFinding(sim.Findings, cooperation.CodeTeamMemberNotInAgreement, "") {
					t.Errorf("findings at the horizon repeat the agreement's end member by member")
				}
			}},
		{"ipw_added", ipw.Event{Date: at.AddDays(3), Type: ipw.EventIPWAdded, Document: func() *ipw.Plan {
			p := synth.Plan(7)
			p.ID = "ipw-new"
			return &p
		}()},
			func(t *testing.T, sim *simulate.Simulation) {
				if len(sim.Final.IPWs) != 2 || sim.Final.IPWs[1].ID != "ipw-new" || sim.Indicators.IPW.Total != 2 {
					t.Errorf("IPWs = %d, indicators %+v", len(sim.Final.IPWs), sim.Indicators.IPW)
				}
			}},
		{"before asOf", ipw.Event{Date: at.AddDays(-1), Type: ipw.EventSuspend, IPW: "ipw-0001"},
			func(t *testing.T, sim *simulate.Simulation) {
				if !hasFinding(sim.Scenario, cooperation.CodeScenarioEventOutOfRange, "/events/0/date") || len(sim.Final.IPWs[0].Suspensions) != 0 {
					t.Errorf("scenario = %q, want the event out of range and skipped", simKeys(sim.Scenario))
				}
			}},
		{"after the horizon", ipw.Event{Date: at.AddMonths(13), Type: ipw.EventSuspend, IPW: "ipw-0001"},
			func(t *testing.T, sim *simulate.Simulation) {
				if !hasFinding(sim.Scenario, cooperation.CodeScenarioEventOutOfRange, "/events/0/date") {
					t.Errorf("scenario = %q, want the event out of range", simKeys(sim.Scenario))
				}
			}},
		{"unknown ipw", ipw.Event{Date: at, Type: ipw.EventClose, IPW: "ipw-9999"},
			func(t *testing.T, sim *simulate.Simulation) {
				if !hasFinding(sim.Scenario, cooperation.CodeRefUnknown, "/events/0/ipw") {
					t.Errorf("scenario = %q, want ref.unknown", simKeys(sim.Scenario))
				}
			}},
		{"unknown action", ipw.Event{Date: at, Type: ipw.EventActionDone, IPW: "ipw-0001", Action: "a9"},
			func(t *testing.T, sim *simulate.Simulation) {
				if !hasFinding(sim.Scenario, cooperation.CodeRefUnknown, "/events/0/action") {
					t.Errorf("scenario = %q, want ref.unknown", simKeys(sim.Scenario))
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := synth.Bundle(1)
			sc := &ipw.Scenario{Horizon: at.AddMonths(6), Events: []ipw.Event{tt.event}}
			tt.check(t, run(t, b, sc))
		})
	}
}

// With on_time, open actions complete on their due dates, reviews keep
// the cadence, and the plan closes at its planned end.
func TestSimulateOnTime(t *testing.T) {
	b := synth.Bundle(1)
	p := b.IPWs[0]
	sc := &ipw.Scenario{Horizon: ipw.PlannedEnd(&p).AddDays(1), Assume: ipw.AssumeOnTime}
	sim := run(t, b, sc)
	final := sim.Final.IPWs[0]
	for k, a := range final.Actions {
		if a.Status != ipw.ActionDone || !a.Completed.Equal(p.Actions[k].Due) {
			t.Errorf("action %s = %s on %s, want done on %s", a.ID, a.Status, a.Completed, p.Actions[k].Due)
		}
	}
	if final.Closure == nil || !final.Closure.Date.Equal(ipw.PlannedEnd(&p)) || final.Closure.Reason != ipw.ClosureGoalsAchieved {
		t.Errorf("closure = %+v, want goals_achieved on the planned end", final.Closure)
	}
	if hasFinding(sim.Findings, cooperation.CodeIPWReviewOverdue, "") || hasFinding(sim.Findings, cooperation.CodeIPWReviewGap, "") {
		t.Errorf("review findings at the horizon: %q", simKeys(sim.Findings))
	}
	if sim.Indicators.OnTimeRate == nil || *sim.Indicators.OnTimeRate != 1 {
		t.Errorf("onTimeRate = %v, want 1", sim.Indicators.OnTimeRate)
	}
	// As recorded, nothing happens and the review falls overdue.
	sim = run(t, b, &ipw.Scenario{Horizon: sc.Horizon})
	if !hasFinding(sim.Findings, cooperation.CodeIPWReviewOverdue, "") {
		t.Errorf("as recorded: findings at the horizon %q lack ipw.review_overdue", simKeys(sim.Findings))
	}
}

// With on_time, the PZK also meets on schedule, so a year's projection
// shows no meeting gap; as recorded, the gap appears.
func TestSimulateOnTimeMeetings(t *testing.T) {
	b := synth.Bundle(2)
	horizon := b.AsOf.AddMonths(12)
	sim := run(t, b, &ipw.Scenario{Horizon: horizon, Assume: ipw.AssumeOnTime})
	for _, st := range sim.Timeline {
		for _, f := range st.Appeared {
			if f.Code == cooperation.CodeTeamMeetingGap {
				t.Errorf("on_time: %s appeared on %s", f.Code, st.Date)
			}
		}
	}
	meetings := 0
	for _, st := range sim.Timeline {
		for _, e := range st.Assumed {
			if e.Type == ipw.EventMeetingHeld {
				meetings++
			}
		}
	}
	if meetings < 4 {
		t.Errorf("on_time: %d assumed PZK meetings over a year, want at least 4 (every ≤ 92 days)", meetings)
	}
	pzk := sim.Final.Teams[0]
	if got := len(pzk.Meetings); got != len(b.Teams[0].Meetings)+meetings {
		t.Errorf("final PZK has %d meetings, want %d recorded + %d assumed", got, len(b.Teams[0].Meetings), meetings)
	}
	asRecorded := run(t, b, &ipw.Scenario{Horizon: horizon})
	if !hasFinding(asRecorded.Findings, cooperation.CodeTeamMeetingGap, "") {
		t.Errorf("as recorded: findings at the horizon %q lack team.meeting_gap", simKeys(asRecorded.Findings))
	}
}
