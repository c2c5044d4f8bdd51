package document

import (
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// signers returns the signature lines of d.
func signers(d *Document) []signer {
	var out []signer
	for _, b := range d.blocks {
		out = append(out, b.Signers...)
	}
	return out
}

// TestIPWSigners: the IPW is signed by the family's adults (never a
// child), the case worker's institution and each institution owning an
// action, once each.
func TestIPWSigners(t *testing.T) {
	b := example(t, "rural")
	d, err := Build(b, IPW, "ipw-2026-01")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range signers(d) {
		got = append(got, s.Caption)
	}
	want := []string{
		"Członek rodziny: " + upperFirstOrSame(d, ipw.MemberApplicant),
		"Członek rodziny: " + upperFirstOrSame(d, ipw.MemberPartner),
		"Gminny Ośrodek Pomocy Społecznej w Masłowie",
		"Powiatowy Urząd Pracy w Kielcach",
		"Szkoła Podstawowa w Masłowie Pierwszym",
		"Poradnia Psychologiczno-Pedagogiczna w Kielcach (powiat kielecki)",
		"Stowarzyszenie „Razem dla Rodziny” w Masłowie",
		"Powiatowe Centrum Pomocy Rodzinie w Kielcach",
		"Ośrodek Zdrowia w Masłowie Pierwszym (podstawowa opieka zdrowotna)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("IPW signature lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A child who turns 18 signs; one who does not, does not.
	b.IPWs[0].Beneficiary.Members[2].BirthYear = 2008
	d, err = Build(b, IPW, "ipw-2026-01", Draft())
	if err != nil {
		t.Fatal(err)
	}
	if n := countPrefix(signers(d), "Członek rodziny: "); n != 3 {
		t.Errorf("with a son of 18: %d family signature lines, want 3", n)
	}
}

func upperFirstOrSame(d *Document, r ipw.MemberRole) string {
	b := &builder{lang: d.Lang}
	return b.label(r)
}

func countPrefix(ss []signer, prefix string) int {
	n := 0
	for _, s := range ss {
		if strings.HasPrefix(s.Caption, prefix) {
			n++
		}
	}
	return n
}

// TestWithdrawal: the notice's effective date is the one the check
// computes (cooperation.Agreement.WithdrawalEffective): the stated one, or
// the notice date plus the agreement's notice period.
func TestWithdrawal(t *testing.T) {
	for _, tc := range []struct {
		name      string
		notice    *int
		effective string
		want      string
	}{
		{"notice period of the agreement", nil, "", "31.10.2026"},
		{"notice period of the profile (45 days)", new(int), "", "15.11.2026"},
		{"a stated effective date", nil, "2026-12-31", "31.12.2026"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := example(t, "rural")
			a := &b.Agreements[1]
			notice := 30
			if tc.notice != nil {
				notice = 45
				a.NoticePeriodDays = nil
				b.Profile = &cooperation.Profile{Agreement: &cooperation.AgreementProfile{DefaultNoticePeriodDays: &notice}}
			}
			w := cooperation.Withdrawal{Party: "ngo-razem", NoticeDate: cooperation.MustDate("2026-10-01")}
			if tc.effective != "" {
				w.EffectiveDate = cooperation.MustDate(tc.effective)
			}
			a.Withdrawals = []cooperation.Withdrawal{w}
			d, err := Build(b, Withdrawal, "porozumienie-pzk/ngo-razem")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.WithdrawalEffective(w, notice).Numeric(); got != tc.want {
				t.Fatalf("WithdrawalEffective = %s, want %s", got, tc.want)
			}
			_, text := render(t, d)
			for _, s := range []string{
				"Wypowiedzenie skuteczne z dniem | " + tc.want + "\u00a0r.",
				"Stowarzyszenie „Razem dla Rodziny” w Masłowie wypowiada porozumienie „Porozumienie o współpracy",
				"Za stronę wypowiadającą: Stowarzyszenie „Razem dla Rodziny” w Masłowie",
				"Masłów, dnia 01.10.2026\u00a0r.",
			} {
				if !strings.Contains(text, s) {
					t.Errorf("the notice lacks %q:\n%s", s, text)
				}
			}
			// The addressees are the other parties on the notice date.
			if strings.Contains(text, "Pozostałe strony porozumienia: Gmina Masłów;") == false {
				t.Errorf("the notice does not name the other parties:\n%s", text)
			}
		})
	}
}

// TestEscaping: text from the bundle is always text: a name with markup,
// quotes, a colon or a character XML cannot hold neither breaks the HTML
// (nor its CSS footer) nor the DOCX file.
func TestEscaping(t *testing.T) {
	b := example(t, "rural")
	hostile := `<script>alert("x")</script> & 'Co:op' \ </style><b>`
	b.Municipality.Name = `Masłów</style><script>x()</script>: "a"`
	b.Institutions[4].Name = hostile
	b.IPWs[0].Beneficiary.Pseudonym = "Rodzina \x01A.\u2028"
	b.Agreements[1].Scope = hostile
	s, err := New(b, Draft())
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := s.All()
	if len(docs) == 0 {
		t.Fatal("no documents")
	}
	for _, d := range docs {
		html, text := render(t, d)
		if strings.Contains(html, "<script") || strings.Contains(html, "<b>") {
			t.Errorf("%s %s: markup from the bundle reached the HTML", d.Kind, d.ID)
		}
		if n := strings.Count(html, "</style>"); n != 1 {
			t.Errorf("%s %s: %d </style> in the HTML, want 1", d.Kind, d.ID, n)
		}
		if !strings.Contains(text, "Masłów</style><script>x()</script>: \"a\"") {
			t.Errorf("%s %s: the DOCX does not show the municipality's name as text", d.Kind, d.ID)
		}
		if strings.Contains(text, "\x01") {
			t.Errorf("%s %s: a control character reached the DOCX", d.Kind, d.ID)
		}
	}
	if got := cssString(`a "b" \ </style> ą:`); got != `"a \22 b\22  \5c  \3c \2f style\3e  ą\3a "` {
		t.Errorf("cssString = %s", got)
	}
}

// TestDeterministic: the same document is the same file, byte for byte.
func TestDeterministic(t *testing.T) {
	b := example(t, "urban")
	var first string
	for i := 0; i < 2; i++ {
		d, err := Build(b, IPW, "ipw-rodzina-c")
		if err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		if err := d.WriteDOCX(&sb); err != nil {
			t.Fatal(err)
		}
		if err := d.WriteODT(&sb); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = sb.String()
		} else if sb.String() != first {
			t.Error("two DOCX or ODT files of one document differ")
		}
	}
}

// TestReviewChanges: given the previous version of the data, the record of
// the IPW's latest review tells what changed in the IPW since (not in other
// IPWs), counts the changes to the diagnosis without telling them, and the
// records of earlier reviews send the reader to the latest.
func TestReviewChanges(t *testing.T) {
	prev := example(t, "rural")
	cur := example(t, "rural")
	cur.IPWs[0].Actions[4].Due = cooperation.MustDate("2027-03-26")
	cur.IPWs[0].Diagnosis.Areas[0].Causes += " Uzupełniono."
	cur.IPWs[1].Closure.Summary += " Uzupełniono."
	for _, tc := range []struct {
		id, want, not string
	}{
		{"ipw-2026-01/2026-11-09", "termin przesunięty z 19.03.2027\u00a0r. na 26.03.2027\u00a0r.", "Uzupełniono"},
		{"ipw-2026-01/2026-11-09", "Zmiany opisane w dokumencie „Kwalifikacja i diagnoza”: 1.", ""},
		{"ipw-2025-01/2026-10-26", "Zmiany opisane w dokumencie „Zakończenie IPW”: 1.", "Uzupełniono"},
		{"ipw-2026-01/2026-09-14", "Zmiany względem poprzedniej wersji danych zawiera zapis ostatniego przeglądu tego IPW.", "termin przesunięty"},
	} {
		d, err := Build(cur, Review, tc.id, Previous(prev))
		if err != nil {
			t.Fatal(err)
		}
		_, text := render(t, d)
		if !strings.Contains(text, tc.want) {
			t.Errorf("%s lacks %q:\n%s", tc.id, tc.want, text)
		}
		if tc.not != "" && strings.Contains(text, tc.not) {
			t.Errorf("%s holds %q", tc.id, tc.not)
		}
	}
	d, err := Build(prev, Review, "ipw-2026-01/2026-11-09", Previous(example(t, "rural")))
	if err != nil {
		t.Fatal(err)
	}
	if _, text := render(t, d); !strings.Contains(text, "Od poprzedniej wersji danych (stan na dzień 16.11.2026\u00a0r.) IPW się nie zmienił.") {
		t.Errorf("an unchanged IPW's record does not say so:\n%s", text)
	}
}

// FuzzEscaping: whatever a name or a scope holds, it adds no markup to the
// HTML (no "<" beyond the layout's and the <br> of its line breaks, one
// style element) and the DOCX and
// ODT files stay well-formed.
func FuzzEscaping(f *testing.F) {
	for _, s := range []string{`<script>x()</script>`, `"'&;:\`, "</style><b>", "\x00\x01\u2028\ufffe", "a:b(c)", "ą\u00a0ż"} {
		f.Add(s)
	}
	b := example(f, "rural")
	plain := func(s string) (string, string) {
		c := *b
		c.Institutions = append([]cooperation.Institution(nil), b.Institutions...)
		c.Institutions[4].Name = s
		c.Municipality.Name = s
		c.IPWs = append([]ipw.Plan(nil), b.IPWs...)
		c.IPWs[0].Beneficiary.Pseudonym = s
		d, err := Build(&c, IPW, "ipw-2026-01", Draft())
		if err != nil {
			f.Fatal(err)
		}
		var h, x strings.Builder
		if err := d.WriteHTML(&h); err != nil {
			f.Fatal(err)
		}
		if err := d.WriteDOCX(&x); err != nil {
			f.Fatal(err)
		}
		if _, err := docxText([]byte(x.String())); err != nil {
			f.Fatalf("the DOCX file with %q: %v", s, err)
		}
		var o strings.Builder
		if err := d.WriteODT(&o); err != nil {
			f.Fatal(err)
		}
		if _, err := odtFileText([]byte(o.String())); err != nil {
			f.Fatalf("the ODT file with %q: %v", s, err)
		}
		return h.String(), x.String()
	}
	base, _ := plain("x")
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return
		}
		html, _ := plain(s)
		// A line break of the text is written as <br>, the one element
		// a text may bring.
		tags := func(h string) int { return strings.Count(h, "<") - strings.Count(h, "<br>") }
		if got, want := tags(html), tags(base); got != want {
			t.Errorf("%q: %d < in the HTML besides line breaks, want %d", s, got, want)
		}
		if n := strings.Count(html, "</style>"); n != 1 {
			t.Errorf("%q: %d </style>", s, n)
		}
	})
}
