package cooperation

import "testing"

// The fixture is a valid rural partnership in gmina Masłów (TERYT 2604092,
// powiat kielecki 2604, województwo świętokrzyskie 26), checked at
// fixtureAsOf. Every person in it is fictional. Tests change one thing and
// look for the one finding that change should cause.

var fixtureAsOf = MustDate("2025-06-16")

func d(s string) Date { return MustDate(s) }

func intp(n int) *int { return &n }

// testPartnership returns a fresh valid rural partnership.
func testPartnership() *Partnership {
	pop := 11500
	sig := func(party, who string, on string) Signature {
		return Signature{Party: party, Signatory: who, Function: "kierownik", Date: d(on)}
	}
	return &Partnership{
		SchemaVersion: SchemaVersion,
		Variant:       VariantRural,
		Municipality:  Municipality{TERYT: "2604092", Name: "Gmina Masłów", Population: &pop},
		Institutions: []Institution{
			{ID: "gmina", Name: "Gmina Masłów", Kind: KindGmina, TERYT: "2604092"},
			{ID: "gops", Name: "GOPS w Masłowie", Kind: KindOPS, TERYT: "2604092", REGON: "291000017", NIP: "6571234562"},
			{ID: "powiat", Name: "Powiat Kielecki", Kind: KindPowiat, TERYT: "2604"},
			{ID: "pcpr", Name: "PCPR w Kielcach", Kind: KindPCPR, TERYT: "2604", REGON: "291000023"},
			{ID: "szkola", Name: "Szkoła Podstawowa w Masłowie", Kind: KindSchool, TERYT: "2604092"},
			{ID: "policja", Name: "Posterunek Policji w Masłowie", Kind: KindPolice, TERYT: "2604"},
			{ID: "pup", Name: "PUP w Kielcach", Kind: KindPUP, TERYT: "2604", NIP: "6571234579"},
			{ID: "woj", Name: "Województwo Świętokrzyskie", Kind: KindVoivodeship, TERYT: "26"},
			{ID: "rops", Name: "ROPS w Kielcach", Kind: KindROPS, TERYT: "26"},
			{ID: "zus", Name: "ZUS Oddział w Kielcach", Kind: KindZUS, TERYT: "26"},
		},
		Services: []Service{
			{ID: "mieszkanie", Name: "Mieszkanie treningowe", Provider: "pcpr", MonthlyCapacity: intp(2)},
			{ID: "korepetycje", Name: "Korepetycje", Provider: "szkola"},
		},
		Teams: []Team{
			{
				ID: "pzk", Kind: TeamPZK, Name: "PZK Masłów", Formed: d("2024-09-02"),
				Members: []Member{
					{Institution: "gops", Representative: "Ewa Przykładowa", Roles: []Role{RoleLeader, RoleGminaAnimator}, Joined: d("2024-09-02")},
					{Institution: "pcpr", Representative: "Jan Testowy", Roles: []Role{RolePowiatAnimator}, Joined: d("2024-09-02")},
					{Institution: "szkola", Representative: "Anna Wzorcowa", Roles: []Role{RoleMember}, Joined: d("2024-09-02")},
					{Institution: "policja", Representative: "Piotr Fikcyjny", Roles: []Role{RoleMember}, Joined: d("2024-09-02")},
					{Institution: "pup", Representative: "Maria Umowna", Roles: []Role{RoleMember}, Joined: d("2024-10-07")},
				},
				Meetings: []Meeting{
					{Date: d("2024-09-02"), Attendees: []string{"gops", "pcpr", "szkola", "policja"}},
					{Date: d("2024-11-04"), Attendees: []string{"gops", "pcpr", "pup"}},
					{Date: d("2025-01-13"), Attendees: []string{"gops", "pcpr", "szkola"}},
					{Date: d("2025-03-17"), Attendees: []string{"gops", "pcpr", "policja"}},
					{Date: d("2025-05-19"), Attendees: []string{"gops", "pcpr", "pup"}},
				},
			},
			{
				ID: "wzk", Kind: TeamWZK, Name: "WZK Świętokrzyskie", Formed: d("2024-06-03"),
				Members: []Member{
					{Institution: "woj", Representative: "Tomasz Wojewódzki", Roles: []Role{RoleLeader}, Joined: d("2024-06-03")},
					{Institution: "rops", Representative: "Zofia Regionalna", Roles: []Role{RoleMember}, Joined: d("2024-06-03")},
				},
			},
		},
		Agreements: []Agreement{
			{
				ID: "pilot", Kind: AgreementPilot, Title: "Umowa pilotażowa", Scope: "Pilotaż modelu kooperacji",
				Parties: []string{"woj", "powiat", "gmina"},
				Signatures: []Signature{
					sig("woj", "Tomasz Wojewódzki", "2024-08-01"),
					sig("powiat", "Karol Starościński", "2024-08-05"),
					sig("gmina", "Jerzy Wójtowski", "2024-08-07"),
				},
				ValidUntil: d("2026-06-30"),
			},
			{
				ID: "lokalne", Kind: AgreementLocal, Title: "Porozumienie o współpracy", Scope: "Wsparcie rodzin w modelu kooperacji",
				Parties: []string{"gmina", "gops", "pcpr", "szkola", "policja", "pup"},
				Signatures: []Signature{
					sig("gmina", "Jerzy Wójtowski", "2024-09-10"),
					sig("gops", "Ewa Przykładowa", "2024-09-10"),
					sig("pcpr", "Jan Testowy", "2024-09-12"),
					sig("szkola", "Anna Wzorcowa", "2024-09-16"),
					sig("policja", "Piotr Fikcyjny", "2024-09-18"),
					sig("pup", "Maria Umowna", "2024-09-20"),
				},
				EffectiveFrom: d("2024-10-01"),
				ValidUntil:    d("2026-12-31"),
			},
			{
				ID: "wzk-por", Kind: AgreementVoivodeshipTeam, Title: "Porozumienie WZK", Scope: "Wojewódzki zespół kooperacji",
				Parties: []string{"woj", "rops"},
				Signatures: []Signature{
					sig("woj", "Tomasz Wojewódzki", "2024-06-03"),
					sig("rops", "Zofia Regionalna", "2024-06-03"),
				},
			},
		},
	}
}

// checkAll runs CheckPartnership on p at asOf with the variant's defaults
// (over which profile applies, when given) and returns the finished findings
// in English.
func checkAll(t *testing.T, p *Partnership, asOf Date, profile *Profile) []Finding {
	t.Helper()
	s := DefaultSettings(p.Variant).Apply(profile)
	var f Findings
	CheckPartnership(NewIndex(p), On(asOf), s, &f)
	return f.Finish(s, English)
}
