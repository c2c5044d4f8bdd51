package document

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// refusals is one refused document per reason: a single mistake made in an
// example, the document it stops, and the exact message.
var refusals = []struct {
	name    string
	example string
	mutate  func(b *ipw.Bundle)
	kind    Kind
	id      string
	lang    cooperation.Lang // default Polish
	want    string
}{
	{
		name:    "agreement without scope",
		example: "rural",
		mutate:  func(b *ipw.Bundle) { b.Agreements[1].Scope = " " },
		kind:    Agreement, id: "porozumienie-pzk",
		want: "Nie można przygotować dokumentu: Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- „Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów” nie ma wypełnionego pola „Zakres współpracy”. Opisz, w czym strony współpracują. [agreement.scope_missing]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "a party's REGON the agreement prints is invalid",
		example: "rural",
		mutate:  func(b *ipw.Bundle) { b.Institutions[4].REGON = "123456789" },
		kind:    Agreement, id: "porozumienie-pzk",
		want: "Nie można przygotować dokumentu: Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- Numer REGON „123456789” jest niepoprawny: błędna cyfra kontrolna. Sprawdź, czy nie ma literówki: REGON ma 9 albo 14 cyfr. [id.regon_invalid]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "annex dated before the agreement was signed",
		example: "rural",
		mutate:  func(b *ipw.Bundle) { b.Agreements[1].Annexes[0].Date = cooperation.MustDate("2025-10-01") },
		kind:    Annex, id: "porozumienie-pzk/aneks-1",
		want: "Nie można przygotować dokumentu: Aneks aneks-1 do porozumienia „Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów”. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- Aneks z 01.10.2025 r. do porozumienia „Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów” ma datę wcześniejszą niż data jego zawarcia (24.10.2025 r.). Popraw datę aneksu albo daty podpisów pod dokumentem. [agreement.annex_before_agreement]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "withdrawal effective before the notice period ends",
		example: "rural",
		mutate: func(b *ipw.Bundle) {
			b.Agreements[1].Withdrawals = []cooperation.Withdrawal{{Party: "ngo-razem",
				NoticeDate: cooperation.MustDate("2026-10-01"), EffectiveDate: cooperation.MustDate("2026-10-15")}}
		},
		kind: Withdrawal, id: "porozumienie-pzk/ngo-razem",
		want: "Nie można przygotować dokumentu: Wypowiedzenie porozumienia „Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów” – Stowarzyszenie „Razem dla Rodziny” w Masłowie. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- Stowarzyszenie „Razem dla Rodziny” w Masłowie: wypowiedzenie porozumienia „Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów” złożone 01.10.2026 r. ma mieć skutek od 15.10.2026 r., ale okres wypowiedzenia wynosi 30 dni, więc skutek może nastąpić najwcześniej 31.10.2026 r. Popraw datę skutku wypowiedzenia. [agreement.notice_too_short]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "declaration names a task team, not the PZK",
		example: "urban",
		mutate:  func(b *ipw.Bundle) { b.Agreements[1].Team = "zzk-rodzina-c" },
		kind:    Declaration, id: "deklaracja-pcpr",
		want: "Nie można przygotować dokumentu: Deklaracja przystąpienia do Partnerskiego Zespołu Kooperacyjnego w Radomsku – Powiatowe Centrum Pomocy Rodzinie w Radomsku. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- „Deklaracja przystąpienia do Partnerskiego Zespołu Kooperacyjnego w Radomsku – Powiatowe Centrum Pomocy Rodzinie w Radomsku” wskazuje zespół, który nie jest partnerskim zespołem (PZK). Wskaż w niej PZK, do którego instytucja przystępuje. [agreement.declaration_team_missing]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "PZK without a leader",
		example: "rural",
		mutate: func(b *ipw.Bundle) {
			b.Teams[0].Members[0].Roles = []cooperation.Role{cooperation.RoleGminaAnimator, cooperation.RoleCaseWorker}
		},
		kind: Team, id: "pzk-maslow",
		want: "Nie można przygotować dokumentu: Skład zespołu „Partnerski Zespół Kooperacji Gminy Masłów”. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- Zespół „Partnerski Zespół Kooperacji Gminy Masłów” nie ma lidera. Nadaj rolę lidera członkowi z ośrodka pomocy społecznej (OPS) lub centrum usług społecznych (CUS). [team.leader_missing]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "consent given by a child",
		example: "rural",
		mutate:  func(b *ipw.Bundle) { b.IPWs[0].Consent.GivenBy = append(b.IPWs[0].Consent.GivenBy, "a-syn") },
		kind:    Consent, id: "ipw-2026-01",
		want: "Nie można przygotować dokumentu: Zgoda – Rodzina A. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- W IPW „Rodzina A.” zgody udzieliła osoba niepełnoletnia: dziecko, ur. 2012, która w 2026 r. nie kończy 18 lat. Zgody musi udzielić pełnoletni członek rodziny – popraw listę osób, które jej udzieliły. [ipw.consent_by_minor]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "diagnosis after the start",
		example: "rural",
		mutate:  func(b *ipw.Bundle) { b.IPWs[1].Diagnosis.Date = cooperation.MustDate("2025-12-15") },
		kind:    Diagnosis, id: "ipw-2025-01",
		want: "Nie można przygotować dokumentu: Kwalifikacja i diagnoza – Pan K. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- Diagnoza w IPW „Pan K.” ma datę 15.12.2025 r., późniejszą niż początek programu (01.12.2025 r.). Diagnoza powinna poprzedzać program – popraw jedną z dat. [ipw.diagnosis_after_start]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "consent does not cover an action's owner",
		example: "rural",
		mutate: func(b *ipw.Bundle) {
			b.IPWs[0].Consent.Scope = []string{"gops-maslow", "pcpr-kielce", "sp-maslow", "oz-maslow", "ngo-razem", "ppp-kielce"}
		},
		kind: IPW, id: "ipw-2026-01",
		want: "Nie można przygotować dokumentu: IPW – Rodzina A. Dane, z których powstaje, zawierają 2\u00a0błędy, które go dotyczą:\n" +
			"- Powiatowy Urząd Pracy w Kielcach odpowiada za działanie „Rejestracja w PUP i opracowanie Indywidualnego Planu Działania” w IPW „Rodzina A.”, ale zgoda rodziny nie obejmuje przekazywania danych tej instytucji (zgoda z 04.03.2026 r.). Dodaj instytucję do zakresu zgody albo wskaż inną instytucję odpowiedzialną. [ipw.consent_scope]\n" +
			"- Powiatowy Urząd Pracy w Kielcach odpowiada za działanie „Szkolenie zawodowe „Pomoc kuchenna z elementami cukiernictwa” ze stażem” w IPW „Rodzina A.”, ale zgoda rodziny nie obejmuje przekazywania danych tej instytucji (zgoda z 04.03.2026 r.). Dodaj instytucję do zakresu zgody albo wskaż inną instytucję odpowiedzialną. [ipw.consent_scope]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "review extends the programme without a new end",
		example: "rural",
		mutate:  func(b *ipw.Bundle) { b.IPWs[0].Reviews[1].Decision = ipw.DecisionExtend },
		kind:    Review, id: "ipw-2026-01/2026-09-14",
		want: "Nie można przygotować dokumentu: Ocena okresowa z 14.09.2026\u00a0r. – Rodzina A. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- Przegląd IPW „Rodzina A.” z 14.09.2026 r. ma decyzję „przedłużenie”, ale nie podano nowej daty zakończenia programu. Wpisz nową datę zakończenia, późniejszą niż 31.03.2027 r. [ipw.review_extend_invalid]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "closure without a reason",
		example: "rural",
		mutate:  func(b *ipw.Bundle) { b.IPWs[1].Closure.Reason = "" },
		kind:    Closure, id: "ipw-2025-01",
		want: "Nie można przygotować dokumentu: Zakończenie IPW – Pan K. Dane, z których powstaje, zawierają 1\u00a0błąd, który go dotyczy:\n" +
			"- Zakończenie IPW „Pan K.” nie podaje przyczyny. Wybierz przyczynę zakończenia. [ipw.closure_reason_missing]\n" +
			"Popraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).",
	},
	{
		name:    "closure without a reason, in English",
		example: "rural",
		mutate:  func(b *ipw.Bundle) { b.IPWs[1].Closure.Reason = "" },
		kind:    Closure, id: "ipw-2025-01", lang: cooperation.English,
		want: "The document cannot be made: Closing evaluation – Pan K. The data it is made from have 1\u00a0error that concerns it:\n" +
			"- The closure of IPW \"Pan K.\" gives no reason. Choose the reason for closure. [ipw.closure_reason_missing]\n" +
			"Correct them, or ask for a draft (marked “PROJEKT” on every page).",
	},
}

func TestRefused(t *testing.T) {
	for _, tc := range refusals {
		t.Run(tc.name, func(t *testing.T) {
			b := example(t, tc.example)
			tc.mutate(b)
			lang := tc.lang
			if lang == "" {
				lang = cooperation.Polish
			}
			_, err := Build(b, tc.kind, tc.id, With(cooperation.InLanguage(lang)))
			var refused *RefusedError
			if !errors.As(err, &refused) {
				t.Fatalf("Build(%s, %s) = %v, want a refusal", tc.kind, tc.id, err)
			}
			if got := err.Error(); got != tc.want {
				t.Errorf("Build(%s, %s) refused with\n%s\nwant\n%s", tc.kind, tc.id, got, tc.want)
			}
			// As a draft it is made, marked PROJEKT in both formats, and
			// lists what is wrong.
			d, err := Build(b, tc.kind, tc.id, Draft(), With(cooperation.InLanguage(lang)))
			if err != nil {
				t.Fatalf("Build(%s, %s, Draft()) = %v", tc.kind, tc.id, err)
			}
			var h, x bytes.Buffer
			if err := d.WriteHTML(&h); err != nil {
				t.Fatal(err)
			}
			if err := d.WriteDOCX(&x); err != nil {
				t.Fatal(err)
			}
			text, err := docxText(x.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			var o bytes.Buffer
			if err := d.WriteODT(&o); err != nil {
				t.Fatal(err)
			}
			otext, err := odtFileText(o.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			for format, out := range map[string]string{"html": h.String(), "docx": text, "odt": otext} {
				if !strings.Contains(out, "PROJEKT") {
					t.Errorf("%s draft has no PROJEKT", format)
				}
				for _, f := range refused.Findings {
					if !strings.Contains(out, escapeHTML(format, f.Message)) {
						t.Errorf("%s draft does not list %q", format, f.Message)
					}
				}
			}
			if !strings.Contains(h.String(), `@top-center { content: "PROJEKT"`) {
				t.Errorf("the HTML draft does not put PROJEKT at the top of every page")
			}
			if !strings.Contains(text, "--- header1.xml\nPROJEKT\n") {
				t.Errorf("the DOCX draft does not put PROJEKT in the header of every page:\n%s", text)
			}
			if !strings.Contains(otext, "--- styles.xml\nPROJEKT\n") {
				t.Errorf("the ODT draft does not put PROJEKT in the header of every page:\n%s", otext)
			}
		})
	}
}

func escapeHTML(format, s string) string {
	if format != "html" {
		return s
	}
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
