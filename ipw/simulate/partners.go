package simulate

import (
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The events that change the partnership: a partner withdraws or joins.

// withdraw gives inst's notice on d to every agreement it is a party to,
// and ends its team memberships the day before the last withdrawal takes
// effect. It reports whether there was anything to leave.
func (s *sim) withdraw(inst string, d Date) bool {
	notice := s.settings.Agreement.DefaultNoticePeriodDays
	last := d
	found := false
	for i := range s.st.Agreements {
		a := &s.st.Agreements[i]
		if !a.PartyOn(inst, d, notice) {
			continue
		}
		w := cooperation.Withdrawal{Party: inst, NoticeDate: d}
		a.Withdrawals = append(a.Withdrawals, w)
		if eff := a.WithdrawalEffective(w, notice); eff.After(last) {
			last = eff
		}
		found = true
	}
	left := d
	if last.After(d) {
		left = last.AddDays(-1)
	}
	for i := range s.st.Teams {
		t := &s.st.Teams[i]
		for j := range t.Members {
			m := &t.Members[j]
			if m.Institution != inst || m.Joined.IsZero() || m.Joined.After(left) {
				continue
			}
			if m.Left.IsZero() || m.Left.After(left) {
				m.Left = left
				found = true
			}
		}
	}
	return found
}

// join makes inst a member of the PZK from d and binds it into the
// partnership (see the package documentation). It returns why it cannot, in Polish and
// English, or "".
func (s *sim) join(inst string, d Date) (string, string) {
	ix := cooperation.NewIndex(&s.st.Partnership)
	pzk, _, ok := ix.PZK()
	if !ok {
		return "W danych gminy nie ma PZK, do którego można przystąpić. Dodaj najpierw partnerski zespół albo usuń to zdarzenie.",
			"There is no PZK to join. Add the partnership team first, or remove the event."
	}
	name := inst
	if in, ok := ix.Institution(inst); ok && in.Name != "" {
		name = in.Name
	}
	team := quoted(pzk.Name)
	if pzk.Name == "" {
		team = quoted(pzk.ID)
	}
	if ix.MemberOn(pzk.ID, inst, d) {
		return name + ": ta instytucja jest już członkiem zespołu " + team.pl + "." + dropPL,
			name + " is already a member of team " + team.en + "." + dropEN
	}
	notice := s.settings.Agreement.DefaultNoticePeriodDays
	if s.settings.Team.RequireDeclarations {
		leader := ""
		for _, m := range pzk.Members {
			if m.HasRole(cooperation.RoleLeader) && m.ActiveOn(d) {
				leader = m.Institution
				break
			}
		}
		if leader == "" {
			return "PZK nie ma lidera, który przyjąłby deklarację przystąpienia. Nadaj najpierw rolę lidera albo usuń to zdarzenie.",
				"The PZK has no leader to accept the declaration of accession. Give the leader role first, or remove the event."
		}
		s.st.Agreements = append(s.st.Agreements, cooperation.Agreement{
			ID:    uniqueAgreementID(ix, "deklaracja-"+inst+"-"+d.String()),
			Kind:  cooperation.AgreementDeclaration,
			Title: "Deklaracja przystąpienia – " + name + " – do zespołu " + team.pl, Scope: "Przystąpienie do partnerskiego zespołu kooperacyjnego",
			Parties: []string{inst, leader}, Team: pzk.ID,
			Signatures: []cooperation.Signature{
				{Party: inst, Signatory: s.signatory(inst, d), Date: d},
				{Party: leader, Signatory: s.signatory(leader, d), Date: d},
			},
		})
	} else {
		var target *cooperation.Agreement
		for _, kind := range []cooperation.AgreementKind{cooperation.AgreementLocal, cooperation.AgreementPilot} {
			for i := range s.st.Agreements {
				a := &s.st.Agreements[i]
				if a.Kind != kind || target != nil {
					continue
				}
				if start, ok := a.Start(); ok && !start.After(d) && (a.EndOn(d).IsZero() || !a.EndOn(d).Before(d)) {
					target = a
				}
			}
		}
		if target == nil {
			return "W tym dniu nie obowiązuje żadne porozumienie o współpracy, do którego partner mógłby przystąpić. Dodaj porozumienie albo zmień datę zdarzenia.",
				"No cooperation agreement the partner could join is in force on that day. Add an agreement or change the event's date."
		}
		var parties []string
		for _, c := range target.EverParties() {
			if target.PartyOn(c, d, notice) {
				parties = append(parties, c)
			}
		}
		sigs := make([]cooperation.Signature, 0, len(parties)+1)
		for _, c := range append(parties, inst) {
			sigs = append(sigs, cooperation.Signature{Party: c, Signatory: s.signatory(c, d), Date: d})
		}
		target.Annexes = append(target.Annexes, cooperation.Annex{
			ID: "aneks-" + inst + "-" + d.String(), Date: d, EffectiveFrom: d,
			AddParties: []string{inst}, Signatures: sigs,
		})
	}
	pzk.Members = append(pzk.Members, cooperation.Member{
		Institution: inst, Representative: s.signatory(inst, d), Roles: []cooperation.Role{cooperation.RoleMember}, Joined: d,
	})
	return "", ""
}

// signatory is the person who signs for institution inst on d in a
// simulated declaration or annex, or who represents it in the PZK: the
// scenario names no person, so it is the one who last signed for inst, on
// or before d, an agreement or annex of the partnership; else its
// representative in a team; else nobody ("": the person is to be filled
// in, never the institution's name or id in a person's place).
func (s *sim) signatory(inst string, d Date) string {
	who, when := "", Date{}
	see := func(sigs []cooperation.Signature) {
		for _, sg := range sigs {
			if sg.Party == inst && sg.Signatory != "" && !sg.Date.After(d) && !sg.Date.Before(when) {
				who, when = sg.Signatory, sg.Date
			}
		}
	}
	for i := range s.st.Agreements {
		a := &s.st.Agreements[i]
		see(a.Signatures)
		for j := range a.Annexes {
			see(a.Annexes[j].Signatures)
		}
	}
	if who != "" {
		return who
	}
	for i := range s.st.Teams {
		for _, m := range s.st.Teams[i].Members {
			if m.Institution == inst && m.Representative != "" {
				return m.Representative
			}
		}
	}
	return ""
}

func uniqueAgreementID(ix *cooperation.Index, id string) string {
	out := id
	for n := 2; ; n++ {
		if _, _, taken := ix.Agreement(out); !taken {
			return out
		}
		out = id + "-" + strconv.Itoa(n)
	}
}
