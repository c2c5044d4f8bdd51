package ipw_test

import (
	"regexp"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

func TestLocate(t *testing.T) {
	b := fixture()
	b.IPWs[0].Goals = append(b.IPWs[0].Goals, ipw.Goal{ID: "g9"}) // a goal without a title yet
	tests := []struct {
		name, path           string
		lang                 cooperation.Lang
		part, title, item, f string
	}{
		{"document", "", cooperation.Polish, "", "Cały dokument", "", ""},
		{"municipality field", "/municipality/teryt", cooperation.Polish, "/municipality", "Gmina: Gmina Masłów", "", "Kod TERYT gminy"},
		{"bundle's own setting", "/asOf", cooperation.Polish, "/municipality", "Gmina: Gmina Masłów", "", "Stan na dzień"},
		{"institution field", "/institutions/3/regon", cooperation.Polish, "/institutions", "Instytucje i usługi",
			"Instytucja: Powiatowe Centrum Pomocy Rodzinie w Kielcach", "REGON"},
		{"service", "/services/1", cooperation.Polish, "/institutions", "Instytucje i usługi", "Usługa „Korepetycje szkolne”", ""},
		{"team", "/teams/0", cooperation.Polish, "/teams/0", "PZK Masłów", "", ""},
		{"team member", "/teams/0/members/2/roles", cooperation.Polish, "/teams/0", "PZK Masłów",
			"Członek zespołu: Powiatowy Urząd Pracy w Kielcach", "Role w zespole"},
		{"meeting", "/teams/0/meetings/1/date", cooperation.Polish, "/teams/0", "PZK Masłów", "Spotkanie z 04.11.2024\u00a0r.", "Data spotkania"},
		{"meeting in English", "/teams/0/meetings/1", cooperation.English, "/teams/0", "PZK Masłów", "Meeting of 4 November 2024", ""},
		{"agreement signature", "/agreements/1/signatures/3/date", cooperation.Polish, "/agreements/1", "Porozumienie o współpracy",
			"Podpis: Powiatowy Urząd Pracy w Kielcach", "Data podpisu"},
		{"agreement scope", "/agreements/1/scope", cooperation.English, "/agreements/1", "Porozumienie o współpracy", "", "Scope of cooperation"},
		{"ipw field", "/ipws/0/period/end", cooperation.Polish, "/ipws/0", "IPW „Jaskółki”", "Okres realizacji", "Koniec programu"},
		{"ipw section", "/ipws/0/consent", cooperation.Polish, "/ipws/0", "IPW „Jaskółki”", "Zgoda na przekazywanie danych", ""},
		{"action", "/ipws/0/actions/1/due", cooperation.Polish, "/ipws/0", "IPW „Jaskółki”", "Działanie „Staż zawodowy w sklepie w Masłowie”", "Termin"},
		{"action in English", "/ipws/0/actions/1/responsible/institution", cooperation.English, "/ipws/0", "IPW “Jaskółki”",
			"Action “Staż zawodowy w sklepie w Masłowie”", "Responsible institution"},
		{"goal without a title", "/ipws/0/goals/2/title", cooperation.Polish, "/ipws/0", "IPW „Jaskółki”", "Cel nr 3", "Treść celu"},
		{"household member", "/ipws/0/beneficiary/members/2/birthYear", cooperation.Polish, "/ipws/0", "IPW „Jaskółki”",
			"Członek rodziny: dziecko, ur. 2012", "Rok urodzenia"},
		{"review", "/ipws/0/reviews/1/decision", cooperation.Polish, "/ipws/0", "IPW „Jaskółki”", "Przegląd z 29.09.2025\u00a0r.", "Decyzja"},
		{"ipw past the end", "/ipws/7/actions/0", cooperation.Polish, "/ipws/7", "IPW nr 8", "Działanie nr 1", ""},
		{"goal outcome", "/ipws/1/closure/goalOutcomes/g2", cooperation.Polish, "/ipws/1", "IPW „Pan Wrzos”",
			"Realizacja celu „Udział w życiu społeczności”", ""},
		{"stages", "/stages/0/completed", cooperation.Polish, "/stages", "Etapy wdrażania", "Etap nr 1", "Data ukończenia"},
		{"profile", "/profile/ipw/reviewMaxGapDays", cooperation.Polish, "/profile", "Ustawienia gminy (profil)", "",
			"Najdłuższa przerwa między przeglądami IPW (dni)"},
	}
	pointer := regexp.MustCompile(`/[a-z]+/\d|\b(ipw-2025-01|gops|pcpr|pup|g9|m3)\b`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ipw.Locate(b, cooperation.Path(tt.path), tt.lang)
			want := ipw.Place{Part: cooperation.Path(tt.part), Order: got.Order, Title: tt.title, Item: tt.item, Field: tt.f}
			if got != want {
				t.Errorf("Locate(%q) = %+v, want %+v", tt.path, got, want)
			}
			for _, s := range []string{got.Title, got.Item, got.Field} {
				if pointer.MatchString(s) {
					t.Errorf("Locate(%q) names a pointer or an id: %q", tt.path, s)
				}
			}
		})
	}
}

// TestLocateOrder: parts sort in the order a person reads the bundle.
func TestLocateOrder(t *testing.T) {
	b := fixture()
	paths := []string{"", "/variant", "/profile", "/services/0", "/institutions/1", "/teams/0", "/agreements/0", "/agreements/1",
		"/ipws/0/actions/0", "/ipws/1", "/stages/0"}
	for i := 1; i < len(paths); i++ {
		a, c := ipw.Locate(b, cooperation.Path(paths[i-1]), cooperation.Polish), ipw.Locate(b, cooperation.Path(paths[i]), cooperation.Polish)
		if a.Order > c.Order {
			t.Errorf("Order(%s) = %d > Order(%s) = %d", paths[i-1], a.Order, paths[i], c.Order)
		}
	}
	if ipw.Locate(b, "/ipws/0", "pl").Order != ipw.Locate(b, "/ipws/0/goals/1/title", "pl").Order {
		t.Error("one IPW's places have different orders")
	}
	if got := ipw.Locate(nil, "/teams/1/name", cooperation.Polish); got.Title != "Zespół nr 2" || got.Field != "Nazwa" {
		t.Errorf("Locate(nil, /teams/1/name) = %+v", got)
	}
}
