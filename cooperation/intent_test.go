package cooperation

import (
	"testing"
)

// The local agreement of the fixture ("lokalne", in force from 2024-10-01
// to 2026-12-31) with one mistake at a time: CoverGap finds the first day of
// a period without cover that no mistake on an agreement explains, judged at
// the fixture's date.
func TestCoverGap(t *testing.T) {
	const local = 1
	tests := []struct {
		name        string
		change      func(p *Partnership, broken *Broken)
		institution string
		period      Period
		wantGap     string // "" = no gap
	}{
		{"near miss: covered throughout", nil, "pup", Period{d("2024-11-01"), d("2025-05-30")}, ""},
		{"before the agreement takes effect", nil, "pup", Period{d("2024-09-20"), d("2025-05-30")}, "2024-09-20"},
		{"not a party, no mistake to blame", nil, "rops", Period{d("2024-11-01"), d("2025-05-30")}, "2024-11-01"},
		{"a party's signature missing: the agreement's own finding",
			func(p *Partnership, _ *Broken) { p.Agreements[local].Signatures = p.Agreements[local].Signatures[:5] },
			"pup", Period{d("2024-11-01"), d("2025-05-30")}, ""},
		{"the last party signs late, before asOf: the days before it are not covered",
			func(p *Partnership, _ *Broken) { p.Agreements[local].Signatures[5].Date = d("2025-01-15") },
			"gops", Period{d("2024-11-01"), d("2025-05-30")}, "2024-11-01"},
		{"near miss: an action begun after the late signature",
			func(p *Partnership, _ *Broken) { p.Agreements[local].Signatures[5].Date = d("2025-01-15") },
			"gops", Period{d("2025-01-15"), d("2025-05-30")}, ""},
		{"a signature dated after asOf: the agreement's own finding",
			func(p *Partnership, _ *Broken) { p.Agreements[local].Signatures[5].Date = d("2025-09-15") },
			"gops", Period{d("2024-11-01"), d("2025-05-30")}, ""},
		{"an end before the start: the agreement's own finding",
			func(p *Partnership, _ *Broken) { p.Agreements[local].ValidUntil = d("2024-06-30") },
			"pup", Period{d("2024-11-01"), d("2025-05-30")}, ""},
		{"an unsigned annex adding a party: the annex's own finding",
			func(p *Partnership, _ *Broken) {
				p.Agreements[local].Annexes = []Annex{{ID: "a1", Date: d("2025-01-10"), EffectiveFrom: d("2025-02-01"),
					AddParties: []string{"rops"}, Signatures: []Signature{{Party: "gmina", Date: d("2025-01-10")}}}}
			},
			"rops", Period{d("2025-02-01"), d("2025-05-30")}, ""},
		{"near miss: before that annex would take effect",
			func(p *Partnership, _ *Broken) {
				p.Agreements[local].Annexes = []Annex{{ID: "a1", Date: d("2025-01-10"), EffectiveFrom: d("2025-02-01"),
					AddParties: []string{"rops"}, Signatures: []Signature{{Party: "gmina", Date: d("2025-01-10")}}}}
			},
			"rops", Period{d("2025-01-02"), d("2025-05-30")}, "2025-01-02"},
		{"a withdrawal earlier than its notice allows: bound until the notice runs out",
			func(p *Partnership, _ *Broken) {
				p.Agreements[local].Withdrawals = []Withdrawal{{Party: "pup", NoticeDate: d("2025-03-03"), EffectiveDate: d("2025-03-10")}}
			},
			"pup", Period{d("2025-03-01"), d("2025-05-30")}, "2025-04-02"},
		{"a signer that is not a party: the agreement's own finding",
			func(p *Partnership, _ *Broken) {
				a := &p.Agreements[local]
				a.Signatures = append(a.Signatures, Signature{Party: "rops", Date: d("2024-09-22")})
			},
			"rops", Period{d("2024-11-01"), d("2025-05-30")}, ""},
		{"a party list naming an unknown institution may mean anyone",
			func(p *Partnership, broken *Broken) {
				a := &p.Agreements[local]
				a.Parties = append(a.Parties, "powait")
				broken.Add(Path("/agreements/1/parties/6"))
			},
			"rops", Period{d("2024-11-01"), d("2025-05-30")}, ""},
		{"near miss: anyone only while the agreement is in force",
			func(p *Partnership, broken *Broken) {
				a := &p.Agreements[local]
				a.Parties = append(a.Parties, "powait")
				broken.Add(Path("/agreements/1/parties/6"))
			},
			"rops", Period{d("2026-11-01"), d("2027-01-30")}, "2027-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPartnership()
			ix := NewIndex(p)
			if tt.change != nil {
				tt.change(p, ix.Broken())
			}
			s := DefaultSettings(p.Variant)
			gap, found := ix.CoverGap(tt.institution, tt.period, On(fixtureAsOf), s)
			if got := fmtDate(gap, found); got != tt.wantGap {
				t.Errorf("CoverGap(%s, %v) = %q, want %q", tt.institution, tt.period, got, tt.wantGap)
			}
		})
	}
}

// An agreement whose intent differs from it only by a signature dated after
// the check date notes that date: from then on the signature is real.
func TestCoverBrokenNotesTheLateSignature(t *testing.T) {
	p := testPartnership()
	p.Agreements[1].Signatures[5].Date = d("2025-09-15")
	ix := NewIndex(p)
	s := DefaultSettings(p.Variant)
	var alarm Alarm
	if !ix.CoverBroken("gops", d("2025-03-03"), alarm.Clock(fixtureAsOf), s) {
		t.Fatalf("CoverBroken = false, want true while the signature lies after the check date")
	}
	if got := alarm.Next(); got != d("2025-09-15") {
		t.Errorf("alarm.Next() = %s, want 2025-09-15", got)
	}
	if ix.CoverBroken("gops", d("2025-03-03"), On(d("2025-09-15")), s) {
		t.Errorf("CoverBroken on the signature's day = true, want false: the days before it are not covered")
	}
}

// The team rule reads the agreements as the stages ask: a member whose
// agreement is signed after the stage's day is not covered on that day,
// although the check at asOf finds it covered; a signature after asOf is
// the agreement's own mistake.
func TestCheckTeamsOnAStageDay(t *testing.T) {
	tests := []struct {
		name   string
		signed string
		want   int // members reported without cover
	}{
		{"signed after the stage's day, before asOf: no member was covered then", "2024-12-02", 5},
		{"near miss: signed after asOf, the agreement's own mistake", "2025-07-01", 0},
		{"near miss: signed before the stage's day", "2024-10-20", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPartnership()
			p.Agreements[1].Signatures[5].Date = d(tt.signed) // the PUP's
			ix := NewIndex(p)
			s := DefaultSettings(p.Variant)
			now := On(fixtureAsOf)
			var f Findings
			CheckTeams(ix, On(d("2024-11-04")), &now, s, &f)
			got := 0
			for _, x := range f.Raw() {
				if x.Code == CodeTeamMemberNotInAgreement {
					got++
				}
			}
			if got != tt.want {
				t.Errorf("CheckTeams() reports %d members without cover, want %d", got, tt.want)
			}
		})
	}
}
