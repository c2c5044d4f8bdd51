package ipw_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
)

// checkerBundles are the bundles the Checker's properties are tried on:
// the examples and a synthetic one.
func checkerBundles(t *testing.T) map[string]*ipw.Bundle {
	out := map[string]*ipw.Bundle{"synth": synth.Bundle(12)}
	for _, name := range examples.Names() {
		out[name] = exampleBundle(t, name)
	}
	return out
}

// Until the day Check says its findings can next change, they do not: the
// rules noted every day on which a verdict of theirs flips.
func TestCheckerNextIsSound(t *testing.T) {
	from, to := cooperation.MustDate("2025-06-01"), cooperation.MustDate("2027-06-30")
	for name, b := range checkerBundles(t) {
		t.Run(name, func(t *testing.T) {
			ch := ipw.NewChecker(b, cooperation.InLanguage(cooperation.English))
			for day := from; !day.After(to); {
				p := ch.Check(day)
				if !p.Next.IsZero() && !p.Next.After(day) {
					t.Fatalf("Check(%s).Next = %s, not after the day", day, p.Next)
				}
				next := p.Next
				if next.IsZero() || next.After(to) {
					next = to.AddDays(1)
				}
				want := messagesOf(p.Findings)
				for e := day.AddDays(1); e.Before(next); e = e.AddDays(1) {
					if got := keysOf(ch.Check(e).Findings); got != keysOf(p.Findings) {
						t.Fatalf("the findings change on %s, but Check(%s).Next = %s:\n%s\nwas\n%s", e, day, p.Next, got, want)
					}
				}
				day = next
			}
		})
	}
}

func keysOf(fs []cooperation.Finding) string {
	var out string
	for _, f := range fs {
		out += diffKey(f) + "\n"
	}
	return out
}

// The parts of a Checker add up to Check, and the earliest of their days
// is Check's; an action evaluated alone says what its plan says of it.
func TestCheckerPartsAddUp(t *testing.T) {
	days := []string{"2025-06-01", "2026-01-15", "2026-11-16", "2027-06-30"}
	for name, b := range checkerBundles(t) {
		ch := ipw.NewChecker(b, cooperation.InLanguage(cooperation.English))
		for _, s := range days {
			day := cooperation.MustDate(s)
			var all []cooperation.Finding
			var next cooperation.Date
			add := func(p ipw.Part) {
				all = append(all, p.Findings...)
				if !p.Next.IsZero() && (next.IsZero() || p.Next.Before(next)) {
					next = p.Next
				}
			}
			add(ch.Partnership(day))
			for k := range b.IPWs {
				pp := ch.Plan(k, day)
				add(pp.Part)
				for j, a := range pp.Actions {
					add(a)
					if got, want := messagesOf(ch.Action(k, j, day).Findings), messagesOf(a.Findings); got != want {
						t.Errorf("%s %s: Action(%d, %d) =\n%s\nPlan says\n%s", name, s, k, j, got, want)
					}
					if got, want := messagesOf(pp.Action(j, day).Findings), messagesOf(a.Findings); got != want {
						t.Errorf("%s %s: PlanPart.Action(%d) of plan %d =\n%s\nPlan says\n%s", name, s, j, k, got, want)
					}
				}
			}
			add(ch.AcrossPlans(day))
			add(ch.Capacity(day))
			add(ch.Stages(day))
			cooperation.SortFindings(all)
			whole := ch.Check(day)
			if got, want := messagesOf(all), messagesOf(whole.Findings); got != want {
				t.Errorf("%s %s: the parts give\n%s\nCheck gives\n%s", name, s, got, want)
			}
			if next != whole.Next {
				t.Errorf("%s %s: the parts' next day is %s, Check's %s", name, s, next, whole.Next)
			}
			check, _ := ipw.Check(b, cooperation.AsOf(day), cooperation.InLanguage(cooperation.English))
			if got, want := messagesOf(whole.Findings), messagesOf(check); got != want {
				t.Errorf("%s %s: Checker.Check gives\n%s\nipw.Check gives\n%s", name, s, got, want)
			}
		}
	}
}

// diffKey is what the differential compares: a finding's code, path and
// severity. Parameters are left out, since a finding whose parameters alone
// change (days overdue, the date in a message) persists in a timeline.
func diffKey(f cooperation.Finding) string {
	return string(f.Code) + " " + string(f.Path) + " " + string(f.Severity)
}

func messagesOf(fs []cooperation.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %s %s %s\n", f.Code, f.Path, f.Severity, f.Message)
	}
	return b.String()
}

func exampleBundle(t *testing.T, name string) *ipw.Bundle {
	t.Helper()
	data, err := examples.Bundle(name)
	if err != nil {
		t.Fatal(err)
	}
	var b ipw.Bundle
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &b
}

func exampleScenario(t *testing.T, name string) *ipw.Scenario {
	t.Helper()
	data, err := examples.Scenario(name)
	if err != nil {
		t.Fatal(err)
	}
	var sc ipw.Scenario
	if err := json.Unmarshal(data, &sc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &sc
}
