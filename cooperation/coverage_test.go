package cooperation

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"
)

// agreementAB is a signed two-party agreement between a and b, in force from
// 2025-01-01 (signed 2024-12-20) to 2025-12-31.
func agreementAB() *Agreement {
	return &Agreement{
		ID: "ab", Kind: AgreementLocal, Title: "AB", Scope: "współpraca",
		Parties: []string{"a", "b"},
		Signatures: []Signature{
			{Party: "a", Signatory: "X", Date: d("2024-12-18")},
			{Party: "b", Signatory: "Y", Date: d("2024-12-20")},
		},
		EffectiveFrom: d("2025-01-01"),
		ValidUntil:    d("2025-12-31"),
	}
}

func TestSignedDateAndStart(t *testing.T) {
	tests := []struct {
		name       string
		change     func(a *Agreement)
		wantSigned string // "" = not signed
		wantStart  string
	}{
		{"both signed, start is effectiveFrom", func(a *Agreement) {}, "2024-12-20", "2025-01-01"},
		{"no effectiveFrom: start is the last signature", func(a *Agreement) { a.EffectiveFrom = Date{} }, "2024-12-20", "2024-12-20"},
		{"signed after effectiveFrom: start is the signature", func(a *Agreement) { a.Signatures[1].Date = d("2025-02-03") }, "2025-02-03", "2025-02-03"},
		{"a party did not sign", func(a *Agreement) { a.Signatures = a.Signatures[:1] }, "", ""},
		{"undated signature does not count", func(a *Agreement) { a.Signatures[1].Date = Date{} }, "", ""},
		{"non-party signature does not count", func(a *Agreement) { a.Signatures[1].Party = "c" }, "", ""},
		{"a party signing twice counts once, earliest", func(a *Agreement) {
			a.Signatures = append(a.Signatures, Signature{Party: "b", Date: d("2025-03-01")})
		}, "2024-12-20", "2025-01-01"},
		{"no parties", func(a *Agreement) { a.Parties = nil }, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := agreementAB()
			tt.change(a)
			signed, ok := a.SignedDate()
			if got := fmtDate(signed, ok); got != tt.wantSigned {
				t.Errorf("SignedDate() = %q, want %q", got, tt.wantSigned)
			}
			start, ok := a.Start()
			if got := fmtDate(start, ok); got != tt.wantStart {
				t.Errorf("Start() = %q, want %q", got, tt.wantStart)
			}
		})
	}
}

func fmtDate(d Date, ok bool) string {
	if !ok {
		return ""
	}
	return d.String()
}

func signedAnnex(id, date, from string, parties ...string) Annex {
	x := Annex{ID: id, Date: d(date), EffectiveFrom: d(from)}
	for _, p := range parties {
		x.Signatures = append(x.Signatures, Signature{Party: p, Signatory: "S", Date: d(date)})
	}
	return x
}

func TestEndOn(t *testing.T) {
	tests := []struct {
		name    string
		annexes []Annex
		day     string
		want    string
	}{
		{"no annex", nil, "2025-06-01", "2025-12-31"},
		{"extension not yet effective", []Annex{withEnd(signedAnnex("x1", "2025-11-01", "2025-12-01", "a", "b"), "2026-12-31")}, "2025-11-30", "2025-12-31"},
		{"extension effective", []Annex{withEnd(signedAnnex("x1", "2025-11-01", "2025-12-01", "a", "b"), "2026-12-31")}, "2025-12-01", "2026-12-31"},
		{"unsigned extension changes nothing", []Annex{withEnd(signedAnnex("x1", "2025-11-01", "2025-12-01", "a"), "2026-12-31")}, "2025-12-15", "2025-12-31"},
		{"extension after expiry changes nothing", []Annex{withEnd(signedAnnex("x1", "2026-01-10", "2026-01-15", "a", "b"), "2026-12-31")}, "2026-02-01", "2025-12-31"},
		{"two annexes apply in order of effect", []Annex{
			withEnd(signedAnnex("x2", "2025-10-01", "2025-11-01", "a", "b"), "2025-11-30"),
			withEnd(signedAnnex("x1", "2025-03-01", "2025-04-01", "a", "b"), "2026-06-30"),
		}, "2025-11-15", "2025-11-30"},
		{"annex without validUntil keeps the end", []Annex{signedAnnex("x1", "2025-03-01", "2025-04-01", "a", "b")}, "2025-05-01", "2025-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := agreementAB()
			a.Annexes = tt.annexes
			if got := a.EndOn(d(tt.day)).String(); got != tt.want {
				t.Errorf("EndOn(%s) = %s, want %s", tt.day, got, tt.want)
			}
		})
	}
}

func withEnd(x Annex, end string) Annex {
	x.ValidUntil = d(end)
	return x
}

func withAdd(x Annex, parties ...string) Annex {
	x.AddParties = parties
	return x
}

func withRemove(x Annex, parties ...string) Annex {
	x.RemoveParties = parties
	return x
}

func TestPartyOnAndInForce(t *testing.T) {
	tests := []struct {
		name   string
		change func(a *Agreement)
		party  string
		day    string
		party1 bool // PartyOn
		force  bool // InForce
	}{
		{"original party in the period", func(a *Agreement) {}, "a", "2025-06-01", true, true},
		{"before start", func(a *Agreement) {}, "a", "2024-12-31", true, false},
		{"on the start", func(a *Agreement) {}, "a", "2025-01-01", true, true},
		{"on the last day", func(a *Agreement) {}, "a", "2025-12-31", true, true},
		{"the day after the end", func(a *Agreement) {}, "a", "2026-01-01", true, false},
		{"not a party", func(a *Agreement) {}, "c", "2025-06-01", false, false},
		{"unsigned: party but not in force", func(a *Agreement) { a.Signatures = a.Signatures[:1] }, "a", "2025-06-01", true, false},
		{"added by a signed annex, on its effect", func(a *Agreement) {
			a.Annexes = []Annex{withAdd(signedAnnex("x", "2025-03-01", "2025-03-15", "a", "b", "c"), "c")}
		}, "c", "2025-03-15", true, true},
		{"added by a signed annex, the day before", func(a *Agreement) {
			a.Annexes = []Annex{withAdd(signedAnnex("x", "2025-03-01", "2025-03-15", "a", "b", "c"), "c")}
		}, "c", "2025-03-14", false, false},
		{"added by an annex the added party did not sign", func(a *Agreement) {
			a.Annexes = []Annex{withAdd(signedAnnex("x", "2025-03-01", "2025-03-15", "a", "b"), "c")}
		}, "c", "2025-04-01", false, false},
		{"removed by a signed annex", func(a *Agreement) {
			a.Annexes = []Annex{withRemove(signedAnnex("x", "2025-03-01", "2025-03-15", "a", "b"), "b")}
		}, "b", "2025-03-15", false, false},
		{"withdrawal with the default notice: still a party on day 29", func(a *Agreement) {
			a.Withdrawals = []Withdrawal{{Party: "b", NoticeDate: d("2025-05-01")}}
		}, "b", "2025-05-30", true, true},
		{"withdrawal with the default notice: gone on day 30", func(a *Agreement) {
			a.Withdrawals = []Withdrawal{{Party: "b", NoticeDate: d("2025-05-01")}}
		}, "b", "2025-05-31", false, false},
		{"withdrawal with the agreement's notice period", func(a *Agreement) {
			a.NoticePeriodDays = intp(90)
			a.Withdrawals = []Withdrawal{{Party: "b", NoticeDate: d("2025-05-01")}}
		}, "b", "2025-06-30", true, true},
		{"withdrawal with an effective date", func(a *Agreement) {
			a.Withdrawals = []Withdrawal{{Party: "b", NoticeDate: d("2025-05-01"), EffectiveDate: d("2025-09-01")}}
		}, "b", "2025-09-01", false, false},
		{"withdrawal does not touch the other party", func(a *Agreement) {
			a.Withdrawals = []Withdrawal{{Party: "b", NoticeDate: d("2025-05-01")}}
		}, "a", "2025-07-01", true, true},
		{"re-admitted by a later annex", func(a *Agreement) {
			a.Withdrawals = []Withdrawal{{Party: "b", NoticeDate: d("2025-02-01")}}
			a.Annexes = []Annex{withAdd(signedAnnex("x", "2025-05-01", "2025-05-01", "a", "b"), "b")}
		}, "b", "2025-06-01", true, true},
		{"kept by an extension", func(a *Agreement) {
			a.Annexes = []Annex{withEnd(signedAnnex("x", "2025-10-01", "2025-10-01", "a", "b"), "2026-12-31")}
		}, "a", "2026-06-01", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := agreementAB()
			tt.change(a)
			if got := a.PartyOn(tt.party, d(tt.day), 30); got != tt.party1 {
				t.Errorf("PartyOn(%s, %s) = %v, want %v", tt.party, tt.day, got, tt.party1)
			}
			if got := a.InForce(tt.party, d(tt.day), 30); got != tt.force {
				t.Errorf("InForce(%s, %s) = %v, want %v", tt.party, tt.day, got, tt.force)
			}
		})
	}
}

func TestWithdrawalEffective(t *testing.T) {
	a := agreementAB()
	tests := []struct {
		name   string
		notice *int
		w      Withdrawal
		want   string
	}{
		{"effective date wins", nil, Withdrawal{Party: "b", NoticeDate: d("2025-05-01"), EffectiveDate: d("2025-05-10")}, "2025-05-10"},
		{"default notice", nil, Withdrawal{Party: "b", NoticeDate: d("2025-05-01")}, "2025-05-31"},
		{"agreement's notice", intp(14), Withdrawal{Party: "b", NoticeDate: d("2025-05-01")}, "2025-05-15"},
		{"zero notice", intp(0), Withdrawal{Party: "b", NoticeDate: d("2025-05-01")}, "2025-05-01"},
		{"no dates", nil, Withdrawal{Party: "b"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.NoticePeriodDays = tt.notice
			if got := a.WithdrawalEffective(tt.w, 30).String(); got != tt.want {
				t.Errorf("WithdrawalEffective() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCoveringAgreement(t *testing.T) {
	p := testPartnership()
	ix := NewIndex(p)
	s := DefaultSettings(VariantRural)
	tests := []struct {
		name        string
		institution string
		day         string
		kinds       []AgreementKind
		want        string // "" = none
	}{
		{"OPS under the local agreement", "gops", "2025-06-16", nil, "lokalne"},
		{"gmina: the pilot comes first in bundle order", "gmina", "2025-06-16", nil, "pilot"},
		{"gmina, local agreements only", "gmina", "2025-06-16", []AgreementKind{AgreementLocal}, "lokalne"},
		{"OPS before the local agreement takes effect", "gops", "2024-09-30", nil, ""},
		{"a gmina party does not cover its OPS (pilot only)", "gops", "2025-06-16", []AgreementKind{AgreementPilot}, ""},
		{"WZK agreement is not a partnership kind", "rops", "2025-06-16", nil, ""},
		{"WZK agreement when asked for", "rops", "2025-06-16", []AgreementKind{AgreementVoivodeshipTeam}, "wzk-por"},
		{"unknown institution", "nikt", "2025-06-16", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, ok := ix.CoveringAgreement(tt.institution, d(tt.day), s, tt.kinds...)
			got := ""
			if ok {
				got = a.ID
			}
			if got != tt.want {
				t.Errorf("CoveringAgreement(%s, %s) = %q, want %q", tt.institution, tt.day, got, tt.want)
			}
		})
	}
}

func TestCoveredOver(t *testing.T) {
	s := DefaultSettings(VariantRural)
	// Two agreements for "a": ab until 2025-12-31, then ac from 2026-01-01 to
	// 2026-06-30, then nothing.
	ac := agreementAB()
	ac.ID, ac.Parties = "ac", []string{"a", "c"}
	ac.Signatures[1].Party = "c"
	ac.EffectiveFrom, ac.ValidUntil = d("2026-01-01"), d("2026-06-30")
	p := &Partnership{Agreements: []Agreement{*agreementAB(), *ac}}
	ix := NewIndex(p)
	tests := []struct {
		name        string
		institution string
		period      Period
		wantGap     string // "" = covered
	}{
		{"inside one agreement", "a", Period{d("2025-02-01"), d("2025-11-30")}, ""},
		{"handed over from one agreement to the next", "a", Period{d("2025-02-01"), d("2026-06-30")}, ""},
		{"past the last end", "a", Period{d("2025-02-01"), d("2026-07-31")}, "2026-07-01"},
		{"before the first start", "a", Period{d("2024-12-01"), d("2025-03-01")}, "2024-12-01"},
		{"b loses cover when ab ends", "b", Period{d("2025-02-01"), d("2026-02-01")}, "2026-01-01"},
		{"open-ended period is never covered for good", "a", Period{Start: d("2025-02-01")}, "2026-07-01"},
		{"empty period", "a", Period{d("2025-02-01"), d("2025-01-01")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gap, ok := ix.CoveredOver(tt.institution, tt.period, s)
			if got := fmtDate(gap, !ok); got != tt.wantGap {
				t.Errorf("CoveredOver(%s, %v) gap = %q, want %q", tt.institution, tt.period, got, tt.wantGap)
			}
		})
	}
}

func TestMemberOnAndOver(t *testing.T) {
	p := &Partnership{Teams: []Team{{
		ID: "pzk", Kind: TeamPZK, Formed: d("2025-01-01"),
		Members: []Member{
			{Institution: "a", Joined: d("2025-01-01"), Left: d("2025-03-31")},
			{Institution: "a", Joined: d("2025-04-01"), Left: d("2025-06-30")},
			{Institution: "a", Joined: d("2025-08-01")},
			{Institution: "b", Joined: d("2025-05-01"), Left: d("2025-04-01")}, // invalid dates
		},
	}}}
	ix := NewIndex(p)
	on := []struct {
		name, team, inst, day string
		want                  bool
	}{
		{"first membership", "pzk", "a", "2025-02-01", true},
		{"second membership's first day", "pzk", "a", "2025-04-01", true},
		{"between memberships", "pzk", "a", "2025-07-15", false},
		{"open membership", "pzk", "a", "2030-01-01", true},
		{"membership with invalid dates counts for nothing", "pzk", "b", "2025-04-15", false},
		{"unknown team", "zzk", "a", "2025-02-01", false},
	}
	for _, tt := range on {
		t.Run("MemberOn/"+tt.name, func(t *testing.T) {
			if got := ix.MemberOn(tt.team, tt.inst, d(tt.day)); got != tt.want {
				t.Errorf("MemberOn(%s, %s, %s) = %v, want %v", tt.team, tt.inst, tt.day, got, tt.want)
			}
		})
	}
	over := []struct {
		name, inst string
		p          Period
		wantGap    string
	}{
		{"across consecutive memberships", "a", Period{d("2025-02-01"), d("2025-06-30")}, ""},
		{"into the break", "a", Period{d("2025-02-01"), d("2025-07-02")}, "2025-07-01"},
		{"open-ended from the open membership", "a", Period{Start: d("2025-09-01")}, ""},
		{"before joining", "a", Period{d("2024-12-01"), d("2025-02-01")}, "2024-12-01"},
	}
	for _, tt := range over {
		t.Run("MemberOver/"+tt.name, func(t *testing.T) {
			gap, ok := ix.MemberOver("pzk", tt.inst, tt.p)
			if got := fmtDate(gap, !ok); got != tt.wantGap {
				t.Errorf("MemberOver(%s, %v) gap = %q, want %q", tt.inst, tt.p, got, tt.wantGap)
			}
		})
	}
}

func TestCheckCapacity(t *testing.T) {
	book := func(start, due, completed string) Booking {
		b := Booking{Service: "mieszkanie", Start: d(start), Due: d(due)}
		if completed != "" {
			b.Completed = d(completed)
		}
		return b
	}
	tests := []struct {
		name     string
		bookings []Booking
		want     []string // months over capacity (capacity 2)
	}{
		{"two at once fit", []Booking{book("2025-01-10", "2025-03-10", ""), book("2025-02-01", "2025-02-28", "")}, nil},
		{"three in one month", []Booking{
			book("2025-01-10", "2025-03-10", ""), book("2025-02-01", "2025-02-28", ""), book("2025-02-20", "2025-04-01", ""),
		}, []string{"2025-02"}},
		{"three over two months", []Booking{
			book("2025-01-10", "2025-03-10", ""), book("2025-02-01", "2025-03-28", ""), book("2025-02-20", "2025-04-01", ""),
		}, []string{"2025-02", "2025-03"}},
		{"completed before the month starts does not count", []Booking{
			book("2025-01-10", "2025-03-10", ""), book("2025-02-01", "2025-03-28", "2025-02-27"), book("2025-02-20", "2025-04-01", ""),
		}, []string{"2025-02"}},
		{"completed on the month's first day still counts", []Booking{
			book("2025-01-10", "2025-03-10", ""), book("2025-02-01", "2025-03-28", "2025-03-01"), book("2025-02-20", "2025-04-01", ""),
		}, []string{"2025-02", "2025-03"}},
		{"other services and broken bookings are ignored", []Booking{
			book("2025-01-10", "2025-03-10", ""), book("2025-02-01", "2025-02-28", ""),
			{Service: "korepetycje", Start: d("2025-02-01"), Due: d("2025-02-02")},
			{Service: "nieznana", Start: d("2025-02-01"), Due: d("2025-02-02")},
			{Service: "mieszkanie", Start: d("2025-02-01")},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(testPartnership())
			var f Findings
			CheckCapacity(ix, tt.bookings, &f)
			var got []string
			for _, x := range f.Raw() {
				if x.Code != CodeServiceCapacityExceeded || x.Path != "/services/0" || x.Params["capacity"] != "2" || x.Params["service"] != "Mieszkanie treningowe" {
					t.Fatalf("CheckCapacity() finding %+v, want service.capacity_exceeded at /services/0", x)
				}
				got = append(got, x.Params["month"])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("CheckCapacity() months = %v, want %v", got, tt.want)
			}
		})
	}
}

// randomAgreement builds an agreement between some of the parties a–e with
// random dates in 2025–2026, random signatures, annexes and withdrawals.
func randomAgreement(r *rand.Rand, id string) Agreement {
	base := d("2025-01-01")
	day := func() Date { return base.AddDays(r.Intn(730)) }
	maybe := func(p float64) bool { return r.Float64() < p }
	pool := []string{"a", "b", "c", "d", "e"}
	pick := func(n int) []string {
		out := slices.Clone(pool)
		r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		return out[:n]
	}
	a := Agreement{ID: id, Kind: AgreementLocal, Title: id, Parties: pick(2 + r.Intn(3))}
	for _, p := range a.Parties {
		if maybe(0.9) {
			a.Signatures = append(a.Signatures, Signature{Party: p, Date: base.AddDays(r.Intn(120))})
		}
	}
	if maybe(0.5) {
		a.EffectiveFrom = base.AddDays(r.Intn(200))
	}
	if maybe(0.7) {
		a.ValidUntil = day()
	}
	if maybe(0.4) {
		a.NoticePeriodDays = intp(r.Intn(90))
	}
	for k := r.Intn(4); k > 0; k-- {
		x := Annex{ID: fmt.Sprint("x", k), Date: day()}
		x.EffectiveFrom = x.Date.AddDays(r.Intn(60) - 10)
		if maybe(0.5) {
			x.AddParties = pick(1)
		}
		if maybe(0.3) {
			x.RemoveParties = pick(1)
		}
		if maybe(0.5) {
			x.ValidUntil = day()
		}
		for _, p := range pool {
			if maybe(0.8) {
				x.Signatures = append(x.Signatures, Signature{Party: p, Date: x.Date})
			}
		}
		a.Annexes = append(a.Annexes, x)
	}
	for k := r.Intn(3); k > 0; k-- {
		w := Withdrawal{Party: pick(1)[0], NoticeDate: day()}
		if maybe(0.4) {
			w.EffectiveDate = w.NoticeDate.AddDays(r.Intn(60))
		}
		a.Withdrawals = append(a.Withdrawals, w)
	}
	return a
}

func TestPropertyCoverageEndsWithAgreement(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		a := randomAgreement(r, "r")
		noAnnexEnd := true
		for _, x := range a.Annexes {
			if !x.ValidUntil.IsZero() {
				noAnnexEnd = false
			}
		}
		for day := d("2024-12-01"); day.Before(d("2027-03-01")); day = day.AddDays(3) {
			for _, p := range []string{"a", "b", "c", "d", "e"} {
				if !a.InForce(p, day, 30) {
					continue
				}
				if end := a.EndOn(day); !end.IsZero() && day.After(end) {
					t.Fatalf("case %d: InForce(%s, %s) but EndOn = %s\n%+v", i, p, day, end, a)
				}
				if noAnnexEnd && !a.ValidUntil.IsZero() && day.After(a.ValidUntil) {
					t.Fatalf("case %d: InForce(%s, %s) past validUntil %s\n%+v", i, p, day, a.ValidUntil, a)
				}
				if start, _ := a.Start(); day.Before(start) {
					t.Fatalf("case %d: InForce(%s, %s) before start %s", i, p, day, start)
				}
			}
		}
	}
}

func TestPropertySignatureNeverRemovesCoverage(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 300; i++ {
		a := randomAgreement(r, "r")
		b := a
		b.Signatures = append(slices.Clone(a.Signatures), Signature{
			Party: a.Parties[r.Intn(len(a.Parties))],
			Date:  d("2025-01-01").AddDays(r.Intn(700)),
		})
		for day := d("2024-12-01"); day.Before(d("2027-03-01")); day = day.AddDays(2) {
			for _, p := range []string{"a", "b", "c", "d", "e"} {
				if a.InForce(p, day, 30) && !b.InForce(p, day, 30) {
					t.Fatalf("case %d: adding %+v removed coverage of %s on %s", i, b.Signatures[len(b.Signatures)-1], p, day)
				}
			}
		}
	}
}

func TestPropertyCoveredOverAgreesWithDayByDay(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	s := DefaultSettings(VariantRural)
	for i := 0; i < 300; i++ {
		p := &Partnership{}
		for k := 1 + r.Intn(3); k > 0; k-- {
			p.Agreements = append(p.Agreements, randomAgreement(r, fmt.Sprint("r", k)))
		}
		ix := NewIndex(p)
		start := d("2025-01-01").AddDays(r.Intn(600))
		per := Period{Start: start, End: start.AddDays(r.Intn(300))}
		inst := []string{"a", "b", "c", "d", "e"}[r.Intn(5)]
		want, wantOK := Date{}, true
		for day := per.Start; !day.After(per.End); day = day.AddDays(1) {
			if _, ok := ix.CoveringAgreement(inst, day, s); !ok {
				want, wantOK = day, false
				break
			}
		}
		got, ok := ix.CoveredOver(inst, per, s)
		if ok != wantOK || !got.Equal(want) {
			t.Fatalf("case %d: CoveredOver(%s, %v) = %s, %v; day by day: %s, %v", i, inst, per, got, ok, want, wantOK)
		}
	}
}

func TestPropertyMemberOverAgreesWithDayByDay(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	for i := 0; i < 300; i++ {
		team := Team{ID: "t", Kind: TeamPZK}
		for k := r.Intn(5); k > 0; k-- {
			m := Member{Institution: "a", Joined: d("2025-01-01").AddDays(r.Intn(300))}
			if r.Intn(4) > 0 {
				m.Left = m.Joined.AddDays(r.Intn(120) - 5)
			}
			team.Members = append(team.Members, m)
		}
		ix := NewIndex(&Partnership{Teams: []Team{team}})
		start := d("2025-01-01").AddDays(r.Intn(300))
		per := Period{Start: start, End: start.AddDays(r.Intn(200))}
		want, wantOK := Date{}, true
		for day := per.Start; !day.After(per.End); day = day.AddDays(1) {
			if !ix.MemberOn("t", "a", day) {
				want, wantOK = day, false
				break
			}
		}
		got, ok := ix.MemberOver("t", "a", per)
		if ok != wantOK || !got.Equal(want) {
			t.Fatalf("case %d: MemberOver(%v) = %s, %v; day by day: %s, %v\n%+v", i, per, got, ok, want, wantOK, team.Members)
		}
	}
}
