package ipw_test

import (
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
)

// Indicators on a hand-computed case: four plans, two of them closed.
func TestIndicatorsArithmetic(t *testing.T) {
	b := synth.Bundle(4)
	// Every plan starts on synth.AsOf, a Monday; measure 250 days later.
	day := synth.AsOf.AddDays(250)
	// Plan 0 is in progress. Plan 1 closed
	// after 100 days with success; plan 2 closed after 201 days, resigned.
	// Plan 3 is unsigned: a draft.
	p1, p2, p3 := &b.IPWs[1], &b.IPWs[2], &b.IPWs[3]
	p1.Closure = &ipw.Closure{Date: p1.Period.Start.AddDays(100), Reason: ipw.ClosureGoalsAchieved}
	p2.Closure = &ipw.Closure{Date: p2.Period.Start.AddDays(201), Reason: ipw.ClosureBeneficiaryResigned}
	p3.Signatures = nil
	// Actions: 12 in all. Make exactly three done: one on time, one late,
	// one done with a completion after the day (not counted yet).
	for i := range b.IPWs {
		for k := range b.IPWs[i].Actions {
			a := &b.IPWs[i].Actions[k]
			a.Status, a.Completed = ipw.ActionInProgress, cooperation.Date{}
		}
	}
	a := &b.IPWs[0].Actions[0]
	a.Status, a.Completed = ipw.ActionDone, a.Due
	a = &b.IPWs[0].Actions[1]
	a.Status, a.Completed = ipw.ActionDone, a.Due.AddDays(3)
	a = &b.IPWs[1].Actions[0]
	a.Status, a.Completed = ipw.ActionDone, day.AddDays(1)

	got := ipw.Indicators(b, day)
	want := ipw.IPWCounts{Total: 4, Draft: 1, InProgress: 1, Closed: 2, Succeeded: 1}
	if got.IPW != want {
		t.Errorf("Indicators().IPW = %+v, want %+v", got.IPW, want)
	}
	if got.SuccessRate == nil || *got.SuccessRate != 0.5 {
		t.Errorf("successRate = %v, want 0.5", got.SuccessRate)
	}
	if got.MeanClosedDurationDays == nil || *got.MeanClosedDurationDays != 150.5 {
		t.Errorf("meanClosedDurationDays = %v, want 150.5", got.MeanClosedDurationDays)
	}
	if want := (ipw.ActionCounts{Total: 12, Done: 2, DoneOnTime: 1}); got.Actions != want {
		t.Errorf("actions = %+v, want %+v", got.Actions, want)
	}
	if got.OnTimeRate == nil || *got.OnTimeRate != 0.5 {
		t.Errorf("onTimeRate = %v, want 0.5", got.OnTimeRate)
	}
	// gops (social assistance), pcpr (social assistance), szkoła
	// (education), policja (public safety), pup (labour).
	if want := (ipw.PZKSize{Institutions: 5, Sectors: 4}); got.PZK != want {
		t.Errorf("pzk = %+v, want %+v", got.PZK, want)
	}

	// Totals over two copies: counts double, rates stay.
	sum := got.Add(got)
	if sum.IPW.Total != 8 || sum.Actions.Done != 4 || *sum.SuccessRate != 0.5 || *sum.MeanClosedDurationDays != 150.5 || sum.PZK.Sectors != 4 {
		t.Errorf("Add() = %+v", sum)
	}
}

func TestIndicatorsNoneClosed(t *testing.T) {
	b := synth.Bundle(0)
	got := ipw.Indicators(b, synth.AsOf)
	if got.SuccessRate != nil || got.MeanClosedDurationDays != nil || got.OnTimeRate != nil {
		t.Errorf("rates = %v %v %v, want null", got.SuccessRate, got.MeanClosedDurationDays, got.OnTimeRate)
	}
	if got.Workload == nil || got.ServiceUse == nil {
		t.Error("workload and serviceUse must be empty arrays, not null")
	}
}

// Workload and service use count an action in every month from its start
// to its due date, up to the month it was completed.
func TestIndicatorsWorkloadAndServiceUse(t *testing.T) {
	b := synth.Bundle(1)
	p := &b.IPWs[0]
	p.Actions = []ipw.Action{
		{ID: "x", Goal: "g1", Responsible: ipw.Responsible{Institution: "pcpr"}, Service: "terapia",
			Start: d("2025-06-20"), Due: d("2025-08-29"), Status: ipw.ActionDone, Completed: d("2025-07-15")},
		{ID: "y", Goal: "g2", Responsible: ipw.Responsible{Institution: "pcpr"}, Service: "terapia",
			Start: d("2025-07-01"), Due: d("2025-08-29"), Status: ipw.ActionInProgress},
		{ID: "z", Goal: "g2", Responsible: ipw.Responsible{Institution: "pup"},
			Start: d("2025-07-01"), Due: d("2025-07-31"), Status: ipw.ActionCancelled},
	}
	got := ipw.Indicators(b, synth.AsOf)
	wantWork := []ipw.Workload{
		{Institution: "pcpr", Month: "2025-06", Open: 1},
		{Institution: "pcpr", Month: "2025-07", Open: 2},
		{Institution: "pcpr", Month: "2025-08", Open: 1},
	}
	if len(got.Workload) != len(wantWork) {
		t.Fatalf("workload = %+v, want %+v", got.Workload, wantWork)
	}
	// beside each month, the places the PCPR's services offer in a month
	places := 0
	for _, svc := range b.Services {
		if svc.Provider == "pcpr" && svc.MonthlyCapacity != nil {
			places += *svc.MonthlyCapacity
		}
	}
	if places == 0 {
		t.Fatal("the PCPR of synth.Bundle offers no limited service")
	}
	for i := range wantWork {
		w := got.Workload[i]
		if w.Capacity == nil || *w.Capacity != places {
			t.Errorf("workload[%d].capacity = %v, want %d", i, w.Capacity, places)
		}
		w.Capacity = nil
		if w != wantWork[i] {
			t.Errorf("workload[%d] = %+v, want %+v", i, w, wantWork[i])
		}
	}
	wantUse := []int{1, 2, 1}
	for i, u := range got.ServiceUse {
		if u.Service != "terapia" || u.Used != wantUse[i] || u.Capacity == nil || *u.Capacity != 1 {
			t.Errorf("serviceUse[%d] = %+v, want used %d of capacity 1", i, u, wantUse[i])
		}
	}
}

func TestDoneBy(t *testing.T) {
	d := func(s string) ipw.Date {
		x, err := cooperation.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	day := d("2026-06-30")
	tests := []struct {
		name               string
		a                  ipw.Action
		done, onTime, late bool
	}{
		{"done before its due date", ipw.Action{Status: ipw.ActionDone, Due: d("2026-05-31"), Completed: d("2026-05-20")}, true, true, false},
		{"done on its due date", ipw.Action{Status: ipw.ActionDone, Due: d("2026-05-31"), Completed: d("2026-05-31")}, true, true, false},
		{"done after its due date", ipw.Action{Status: ipw.ActionDone, Due: d("2026-05-31"), Completed: d("2026-06-02")}, true, false, true},
		{"done with no completion date", ipw.Action{Status: ipw.ActionDone, Due: d("2026-05-31")}, true, false, false},
		{"done with no due date", ipw.Action{Status: ipw.ActionDone, Completed: d("2026-05-20")}, true, false, false},
		{"completed after the day", ipw.Action{Status: ipw.ActionDone, Due: d("2026-07-31"), Completed: d("2026-07-02")}, false, false, false},
		{"not done", ipw.Action{Status: ipw.ActionInProgress, Due: d("2026-05-31"), Completed: d("2026-05-20")}, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done, onTime, late := ipw.DoneBy(&tt.a, day)
			if done != tt.done || onTime != tt.onTime || late != tt.late {
				t.Errorf("DoneBy() = %v, %v, %v; want %v, %v, %v", done, onTime, late, tt.done, tt.onTime, tt.late)
			}
		})
	}
}
