package mutation

import (
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// teamRows are mistakes in the teams: the PZK's composition at asOf, the
// members' dates, the case teams (GGK, ZZK) and the WZK.
func teamRows() []Mutation {
	removeRole := func(m *cooperation.Member, r cooperation.Role) {
		m.Roles = slices.DeleteFunc(m.Roles, func(x cooperation.Role) bool { return x == r })
	}
	return []Mutation{
		{
			Name: "PZK without a leader", Base: "rural",
			Mistake: "The GOPS is no longer marked as the PZK's leader: the PZK has no leader.",
			Bundle:  func(b *ipw.Bundle) { removeRole(member(team(b, "pzk-maslow"), "gops-maslow"), cooperation.RoleLeader) },
			Want:    []Want{want(cooperation.CodeTeamLeaderMissing, "/teams/0")},
		},
		{
			Name: "leader from the PCPR", Base: "rural",
			Mistake: "The leader's role is given to the PCPR instead of the GOPS: the leader comes from the OPS or CUS.",
			Bundle: func(b *ipw.Bundle) {
				t := team(b, "pzk-maslow")
				removeRole(member(t, "gops-maslow"), cooperation.RoleLeader)
				m := member(t, "pcpr-kielce")
				m.Roles = append(m.Roles, cooperation.RoleLeader)
			},
			Want: []Want{want(cooperation.CodeTeamLeaderNotOPS, "/teams/0/members/1/institution")},
		},
		{
			Name: "OPS left the PZK", Base: "urban_rural",
			Mistake: "The MGOPS is recorded as having left the PZK on 15 November 2026. The PZK lacks its OPS; that it has lost its leader, who came from the MGOPS, is not reported again.",
			Bundle:  func(b *ipw.Bundle) { member(team(b, "pzk-bogoria"), "mgops-bogoria").Left = date("2026-11-15") },
			Want:    []Want{want(cooperation.CodeTeamOPSMissing, "/teams/0")},
		},
		{
			Name: "powiat institutions left the PZK", Base: "rural",
			Mistake: "Every powiat institution (the PCPR, the labour office, the police, the counselling centre) is recorded as having left the PZK on 13 November 2026: the rural PZK needs a powiat institution. That the powiat animator (from the PCPR) is gone is not reported again.",
			Bundle: func(b *ipw.Bundle) {
				t := team(b, "pzk-maslow")
				for _, id := range []string{"pcpr-kielce", "pup-kielce", "policja-kielce", "ppp-kielce"} {
					member(t, id).Left = date("2026-11-13")
				}
			},
			Want: []Want{
				want(cooperation.CodeTeamPowiatMissing, "/teams/0"),
				also(cooperation.CodeIPWActionResponsibleNotMember, "/ipws/0/actions/8/responsible/institution",
					"The PCPR's parenting workshops for Rodzina A. (action d9) run to 11 December, past its leaving day. Bringing any powiat institution back answers the first finding; this one needs the PCPR itself back in the team, or the workshops given to a member."),
			},
		},
		{
			Name: "PZK without its gmina animator", Base: "rural",
			Mistake: "The GOPS is no longer marked as the gmina animator; the rural PZK needs one.",
			Bundle: func(b *ipw.Bundle) {
				removeRole(member(team(b, "pzk-maslow"), "gops-maslow"), cooperation.RoleGminaAnimator)
			},
			Want: []Want{want(cooperation.CodeTeamAnimatorMissing, "/teams/0")},
		},
		{
			Name: "PZK smaller than its profile asks", Base: "rural",
			Mistake: "The bundle's profile asks for at least 9 institutions in the PZK; it has 8.",
			Bundle: func(b *ipw.Bundle) {
				nine := 9
				b.Profile = &cooperation.Profile{Team: &cooperation.TeamProfile{MinInstitutions: &nine}}
			},
			Want: []Want{want(cooperation.CodeTeamTooSmall, "/teams/0/members")},
		},
		{
			Name: "PZK with fewer sectors than its profile asks", Base: "urban_rural",
			Mistake: "The bundle's profile asks for institutions from at least 8 sectors besides local government; the PZK's cover 7.",
			Bundle: func(b *ipw.Bundle) {
				eight := 8
				b.Profile = &cooperation.Profile{Team: &cooperation.TeamProfile{MinSectors: &eight}}
			},
			Want: []Want{want(cooperation.CodeTeamSectorsInsufficient, "/teams/0/members")},
		},
		{
			Name: "member entered twice", Base: "urban",
			Mistake: "The NGO's membership of the PZK is entered a second time, from 1 December 2025: one institution, two overlapping memberships.",
			Bundle: func(b *ipw.Bundle) {
				t := team(b, "pzk-radomsko")
				m := *member(t, "ngo-krok")
				m.Joined = date("2025-12-01")
				t.Members = append(t.Members, m)
			},
			Want: []Want{want(cooperation.CodeTeamMemberDuplicate, "/teams/0/members/11")},
		},
		{
			Name: "member leaves before joining", Base: "rural",
			Mistake: "The counselling centre's membership is recorded as ending on 2 February 2026, a month before it began (2 March 2026); the year of leaving was meant to be 2027 or left out. Its actions are not judged against a membership whose dates cannot be read.",
			Bundle:  func(b *ipw.Bundle) { member(team(b, "pzk-maslow"), "ppp-kielce").Left = date("2026-02-02") },
			Want:    []Want{want(cooperation.CodeTeamMemberDatesInvalid, "/teams/0/members/7/left")},
		},
		{
			Name: "PZK member not a party to the agreement", Base: "rural",
			Mistake: "The police is a PZK member, but it is left out of the cooperation agreement (its party entry and its signature removed): every PZK member must be covered by one.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "porozumienie-pzk")
				a.Parties = slices.DeleteFunc(a.Parties, func(p string) bool { return p == "policja-kielce" })
				a.Signatures = slices.DeleteFunc(a.Signatures, func(s cooperation.Signature) bool { return s.Party == "policja-kielce" })
				for j := range a.Annexes {
					x := &a.Annexes[j]
					x.Signatures = slices.DeleteFunc(x.Signatures, func(s cooperation.Signature) bool { return s.Party == "policja-kielce" })
				}
			},
			Want: []Want{want(cooperation.CodeTeamMemberNotInAgreement, "/teams/0/members/4/institution")},
		},
		{
			Name: "partner with actions left out of the agreement", Base: "rural",
			Mistake: "The NGO is left out of the cooperation agreement (its party entry and signatures removed), while it runs actions for two families. It is reported once, as a PZK member without cover; its actions, uncovered in the same stretch of time, are not reported again.",
			Bundle: func(b *ipw.Bundle) {
				a := agreement(b, "porozumienie-pzk")
				a.Parties = slices.DeleteFunc(a.Parties, func(p string) bool { return p == "ngo-razem" })
				a.Signatures = slices.DeleteFunc(a.Signatures, func(s cooperation.Signature) bool { return s.Party == "ngo-razem" })
				for j := range a.Annexes {
					x := &a.Annexes[j]
					x.Signatures = slices.DeleteFunc(x.Signatures, func(s cooperation.Signature) bool { return s.Party == "ngo-razem" })
				}
			},
			Want: []Want{want(cooperation.CodeTeamMemberNotInAgreement, "/teams/0/members/6/institution")},
		},
		{
			Name: "PZK entered as a kind the variant lacks", Base: "rural",
			Mistake: "The PZK's kind is entered as ZZK, a team the rural variant does not have. The kind is the one mistake: the rules of a case team (its parent PZK) and the stages that find no PZK stay silent.",
			Bundle:  func(b *ipw.Bundle) { team(b, "pzk-maslow").Kind = cooperation.TeamZZK },
			Want:    []Want{want(cooperation.CodeTeamKindNotInVariant, "/teams/0/kind")},
		},
		{
			Name: "PZK entered as a GGK", Base: "urban_rural",
			Mistake: "The PZK's kind is entered as GGK, a kind the variant has: the family groups still name it as their parent, so it is the PZK under a wrong kind. One finding at its kind; the groups' parent, its own rules as a GGK and the stages that find no PZK stay silent.",
			Bundle:  func(b *ipw.Bundle) { team(b, "pzk-bogoria").Kind = cooperation.TeamGGK },
			Want:    []Want{want(cooperation.CodeTeamPZKOtherKind, "/teams/0/kind")},
		},
		{
			Name: "PZK entered as a ZZK", Base: "urban",
			Mistake: "The PZK's kind is entered as ZZK: the task teams name it as their parent and ten declarations of accession as the team joined. One finding at its kind, not one per declaration and team.",
			Bundle:  func(b *ipw.Bundle) { team(b, "pzk-radomsko").Kind = cooperation.TeamZZK },
			Want:    []Want{want(cooperation.CodeTeamPZKOtherKind, "/teams/0/kind")},
		},
		{
			Name: "PZK entered as a WZK", Base: "rural",
			Mistake: "The PZK's kind is entered as WZK, a kind the rural variant has: its members still hold the PZK's leader and animators, so it is the PZK under a wrong kind. One finding at its kind; the voivodeship team's rules (every member not a voivodeship institution), the IPWs run by it and the stages that find no PZK stay silent.",
			Bundle:  func(b *ipw.Bundle) { team(b, "pzk-maslow").Kind = cooperation.TeamWZK },
			Want:    []Want{want(cooperation.CodeTeamPZKOtherKind, "/teams/0/kind")},
		},
		{
			Name: "OPS entered as an NGO", Base: "rural",
			Mistake: "The GOPS's kind is entered as NGO: the PZK has no OPS. That is one finding at the team; the case workers of the IPWs, employed by that PZK member, are not reported again as working outside an OPS.",
			Bundle:  func(b *ipw.Bundle) { institution(b, "gops-maslow").Kind = cooperation.KindNGO },
			Want:    []Want{want(cooperation.CodeTeamOPSMissing, "/teams/0")},
		},
		{
			Name: "OPS entered as a PCPR", Base: "rural",
			Mistake: "The GOPS's kind is entered as PCPR, a powiat institution, while its TERYT code is the gmina's: the kind and the code disagree, which is one finding at the code (its message names both ways to mend it). The rules that read the kind stay silent: the PZK is not reported without an OPS, nor the IPWs' case workers as working outside one.",
			Bundle:  func(b *ipw.Bundle) { institution(b, "gops-maslow").Kind = cooperation.KindPCPR },
			Want:    []Want{want(cooperation.CodeTERYTInvalid, "/institutions/1/teryt")},
		},
		{
			Name: "MOPS entered as an NGO", Base: "urban",
			Mistake: "The MOPS's kind is entered as NGO: the PZK has no OPS. One finding at the team; neither the IPWs' case workers nor the task teams' case worker roles, held by that PZK member, are reported again.",
			Bundle:  func(b *ipw.Bundle) { institution(b, "mops-radomsko").Kind = cooperation.KindNGO },
			Want:    []Want{want(cooperation.CodeTeamOPSMissing, "/teams/0")},
		},
		{
			Name: "agreement ended under the PZK", Base: "urban_rural",
			Mistake: "The cooperation agreement's end is entered as 31 March 2026, before the check date: from 1 April no PZK member is covered. That is one fact about one agreement, reported once at its end and naming the members it leaves uncovered; the members, their actions and the stages recorded before the end say nothing more.",
			Bundle:  func(b *ipw.Bundle) { agreement(b, "porozumienie-pzk").ValidUntil = date("2026-03-31") },
			Want:    []Want{want(cooperation.CodeTeamAgreementEnded, "/agreements/0/validUntil")},
		},
		{
			Name: "annex's new end already passed", Base: "rural",
			Mistake: "The annex that extends the cooperation agreement is given an end of 30 June 2026 instead of 2028: the agreement ends on that day under every PZK member. One finding, at the end that passed (the annex's), not one per member.",
			Bundle: func(b *ipw.Bundle) {
				agreement(b, "porozumienie-pzk").Annexes[0].ValidUntil = date("2026-06-30")
			},
			Want: []Want{want(cooperation.CodeTeamAgreementEnded, "/agreements/1/annexes/0/validUntil")},
		},
		{
			Name: "PZK member without a declaration", Base: "urban",
			Mistake: "The police's declaration of accession is left out of the bundle: in the urban variant every PZK member joins by a declaration.",
			Bundle: func(b *ipw.Bundle) {
				b.Agreements = slices.DeleteFunc(b.Agreements, func(a cooperation.Agreement) bool { return a.ID == "deklaracja-kpp" })
			},
			Want: []Want{want(cooperation.CodeTeamDeclarationMissing, "/teams/0/members/5/institution")},
		},
		{
			Name: "GGK without its parent", Base: "urban_rural",
			Mistake: "The Rodzina B. group does not name the PZK it belongs to.",
			Bundle:  func(b *ipw.Bundle) { team(b, "ggk-rodzina-b").ParentTeam = "" },
			Want:    []Want{want(cooperation.CodeTeamParentMissing, "/teams/1")},
		},
		{
			Name: "GGK whose parent is another GGK", Base: "urban_rural",
			Mistake: "The Pani M. group names the Rodzina B. group as its parent instead of the PZK.",
			Bundle:  func(b *ipw.Bundle) { team(b, "ggk-pani-m").ParentTeam = "ggk-rodzina-b" },
			Want:    []Want{want(cooperation.CodeTeamParentMissing, "/teams/2/parentTeam")},
		},
		{
			Name: "GGK member from outside the PZK", Base: "urban_rural",
			Mistake: "The Gmina Bogoria joins the Pani M. group without being a PZK member: a case group gathers PZK members.",
			Bundle: func(b *ipw.Bundle) {
				t := team(b, "ggk-pani-m")
				t.Members = append(t.Members, cooperation.Member{Institution: "gmina-bogoria", Representative: "Ewa Sobczak",
					Roles: []cooperation.Role{cooperation.RoleMember}, Joined: date("2026-09-21")})
			},
			Want: []Want{want(cooperation.CodeTeamCaseTeamMemberNotInPZK, "/teams/2/members/4/institution")},
		},
		{
			Name: "GGK without a case worker", Base: "urban_rural",
			Mistake: "The MGOPS's member of the Rodzina B. group is no longer marked as the case worker.",
			Bundle: func(b *ipw.Bundle) {
				removeRole(member(team(b, "ggk-rodzina-b"), "mgops-bogoria"), cooperation.RoleCaseWorker)
			},
			Want: []Want{want(cooperation.CodeTeamCaseWorkerMissing, "/teams/1")},
		},
		{
			Name: "GGK without a coordinator", Base: "urban_rural",
			Mistake: "The MGOPS's member of the Pani M. group is no longer marked as the coordinator.",
			Bundle: func(b *ipw.Bundle) {
				removeRole(member(team(b, "ggk-pani-m"), "mgops-bogoria"), cooperation.RoleCoordinator)
			},
			Want: []Want{want(cooperation.CodeTeamCoordinatorMissing, "/teams/2")},
		},
		{
			Name: "powiat institution in the WZK", Base: "rural",
			Mistake: "A voivodeship team (WZK) is recorded with the voivodeship and the powiat's PCPR as members: a WZK gathers voivodeship bodies only.",
			Bundle: func(b *ipw.Bundle) {
				b.Teams = append(b.Teams, cooperation.Team{ID: "wzk-swietokrzyskie", Kind: cooperation.TeamWZK,
					Name: "Wojewódzki Zespół Kooperacji Województwa Świętokrzyskiego", Formed: date("2025-10-15"),
					Members: []cooperation.Member{
						{Institution: "woj-swietokrzyskie", Representative: "Jan Adamski", Roles: []cooperation.Role{cooperation.RoleLeader}, Joined: date("2025-10-15")},
						{Institution: "pcpr-kielce", Representative: "Barbara Zielińska", Roles: []cooperation.Role{cooperation.RoleMember}, Joined: date("2025-10-15")},
					}})
			},
			Want: []Want{want(cooperation.CodeTeamWZKLevel, "/teams/1/members/1/institution")},
		},
		{
			Name: "ZZK in an urban-rural bundle", Base: "urban_rural",
			Mistake: "The Pani M. group is recorded as a ZZK, the urban variant's per-case team, in an urban-rural municipality, whose programmes are run by GGKs. That the Pani M. programme is then run by a team of the wrong kind is not reported again.",
			Bundle:  func(b *ipw.Bundle) { team(b, "ggk-pani-m").Kind = cooperation.TeamZZK },
			Want:    []Want{want(cooperation.CodeTeamKindNotInVariant, "/teams/2/kind")},
		},
	}
}
