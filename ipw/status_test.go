package ipw_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

func TestDeriveStatus(t *testing.T) {
	adult := ipw.Signature{Signer: ipw.Signer{Member: "m1"}, Date: d("2025-03-28")}
	minor := ipw.Signature{Signer: ipw.Signer{Member: "m3"}, Date: d("2025-03-28")}
	ops := ipw.Signature{Signer: ipw.Signer{Institution: "gops", Name: "Katarzyna Nowacka"}, Date: d("2025-03-28")}
	other := ipw.Signature{Signer: ipw.Signer{Institution: "pcpr", Name: "Jan Testowy"}, Date: d("2025-03-28")}
	tests := []struct {
		name   string
		reason string
		change func(p *ipw.Plan)
		asOf   string
		want   ipw.Status
	}{
		{"unsigned", "nobody signed", func(p *ipw.Plan) { p.Signatures = nil }, "2026-03-16", ipw.StatusDraft},
		{"institution only", "the family has not signed", func(p *ipw.Plan) { p.Signatures = []ipw.Signature{ops} }, "2026-03-16", ipw.StatusDraft},
		{"family only", "the OPS has not signed", func(p *ipw.Plan) { p.Signatures = []ipw.Signature{adult} }, "2026-03-16", ipw.StatusDraft},
		{"another institution", "the PCPR's signature is not the case worker's institution's", func(p *ipw.Plan) { p.Signatures = []ipw.Signature{other, adult} }, "2026-03-16", ipw.StatusDraft},
		{"minor", "a 13-year-old cannot sign for the family", func(p *ipw.Plan) { p.Signatures = []ipw.Signature{ops, minor} }, "2026-03-16", ipw.StatusDraft},
		{"signed later", "signatures dated after asOf do not count yet", func(p *ipw.Plan) {}, "2025-03-27", ipw.StatusDraft},
		{"agreed", "signed, starts after asOf", func(p *ipw.Plan) {}, "2025-03-31", ipw.StatusAgreed},
		{"starts today", "signed, starts on asOf", func(p *ipw.Plan) {}, "2025-04-01", ipw.StatusInProgress},
		{"in progress", "signed, started, not closed", func(p *ipw.Plan) {}, "2026-03-16", ipw.StatusInProgress},
		{"past planned end", "not closed after the planned end: still in progress", func(p *ipw.Plan) {}, "2026-06-01", ipw.StatusInProgress},
		{"suspended", "a suspension until further notice", func(p *ipw.Plan) {
			p.Suspensions = []ipw.Suspension{{From: d("2026-03-02")}}
		}, "2026-03-16", ipw.StatusSuspended},
		{"suspension over", "the suspension ended", func(p *ipw.Plan) {
			p.Suspensions = []ipw.Suspension{{From: d("2026-01-05"), To: d("2026-02-27")}}
		}, "2026-03-16", ipw.StatusInProgress},
		{"suspension last day", "periods are inclusive", func(p *ipw.Plan) {
			p.Suspensions = []ipw.Suspension{{From: d("2026-01-05"), To: d("2026-03-16")}}
		}, "2026-03-16", ipw.StatusSuspended},
		{"closure ahead", "a closure dated after asOf has not happened", func(p *ipw.Plan) {
			p.Closure = &ipw.Closure{Date: d("2026-03-31"), Reason: ipw.ClosureGoalsAchieved}
		}, "2026-03-16", ipw.StatusInProgress},
		{"closed", "closed on asOf", func(p *ipw.Plan) {
			p.Closure = &ipw.Closure{Date: d("2026-03-16"), Reason: ipw.ClosureGoalsAchieved}
		}, "2026-03-16", ipw.StatusClosed},
		{"closed while suspended", "the closure wins", func(p *ipw.Plan) {
			p.Suspensions = []ipw.Suspension{{From: d("2026-01-05")}}
			p.Closure = &ipw.Closure{Date: d("2026-02-27"), Reason: ipw.ClosureConsentWithdrawn}
		}, "2026-03-16", ipw.StatusClosed},
		{"closed unsigned", "a draft abandoned is closed", func(p *ipw.Plan) {
			p.Signatures = nil
			p.Closure = &ipw.Closure{Date: d("2025-03-31"), Reason: ipw.ClosureBeneficiaryResigned}
		}, "2026-03-16", ipw.StatusClosed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := jaskolki()
			tt.change(&p)
			if got := ipw.DeriveStatus(&p, d(tt.asOf)); got != tt.want {
				t.Errorf("%s: DeriveStatus(asOf %s) = %s, want %s", tt.reason, tt.asOf, got, tt.want)
			}
		})
	}
}

func TestPlannedEnd(t *testing.T) {
	review := func(on string, dec ipw.Decision, newEnd string) ipw.Review {
		r := ipw.Review{Date: d(on), Decision: dec}
		if newEnd != "" {
			r.NewEnd = d(newEnd)
		}
		return r
	}
	tests := []struct {
		name    string
		reason  string
		reviews []ipw.Review
		want    string
	}{
		{"no reviews", "the period's end", nil, "2026-03-31"},
		{"continue", "a review that does not extend", []ipw.Review{review("2025-06-30", ipw.DecisionContinue, "")}, "2026-03-31"},
		{"extend", "one extension", []ipw.Review{review("2026-03-09", ipw.DecisionExtend, "2026-06-30")}, "2026-06-30"},
		{"two extensions", "the latest counts", []ipw.Review{
			review("2025-12-29", ipw.DecisionExtend, "2026-04-30"),
			review("2026-03-09", ipw.DecisionExtend, "2026-06-30"),
		}, "2026-06-30"},
		{"out of order", "reviews are taken in date order, not document order", []ipw.Review{
			review("2026-03-09", ipw.DecisionExtend, "2026-06-30"),
			review("2025-12-29", ipw.DecisionExtend, "2026-04-30"),
		}, "2026-06-30"},
		{"no new end", "an extension without newEnd is invalid and ignored", []ipw.Review{review("2026-03-09", ipw.DecisionExtend, "")}, "2026-03-31"},
		{"shortening", "an extension to an earlier day is invalid and ignored", []ipw.Review{review("2026-03-09", ipw.DecisionExtend, "2026-03-15")}, "2026-03-31"},
		{"invalid latest", "the latest valid extension counts", []ipw.Review{
			review("2025-12-29", ipw.DecisionExtend, "2026-04-30"),
			review("2026-03-09", ipw.DecisionExtend, "2026-04-01"),
		}, "2026-04-30"},
		{"newEnd without extend", "only an extend decision moves the end", []ipw.Review{review("2026-03-09", ipw.DecisionModify, "2026-06-30")}, "2026-03-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := jaskolki()
			p.Reviews = tt.reviews
			if got := ipw.PlannedEnd(&p); got.String() != tt.want {
				t.Errorf("%s: PlannedEnd() = %s, want %s", tt.reason, got, tt.want)
			}
		})
	}
}

// draft returns the fixture with the Jaskółki plan as a fresh draft: no
// consent, no diagnosis yet, a goal with no action, nobody has signed.
func draft() *ipw.Bundle {
	b := fixture()
	p := p0(b)
	p.Consent, p.Diagnosis, p.DeferredAreas = nil, nil, nil
	p.Period = ipw.Period{Start: d("2026-04-01"), End: d("2027-03-31")}
	p.Goals = []ipw.Goal{{ID: "g1", Title: "Podjęcie zatrudnienia", Areas: []ipw.Area{ipw.AreaEmployment}}}
	p.Actions, p.Reviews, p.Signatures = nil, nil, nil
	p.Status = ipw.StatusDraft
	return b
}

// TestDraftSeverities checks that a draft reports its missing sections as
// info, and that the same gaps are errors once the plan is signed.
func TestDraftSeverities(t *testing.T) {
	missing := []string{
		at(cooperation.CodeIPWConsentMissing, "/ipws/0"),
		at(cooperation.CodeIPWDiagnosisMissing, "/ipws/0"),
		at(cooperation.CodeIPWGoalWithoutAction, "/ipws/0/goals/0"),
	}
	sev := func(fs []cooperation.Finding) map[string]cooperation.Severity {
		out := make(map[string]cooperation.Severity)
		for _, f := range fs {
			if ours(f.Code) {
				out[at(f.Code, string(f.Path))] = f.Severity
			}
		}
		return out
	}

	got := sev(checkFixture(t, draft(), cooperation.Date{}, cooperation.English))
	want := map[string]cooperation.Severity{at(cooperation.CodeIPWSignatureMissing, "/ipws/0"): cooperation.SeverityInfo}
	for _, k := range missing {
		want[k] = cooperation.SeverityInfo
	}
	if !mapsEqual(got, want) {
		t.Errorf("Check(draft) = %v, want %v", got, want)
	}

	b := draft()
	p0(b).Signatures = jaskolki().Signatures
	p0(b).Status = ipw.StatusAgreed
	got = sev(checkFixture(t, b, cooperation.Date{}, cooperation.English))
	want = make(map[string]cooperation.Severity)
	for _, k := range missing {
		want[k] = cooperation.SeverityError
	}
	if !mapsEqual(got, want) {
		t.Errorf("Check(signed draft) = %v, want %v", got, want)
	}
}

func mapsEqual[K comparable, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestMessages checks the parameters and the wording of findings whose
// message carries computed values, in both languages.
func TestMessages(t *testing.T) {
	tests := []struct {
		name   string
		change func(b *ipw.Bundle)
		code   cooperation.Code
		lang   cooperation.Lang
		want   string
	}{
		{"holiday", func(b *ipw.Bundle) { extend(b, "2026-04-30"); p0(b).Actions[5].Due = d("2026-04-06") },
			cooperation.CodeIPWActionDueNonWorkingDay, cooperation.Polish,
			"Termin działania „Comiesięczny kontakt z wychowawcą” w IPW „Jaskółki” przypada 06.04.2026\u00a0r. (święto: Drugi dzień Wielkiej Nocy), więc przesuwa się na najbliższy dzień roboczy: 07.04.2026\u00a0r. Możesz wpisać ten dzień jako termin."},
		{"saturday", func(b *ipw.Bundle) { p0(b).Actions[5].Due = d("2026-03-28") },
			cooperation.CodeIPWActionDueNonWorkingDay, cooperation.English,
			"Action \"Comiesięczny kontakt z wychowawcą\" of IPW \"Jaskółki\" is due on 28 March 2026 (Saturday); the deadline moves to the next working day, 30 March 2026. You may enter that day as the due date."},
		{"area", func(b *ipw.Bundle) { p0(b).DeferredAreas = nil },
			cooperation.CodeIPWAreaWithoutGoal, cooperation.Polish,
			"Obszaru problemowego „zdrowie” w IPW „Jaskółki” nie dotyczy żaden cel i nie odroczono go z podaniem przyczyny. Dodaj cel dla tego obszaru albo odrocz go z uzasadnieniem."},
		{"facets", func(b *ipw.Bundle) { a := &p0(b).Diagnosis.Areas[0]; a.Causes, a.Expectations, a.Needs = "", "", "" },
			cooperation.CodeIPWDiagnosisIncomplete, cooperation.English,
			"The area \"employment\" of the diagnosis of IPW \"Jaskółki\" is marked as a problem, but does not describe: causes; expectations and needs. Complete the description of the area."},
		{"status", func(b *ipw.Bundle) { p0(b).Status = ipw.StatusClosed },
			cooperation.CodeIPWStatusMismatch, cooperation.Polish,
			"IPW „Jaskółki” ma zapisany status „zakończony”, a z danych wynika status „w realizacji”. Popraw zapisany status albo go usuń – status wynika z danych programu."},
		{"signature", func(b *ipw.Bundle) { p0(b).Signatures = p0(b).Signatures[1:]; p0(b).Status = "" },
			cooperation.CodeIPWSignatureMissing, cooperation.Polish,
			"IPW „Jaskółki” nie ma podpisu instytucji pracownika socjalnego (Gminny Ośrodek Pomocy Społecznej w Masłowie). Dodaj podpis z datą."},
		{"gap", func(b *ipw.Bundle) { b.Teams[0].Members[1].Left = d("2026-01-31") },
			cooperation.CodeIPWActionResponsibleNotMember, cooperation.Polish,
			"Za działanie „Konsultacje rodzinne z psychologiem” w IPW „Jaskółki” odpowiada instytucja Powiatowe Centrum Pomocy Rodzinie w Kielcach, ale w dniu 01.02.2026\u00a0r. nie należy ona do zespołu „PZK Masłów”. Dodaj ją do zespołu albo wskaż inną instytucję odpowiedzialną."},
		{"overdue", func(b *ipw.Bundle) { p0(b).Actions[4].Due = d("2026-03-13") },
			cooperation.CodeIPWActionOverdue, cooperation.Polish,
			"Działanie „Konsultacje rodzinne z psychologiem” w IPW „Jaskółki” (Powiatowe Centrum Pomocy Rodzinie w Kielcach) miało termin 13.03.2026\u00a0r. i wciąż ma status „w toku”. Zaktualizuj status działania albo przesuń termin."},
		{"inconsistent", func(b *ipw.Bundle) { p1(b).Closure.GoalOutcomes["g2"] = ipw.OutcomeNotAchieved },
			cooperation.CodeIPWClosureReasonInconsistent, cooperation.English,
			"IPW \"Pan Wrzos\" is closed with the reason \"goals achieved\", but goal \"Udział w życiu społeczności\" is not achieved. Correct the reason for closure or the goals' outcomes."},
		{"duplicate", func(b *ipw.Bundle) { b.IPWs = append(b.IPWs, successor("ipw-2026-01", "2026-03-02")) },
			cooperation.CodeIPWBeneficiaryDuplicate, cooperation.Polish,
			"Rodzina z IPW „Jaskółki” (od 02.03.2026\u00a0r.) to prawdopodobnie ta sama rodzina co w IPW „Jaskółki” (od 01.04.2025\u00a0r.): ten sam pseudonim i lata urodzenia, a okresy obu programów się pokrywają. Sprawdź, czy ten sam program nie został zapisany dwa razy."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := fixture()
			tt.change(b)
			var got []string
			for _, f := range checkFixture(t, b, cooperation.Date{}, tt.lang) {
				if f.Code == tt.code {
					got = append(got, f.Message)
				}
			}
			if !slices.Equal(got, []string{tt.want}) {
				t.Errorf("Check() messages of %s = %q\nwant %q", tt.code, got, tt.want)
			}
		})
	}
}

func ExampleDeriveStatus() {
	on := cooperation.MustDate
	p := &ipw.Plan{
		ID:         "ipw-1",
		CaseWorker: ipw.CaseWorker{Institution: "gops", Name: "Katarzyna Nowacka"},
		Beneficiary: ipw.Beneficiary{Kind: ipw.BeneficiaryPerson, Pseudonym: "Pan Wrzos",
			Members: []ipw.HouseholdMember{{ID: "m1", Role: ipw.MemberApplicant, BirthYear: 1971}}},
		Period: ipw.Period{Start: on("2025-04-01"), End: on("2026-03-31")},
		Signatures: []ipw.Signature{
			{Signer: ipw.Signer{Institution: "gops", Name: "Katarzyna Nowacka"}, Date: on("2025-03-28")},
			{Signer: ipw.Signer{Member: "m1"}, Date: on("2025-03-28")},
		},
		Reviews: []ipw.Review{
			{Date: on("2026-03-09"), Decision: ipw.DecisionExtend, NewEnd: on("2026-05-29")},
		},
		Suspensions: []ipw.Suspension{{From: on("2025-08-04"), To: on("2025-08-29"), Reason: "leczenie szpitalne"}},
		Closure:     &ipw.Closure{Date: on("2026-05-29"), Reason: ipw.ClosureGoalsAchieved},
	}
	for _, day := range []string{"2025-03-20", "2025-03-31", "2025-06-02", "2025-08-18", "2026-05-29"} {
		fmt.Println(day, ipw.DeriveStatus(p, on(day)))
	}
	fmt.Println("planned end:", ipw.PlannedEnd(p))
	// Output:
	// 2025-03-20 draft
	// 2025-03-31 agreed
	// 2025-06-02 in_progress
	// 2025-08-18 suspended
	// 2026-05-29 closed
	// planned end: 2026-05-29
}
