package ipw

import "github.com/kooperacja/kooperacja/cooperation"

// Bundles for the stage tests: three real municipalities, one per variant,
// with fictional people. Each bundle is complete (every stage of its variant
// done by the end of its timeline); tests evaluate it at dates along the
// timeline, or break one thing. Helper names start with "st" so that they do
// not collide with other tests of the package.

func stDate(s string) Date {
	if s == "" {
		return Date{}
	}
	return cooperation.MustDate(s)
}

func stInst(id, name string, kind cooperation.Kind, teryt string) cooperation.Institution {
	return cooperation.Institution{ID: id, Name: name, Kind: kind, TERYT: teryt}
}

func stMember(inst, rep, joined string, roles ...cooperation.Role) cooperation.Member {
	if len(roles) == 0 {
		roles = []cooperation.Role{cooperation.RoleMember}
	}
	return cooperation.Member{Institution: inst, Representative: rep, Roles: roles, Joined: stDate(joined)}
}

func stAgreement(id string, kind cooperation.AgreementKind, signed string, parties ...string) cooperation.Agreement {
	a := cooperation.Agreement{
		ID: id, Kind: kind, Title: "Porozumienie o współpracy " + id,
		Scope:   "współpraca na rzecz osób i rodzin w ramach modelu kooperacji",
		Parties: parties,
	}
	for _, p := range parties {
		a.Signatures = append(a.Signatures, cooperation.Signature{Party: p, Signatory: "Podpisujący " + p, Date: stDate(signed)})
	}
	return a
}

func stDeclaration(id, inst, leader, team, signed string) cooperation.Agreement {
	a := stAgreement(id, cooperation.AgreementDeclaration, signed, inst, leader)
	a.Title = "Deklaracja przystąpienia do PZK"
	a.Team = team
	return a
}

// stPlan is an IPW of a family of two (an adult applicant and a child) run
// by team with the OPS and the labour office; closed "" leaves it open.
func stPlan(id, team, qualified, consent, diagnosed, signed, start, end, closed string) Plan {
	p := Plan{
		ID:         id,
		Team:       team,
		CaseWorker: CaseWorker{Institution: "ops", Name: "Anna Kowalczyk"},
		Beneficiary: Beneficiary{Kind: BeneficiaryFamily, Pseudonym: "Rodzina " + id, Members: []HouseholdMember{
			{ID: "m1", Role: MemberApplicant, BirthYear: 1986},
			{ID: "m2", Role: MemberChild, BirthYear: 2013},
		}},
		Qualification: &Qualification{Date: stDate(qualified), ReferredBy: "ops", Reasons: []Reason{ReasonMultipleProblems}},
		Consent:       &Consent{Date: stDate(consent), GivenBy: []string{"m1"}, Scope: []string{"ops", "pup"}},
		Diagnosis: &Diagnosis{Date: stDate(diagnosed), Methods: []Method{MethodGenogram, MethodPSR}, Areas: []AreaDiagnosis{{
			Area: AreaEmployment, Problem: true,
			Causes: "długotrwałe bezrobocie", Strengths: "motywacja", Weaknesses: "brak kwalifikacji",
			Resources: "wsparcie rodziny", Deficits: "brak opieki nad dzieckiem", Expectations: "stała praca", Needs: "szkolenie",
		}}},
		Period: Period{Start: stDate(start), End: stDate(end)},
		Goals: []Goal{{ID: "g1", Title: "Podjęcie zatrudnienia", Areas: []Area{AreaEmployment},
			Measure: "umowa o pracę", Target: "co najmniej pół etatu", TargetDate: stDate(end)}},
		Actions: []Action{
			{ID: "a1", Goal: "g1", Title: "Szkolenie zawodowe", Responsible: Responsible{Institution: "pup"},
				Start: stDate(start), Due: stDate(start).AddMonths(3), Status: ActionPlanned},
			{ID: "a2", Goal: "g1", Title: "Udział w szkoleniu", Responsible: Responsible{Member: "m1"},
				Start: stDate(start), Due: stDate(start).AddMonths(3), Status: ActionPlanned},
			{ID: "a3", Goal: "g1", Title: "Praca socjalna", Responsible: Responsible{Institution: "ops"},
				Start: stDate(start), Due: stDate(end), Status: ActionPlanned},
		},
		Signatures: []Signature{
			{Signer: Signer{Institution: "ops", Name: "Anna Kowalczyk"}, Date: stDate(signed)},
			{Signer: Signer{Member: "m1"}, Date: stDate(signed)},
		},
	}
	if closed != "" {
		for i := range p.Actions {
			p.Actions[i].Status = ActionDone
			p.Actions[i].Completed = cooperation.MinDate(p.Actions[i].Due, stDate(closed))
		}
		p.Closure = &Closure{Date: stDate(closed), Reason: ClosureGoalsAchieved,
			GoalOutcomes: map[string]Outcome{"g1": OutcomeAchieved}, Summary: "cel osiągnięty"}
	}
	return p
}

// stRural is Masłów (2604092), a rural gmina in powiat kielecki.
//
//	2024-01-25 agreement of the gmina, GOPS, powiat, PCPR, PUP and school
//	2024-02-01 PZK formed: GOPS (leader, gmina animator), PUP, school
//	2024-03-15 PCPR joins as powiat animator  → preparation, formalisation
//	2024-04-02/10/20 ipw-1 qualified, consent, diagnosis → recruitment_diagnosis
//	2024-05-06 ipw-1 signed                   → ipw_implementation
//	2025-03-31 ipw-1 closed; 2025-05-30 ipw-2 closed → evaluation
func stRural() *Bundle {
	b := &Bundle{Partnership: cooperation.Partnership{
		SchemaVersion: "1",
		Variant:       cooperation.VariantRural,
		Municipality:  cooperation.Municipality{TERYT: "2604092", Name: "Masłów"},
		Institutions: []cooperation.Institution{
			stInst("gmina", "Gmina Masłów", cooperation.KindGmina, "2604092"),
			stInst("ops", "Gminny Ośrodek Pomocy Społecznej w Masłowie", cooperation.KindOPS, "2604092"),
			stInst("powiat", "Powiat Kielecki", cooperation.KindPowiat, "2604"),
			stInst("pcpr", "Powiatowe Centrum Pomocy Rodzinie w Kielcach", cooperation.KindPCPR, "2604"),
			stInst("pup", "Powiatowy Urząd Pracy w Kielcach", cooperation.KindPUP, "2604"),
			stInst("school", "Szkoła Podstawowa w Masłowie Pierwszym", cooperation.KindSchool, "2604092"),
		},
		Teams: []cooperation.Team{{
			ID: "pzk", Kind: cooperation.TeamPZK, Name: "PZK Masłów", Formed: stDate("2024-02-01"),
			Members: []cooperation.Member{
				stMember("ops", "Ewa Nowicka", "2024-02-01", cooperation.RoleLeader, cooperation.RoleGminaAnimator),
				stMember("pup", "Jan Wróbel", "2024-02-01"),
				stMember("school", "Maria Zając", "2024-02-01"),
				stMember("pcpr", "Piotr Lis", "2024-03-15", cooperation.RolePowiatAnimator),
			},
			Meetings: []cooperation.Meeting{
				{Date: stDate("2024-02-20"), Attendees: []string{"ops", "pup", "school"}},
				{Date: stDate("2024-04-25"), Attendees: []string{"ops", "pup", "school", "pcpr"}},
			},
		}},
		Agreements: []cooperation.Agreement{
			stAgreement("por-1", cooperation.AgreementLocal, "2024-01-25", "gmina", "ops", "powiat", "pcpr", "pup", "school"),
		},
	}}
	b.IPWs = []Plan{
		stPlan("ipw-1", "pzk", "2024-04-02", "2024-04-10", "2024-04-20", "2024-05-06", "2024-05-06", "2025-03-31", "2025-03-31"),
		stPlan("ipw-2", "pzk", "2024-05-15", "2024-05-20", "2024-06-03", "2024-06-10", "2024-06-10", "2025-05-30", "2025-05-30"),
	}
	return b
}

// stUrbanRural is Bogoria (2612013), an urban-rural gmina in powiat
// staszowski since 2024.
//
//	2024-01-30 decision-makers' meeting recorded → decision_makers
//	2024-02-20 ipw-1 qualified                 → family_selection
//	2024-02-01 PZK formed; 2024-03-05 meets     → institution_meeting
//	2024-04-10 agreement of every PZK member    → formalisation
//	2024-04-20 GGK formed; 2024-05-06 ipw-1 signed → case_groups
//	2025-03-31 ipw-1 closed                     → evaluation
func stUrbanRural() *Bundle {
	b := &Bundle{Partnership: cooperation.Partnership{
		SchemaVersion: "1",
		Variant:       cooperation.VariantUrbanRural,
		Municipality:  cooperation.Municipality{TERYT: "2612013", Name: "Bogoria"},
		Institutions: []cooperation.Institution{
			stInst("gmina", "Gmina Bogoria", cooperation.KindGmina, "2612013"),
			stInst("ops", "Miejsko-Gminny Ośrodek Pomocy Społecznej w Bogorii", cooperation.KindOPS, "2612013"),
			stInst("pcpr", "Powiatowe Centrum Pomocy Rodzinie w Staszowie", cooperation.KindPCPR, "2612"),
			stInst("pup", "Powiatowy Urząd Pracy w Staszowie", cooperation.KindPUP, "2612"),
			stInst("school", "Szkoła Podstawowa w Bogorii", cooperation.KindSchool, "2612013"),
			stInst("police", "Komenda Powiatowa Policji w Staszowie", cooperation.KindPolice, "2612"),
		},
		Teams: []cooperation.Team{
			{
				ID: "pzk", Kind: cooperation.TeamPZK, Name: "PZK Bogoria", Formed: stDate("2024-02-01"),
				Members: []cooperation.Member{
					stMember("ops", "Katarzyna Mazur", "2024-02-01", cooperation.RoleLeader),
					stMember("pcpr", "Tomasz Krawiec", "2024-02-01"),
					stMember("pup", "Agnieszka Sowa", "2024-02-01"),
					stMember("school", "Barbara Kruk", "2024-02-01"),
					stMember("police", "asp. Marek Dudek", "2024-02-01"),
				},
				Meetings: []cooperation.Meeting{{Date: stDate("2024-03-05"), Attendees: []string{"ops", "pcpr", "pup", "school", "police"}}},
			},
			{
				ID: "ggk-1", Kind: cooperation.TeamGGK, Name: "GGK rodziny ipw-1", Formed: stDate("2024-04-20"), ParentTeam: "pzk",
				Members: []cooperation.Member{
					stMember("ops", "Anna Kowalczyk", "2024-04-20", cooperation.RoleCoordinator, cooperation.RoleCaseWorker),
					stMember("pup", "Agnieszka Sowa", "2024-04-20"),
				},
			},
		},
		Agreements: []cooperation.Agreement{
			stAgreement("por-1", cooperation.AgreementLocal, "2024-04-10", "gmina", "ops", "pcpr", "pup", "school", "police"),
		},
	}}
	b.IPWs = []Plan{
		stPlan("ipw-1", "ggk-1", "2024-02-20", "2024-04-22", "2024-04-29", "2024-05-06", "2024-05-06", "2025-03-31", "2025-03-31"),
	}
	b.Stages = []StageRecord{{Stage: StageDecisionMakers, Started: stDate("2024-01-08"), Completed: stDate("2024-01-30"),
		Evidence: "protokół spotkania z burmistrzem i starostą, 30.01.2024"}}
	return b
}

// stUrban is Radomsko (1012011), an urban gmina of about 44 000 people in
// powiat radomszczański, łódzkie.
//
//	2024-01-31 resource diagnosis recorded       → resource_diagnosis
//	           six institutions, four sectors, one service → partner_mapping
//	2024-03-04 ipw-1 qualified                   → preselection
//	2024-03-15 PZK formed; 2024-03-20 meets       → pzk_initiation
//	2024-04-05 declarations; police's 2024-04-20  → formalisation
//	2024-05-06 ZZK formed; 2024-05-13 ipw-1 signed → case_teams
//	2025-04-30 ipw-1 closed                      → evaluation
func stUrban() *Bundle {
	pop := 44000
	b := &Bundle{Partnership: cooperation.Partnership{
		SchemaVersion: "1",
		Variant:       cooperation.VariantUrban,
		Municipality:  cooperation.Municipality{TERYT: "1012011", Name: "Radomsko", Population: &pop},
		Institutions: []cooperation.Institution{
			stInst("gmina", "Gmina Miasto Radomsko", cooperation.KindGmina, "1012011"),
			stInst("ops", "Miejski Ośrodek Pomocy Społecznej w Radomsku", cooperation.KindOPS, "1012011"),
			stInst("pcpr", "Powiatowe Centrum Pomocy Rodzinie w Radomsku", cooperation.KindPCPR, "1012"),
			stInst("pup", "Powiatowy Urząd Pracy w Radomsku", cooperation.KindPUP, "1012"),
			stInst("school", "Szkoła Podstawowa nr 3 w Radomsku", cooperation.KindSchool, "1012011"),
			stInst("police", "Komenda Powiatowa Policji w Radomsku", cooperation.KindPolice, "1012"),
		},
		Services: []cooperation.Service{{ID: "poradnictwo", Name: "Poradnictwo rodzinne", Provider: "pcpr"}},
		Teams: []cooperation.Team{
			{
				ID: "pzk", Kind: cooperation.TeamPZK, Name: "PZK Radomsko", Formed: stDate("2024-03-15"),
				Members: []cooperation.Member{
					stMember("ops", "Joanna Michalak", "2024-03-15", cooperation.RoleLeader),
					stMember("pcpr", "Robert Górski", "2024-03-15"),
					stMember("pup", "Monika Pawlak", "2024-03-15"),
					stMember("school", "Halina Sikora", "2024-03-15"),
					stMember("police", "kom. Adam Wieczorek", "2024-03-15"),
				},
				Meetings: []cooperation.Meeting{{Date: stDate("2024-03-20"), Attendees: []string{"ops", "pcpr", "pup", "school", "police"}}},
			},
			{
				ID: "zzk-1", Kind: cooperation.TeamZZK, Name: "ZZK ipw-1", Formed: stDate("2024-05-06"), ParentTeam: "pzk",
				Members: []cooperation.Member{
					stMember("ops", "Anna Kowalczyk", "2024-05-06", cooperation.RoleCaseWorker),
					stMember("pup", "Monika Pawlak", "2024-05-06"),
				},
			},
		},
		Agreements: []cooperation.Agreement{
			stDeclaration("dekl-pcpr", "pcpr", "ops", "pzk", "2024-04-05"),
			stDeclaration("dekl-pup", "pup", "ops", "pzk", "2024-04-05"),
			stDeclaration("dekl-school", "school", "ops", "pzk", "2024-04-05"),
			stDeclaration("dekl-police", "police", "ops", "pzk", "2024-04-20"),
		},
	}}
	b.IPWs = []Plan{
		stPlan("ipw-1", "zzk-1", "2024-03-04", "2024-03-11", "2024-04-15", "2024-05-13", "2024-05-13", "2025-04-30", "2025-04-30"),
	}
	b.Stages = []StageRecord{{Stage: StageResourceDiagnosis, Started: stDate("2024-01-02"), Completed: stDate("2024-01-31"),
		Evidence: "raport z diagnozy zasobów miasta, styczeń 2024"}}
	return b
}
