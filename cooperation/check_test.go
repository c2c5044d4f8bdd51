package cooperation

import (
	"slices"
	"strings"
	"testing"
)

func TestFixtureIsClean(t *testing.T) {
	for _, f := range checkAll(t, testPartnership(), fixtureAsOf, nil) {
		t.Errorf("CheckPartnership(fixture) = %s at %s: %s, want no findings", f.Code, f.Path, f.Message)
	}
}

// Fixture positions, for readability of the table below.
const (
	iGmina = iota
	iGOPS
	iPowiat
	iPCPR
	iSzkola
	iPolicja
	iPUP
	iWoj
	iROPS
	iZUS
)

const (
	aPilot = iota
	aLocal
	aWZK
)

// Helpers that change the fixture the way a user would.

func pzk(p *Partnership) *Team { return &p.Teams[0] }

func member(p *Partnership, team int, inst string) *Member {
	for j := range p.Teams[team].Members {
		if p.Teams[team].Members[j].Institution == inst {
			return &p.Teams[team].Members[j]
		}
	}
	panic("no member " + inst)
}

func dropRole(m *Member, r Role) {
	m.Roles = slices.DeleteFunc(m.Roles, func(x Role) bool { return x == r })
}

func addInstitution(p *Partnership, id string, kind Kind, teryt string) {
	p.Institutions = append(p.Institutions, Institution{ID: id, Name: strings.ToUpper(id), Kind: kind, TERYT: teryt})
}

// joinLocal makes inst a signing party of the local agreement.
func joinLocal(p *Partnership, inst string) {
	a := &p.Agreements[aLocal]
	a.Parties = append(a.Parties, inst)
	a.Signatures = append(a.Signatures, Signature{Party: inst, Signatory: "Osoba Fikcyjna", Date: d("2024-09-20")})
}

// dropParty removes inst and its signature from agreement i.
func dropParty(p *Partnership, i int, inst string) {
	a := &p.Agreements[i]
	a.Parties = slices.DeleteFunc(a.Parties, func(x string) bool { return x == inst })
	a.Signatures = slices.DeleteFunc(a.Signatures, func(s Signature) bool { return s.Party == inst })
}

func signature(a *Agreement, party string) *Signature {
	for k := range a.Signatures {
		if a.Signatures[k].Party == party {
			return &a.Signatures[k]
		}
	}
	panic("no signature " + party)
}

// localAnnex returns an annex to the local agreement signed by all of its
// original parties on date.
func localAnnex(p *Partnership, id, date, from string) Annex {
	return signedAnnex(id, date, from, p.Agreements[aLocal].Parties...)
}

// declaration returns an accession declaration of inst to the PZK, made with
// the GOPS, in force from 2024-10-01.
func declaration(id, inst string) Agreement {
	return Agreement{
		ID: id, Kind: AgreementDeclaration, Title: "Deklaracja przystąpienia " + inst, Scope: "Przystąpienie do PZK",
		Team: "pzk", Parties: []string{inst, "gops"},
		Signatures: []Signature{
			{Party: inst, Signatory: "Osoba Fikcyjna", Date: d("2024-09-25")},
			{Party: "gops", Signatory: "Ewa Przykładowa", Date: d("2024-09-26")},
		},
		EffectiveFrom: d("2024-10-01"),
	}
}

// withCaseTeam adds a valid GGK (team 2) under the PZK.
func withCaseTeam(kind TeamKind) func(p *Partnership) {
	return func(p *Partnership) {
		p.Teams = append(p.Teams, Team{
			ID: "ggk1", Kind: kind, Name: "Grupa dla rodziny A", Formed: d("2025-03-03"), ParentTeam: "pzk",
			Members: []Member{
				{Institution: "gops", Representative: "Ewa Przykładowa", Roles: []Role{RoleCaseWorker, RoleCoordinator}, Joined: d("2025-03-03")},
				{Institution: "szkola", Representative: "Anna Wzorcowa", Roles: []Role{RoleMember}, Joined: d("2025-03-03")},
			},
		})
	}
}

func then(changes ...func(p *Partnership)) func(p *Partnership) {
	return func(p *Partnership) {
		for _, c := range changes {
			c(p)
		}
	}
}

func profileWith(f func(p *Profile)) *Profile {
	p := &Profile{Team: &TeamProfile{}, Agreement: &AgreementProfile{}}
	f(p)
	return p
}

func boolp(b bool) *bool { return &b }

var caseTeamGGK = profileWith(func(p *Profile) { k := TeamGGK; p.Team.CaseTeamKind = &k })
var caseTeamZZK = profileWith(func(p *Profile) { k := TeamZZK; p.Team.CaseTeamKind = &k })
var declarations = profileWith(func(p *Profile) { p.Team.RequireDeclarations = boolp(true) })

// moveMunicipality moves the fixture from TERYT gmina 2604092 to code,
// with every gmina-level institution, and powiat-level ones to its powiat.
func moveMunicipality(code string) func(p *Partnership) {
	return func(p *Partnership) {
		p.Municipality.TERYT = code
		for i := range p.Institutions {
			switch in := &p.Institutions[i]; len(in.TERYT) {
			case 7:
				in.TERYT = code
			case 4:
				in.TERYT = code[:4]
			}
		}
	}
}

// ruleCase changes the valid fixture in one way. With code set, the check
// must give exactly that one finding, at path; with code empty (a near
// miss) it must give none.
type ruleCase struct {
	name    string
	why     string
	change  func(p *Partnership)
	asOf    string
	profile *Profile
	code    Code
	path    Path
	also    []string // other findings the change rightly causes, "code at path"
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	seen := map[string]bool{}
	for _, tt := range cases {
		if seen[tt.name] {
			t.Fatalf("duplicate case name %q", tt.name)
		}
		seen[tt.name] = true
		t.Run(tt.name, func(t *testing.T) {
			p := testPartnership()
			tt.change(p)
			asOf := fixtureAsOf
			if tt.asOf != "" {
				asOf = d(tt.asOf)
			}
			got := checkAll(t, p, asOf, tt.profile)
			var want []string
			if tt.code != "" {
				want = []string{string(tt.code) + " at " + string(tt.path)}
			}
			want = append(want, tt.also...)
			slices.Sort(want)
			var have []string
			for _, f := range got {
				have = append(have, string(f.Code)+" at "+string(f.Path))
			}
			slices.Sort(have)
			if !slices.Equal(have, want) {
				t.Errorf("CheckPartnership() = %v, want %v (%s)", have, want, tt.why)
				for _, f := range got {
					t.Logf("  %s", f.Message)
				}
			}
			if testing.Verbose() {
				for _, f := range got {
					t.Logf("EN %s: %s\nPL %s", f.Code, f.Message, Message(f.Code, Polish, f.Params))
				}
			}
			for _, f := range got {
				if strings.Contains(f.Message, "{") {
					t.Errorf("message of %s has an unfilled parameter: %s", f.Code, f.Message)
				}
				pl := Message(f.Code, Polish, f.Params)
				if strings.Contains(pl, "{") {
					t.Errorf("Polish message of %s has an unfilled parameter: %s", f.Code, pl)
				}
			}
		})
	}
}

func TestIdentifierAndAreaRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "teryt/municipality sub-unit type digit", why: "type 4 is a town within a gmina, not a municipality",
			change: func(p *Partnership) { p.Municipality.TERYT = "2604024" }, code: CodeTERYTInvalid, path: "/municipality/teryt"},
		{name: "teryt/municipality odd voivodeship", why: "voivodeship codes are even",
			change: func(p *Partnership) { p.Municipality.TERYT = "2704022" }, code: CodeTERYTInvalid, path: "/municipality/teryt"},
		{name: "teryt/institution code of the wrong level", why: "a powiat-level PCPR has a 4-digit code",
			change: func(p *Partnership) { p.Institutions[iPCPR].TERYT = "2604092" }, code: CodeTERYTInvalid, path: "/institutions/3/teryt"},
		{name: "teryt/near miss: explicit level matches the code", why: "a PUP declared voivodeship-level may carry 26",
			change: func(p *Partnership) { p.Institutions[iPUP].Level, p.Institutions[iPUP].TERYT = LevelVoivodeship, "26" }},
		{name: "teryt/near miss: national institution without teryt", why: "a national institution has no TERYT code",
			change: func(p *Partnership) { p.Institutions[iZUS].Level, p.Institutions[iZUS].TERYT = LevelNational, "" }},
		{name: "teryt/institution without teryt", why: "every institution but a national one has a TERYT code",
			change: func(p *Partnership) { p.Institutions[iPCPR].TERYT = "" }, code: CodeTERYTInvalid, path: "/institutions/3/teryt"},
		{name: "regon/checksum", why: "last digit does not match the weights 8 9 2 3 4 5 6 7",
			change: func(p *Partnership) { p.Institutions[iGOPS].REGON = "291000018" }, code: CodeREGONInvalid, path: "/institutions/1/regon"},
		{name: "regon/near miss: valid 14-digit local unit", why: "both checksums hold",
			change: func(p *Partnership) { p.Institutions[iGOPS].REGON = "29100001712340" }},
		{name: "nip/checksum", why: "last digit does not match the weights 6 5 7 2 3 4 5 6 7",
			change: func(p *Partnership) { p.Institutions[iPUP].NIP = "6571234563" }, code: CodeNIPInvalid, path: "/institutions/6/nip"},
		{name: "nip/near miss: another valid number", why: "checksum holds",
			change: func(p *Partnership) { p.Institutions[iPUP].NIP = "6571234585" }},
		{name: "variant/urban-rural gmina declared rural", why: "type digit 3 derives urban_rural",
			change: moveMunicipality("2604023"), code: CodeVariantMismatch, path: "/variant"},
		{name: "variant/small town declared rural", why: "type 1 with 11 500 inhabitants derives urban_rural",
			change: moveMunicipality("2604021"), code: CodeVariantMismatch, path: "/variant"},
		{name: "variant/near miss: town of unknown population", why: "urban or urban_rural cannot be told without a population",
			change: then(moveMunicipality("2604021"), func(p *Partnership) { p.Municipality.Population = nil })},
		{name: "variant/near miss: invalid teryt is reported once", why: "no variant is derived from an invalid code",
			change: func(p *Partnership) { p.Municipality.TERYT = "26040" }, code: CodeTERYTInvalid, path: "/municipality/teryt"},
		{name: "area/school in another gmina", why: "a gmina-level code must equal the municipality's",
			change: func(p *Partnership) { p.Institutions[iSzkola].TERYT = "2604032" }, code: CodeInstitutionOutside, path: "/institutions/4/teryt"},
		{name: "area/police of another powiat", why: "a powiat-level code must equal the first 4 digits",
			change: func(p *Partnership) { p.Institutions[iPolicja].TERYT = "2605" }, code: CodeInstitutionOutside, path: "/institutions/5/teryt"},
		{name: "area/ROPS of another voivodeship", why: "a voivodeship-level code must equal the first 2 digits",
			change: func(p *Partnership) { p.Institutions[iROPS].TERYT = "12" }, code: CodeInstitutionOutside, path: "/institutions/8/teryt"},
		{name: "area/near miss: invalid teryt is not also outside", why: "one mistake, one finding",
			change: func(p *Partnership) { p.Institutions[iSzkola].TERYT = "2604039" }, code: CodeTERYTInvalid, path: "/institutions/4/teryt"},
		{name: "area/near miss: no area check against an invalid municipality", why: "the municipality's code is the one reported",
			change: func(p *Partnership) { p.Municipality.TERYT = "2604029" }, code: CodeTERYTInvalid, path: "/municipality/teryt"},
	})
}

func TestTeamRules(t *testing.T) {
	cus := func(p *Partnership) {
		addInstitution(p, "cus", KindCUS, "2604092")
		joinLocal(p, "cus")
	}
	runRuleCases(t, []ruleCase{
		{name: "leader/missing", why: "nobody has the leader role",
			change: func(p *Partnership) { dropRole(member(p, 0, "gops"), RoleLeader) }, code: CodeTeamLeaderMissing, path: "/teams/0"},
		{name: "leader/missing after the leader left", why: "the leader's membership ended before asOf",
			change: func(p *Partnership) {
				dropRole(member(p, 0, "gops"), RoleLeader)
				pzk(p).Members = append(pzk(p).Members, Member{Institution: "gops", Representative: "Ewa Przykładowa",
					Roles: []Role{RoleLeader}, Joined: d("2024-08-01"), Left: d("2024-08-31")})
			}, code: CodeTeamLeaderMissing, path: "/teams/0"},
		{name: "leader/near miss: leadership handed over within the OPS", why: "a new membership of the OPS holds the role at asOf",
			change: func(p *Partnership) {
				member(p, 0, "gops").Left = d("2025-03-31")
				pzk(p).Members = append(pzk(p).Members, Member{Institution: "gops", Representative: "Nowa Kierowniczka",
					Roles: []Role{RoleLeader, RoleGminaAnimator}, Joined: d("2025-04-01")})
			}},
		{name: "leader/multiple", why: "a CUS member is also leader",
			change: then(cus, func(p *Partnership) {
				pzk(p).Members = append(pzk(p).Members, Member{Institution: "cus", Roles: []Role{RoleLeader}, Joined: d("2025-01-07")})
			}), code: CodeTeamLeaderMultiple, path: "/teams/0/members/5/roles"},
		{name: "leader/near miss: second leader joins after asOf", why: "composition is judged at asOf",
			change: then(cus, func(p *Partnership) {
				pzk(p).Members = append(pzk(p).Members, Member{Institution: "cus", Roles: []Role{RoleLeader}, Joined: d("2025-07-01")})
			})},
		{name: "leader/not from the OPS", why: "the school leads",
			change: func(p *Partnership) {
				dropRole(member(p, 0, "gops"), RoleLeader)
				member(p, 0, "szkola").Roles = []Role{RoleLeader}
			}, code: CodeTeamLeaderNotOPS, path: "/teams/0/members/2/institution"},
		{name: "leader/near miss: a CUS leads", why: "a CUS may take over the OPS's duties",
			change: func(p *Partnership) { p.Institutions[iGOPS].Kind = KindCUS }},
		{name: "ops/missing when the OPS left", why: "the leader and the gmina animator left with it: one finding",
			change: func(p *Partnership) { member(p, 0, "gops").Left = d("2025-05-31") }, code: CodeTeamOPSMissing, path: "/teams/0"},
		{name: "ops/near miss: OPS leaves after asOf", why: "composition is judged at asOf",
			change: func(p *Partnership) { member(p, 0, "gops").Left = d("2025-06-16") }},
		{name: "powiat/missing", why: "PCPR left and the others are gmina-level",
			change: func(p *Partnership) {
				member(p, 0, "pcpr").Left = d("2025-05-31")
				p.Institutions[iPolicja].Level, p.Institutions[iPolicja].TERYT = LevelGmina, "2604092"
				p.Institutions[iPUP].Level, p.Institutions[iPUP].TERYT = LevelGmina, "2604092"
			}, code: CodeTeamPowiatMissing, path: "/teams/0"},
		{name: "powiat/near miss: not required by the profile", why: "team.requirePowiat false",
			change: func(p *Partnership) {
				member(p, 0, "pcpr").Left = d("2025-05-31")
				p.Institutions[iPolicja].Level, p.Institutions[iPolicja].TERYT = LevelGmina, "2604092"
				p.Institutions[iPUP].Level, p.Institutions[iPUP].TERYT = LevelGmina, "2604092"
				member(p, 0, "gops").Roles = append(member(p, 0, "gops").Roles, RolePowiatAnimator)
			},
			profile: profileWith(func(p *Profile) { p.Team.RequirePowiat = boolp(false); p.Team.RequireAnimators = boolp(false) })},
		{name: "powiat/near miss: OPS of a city with powiat rights", why: "MOPR Kielce carries the powiat's duties (a city with powiat rights)",
			change: then(moveMunicipality("2661011"), func(p *Partnership) {
				p.Municipality.Population = nil
				member(p, 0, "pcpr").Left = d("2025-05-31")
				p.Institutions[iPolicja].Level, p.Institutions[iPolicja].TERYT = LevelGmina, "2661011"
				p.Institutions[iPUP].Level, p.Institutions[iPUP].TERYT = LevelGmina, "2661011"
				member(p, 0, "gops").Roles = append(member(p, 0, "gops").Roles, RolePowiatAnimator)
			})},
		{name: "animator/gmina animator missing", why: "the OPS member lost the role",
			change: func(p *Partnership) { dropRole(member(p, 0, "gops"), RoleGminaAnimator) }, code: CodeTeamAnimatorMissing, path: "/teams/0"},
		{name: "animator/powiat animator from a gmina-level school", why: "the role is held by the wrong institution",
			change: func(p *Partnership) {
				dropRole(member(p, 0, "pcpr"), RolePowiatAnimator)
				member(p, 0, "szkola").Roles = []Role{RolePowiatAnimator}
			}, code: CodeTeamAnimatorMissing, path: "/teams/0/members/2/roles"},
		{name: "animator/near miss: not required by the profile", why: "team.requireAnimators false (urban_rural default)",
			change:  func(p *Partnership) { dropRole(member(p, 0, "gops"), RoleGminaAnimator) },
			profile: profileWith(func(p *Profile) { p.Team.RequireAnimators = boolp(false) })},
		{name: "size/too small for the profile", why: "5 institutions, the profile asks for 6",
			profile: profileWith(func(p *Profile) { p.Team.MinInstitutions = intp(6) }), change: func(p *Partnership) {},
			code: CodeTeamTooSmall, path: "/teams/0/members"},
		{name: "size/too small after two partners left", why: "3 institutions at asOf",
			change: func(p *Partnership) {
				member(p, 0, "pup").Left = d("2025-05-31")
				member(p, 0, "policja").Left = d("2025-05-31")
			}, profile: profileWith(func(p *Profile) { p.Team.MinSectors = intp(2) }),
			code: CodeTeamTooSmall, path: "/teams/0/members"},
		{name: "size/near miss: exactly the minimum", why: "5 institutions, the profile asks for 5",
			profile: profileWith(func(p *Profile) { p.Team.MinInstitutions = intp(5) }), change: func(p *Partnership) {}},
		{name: "size/no member active at asOf", why: "one finding, not a cascade of missing roles",
			change: func(p *Partnership) {
				for j := range pzk(p).Members {
					pzk(p).Members[j].Left = d("2025-05-31")
				}
			}, code: CodeTeamTooSmall, path: "/teams/0/members"},
		{name: "sectors/insufficient for the profile", why: "4 sectors, the profile asks for 5",
			profile: profileWith(func(p *Profile) { p.Team.MinSectors = intp(5) }), change: func(p *Partnership) {},
			code: CodeTeamSectorsInsufficient, path: "/teams/0/members"},
		{name: "sectors/local government does not count", why: "the gmina joins but adds no sector",
			profile: profileWith(func(p *Profile) { p.Team.MinSectors = intp(5) }),
			change: func(p *Partnership) {
				pzk(p).Members = append(pzk(p).Members, Member{Institution: "gmina", Roles: []Role{RoleMember}, Joined: d("2024-10-01")})
			}, code: CodeTeamSectorsInsufficient, path: "/teams/0/members"},
		{name: "sectors/near miss: exactly the minimum", why: "4 sectors, the profile asks for 4",
			profile: profileWith(func(p *Profile) { p.Team.MinSectors = intp(4) }), change: func(p *Partnership) {}},
		{name: "duplicate/overlapping memberships", why: "the school is listed again from 2025-01-01",
			change: func(p *Partnership) {
				pzk(p).Members = append(pzk(p).Members, Member{Institution: "szkola", Roles: []Role{RoleMember}, Joined: d("2025-01-01")})
			}, code: CodeTeamMemberDuplicate, path: "/teams/0/members/5"},
		{name: "duplicate/near miss: consecutive memberships", why: "the first ends the day before the second starts",
			change: func(p *Partnership) {
				member(p, 0, "szkola").Left = d("2024-12-31")
				pzk(p).Members = append(pzk(p).Members, Member{Institution: "szkola", Roles: []Role{RoleMember}, Joined: d("2025-01-01")})
			}},
		{name: "member dates/left before joined", why: "left 2024-10-01, joined 2024-10-07",
			change: func(p *Partnership) { member(p, 0, "pup").Left = d("2024-10-01") }, code: CodeTeamMemberDatesInvalid, path: "/teams/0/members/4/left"},
		{name: "member dates/near miss: one-day membership", why: "left equals joined",
			change: func(p *Partnership) { member(p, 0, "pup").Left = d("2024-10-07") }},
		{name: "agreement cover/member outside every agreement", why: "the PUP is not a party to the local agreement",
			change: func(p *Partnership) { dropParty(p, aLocal, "pup") }, code: CodeTeamMemberNotInAgreement, path: "/teams/0/members/4/institution"},
		{name: "agreement cover/withdrawn member", why: "the PUP withdrew with effect before asOf but stays in the team",
			change: func(p *Partnership) {
				p.Agreements[aLocal].Withdrawals = []Withdrawal{{Party: "pup", NoticeDate: d("2025-04-01")}}
			}, code: CodeTeamMemberNotInAgreement, path: "/teams/0/members/4/institution"},
		{name: "agreement cover/near miss: added by a signed annex", why: "the annex adds the PUP from 2025-01-01",
			change: func(p *Partnership) {
				dropParty(p, aLocal, "pup")
				x := localAnnex(p, "a1", "2024-12-10", "2025-01-01")
				x.AddParties = []string{"pup"}
				x.Signatures = append(x.Signatures, Signature{Party: "pup", Signatory: "Maria Umowna", Date: d("2024-12-10")})
				p.Agreements[aLocal].Annexes = []Annex{x}
			}},
		{name: "agreement cover/near miss: withdrawal still in its notice period", why: "notice on 2025-06-01 takes effect 2025-07-01",
			change: func(p *Partnership) {
				p.Agreements[aLocal].Withdrawals = []Withdrawal{{Party: "pup", NoticeDate: d("2025-06-01")}}
			}},
		{name: "declaration/missing for one member", why: "urban profile: the PUP has no declaration",
			profile: declarations, change: func(p *Partnership) {
				p.Agreements = append(p.Agreements, declaration("d1", "pcpr"), declaration("d2", "szkola"), declaration("d3", "policja"))
			}, code: CodeTeamDeclarationMissing, path: "/teams/0/members/4/institution"},
		{name: "declaration/near miss: every member declared", why: "the OPS is party to every declaration",
			profile: declarations, change: func(p *Partnership) {
				p.Agreements = append(p.Agreements, declaration("d1", "pcpr"), declaration("d2", "szkola"), declaration("d3", "policja"), declaration("d4", "pup"))
			}},
		{name: "parent/missing", why: "the GGK names no parent",
			profile: caseTeamGGK, change: then(withCaseTeam(TeamGGK), func(p *Partnership) { p.Teams[2].ParentTeam = "" }),
			code: CodeTeamParentMissing, path: "/teams/2"},
		{name: "parent/not a PZK", why: "the GGK names the WZK",
			profile: caseTeamGGK, change: then(withCaseTeam(TeamGGK), func(p *Partnership) { p.Teams[2].ParentTeam = "wzk" }),
			code: CodeTeamParentMissing, path: "/teams/2/parentTeam"},
		{name: "parent/near miss: valid GGK", why: "parent PZK, OPS case worker and coordinator",
			profile: caseTeamGGK, change: withCaseTeam(TeamGGK)},
		{name: "case team/member not in the PZK", why: "ZUS is not a PZK member",
			profile: caseTeamGGK, change: then(withCaseTeam(TeamGGK), func(p *Partnership) {
				p.Teams[2].Members = append(p.Teams[2].Members, Member{Institution: "zus", Joined: d("2025-03-03")})
			}), code: CodeTeamCaseTeamMemberNotInPZK, path: "/teams/2/members/2/institution"},
		{name: "case team/member joins before its PZK membership", why: "the PUP joins the PZK on 2024-10-07",
			profile: caseTeamGGK, change: then(withCaseTeam(TeamGGK), func(p *Partnership) {
				p.Teams[2].Members = append(p.Teams[2].Members, Member{Institution: "pup", Joined: d("2024-10-06")})
			}), code: CodeTeamCaseTeamMemberNotInPZK, path: "/teams/2/members/2/institution"},
		{name: "case team/near miss: joins on its PZK joining day", why: "membership counts from the joining day",
			profile: caseTeamGGK, change: then(withCaseTeam(TeamGGK), func(p *Partnership) {
				p.Teams[2].Members = append(p.Teams[2].Members, Member{Institution: "pup", Joined: d("2024-10-07")})
			})},
		{name: "case worker/missing", why: "nobody has the case worker role",
			profile: caseTeamZZK, change: then(withCaseTeam(TeamZZK), func(p *Partnership) { dropRole(&p.Teams[2].Members[0], RoleCaseWorker) }),
			code: CodeTeamCaseWorkerMissing, path: "/teams/2"},
		{name: "case worker/from the school", why: "the case worker must come from the OPS",
			profile: caseTeamZZK, change: then(withCaseTeam(TeamZZK), func(p *Partnership) {
				dropRole(&p.Teams[2].Members[0], RoleCaseWorker)
				p.Teams[2].Members[1].Roles = []Role{RoleCaseWorker}
			}), code: CodeTeamCaseWorkerMissing, path: "/teams/2/members/1/roles"},
		{name: "case worker/near miss: a past member's role counts", why: "a case team's history counts",
			profile: caseTeamZZK, change: then(withCaseTeam(TeamZZK), func(p *Partnership) { p.Teams[2].Members[0].Left = d("2025-05-31") })},
		{name: "coordinator/missing in a GGK", why: "the OPS member is case worker only",
			profile: caseTeamGGK, change: then(withCaseTeam(TeamGGK), func(p *Partnership) { dropRole(&p.Teams[2].Members[0], RoleCoordinator) }),
			code: CodeTeamCoordinatorMissing, path: "/teams/2"},
		{name: "coordinator/near miss: a ZZK needs none", why: "only a GGK has a coordinator",
			profile: caseTeamZZK, change: then(withCaseTeam(TeamZZK), func(p *Partnership) { dropRole(&p.Teams[2].Members[0], RoleCoordinator) })},
		{name: "wzk/powiat-level member", why: "the PUP is not voivodeship-level",
			change: func(p *Partnership) {
				p.Teams[1].Members = append(p.Teams[1].Members, Member{Institution: "pup", Joined: d("2024-06-03")})
			}, code: CodeTeamWZKLevel, path: "/teams/1/members/2/institution"},
		{name: "wzk/neither voivodeship nor ROPS", why: "the WZK is ZUS and ROPS replaced by ZUS",
			change: func(p *Partnership) {
				p.Teams[1].Members = []Member{{Institution: "zus", Roles: []Role{RoleLeader}, Joined: d("2024-06-03")}}
			}, code: CodeTeamWZKLevel, path: "/teams/1"},
		{name: "wzk/near miss: ROPS without the voivodeship", why: "the voivodeship or its ROPS is enough",
			change: func(p *Partnership) { p.Teams[1].Members = p.Teams[1].Members[1:] }},
		{name: "meetings/gap between meetings", why: "133 days from 2024-11-04 to 2025-03-17",
			change: func(p *Partnership) { pzk(p).Meetings = slices.Delete(pzk(p).Meetings, 2, 3) },
			code:   CodeTeamMeetingGap, path: "/teams/0/meetings/2/date"},
		{name: "meetings/no meeting since", why: "105 days from 2025-05-19 to asOf",
			asOf: "2025-09-01", change: func(p *Partnership) {}, code: CodeTeamMeetingGap, path: "/teams/0/meetings"},
		{name: "meetings/never met", why: "formed 2024-09-02, no meetings",
			change: func(p *Partnership) { pzk(p).Meetings = nil }, code: CodeTeamMeetingGap, path: "/teams/0"},
		{name: "meetings/near miss: exactly the maximum gap", why: "92 days from 2025-05-19",
			asOf: "2025-08-19", change: func(p *Partnership) {}},
		{name: "meetings/near miss: planned meeting after asOf does not count, gap within profile", why: "profile allows 140 days",
			profile: profileWith(func(p *Profile) { p.Team.MeetingMaxGapDays = intp(140) }),
			change: func(p *Partnership) {
				pzk(p).Meetings = slices.Delete(pzk(p).Meetings, 2, 3)
				pzk(p).Meetings = append(pzk(p).Meetings, Meeting{Date: d("2025-09-01")})
			}},
		{name: "variant/ZZK in the rural variant", why: "ZZK belongs to the urban variant",
			change: withCaseTeam(TeamZZK), code: CodeTeamKindNotInVariant, path: "/teams/2/kind"},
		{name: "variant/near miss: ZZK made the case team by the profile", why: "team.caseTeamKind zzk",
			profile: caseTeamZZK, change: withCaseTeam(TeamZZK)},
	})
}

func TestAgreementRules(t *testing.T) {
	rops := func(p *Partnership) *Agreement { return &p.Agreements[aWZK] }
	runRuleCases(t, []ruleCase{
		{name: "parties/one party", why: "the WZK agreement lost the ROPS",
			change: func(p *Partnership) { dropParty(p, aWZK, "rops") }, code: CodeAgreementPartiesTooFew, path: "/agreements/2/parties"},
		{name: "parties/annex leaves one party", why: "the annex removes the ROPS",
			change: func(p *Partnership) {
				rops(p).Annexes = []Annex{withRemove(signedAnnex("a1", "2025-01-10", "2025-02-01", "woj", "rops"), "rops")}
			}, code: CodeAgreementPartiesTooFew, path: "/agreements/2/annexes/0/removeParties"},
		{name: "parties/near miss: withdrawal ends a two-party agreement", why: "terminating by notice is not a mistake",
			change: func(p *Partnership) { rops(p).Withdrawals = []Withdrawal{{Party: "rops", NoticeDate: d("2025-01-10")}} }},
		{name: "unsigned/a party did not sign", why: "the PUP's signature is missing; members are not also reported",
			change: func(p *Partnership) {
				a := &p.Agreements[aLocal]
				a.Signatures = slices.DeleteFunc(a.Signatures, func(s Signature) bool { return s.Party == "pup" })
			}, code: CodeAgreementUnsignedParty, path: "/agreements/1/signatures"},
		{name: "unsigned/near miss: signed late but before asOf", why: "the agreement starts on the last signature",
			change: func(p *Partnership) {
				p.Agreements[aLocal].EffectiveFrom = Date{}
				signature(&p.Agreements[aLocal], "pup").Date = d("2025-06-01")
			}},
		{name: "effective/signed after the agreed start", why: "the PUP signs on 2025-06-01, the agreement said 2024-10-01",
			change: func(p *Partnership) { signature(&p.Agreements[aLocal], "pup").Date = d("2025-06-01") },
			code:   CodeAgreementEffectiveBeforeSigned, path: "/agreements/1/effectiveFrom"},
		{name: "non-party/signature by an outsider", why: "ZUS signs but is not a party",
			change: func(p *Partnership) {
				a := &p.Agreements[aLocal]
				a.Signatures = append(a.Signatures, Signature{Party: "zus", Signatory: "X", Date: d("2024-09-20")})
			}, code: CodeAgreementSignatureByNonParty, path: "/agreements/1/signatures/6/party"},
		{name: "non-party/annex signed by an outsider", why: "ZUS signs an annex that does not add it",
			change: func(p *Partnership) {
				x := localAnnex(p, "a1", "2025-01-10", "2025-02-01")
				x.Signatures = append(x.Signatures, Signature{Party: "zus", Signatory: "X", Date: d("2025-01-10")})
				p.Agreements[aLocal].Annexes = []Annex{x}
			}, code: CodeAgreementSignatureByNonParty, path: "/agreements/1/annexes/0/signatures/6/party"},
		{name: "non-party/near miss: added party signs the annex", why: "an annex is signed by the parties it adds",
			change: func(p *Partnership) {
				x := withAdd(localAnnex(p, "a1", "2025-01-10", "2025-02-01"), "zus")
				x.Signatures = append(x.Signatures, Signature{Party: "zus", Signatory: "X", Date: d("2025-01-10")})
				p.Agreements[aLocal].Annexes = []Annex{x}
			}},
		{name: "future/signature after asOf", why: "the PUP signs on 2025-07-01; members are not also reported",
			change: func(p *Partnership) { signature(&p.Agreements[aLocal], "pup").Date = d("2025-07-01") },
			code:   CodeAgreementSignatureInFuture, path: "/agreements/1/signatures/5/date"},
		{name: "future/near miss: signature on asOf", why: "asOf itself is not the future",
			change: func(p *Partnership) {
				p.Agreements[aLocal].EffectiveFrom = Date{}
				signature(&p.Agreements[aLocal], "pup").Date = fixtureAsOf
			}},
		{name: "effective/before the last signature", why: "effective 2024-09-15, last signature 2024-09-20",
			change: func(p *Partnership) { p.Agreements[aLocal].EffectiveFrom = d("2024-09-15") },
			code:   CodeAgreementEffectiveBeforeSigned, path: "/agreements/1/effectiveFrom"},
		{name: "effective/near miss: on the day of the last signature", why: "the same day is fine",
			change: func(p *Partnership) { p.Agreements[aLocal].EffectiveFrom = d("2024-09-20") }},
		{name: "dates/ends before it starts", why: "valid until 2024-09-30, effective 2024-10-01; members are not also reported",
			change: func(p *Partnership) { p.Agreements[aLocal].ValidUntil = d("2024-09-30") },
			code:   CodeAgreementDatesInvalid, path: "/agreements/1/validUntil"},
		{name: "dates/annex ends before its effect", why: "the annex is ignored for the end: one finding",
			change: func(p *Partnership) {
				p.Agreements[aLocal].Annexes = []Annex{withEnd(localAnnex(p, "a1", "2025-01-10", "2025-03-01"), "2025-02-01")}
			}, code: CodeAgreementDatesInvalid, path: "/agreements/1/annexes/0/validUntil"},
		{name: "dates/near miss: one-day agreement", why: "ends on the day it starts",
			change: func(p *Partnership) { rops(p).ValidUntil = d("2024-06-03") }},
		{name: "scope/missing", why: "blank scope",
			change: func(p *Partnership) { p.Agreements[aPilot].Scope = "  " }, code: CodeAgreementScopeMissing, path: "/agreements/0"},
		{name: "scope/near miss: a short scope", why: "any text is a scope",
			change: func(p *Partnership) { p.Agreements[aPilot].Scope = "pilotaż" }},
		{name: "pilot/OPS instead of the gmina", why: "a pilot is voivodeship + powiat + gmina",
			change: func(p *Partnership) {
				a := &p.Agreements[aPilot]
				a.Parties[2] = "gops"
				a.Signatures[2].Party = "gops"
			}, code: CodeAgreementPilotParties, path: "/agreements/0/parties"},
		{name: "pilot/near miss: parties in another order", why: "order does not matter",
			change: func(p *Partnership) {
				a := &p.Agreements[aPilot]
				a.Parties[0], a.Parties[2] = a.Parties[2], a.Parties[0]
			}},
		{name: "gmina/missing from a local agreement", why: "the PCPR and the school only",
			change: func(p *Partnership) {
				a := Agreement{ID: "l2", Kind: AgreementLocal, Title: "Porozumienie szkolne", Scope: "x", Parties: []string{"pcpr", "szkola"},
					Signatures: []Signature{{Party: "pcpr", Date: d("2025-01-10")}, {Party: "szkola", Date: d("2025-01-10")}}}
				p.Agreements = append(p.Agreements, a)
			}, code: CodeAgreementGminaMissing, path: "/agreements/3/parties"},
		{name: "gmina/another municipality's gmina", why: "gmina Daleszyce is not the municipality",
			change: func(p *Partnership) {
				addInstitution(p, "daleszyce", KindGmina, "2604042")
				a := Agreement{ID: "l2", Kind: AgreementLocal, Title: "Porozumienie", Scope: "x", Parties: []string{"pcpr", "daleszyce"},
					Signatures: []Signature{{Party: "pcpr", Date: d("2025-01-10")}, {Party: "daleszyce", Date: d("2025-01-10")}}}
				p.Agreements = append(p.Agreements, a)
			}, code: CodeAgreementGminaMissing, path: "/agreements/3/parties",
			also: []string{"institution.outside_area at /institutions/10/teryt"}},
		{name: "gmina/near miss: the OPS alone represents the gmina", why: "the OPS counts",
			change: func(p *Partnership) {
				a := Agreement{ID: "l2", Kind: AgreementLocal, Title: "Porozumienie", Scope: "x", Parties: []string{"pcpr", "gops"},
					Signatures: []Signature{{Party: "pcpr", Date: d("2025-01-10")}, {Party: "gops", Date: d("2025-01-10")}}}
				p.Agreements = append(p.Agreements, a)
			}},
		{name: "wzk/powiat-level party", why: "the PCPR is not voivodeship-level",
			change: func(p *Partnership) {
				a := rops(p)
				a.Parties = append(a.Parties, "pcpr")
				a.Signatures = append(a.Signatures, Signature{Party: "pcpr", Date: d("2024-06-03")})
			}, code: CodeAgreementWZKParties, path: "/agreements/2/parties/2"},
		{name: "wzk/without the voivodeship", why: "ROPS and ZUS only",
			change: func(p *Partnership) {
				a := rops(p)
				a.Parties[0], a.Signatures[0].Party = "zus", "zus"
			}, code: CodeAgreementWZKParties, path: "/agreements/2/parties"},
		{name: "wzk/near miss: three voivodeship-level parties", why: "ZUS is voivodeship-level",
			change: func(p *Partnership) {
				a := rops(p)
				a.Parties = append(a.Parties, "zus")
				a.Signatures = append(a.Signatures, Signature{Party: "zus", Date: d("2024-06-03")})
			}},
		{name: "declaration/no team", why: "a declaration names the PZK it joins",
			change: func(p *Partnership) {
				x := declaration("d1", "pup")
				x.Team = ""
				p.Agreements = append(p.Agreements, x)
			}, code: CodeAgreementDeclarationTeamMissing, path: "/agreements/3"},
		{name: "declaration/names the WZK", why: "only a PZK is joined by declaration",
			change: func(p *Partnership) {
				x := declaration("d1", "pup")
				x.Team = "wzk"
				p.Agreements = append(p.Agreements, x)
			}, code: CodeAgreementDeclarationTeamMissing, path: "/agreements/3/team"},
		{name: "declaration/not made with the leader", why: "PUP and school, not the GOPS",
			change: func(p *Partnership) {
				x := declaration("d1", "pup")
				x.Parties[1], x.Signatures[1].Party = "szkola", "szkola"
				p.Agreements = append(p.Agreements, x)
			}, code: CodeAgreementDeclarationTeamMissing, path: "/agreements/3/parties"},
		{name: "declaration/near miss: PUP with the leader", why: "joining institution and leader institution",
			change: func(p *Partnership) { p.Agreements = append(p.Agreements, declaration("d1", "pup")) }},
		{name: "annex/before the agreement", why: "annex dated 2024-09-15, agreement signed 2024-09-20",
			change: func(p *Partnership) {
				p.Agreements[aLocal].Annexes = []Annex{localAnnex(p, "a1", "2024-09-15", "2024-10-01")}
			}, code: CodeAgreementAnnexBeforeAgreement, path: "/agreements/1/annexes/0/date"},
		{name: "annex/near miss: on the signing day", why: "the same day is fine",
			change: func(p *Partnership) {
				p.Agreements[aLocal].Annexes = []Annex{localAnnex(p, "a1", "2024-09-20", "2024-10-01")}
			}},
		{name: "annex/unsigned by a party in force", why: "the PUP did not sign the extension",
			change: func(p *Partnership) {
				x := withEnd(localAnnex(p, "a1", "2025-05-05", "2025-05-05"), "2027-12-31")
				x.Signatures = slices.DeleteFunc(x.Signatures, func(s Signature) bool { return s.Party == "pup" })
				p.Agreements[aLocal].Annexes = []Annex{x}
			}, code: CodeAgreementAnnexUnsigned, path: "/agreements/1/annexes/0/signatures"},
		{name: "annex/unsigned by the party it adds", why: "ZUS is added without signing; it is not covered, which is no further finding",
			change: func(p *Partnership) {
				p.Agreements[aLocal].Annexes = []Annex{withAdd(localAnnex(p, "a1", "2025-05-05", "2025-05-05"), "zus")}
			}, code: CodeAgreementAnnexUnsigned, path: "/agreements/1/annexes/0/signatures"},
		{name: "annex/near miss: a party under notice need not sign", why: "the PUP gave notice before the annex",
			change: func(p *Partnership) {
				a := &p.Agreements[aLocal]
				a.Withdrawals = []Withdrawal{{Party: "pup", NoticeDate: d("2025-04-01"), EffectiveDate: d("2025-12-31")}}
				x := withEnd(localAnnex(p, "a1", "2025-05-05", "2025-05-05"), "2027-12-31")
				x.Signatures = slices.DeleteFunc(x.Signatures, func(s Signature) bool { return s.Party == "pup" })
				a.Annexes = []Annex{x}
			}},
		{name: "annex/after expiry", why: "the WZK agreement ended 2025-03-31; the annex comes on 2025-04-15",
			change: func(p *Partnership) {
				a := rops(p)
				a.ValidUntil = d("2025-03-31")
				a.Annexes = []Annex{withEnd(signedAnnex("a1", "2025-04-10", "2025-04-15", "woj", "rops"), "2026-12-31")}
			}, code: CodeAgreementAnnexAfterExpiry, path: "/agreements/2/annexes/0/effectiveFrom"},
		{name: "annex/near miss: effective on the last day", why: "extends an agreement still in force",
			change: func(p *Partnership) {
				a := rops(p)
				a.ValidUntil = d("2025-03-31")
				a.Annexes = []Annex{withEnd(signedAnnex("a1", "2025-03-20", "2025-03-31", "woj", "rops"), "2026-12-31")}
			}},
		{name: "notice/too short with the default period", why: "notice 2025-05-01, effective 2025-05-20, 30 days end 2025-05-31",
			change: func(p *Partnership) {
				rops(p).Withdrawals = []Withdrawal{{Party: "rops", NoticeDate: d("2025-05-01"), EffectiveDate: d("2025-05-20")}}
			}, code: CodeAgreementNoticeTooShort, path: "/agreements/2/withdrawals/0/effectiveDate"},
		{name: "notice/too short with the agreement's period", why: "90 days from 2025-05-01 end 2025-07-30",
			change: func(p *Partnership) {
				rops(p).NoticePeriodDays = intp(90)
				rops(p).Withdrawals = []Withdrawal{{Party: "rops", NoticeDate: d("2025-05-01"), EffectiveDate: d("2025-06-30")}}
			}, code: CodeAgreementNoticeTooShort, path: "/agreements/2/withdrawals/0/effectiveDate"},
		{name: "notice/near miss: exactly the notice period", why: "30 days after 2025-05-01",
			change: func(p *Partnership) {
				rops(p).Withdrawals = []Withdrawal{{Party: "rops", NoticeDate: d("2025-05-01"), EffectiveDate: d("2025-05-31")}}
			}},
		{name: "notice/near miss: profile's longer default does not apply to an explicit period", why: "agreement says 14 days",
			profile: profileWith(func(p *Profile) { p.Agreement.DefaultNoticePeriodDays = intp(60) }),
			change: func(p *Partnership) {
				rops(p).NoticePeriodDays = intp(14)
				rops(p).Withdrawals = []Withdrawal{{Party: "rops", NoticeDate: d("2025-05-01"), EffectiveDate: d("2025-05-20")}}
			}},
		{name: "expiring/within the warning period", why: "the pilot ends in 46 days",
			change: func(p *Partnership) { p.Agreements[aPilot].ValidUntil = d("2025-08-01") },
			code:   CodeAgreementExpiring, path: "/agreements/0/validUntil"},
		{name: "expiring/end set by an annex", why: "the annex shortened the pilot to 2025-07-31",
			change: func(p *Partnership) {
				p.Agreements[aPilot].Annexes = []Annex{withEnd(signedAnnex("a1", "2025-03-01", "2025-03-01", "woj", "powiat", "gmina"), "2025-07-31")}
			}, code: CodeAgreementExpiring, path: "/agreements/0/annexes/0/validUntil"},
		{name: "expiring/near miss: just outside the warning period", why: "61 days",
			change: func(p *Partnership) { p.Agreements[aPilot].ValidUntil = d("2025-08-16") }},
		{name: "expiring/near miss: a signed extension takes effect before the end", why: "the annex from 2025-07-01 extends it",
			change: func(p *Partnership) {
				a := &p.Agreements[aPilot]
				a.ValidUntil = d("2025-08-01")
				a.Annexes = []Annex{withEnd(signedAnnex("a1", "2025-06-01", "2025-07-01", "woj", "powiat", "gmina"), "2026-12-31")}
			}},
		{name: "expiring/near miss: a successor agreement is signed", why: "every party is covered the day after",
			change: func(p *Partnership) {
				a := &p.Agreements[aPilot]
				a.ValidUntil = d("2025-08-01")
				next := *a
				next.ID, next.EffectiveFrom, next.ValidUntil = "pilot2", d("2025-08-02"), d("2027-12-31")
				p.Agreements = append(p.Agreements, next)
			}},
		{name: "expiring/near miss: warning period from the profile", why: "30 days configured",
			profile: profileWith(func(p *Profile) { p.Agreement.ExpiryWarningDays = intp(30) }),
			change:  func(p *Partnership) { p.Agreements[aPilot].ValidUntil = d("2025-08-01") }},
	})
}

func TestServiceRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "provider/not in the PZK", why: "ZUS provides tutoring but never joined",
			change: func(p *Partnership) { p.Services[1].Provider = "zus" }, code: CodeServiceProviderNotMember, path: "/services/1/provider"},
		{name: "provider/near miss: the PUP is a member", why: "member since 2024-10-07",
			change: func(p *Partnership) { p.Services[1].Provider = "pup" }},
		{name: "provider/near miss: unknown provider is ref.unknown's business", why: "one mistake, one finding",
			change: func(p *Partnership) { p.Services[1].Provider = "nikt" }},
	})
}

// An identifier written as people write it is reported with the digits to
// write; one that is wrong says exactly how.
func TestIdentifierFindingsSayWhatToWrite(t *testing.T) {
	tests := []struct {
		name      string
		change    func(p *Partnership)
		path      Path
		pl, en    string
		canonical string
	}{
		{"NIP with the prefix and dashes", func(p *Partnership) { p.Institutions[1].NIP = "PL 657-123-45-62" }, "/institutions/1/nip",
			"ma przedrostek PL i odstępy lub kreski: wpisz 6571234562",
			"it has the PL prefix and spaces or dashes: write 6571234562", "6571234562"},
		{"REGON in groups", func(p *Partnership) { p.Institutions[1].REGON = "291 000 017" }, "/institutions/1/regon",
			"zawiera odstępy lub kreski: wpisz 291000017",
			"it contains spaces or dashes: write 291000017", "291000017"},
		{"NIP one digit short", func(p *Partnership) { p.Institutions[1].NIP = "657123456" }, "/institutions/1/nip",
			"ma złą liczbę cyfr (9 zamiast 10)",
			"it has the wrong number of digits (9, not 10)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPartnership()
			tt.change(p)
			var fs Findings
			CheckPartnership(NewIndex(p), On(fixtureAsOf), DefaultSettings(p.Variant), &fs)
			var got *Finding
			for i, f := range fs.Raw() {
				if f.Path == tt.path {
					got = &fs.Raw()[i]
				}
			}
			if got == nil {
				t.Fatalf("no finding at %s: %v", tt.path, fs.Raw())
			}
			if m := Message(got.Code, Polish, got.Params); !strings.Contains(m, tt.pl) {
				t.Errorf("Polish message = %q, want it to say %q", m, tt.pl)
			}
			if m := Message(got.Code, English, got.Params); !strings.Contains(m, tt.en) {
				t.Errorf("English message = %q, want it to say %q", m, tt.en)
			}
			if got.Params["canonical"] != tt.canonical {
				t.Errorf("params[canonical] = %q, want %q", got.Params["canonical"], tt.canonical)
			}
		})
	}
}
