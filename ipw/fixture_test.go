package ipw_test

import (
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// The fixture is a valid rural bundle of gmina Masłów (TERYT 2604092,
// powiat kielecki 2604, województwo świętokrzyskie 26) checked at
// fixtureAsOf, a Monday. Its PZK runs two IPWs: ipws/0, the Jaskółki family,
// signed and in progress; ipws/1, Pan Wrzos, closed with its goals achieved.
// Every person and pseudonym is fictional. Tests change one thing and look
// for the findings that change should cause, and no other.

var fixtureAsOf = cooperation.MustDate("2026-03-16")

func d(s string) cooperation.Date { return cooperation.MustDate(s) }

func intp(n int) *int { return &n }

// fixture returns a fresh, complete and valid bundle.
func fixture() *ipw.Bundle {
	pop := 11500
	sig := func(party, who, on string) cooperation.Signature {
		return cooperation.Signature{Party: party, Signatory: who, Function: "kierownik", Date: d(on)}
	}
	member := func(inst, who string, roles ...cooperation.Role) cooperation.Member {
		return cooperation.Member{Institution: inst, Representative: who, Roles: roles, Joined: d("2024-09-02")}
	}
	meetings := func(attendees []string, dates ...string) []cooperation.Meeting {
		out := make([]cooperation.Meeting, len(dates))
		for i, on := range dates {
			out[i] = cooperation.Meeting{Date: d(on), Attendees: attendees}
		}
		return out
	}
	return &ipw.Bundle{
		Partnership: cooperation.Partnership{
			SchemaVersion: cooperation.SchemaVersion,
			Variant:       cooperation.VariantRural,
			Municipality:  cooperation.Municipality{TERYT: "2604092", Name: "Gmina Masłów", Population: &pop},
			Institutions: []cooperation.Institution{
				{ID: "gmina", Name: "Gmina Masłów", Kind: cooperation.KindGmina, TERYT: "2604092"},
				{ID: "gops", Name: "Gminny Ośrodek Pomocy Społecznej w Masłowie", Kind: cooperation.KindOPS, TERYT: "2604092"},
				{ID: "powiat", Name: "Powiat Kielecki", Kind: cooperation.KindPowiat, TERYT: "2604"},
				{ID: "pcpr", Name: "Powiatowe Centrum Pomocy Rodzinie w Kielcach", Kind: cooperation.KindPCPR, TERYT: "2604"},
				{ID: "pup", Name: "Powiatowy Urząd Pracy w Kielcach", Kind: cooperation.KindPUP, TERYT: "2604"},
				{ID: "szkola", Name: "Szkoła Podstawowa w Masłowie", Kind: cooperation.KindSchool, TERYT: "2604092"},
				{ID: "policja", Name: "Posterunek Policji w Masłowie", Kind: cooperation.KindPolice, TERYT: "2604"},
				{ID: "ngo", Name: "Stowarzyszenie Razem dla Masłowa", Kind: cooperation.KindNGO, TERYT: "2604092"},
				{ID: "woj", Name: "Województwo Świętokrzyskie", Kind: cooperation.KindVoivodeship, TERYT: "26"},
			},
			Services: []cooperation.Service{
				{ID: "doradztwo", Name: "Poradnictwo zawodowe", Provider: "pup", MonthlyCapacity: intp(5)},
				{ID: "korepetycje", Name: "Korepetycje szkolne", Provider: "szkola", MonthlyCapacity: intp(10)},
				{ID: "konsultacje", Name: "Konsultacje rodzinne", Provider: "pcpr", MonthlyCapacity: intp(3)},
			},
			Teams: []cooperation.Team{{
				ID: "pzk", Kind: cooperation.TeamPZK, Name: "PZK Masłów", Formed: d("2024-09-02"),
				Members: []cooperation.Member{
					member("gops", "Ewa Przykładowa", cooperation.RoleLeader, cooperation.RoleGminaAnimator, cooperation.RoleCaseWorker),
					member("pcpr", "Jan Testowy", cooperation.RolePowiatAnimator),
					member("pup", "Maria Umowna", cooperation.RoleMember),
					member("szkola", "Anna Wzorcowa", cooperation.RoleMember),
					member("policja", "Piotr Fikcyjny", cooperation.RoleMember),
					member("ngo", "Halina Społeczna", cooperation.RoleMember),
				},
				Meetings: meetings([]string{"gops", "pcpr", "pup", "szkola"},
					"2024-09-02", "2024-11-04", "2025-01-13", "2025-03-17", "2025-05-19",
					"2025-07-14", "2025-09-15", "2025-11-17", "2026-01-19", "2026-03-09"),
			}},
			Agreements: []cooperation.Agreement{
				{
					ID: "pilot", Kind: cooperation.AgreementPilot, Title: "Umowa partnerska pilotażu",
					Scope:   "Pilotaż modelu kooperacji w gminie Masłów",
					Parties: []string{"woj", "powiat", "gmina"},
					Signatures: []cooperation.Signature{
						sig("woj", "Tomasz Wojewódzki", "2024-08-01"),
						sig("powiat", "Karol Starościński", "2024-08-05"),
						sig("gmina", "Jerzy Wójtowski", "2024-08-07"),
					},
					ValidUntil: d("2027-06-30"),
				},
				{
					ID: "porozumienie", Kind: cooperation.AgreementLocal, Title: "Porozumienie o współpracy",
					Scope:   "Wspólne wsparcie osób i rodzin w modelu kooperacji",
					Parties: []string{"gmina", "gops", "pcpr", "pup", "szkola", "policja", "ngo"},
					Signatures: []cooperation.Signature{
						sig("gmina", "Jerzy Wójtowski", "2024-09-10"),
						sig("gops", "Ewa Przykładowa", "2024-09-10"),
						sig("pcpr", "Jan Testowy", "2024-09-12"),
						sig("pup", "Maria Umowna", "2024-09-16"),
						sig("szkola", "Anna Wzorcowa", "2024-09-16"),
						sig("policja", "Piotr Fikcyjny", "2024-09-18"),
						sig("ngo", "Halina Społeczna", "2024-09-20"),
					},
					EffectiveFrom: d("2024-10-01"),
					ValidUntil:    d("2027-12-31"),
				},
			},
		},
		IPWs: []ipw.Plan{jaskolki(), wrzos()},
	}
}

// jaskolki is a family IPW, signed, in progress at fixtureAsOf.
func jaskolki() ipw.Plan {
	return ipw.Plan{
		ID:         "ipw-2025-01",
		Team:       "pzk",
		CaseWorker: ipw.CaseWorker{Institution: "gops", Name: "Katarzyna Nowacka"},
		Beneficiary: ipw.Beneficiary{
			Kind: ipw.BeneficiaryFamily, Pseudonym: "Jaskółki",
			Members: []ipw.HouseholdMember{
				{ID: "m1", Role: ipw.MemberApplicant, BirthYear: 1986},
				{ID: "m2", Role: ipw.MemberPartner, BirthYear: 1984},
				{ID: "m3", Role: ipw.MemberChild, BirthYear: 2012},
				{ID: "m4", Role: ipw.MemberChild, BirthYear: 2016},
			},
		},
		Qualification: &ipw.Qualification{
			Date: d("2025-03-03"), ReferredBy: "gops",
			Reasons: []ipw.Reason{ipw.ReasonMultipleProblems, ipw.ReasonOwnMeansExhausted},
		},
		Consent: &ipw.Consent{
			Date: d("2025-03-10"), GivenBy: []string{"m1", "m2"},
			Scope: []string{"gops", "pcpr", "pup", "szkola"},
		},
		Diagnosis: &ipw.Diagnosis{
			Date:    d("2025-03-24"),
			Methods: []ipw.Method{ipw.MethodGenogram, ipw.MethodPSR, ipw.MethodDiagnosticWorkshop},
			Areas: []ipw.AreaDiagnosis{
				{Area: ipw.AreaEmployment, Problem: true,
					Causes:    "Długotrwałe bezrobocie wnioskodawczyni po urodzeniu dzieci",
					Strengths: "Doświadczenie w handlu, prawo jazdy", Weaknesses: "Nieaktualne kwalifikacje",
					Resources: "Oferta PUP, wsparcie partnera", Deficits: "Słaby dojazd do Kielc",
					Expectations: "Praca w pobliżu domu", Needs: "Szkolenie zawodowe"},
				{Area: ipw.AreaIncome, Problem: true,
					Causes:    "Jeden niski dochód na cztery osoby",
					Strengths: "Regularne opłaty", Weaknesses: "Zadłużenie za energię",
					Resources: "Zasiłek rodzinny", Deficits: "Brak oszczędności",
					Expectations: "Samodzielność finansowa", Needs: "Plan spłaty zadłużenia"},
				{Area: ipw.AreaParenting, Problem: true,
					Causes:    "Przeciążenie obowiązkami",
					Strengths: "Silna więź z dziećmi", Weaknesses: "Mało kontaktu ze szkołą",
					Resources: "Wsparcie dziadków", Deficits: "Brak czasu",
					Expectations: "Lepsze oceny starszego syna", Needs: "Pomoc w nauce"},
				{Area: ipw.AreaHealth, Problem: true,
					Causes:    "Przewlekłe bóle kręgosłupa partnera",
					Strengths: "Leczenie w POZ", Resources: "Bliskość przychodni",
					Expectations: "Zmniejszenie bólu", Needs: "Rehabilitacja"},
				{Area: ipw.AreaHousing, Problem: false,
					Strengths: "Własne mieszkanie w dobrym stanie"},
			},
		},
		Period: ipw.Period{Start: d("2025-04-01"), End: d("2026-03-31")},
		Goals: []ipw.Goal{
			{ID: "g1", Title: "Podjęcie zatrudnienia przez wnioskodawczynię",
				Areas:   []ipw.Area{ipw.AreaEmployment, ipw.AreaIncome},
				Measure: "Umowa o pracę lub umowa zlecenia", Target: "Zatrudnienie co najmniej na pół etatu",
				TargetDate: d("2026-02-27")},
			{ID: "g2", Title: "Poprawa sytuacji szkolnej starszego syna",
				Areas:   []ipw.Area{ipw.AreaParenting},
				Measure: "Średnia ocen na koniec semestru", Target: "Średnia co najmniej 3,5",
				TargetDate: d("2026-01-30")},
		},
		DeferredAreas: []ipw.DeferredArea{
			{Area: ipw.AreaHealth, Reason: "Rodzina chce najpierw uporządkować sprawy zawodowe; wróci do tematu na przeglądzie"},
		},
		Actions: []ipw.Action{
			{ID: "a1", Goal: "g1", Title: "Poradnictwo zawodowe i indywidualny plan działania",
				Responsible: ipw.Responsible{Institution: "pup"}, Service: "doradztwo",
				Start: d("2025-04-07"), Due: d("2025-06-30"), Status: ipw.ActionDone, Completed: d("2025-06-27")},
			{ID: "a2", Goal: "g1", Title: "Staż zawodowy w sklepie w Masłowie",
				Responsible: ipw.Responsible{Institution: "pup"},
				Start:       d("2025-07-01"), Due: d("2025-12-31"), Status: ipw.ActionDone, Completed: d("2025-12-31")},
			{ID: "a3", Goal: "g1", Title: "Udział w warsztatach aktywizacji zawodowej",
				Responsible: ipw.Responsible{Member: "m1"},
				Start:       d("2025-04-14"), Due: d("2025-09-30"), Status: ipw.ActionDone, Completed: d("2025-09-30")},
			{ID: "a4", Goal: "g2", Title: "Zajęcia wyrównawcze z matematyki",
				Responsible: ipw.Responsible{Institution: "szkola"}, Service: "korepetycje",
				Start: d("2025-09-01"), Due: d("2026-01-30"), Status: ipw.ActionDone, Completed: d("2026-01-30")},
			{ID: "a5", Goal: "g2", Title: "Konsultacje rodzinne z psychologiem",
				Responsible: ipw.Responsible{Institution: "pcpr"}, Service: "konsultacje",
				Start: d("2025-10-01"), Due: d("2026-03-27"), Status: ipw.ActionInProgress},
			{ID: "a6", Goal: "g2", Title: "Comiesięczny kontakt z wychowawcą",
				Responsible: ipw.Responsible{Member: "m2"},
				Start:       d("2025-09-01"), Due: d("2026-03-31"), Status: ipw.ActionInProgress},
			{ID: "a7", Goal: "g1", Title: "Praca socjalna i koordynacja wsparcia",
				Responsible: ipw.Responsible{Institution: "gops"},
				Start:       d("2025-04-01"), Due: d("2026-03-31"), Status: ipw.ActionInProgress},
		},
		Reviews: []ipw.Review{
			{Date: d("2025-06-30"), Participants: []string{"gops", "pup", "pcpr"}, Decision: ipw.DecisionContinue},
			{Date: d("2025-09-29"), Participants: []string{"gops", "pup", "szkola"}, Decision: ipw.DecisionModify,
				Notes: "Dodano konsultacje rodzinne w PCPR"},
			{Date: d("2025-12-29"), Participants: []string{"gops", "pcpr", "szkola"}, Decision: ipw.DecisionContinue},
		},
		Signatures: []ipw.Signature{
			{Signer: ipw.Signer{Institution: "gops", Name: "Katarzyna Nowacka"}, Date: d("2025-03-28")},
			{Signer: ipw.Signer{Member: "m1"}, Date: d("2025-03-28")},
			{Signer: ipw.Signer{Member: "m2"}, Date: d("2025-03-28")},
		},
		Status: ipw.StatusInProgress,
	}
}

// wrzos is a one-person IPW closed with its goals achieved.
func wrzos() ipw.Plan {
	return ipw.Plan{
		ID:         "ipw-2025-02",
		Team:       "pzk",
		CaseWorker: ipw.CaseWorker{Institution: "gops", Name: "Tomasz Zawadzki"},
		Beneficiary: ipw.Beneficiary{
			Kind: ipw.BeneficiaryPerson, Pseudonym: "Pan Wrzos",
			Members: []ipw.HouseholdMember{{ID: "m1", Role: ipw.MemberApplicant, BirthYear: 1971}},
		},
		Qualification: &ipw.Qualification{Date: d("2024-12-02"), ReferredBy: "pup", Reasons: []ipw.Reason{ipw.ReasonMultipleProblems}},
		Consent:       &ipw.Consent{Date: d("2024-12-09"), GivenBy: []string{"m1"}, Scope: []string{"gops", "pup", "ngo"}},
		Diagnosis: &ipw.Diagnosis{
			Date:    d("2024-12-16"),
			Methods: []ipw.Method{ipw.MethodInterview, ipw.MethodPSR},
			Areas: []ipw.AreaDiagnosis{
				{Area: ipw.AreaEmployment, Problem: true, Causes: "Utrata pracy w zakładzie produkcyjnym",
					Strengths: "Doświadczenie w stolarstwie", Deficits: "Brak uprawnień na wózki widłowe",
					Expectations: "Stała praca", Needs: "Kurs uprawniający"},
				{Area: ipw.AreaSocialParticipation, Problem: true, Causes: "Izolacja po śmierci żony",
					Weaknesses: "Wycofanie", Resources: "Klub seniora w sąsiedztwie",
					Needs: "Kontakt z ludźmi"},
			},
		},
		Period: ipw.Period{Start: d("2025-01-02"), End: d("2025-12-31")},
		Goals: []ipw.Goal{
			{ID: "g1", Title: "Powrót do pracy", Areas: []ipw.Area{ipw.AreaEmployment}, Outcome: ipw.OutcomeAchieved},
			{ID: "g2", Title: "Udział w życiu społeczności", Areas: []ipw.Area{ipw.AreaSocialParticipation}},
		},
		Actions: []ipw.Action{
			{ID: "a1", Goal: "g1", Title: "Kurs operatora wózka widłowego", Responsible: ipw.Responsible{Institution: "pup"},
				Service: "doradztwo", Start: d("2025-01-07"), Due: d("2025-03-31"), Status: ipw.ActionDone, Completed: d("2025-03-28")},
			{ID: "a2", Goal: "g2", Title: "Klub integracji społecznej", Responsible: ipw.Responsible{Institution: "ngo"},
				Start: d("2025-02-03"), Due: d("2025-09-30"), Status: ipw.ActionDone, Completed: d("2025-09-30")},
			{ID: "a3", Goal: "g1", Title: "Poszukiwanie pracy", Responsible: ipw.Responsible{Member: "m1"},
				Start: d("2025-01-07"), Due: d("2025-10-31"), Status: ipw.ActionDone, Completed: d("2025-10-15")},
			{ID: "a4", Goal: "g2", Title: "Praca socjalna", Responsible: ipw.Responsible{Institution: "gops"},
				Start: d("2025-01-02"), Due: d("2025-10-31"), Status: ipw.ActionDone, Completed: d("2025-10-31")},
		},
		Reviews: []ipw.Review{
			{Date: d("2025-03-31"), Participants: []string{"gops", "pup"}, Decision: ipw.DecisionContinue},
			{Date: d("2025-06-30"), Participants: []string{"gops", "ngo"}, Decision: ipw.DecisionContinue},
			{Date: d("2025-09-29"), Participants: []string{"gops", "pup", "ngo"}, Decision: ipw.DecisionClose},
		},
		Signatures: []ipw.Signature{
			{Signer: ipw.Signer{Institution: "gops", Name: "Tomasz Zawadzki"}, Date: d("2024-12-20")},
			{Signer: ipw.Signer{Member: "m1"}, Date: d("2024-12-20")},
		},
		Closure: &ipw.Closure{
			Date: d("2025-10-31"), Reason: ipw.ClosureGoalsAchieved,
			GoalOutcomes: map[string]ipw.Outcome{"g2": ipw.OutcomeAchieved},
			Summary:      "Pan Wrzos podjął pracę w tartaku i regularnie uczestniczy w klubie",
		},
		Status: ipw.StatusClosed,
	}
}

// checkFixture runs ipw.Check on b at asOf (zero: fixtureAsOf) in lang.
func checkFixture(t *testing.T, b *ipw.Bundle, asOf cooperation.Date, lang cooperation.Lang) []cooperation.Finding {
	t.Helper()
	if asOf.IsZero() {
		asOf = fixtureAsOf
	}
	fs, err := ipw.Check(b, cooperation.AsOf(asOf), cooperation.InLanguage(lang))
	if err != nil {
		t.Fatalf("Check() error = %v", err)
	}
	return fs
}

func TestFixtureIsClean(t *testing.T) {
	for _, lang := range []cooperation.Lang{cooperation.English, cooperation.Polish} {
		if fs := checkFixture(t, fixture(), cooperation.Date{}, lang); len(fs) != 0 {
			for _, f := range fs {
				t.Errorf("Check(fixture) finding %s at %s: %s", f.Code, f.Path, f.Message)
			}
		}
	}
}
