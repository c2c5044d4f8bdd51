package diff_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw/diff"
)

// doc is an editable JSON form of an example bundle.
type doc = map[string]any

func example(t *testing.T, name string) doc {
	t.Helper()
	data, err := examples.Bundle(name)
	if err != nil {
		t.Fatal(err)
	}
	return parse(t, data)
}

// obj builds a JSON object from name, value pairs.
func obj(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

func list(vs ...any) []any { return vs }

// push appends v to the list at p.
func push(d doc, p cooperation.Path, v any) {
	l, _ := get(d, p).([]any)
	set(d, p, append(l, v))
}

// swap exchanges the elements i and j of the list at p.
func swap(d doc, p cooperation.Path, i, j int) {
	l := get(d, p).([]any)
	l[i], l[j] = l[j], l[i]
}

// want is the one change a row expects. item and parts are written
// "kind:id".
type want struct {
	op    diff.Op
	item  string
	parts string // "kind:id kind:id"
	field string
	path  cooperation.Path
	pl    string
	en    string
}

func (w want) check(t *testing.T, c diff.Change) {
	t.Helper()
	var parts []string
	for _, p := range c.Parts {
		parts = append(parts, string(p.Kind)+":"+p.ID)
	}
	got := want{c.Op, string(c.Item.Kind) + ":" + c.Item.ID, strings.Join(parts, " "), c.Field, c.Path, c.Polish, c.English}
	if got != w {
		t.Errorf("Bundles() =\n  %#v\nwant\n  %#v", got, w)
		if *printWant {
			fmt.Printf("GOT\t%q\t%s\n", t.Name(), goWant(got))
		}
	}
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

var codeWord = regexp.MustCompile(`\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z][a-zA-Z]+\b`)

var printWant = flag.Bool("print", false, "print the changes of failing rows as Go")

func goWant(w want) string {
	return fmt.Sprintf("want: want{%q, %q, %q, %q, %q,\n\t\t\t%q,\n\t\t\t%q}", w.op, w.item, w.parts, w.field, w.path, w.pl, w.en)
}

// TestBundles edits one thing of every kind of item and part in an
// example and checks the one change it gives: what it names and how it
// tells it.
func TestBundles(t *testing.T) {
	tests := []struct {
		name    string
		example string      // the example edited (rural when empty)
		before  func(d doc) // an edit of both bundles before the row's edit
		edit    func(d doc)
		want    want
	}{
		// The rows are in the order of the bundle's sections.
		// The bundle's own fields and the municipality.
		{name: "variant", edit: func(d doc) { d["variant"] = "urban_rural" },
			want: want{"changed", "bundle:", "", "variant", "/variant",
				"Wariant modelu zmieniony z „wiejski” na „miejsko-wiejski”",
				"Model variant changed from \"rural\" to \"urban-rural\""}},
		{name: "as-of date", edit: func(d doc) { d["asOf"] = "2026-12-01" },
			want: want{"changed", "bundle:", "", "asOf", "/asOf",
				"Stan na dzień przesunięty z 16.11.2026\u00a0r. na 01.12.2026\u00a0r.",
				"As-of date moved from 16 November 2026 to 1 December 2026"}},
		{name: "municipality population", edit: func(d doc) { set(d, "/municipality/population", json.Number("11250")) },
			want: want{"changed", "municipality:2604092", "", "population", "/municipality/population",
				"Gmina: liczba mieszkańców zmieniona z 11\u00a0000 na 11\u00a0250",
				"Municipality: population changed from 11,000 to 11,250"}},
		{name: "municipality name", edit: func(d doc) { set(d, "/municipality/name", "Masłów Pierwszy") },
			want: want{"changed", "municipality:2604092", "", "name", "/municipality/name",
				"Gmina: nazwa gminy zmieniona z „Masłów” na „Masłów Pierwszy”",
				"Municipality: municipality's name changed from \"Masłów\" to \"Masłów Pierwszy\""}},
		// The profile.
		{name: "profile setting added", edit: func(d doc) { d["profile"] = obj("team", obj("minInstitutions", json.Number("5"))) },
			want: want{"changed", "profile:", "", "team/minInstitutions", "/profile/team/minInstitutions",
				"Ustawienia gminy (profil): najmniejsza liczba instytucji w PZK ustalona na 5",
				"Settings (profile): minimum number of institutions in the PZK set to 5"}},
		{name: "profile setting changed", edit: func(d doc) {
			d["profile"] = obj("ipw", obj("reviewMaxGapDays", json.Number("92")))
		},
			want: want{"changed", "profile:", "", "ipw/reviewMaxGapDays", "/profile/ipw/reviewMaxGapDays",
				"Ustawienia gminy (profil): najdłuższa przerwa między przeglądami IPW ustalona na 92\u00a0dni",
				"Settings (profile): longest gap between IPW reviews set to 92\u00a0days"}},
		{name: "profile switch", edit: func(d doc) { d["profile"] = obj("team", obj("requirePowiat", false)) },
			want: want{"changed", "profile:", "", "team/requirePowiat", "/profile/team/requirePowiat",
				"Ustawienia gminy (profil): wymóg instytucji powiatowej w PZK ustalony na „nie”",
				"Settings (profile): requirement of a powiat institution in the PZK set to \"no\""}},
		{name: "profile severity", edit: func(d doc) { d["profile"] = obj("severity", obj("team.meeting_gap", "off")) },
			want: want{"changed", "profile:", "", "severity/team.meeting_gap", "/profile/severity/team.meeting_gap",
				"Ustawienia gminy (profil): waga reguły „Między spotkaniami PZK (lub od ostatniego spotkania) minęło zbyt wiele czasu” ustalona na „wyłączona”",
				"Settings (profile): severity of rule \"Too long a time passed between two PZK meetings, or since the last one\" set to \"off\""}},
		// Institutions.
		{name: "institution added", edit: func(d doc) {
			push(d, "/institutions", obj("id", "kpp-kielce", "name", "Komenda Powiatowa Policji w Kielcach", "kind", "police", "teryt", "2604"))
		},
			want: want{"added", "institution:kpp-kielce", "", "", "/institutions/11",
				"Dodano instytucję: Komenda Powiatowa Policji w Kielcach (policja)",
				"Institution added: Komenda Powiatowa Policji w Kielcach (police)"}},
		{name: "institution removed", edit: func(d doc) { remove(d, "/institutions/10") },
			want: want{"removed", "institution:woj-swietokrzyskie", "", "", "/institutions/10",
				"Usunięto instytucję: Województwo Świętokrzyskie (samorząd województwa)",
				"Institution removed: Województwo Świętokrzyskie (voivodeship self-government)"}},
		{name: "institution renamed", edit: func(d doc) {
			set(d, "/institutions/1/name", "Gminny Ośrodek Pomocy Społecznej w Masłowie Pierwszym")
		},
			want: want{"changed", "institution:gops-maslow", "", "name", "/institutions/1/name",
				"Instytucja „Gminny Ośrodek Pomocy Społecznej w Masłowie Pierwszym”: nazwa zmieniona z „Gminny Ośrodek Pomocy Społecznej w Masłowie” na „Gminny Ośrodek Pomocy Społecznej w Masłowie Pierwszym”",
				"Institution \"Gminny Ośrodek Pomocy Społecznej w Masłowie Pierwszym\": name changed from \"Gminny Ośrodek Pomocy Społecznej w Masłowie\" to \"Gminny Ośrodek Pomocy Społecznej w Masłowie Pierwszym\""}},
		{name: "institution kind", edit: func(d doc) { set(d, "/institutions/7/kind", "other") },
			want: want{"changed", "institution:oz-maslow", "", "kind", "/institutions/7/kind",
				"Instytucja „Ośrodek Zdrowia w Masłowie Pierwszym (podstawowa opieka zdrowotna)”: rodzaj instytucji zmieniony z „placówka ochrony zdrowia” na „inny podmiot”",
				"Institution \"Ośrodek Zdrowia w Masłowie Pierwszym (podstawowa opieka zdrowotna)\": kind of institution changed from \"health care provider\" to \"other entity\""}},
		{name: "institution level set", edit: func(d doc) { set(d, "/institutions/4/level", "powiat") },
			want: want{"changed", "institution:pup-kielce", "", "level", "/institutions/4/level",
				"Instytucja „Powiatowy Urząd Pracy w Kielcach”: szczebel ustalony na „powiatowy”",
				"Institution \"Powiatowy Urząd Pracy w Kielcach\": level set to \"powiat\""}},
		{name: "institution REGON", edit: func(d doc) { set(d, "/institutions/1/regon", "290590200") },
			want: want{"changed", "institution:gops-maslow", "", "regon", "/institutions/1/regon",
				"Instytucja „Gminny Ośrodek Pomocy Społecznej w Masłowie”: REGON wpisany: „290590200”",
				"Institution \"Gminny Ośrodek Pomocy Społecznej w Masłowie\": REGON set to \"290590200\""}},
		{name: "institution id", edit: func(d doc) { set(d, "/institutions/9/id", "ppp-kielce-2") },
			want: want{"changed", "institution:ppp-kielce-2", "", "id", "/institutions/9/id",
				"Instytucja „Poradnia Psychologiczno-Pedagogiczna w Kielcach (powiat kielecki)”: identyfikator zmieniony z „ppp-kielce” na „ppp-kielce-2”",
				"Institution \"Poradnia Psychologiczno-Pedagogiczna w Kielcach (powiat kielecki)\": identifier changed from \"ppp-kielce\" to \"ppp-kielce-2\""}},
		{name: "institutions reordered", edit: func(d doc) { swap(d, "/institutions", 2, 3) },
			want: want{"reordered", "bundle:", "", "institutions", "/institutions",
				"Zmieniono kolejność instytucji",
				"Order of institutions changed"}},
		// Services.
		{name: "service added", edit: func(d doc) {
			push(d, "/services", obj("id", "mieszkanie-treningowe", "name", "Mieszkanie treningowe", "provider", "pcpr-kielce"))
		},
			want: want{"added", "service:mieszkanie-treningowe", "", "", "/services/6",
				"Dodano usługę „Mieszkanie treningowe”",
				"Service added: \"Mieszkanie treningowe\""}},
		{name: "service provider", edit: func(d doc) { set(d, "/services/0/provider", "pcpr-kielce") },
			want: want{"changed", "service:asystent-rodziny", "", "provider", "/services/0/provider",
				"Usługa „Asystent rodziny”: realizator usługi zmieniony z „Gminny Ośrodek Pomocy Społecznej w Masłowie” na „Powiatowe Centrum Pomocy Rodzinie w Kielcach”",
				"Service \"Asystent rodziny\": service provider changed from \"Gminny Ośrodek Pomocy Społecznej w Masłowie\" to \"Powiatowe Centrum Pomocy Rodzinie w Kielcach\""}},
		{name: "service capacity", edit: func(d doc) { set(d, "/services/0/monthlyCapacity", json.Number("8")) },
			want: want{"changed", "service:asystent-rodziny", "", "monthlyCapacity", "/services/0/monthlyCapacity",
				"Usługa „Asystent rodziny”: liczba miejsc w miesiącu zmieniona z 6 na 8",
				"Service \"Asystent rodziny\": places per month changed from 6 to 8"}},
		// Teams.
		{name: "team formed", edit: func(d doc) { set(d, "/teams/0/formed", "2025-10-13") },
			want: want{"changed", "team:pzk-maslow", "", "formed", "/teams/0/formed",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: data powołania przesunięta z 06.10.2025\u00a0r. na 13.10.2025\u00a0r.",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": date of forming moved from 6 October 2025 to 13 October 2025"}},
		{name: "team member joins", edit: func(d doc) {
			push(d, "/teams/0/members", obj("institution", "powiat-kielecki", "representative", "Grażyna Leśniak", "roles", list("member"), "joined", "2026-12-01"))
		},
			want: want{"added", "team:pzk-maslow", "member:powiat-kielecki", "", "/teams/0/members/8",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: Powiat Kielecki przystępuje do zespołu z dniem 01.12.2026\u00a0r. (role: „członek zespołu”)",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": Powiat Kielecki joins the team on 1 December 2026 (roles: \"team member\")"}},
		{name: "team member leaves", edit: func(d doc) { set(d, "/teams/0/members/4/left", "2027-05-31") },
			want: want{"changed", "team:pzk-maslow", "member:policja-kielce", "left", "/teams/0/members/4/left",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Masłów odchodzi z dniem 31.05.2027\u00a0r.",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Masłów leaves on 31 May 2027"}},
		{name: "team member leaving date moved",
			before: func(d doc) { set(d, "/teams/0/members/4/left", "2027-04-30") },
			edit:   func(d doc) { set(d, "/teams/0/members/4/left", "2027-05-31") },
			want: want{"changed", "team:pzk-maslow", "member:policja-kielce", "left", "/teams/0/members/4/left",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Masłów — data wystąpienia przesunięta z 30.04.2027\u00a0r. na 31.05.2027\u00a0r.",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Masłów — date of leaving moved from 30 April 2027 to 31 May 2027"}},
		{name: "team member removed", edit: func(d doc) { remove(d, "/teams/0/members/6") },
			want: want{"removed", "team:pzk-maslow", "member:ngo-razem", "", "/teams/0/members/6",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: Stowarzyszenie „Razem dla Rodziny” w Masłowie — usunięto z listy członków zespołu",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": Stowarzyszenie „Razem dla Rodziny” w Masłowie — removed from the team's members"}},
		{name: "team member roles", edit: func(d doc) { set(d, "/teams/0/members/1/roles", list("powiat_animator", "case_worker")) },
			want: want{"changed", "team:pzk-maslow", "member:pcpr-kielce", "roles", "/teams/0/members/1/roles",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: Powiatowe Centrum Pomocy Rodzinie w Kielcach — role w zespole: dodano „pracownik socjalny”",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": Powiatowe Centrum Pomocy Rodzinie w Kielcach — roles in the team: added \"case worker\""}},
		{name: "team member representative", edit: func(d doc) { set(d, "/teams/0/members/2/representative", "Jan Nowak") },
			want: want{"changed", "team:pzk-maslow", "member:pup-kielce", "representative", "/teams/0/members/2/representative",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: Powiatowy Urząd Pracy w Kielcach — przedstawiciel zmieniony z „Agnieszka Kubiak” na „Jan Nowak”",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": Powiatowy Urząd Pracy w Kielcach — representative changed from \"Agnieszka Kubiak\" to \"Jan Nowak\""}},
		{name: "team meeting added", edit: func(d doc) {
			push(d, "/teams/0/meetings", obj("date", "2027-01-18", "attendees", list("gops-maslow", "pcpr-kielce", "pup-kielce")))
		},
			want: want{"added", "team:pzk-maslow", "meeting:2027-01-18", "", "/teams/0/meetings/7",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: spotkanie z 18.01.2027\u00a0r. dodane — liczba obecnych instytucji: 3",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": meeting of 18 January 2027 added — institutions present: 3"}},
		{name: "team meeting moved", edit: func(d doc) { set(d, "/teams/0/meetings/6/date", "2026-11-10") },
			want: want{"changed", "team:pzk-maslow", "meeting:2026-11-10", "date", "/teams/0/meetings/6/date",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: spotkanie przesunięte z 09.11.2026\u00a0r. na 10.11.2026\u00a0r.",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": meeting moved from 9 November 2026 to 10 November 2026"}},
		{name: "team meeting attendees", edit: func(d doc) { push(d, "/teams/0/meetings/1/attendees", "ppp-kielce") },
			want: want{"changed", "team:pzk-maslow", "meeting:2025-12-08", "attendees", "/teams/0/meetings/1/attendees",
				"PZK „Partnerski Zespół Kooperacji Gminy Masłów”: spotkanie z 08.12.2025\u00a0r. — obecne instytucje: dodano „Poradnia Psychologiczno-Pedagogiczna w Kielcach (powiat kielecki)”",
				"PZK \"Partnerski Zespół Kooperacji Gminy Masłów\": meeting of 8 December 2025 — institutions present: added \"Poradnia Psychologiczno-Pedagogiczna w Kielcach (powiat kielecki)\""}},
		{name: "case team parent", example: "urban", edit: func(d doc) { set(d, "/teams/1/parentTeam", "zzk-pan-d") },
			want: want{"changed", "team:zzk-rodzina-c", "", "parentTeam", "/teams/1/parentTeam",
				"ZZK „Zadaniowy Zespół Kooperacyjny – Rodzina C.”: zespół nadrzędny zmieniony z „Partnerski Zespół Kooperacyjny w Radomsku” na „Zadaniowy Zespół Kooperacyjny – Pan D.”",
				"ZZK \"Zadaniowy Zespół Kooperacyjny – Rodzina C.\": parent team changed from \"Partnerski Zespół Kooperacyjny w Radomsku\" to \"Zadaniowy Zespół Kooperacyjny – Pan D.\""}},
		// Agreements.
		{name: "agreement added", example: "urban", edit: func(d doc) {
			a := clone(get(d, "/agreements/1")).(map[string]any)
			a["id"], a["title"] = "deklaracja-mops", "Deklaracja przystąpienia – MOPS"
			push(d, "/agreements", a)
		},
			want: want{"added", "agreement:deklaracja-mops", "", "", "/agreements/11",
				"Dodano porozumienie: „Deklaracja przystąpienia – MOPS”",
				"Agreement added: \"Deklaracja przystąpienia – MOPS\""}},
		{name: "agreement removed", example: "urban", edit: func(d doc) { remove(d, "/agreements/6") },
			want: want{"removed", "agreement:deklaracja-sm", "", "", "/agreements/6",
				"Usunięto porozumienie: „Deklaracja przystąpienia do Partnerskiego Zespołu Kooperacyjnego w Radomsku – Straż Miejska w Radomsku”",
				"Agreement removed: \"Deklaracja przystąpienia do Partnerskiego Zespołu Kooperacyjnego w Radomsku – Straż Miejska w Radomsku\""}},
		{name: "agreement valid until", edit: func(d doc) { set(d, "/agreements/0/validUntil", "2029-06-30") },
			want: want{"changed", "agreement:umowa-pilotazowa", "", "validUntil", "/agreements/0/validUntil",
				"„Umowa partnerska o wdrożeniu modelu kooperacji w gminie Masłów (województwo – powiat – gmina)”: termin obowiązywania przesunięty z 31.12.2028\u00a0r. na 30.06.2029\u00a0r.",
				"\"Umowa partnerska o wdrożeniu modelu kooperacji w gminie Masłów (województwo – powiat – gmina)\": end of validity moved from 31 December 2028 to 30 June 2029"}},
		{name: "agreement notice period", edit: func(d doc) { set(d, "/agreements/1/noticePeriodDays", json.Number("60")) },
			want: want{"changed", "agreement:porozumienie-pzk", "", "noticePeriodDays", "/agreements/1/noticePeriodDays",
				"„Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów”: okres wypowiedzenia zmieniony z 30\u00a0dni na 60\u00a0dni",
				"\"Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów\": notice period changed from 30\u00a0days to 60\u00a0days"}},
		{name: "agreement scope", edit: func(d doc) { set(d, "/agreements/1/scope", "Wsparcie rodzin w gminie Masłów") },
			want: want{"changed", "agreement:porozumienie-pzk", "", "scope", "/agreements/1/scope",
				"„Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów”: zakres współpracy zmieniony z „Współpraca w ramach PZK: wspólna diagnoza, kwalifikacja osób i rodzin, opracowanie i realizacja indywidualnych programów współpracy (IPW), wymiana informacji w granicach zgody osób wspieranych, lokalny koszyk usług.” na „Wsparcie rodzin w gminie Masłów”",
				"\"Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów\": scope of cooperation changed from \"Współpraca w ramach PZK: wspólna diagnoza, kwalifikacja osób i rodzin, opracowanie i realizacja indywidualnych programów współpracy (IPW), wymiana informacji w granicach zgody osób wspieranych, lokalny koszyk usług.\" to \"Wsparcie rodzin w gminie Masłów\""}},
		{name: "agreement parties", edit: func(d doc) { remove(d, "/agreements/1/parties/8") },
			want: want{"changed", "agreement:porozumienie-pzk", "", "parties", "/agreements/1/parties",
				"„Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów”: strony: usunięto „Stowarzyszenie «Razem dla Rodziny» w Masłowie”",
				"\"Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów\": parties: removed \"Stowarzyszenie „Razem dla Rodziny” w Masłowie\""}},
		{name: "agreement signature date", edit: func(d doc) { set(d, "/agreements/0/signatures/2/date", "2025-09-22") },
			want: want{"changed", "agreement:umowa-pilotazowa", "signature:gmina-maslow", "date", "/agreements/0/signatures/2/date",
				"„Umowa partnerska o wdrożeniu modelu kooperacji w gminie Masłów (województwo – powiat – gmina)”: podpis (Gmina Masłów) — data podpisu przesunięta z 19.09.2025\u00a0r. na 22.09.2025\u00a0r.",
				"\"Umowa partnerska o wdrożeniu modelu kooperacji w gminie Masłów (województwo – powiat – gmina)\": signature (Gmina Masłów) — date of signature moved from 19 September 2025 to 22 September 2025"}},
		{name: "agreement annex added", edit: func(d doc) {
			push(d, "/agreements/1/annexes", obj("id", "aneks-2", "date", "2027-01-11", "effectiveFrom", "2027-02-01",
				"addParties", list("powiat-kielecki"), "removeParties", list("ngo-razem"), "signatures", list()))
		},
			want: want{"added", "agreement:porozumienie-pzk", "annex:aneks-2", "", "/agreements/1/annexes/1",
				"„Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów”: aneks-2 dodany — Powiat Kielecki przystępuje od 01.02.2027\u00a0r.; Stowarzyszenie „Razem dla Rodziny” w Masłowie odchodzi z dniem 01.02.2027\u00a0r.",
				"\"Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów\": aneks-2 added — Powiat Kielecki joins from 1 February 2027; Stowarzyszenie „Razem dla Rodziny” w Masłowie leaves on 1 February 2027"}},
		{name: "agreement annex signature", edit: func(d doc) { set(d, "/agreements/1/annexes/0/signatures/6/signatory", "insp. Robert Górecki") },
			want: want{"changed", "agreement:porozumienie-pzk", "annex:aneks-1 signature:policja-kielce", "signatory", "/agreements/1/annexes/0/signatures/6/signatory",
				"„Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów”: aneks-1, podpis (Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Masłów) — podpisujący zmieniony z „mł. insp. Robert Górecki” na „insp. Robert Górecki”",
				"\"Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów\": aneks-1, signature (Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Masłów) — signatory changed from \"mł. insp. Robert Górecki\" to \"insp. Robert Górecki\""}},
		{name: "agreement withdrawal", edit: func(d doc) {
			push(d, "/agreements/1/withdrawals", obj("party", "ngo-razem", "noticeDate", "2027-04-30", "effectiveDate", "2027-05-31"))
		},
			want: want{"added", "agreement:porozumienie-pzk", "withdrawal:ngo-razem", "", "/agreements/1/withdrawals/0",
				"„Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów”: Stowarzyszenie „Razem dla Rodziny” w Masłowie wypowiada porozumienie 30.04.2027\u00a0r. i odchodzi z dniem 31.05.2027\u00a0r.",
				"\"Porozumienie o współpracy na rzecz osób i rodzin zagrożonych wykluczeniem społecznym w gminie Masłów\": Stowarzyszenie „Razem dla Rodziny” w Masłowie gives notice on 30 April 2027 and leaves on 31 May 2027"}},
		{name: "declaration team", example: "urban", edit: func(d doc) { set(d, "/agreements/1/team", "zzk-pan-d") },
			want: want{"changed", "agreement:deklaracja-pcpr", "", "team", "/agreements/1/team",
				"„Deklaracja przystąpienia do Partnerskiego Zespołu Kooperacyjnego w Radomsku – Powiatowe Centrum Pomocy Rodzinie w Radomsku”: zespół objęty deklaracją zmieniony z „Partnerski Zespół Kooperacyjny w Radomsku” na „Zadaniowy Zespół Kooperacyjny – Pan D.”",
				"\"Deklaracja przystąpienia do Partnerskiego Zespołu Kooperacyjnego w Radomsku – Powiatowe Centrum Pomocy Rodzinie w Radomsku\": team the institution joins changed from \"Partnerski Zespół Kooperacyjny w Radomsku\" to \"Zadaniowy Zespół Kooperacyjny – Pan D.\""}},
		// IPWs.
		{name: "IPW added", edit: func(d doc) {
			p := clone(get(d, "/ipws/1")).(map[string]any)
			p["id"] = "ipw-2027-01"
			set(d, "/ipws/1", p)
			push(d, "/ipws", get(example(t, "rural"), "/ipws/1"))
		},
			want: want{"added", "ipw:ipw-2027-01", "", "", "/ipws/1",
				"Dodano IPW: Pan K.",
				"IPW added: Pan K."}},
		{name: "IPW removed", edit: func(d doc) { remove(d, "/ipws/1") },
			want: want{"removed", "ipw:ipw-2025-01", "", "", "/ipws/1",
				"Usunięto IPW: Pan K.",
				"IPW removed: Pan K."}},
		{name: "IPW pseudonym", edit: func(d doc) { set(d, "/ipws/0/beneficiary/pseudonym", "Rodzina K.") },
			want: want{"changed", "ipw:ipw-2026-01", "", "beneficiary/pseudonym", "/ipws/0/beneficiary/pseudonym",
				"IPW Rodzina K.: pseudonim zmieniony z „Rodzina A.” na „Rodzina K.”",
				"IPW Rodzina K.: pseudonym changed from \"Rodzina A.\" to \"Rodzina K.\""}},
		{name: "IPW case worker", edit: func(d doc) { set(d, "/ipws/0/caseWorker/name", "Marta Wiśniewska") },
			want: want{"changed", "ipw:ipw-2026-01", "", "caseWorker/name", "/ipws/0/caseWorker/name",
				"IPW Rodzina A.: imię i nazwisko pracownika socjalnego zmienione z „Katarzyna Nowicka” na „Marta Wiśniewska”",
				"IPW Rodzina A.: case worker's full name changed from \"Katarzyna Nowicka\" to \"Marta Wiśniewska\""}},
		{name: "IPW household member added", edit: func(d doc) {
			push(d, "/ipws/0/beneficiary/members", obj("id", "a-babcia", "role", "other", "birthYear", json.Number("1950")))
		},
			want: want{"added", "ipw:ipw-2026-01", "householdMember:a-babcia", "", "/ipws/0/beneficiary/members/4",
				"IPW Rodzina A.: członek rodziny a-babcia dodany — inna osoba, rok urodzenia 1950",
				"IPW Rodzina A.: household member a-babcia added — other person, born 1950"}},
		{name: "IPW household member year", edit: func(d doc) { set(d, "/ipws/0/beneficiary/members/2/birthYear", json.Number("2011")) },
			want: want{"changed", "ipw:ipw-2026-01", "householdMember:a-syn", "birthYear", "/ipws/0/beneficiary/members/2/birthYear",
				"IPW Rodzina A.: członek rodziny a-syn — rok urodzenia zmieniony z 2012 na 2011",
				"IPW Rodzina A.: household member a-syn — year of birth changed from 2012 to 2011"}},
		{name: "IPW PESEL", edit: func(d doc) { set(d, "/ipws/0/beneficiary/members/0/pesel", "88030112345") },
			want: want{"changed", "ipw:ipw-2026-01", "householdMember:a-matka", "pesel", "/ipws/0/beneficiary/members/0/pesel",
				"IPW Rodzina A.: członek rodziny a-matka — PESEL uzupełniony",
				"IPW Rodzina A.: household member a-matka — PESEL filled in"}},
		{name: "IPW qualification reasons", edit: func(d doc) { push(d, "/ipws/0/qualification/reasons", "crisis") },
			want: want{"changed", "ipw:ipw-2026-01", "", "qualification/reasons", "/ipws/0/qualification/reasons",
				"IPW Rodzina A.: przesłanki: dodano „sytuacja kryzysowa”",
				"IPW Rodzina A.: reasons: added \"crisis\""}},
		{name: "IPW qualification removed", edit: func(d doc) { remove(d, "/ipws/0/qualification") },
			want: want{"removed", "ipw:ipw-2026-01", "", "qualification", "/ipws/0/qualification",
				"IPW Rodzina A.: kwalifikacja usunięta (poprzednio z 23.02.2026\u00a0r.)",
				"IPW Rodzina A.: qualification removed (was of 23 February 2026)"}},
		{name: "IPW consent withdrawn", edit: func(d doc) { set(d, "/ipws/0/consent/withdrawn", "2026-12-01") },
			want: want{"changed", "ipw:ipw-2026-01", "", "consent/withdrawn", "/ipws/0/consent/withdrawn",
				"IPW Rodzina A.: zgoda wycofana 01.12.2026\u00a0r.",
				"IPW Rodzina A.: consent withdrawn on 1 December 2026"}},
		{name: "IPW consent scope", edit: func(d doc) { remove(d, "/ipws/0/consent/scope/6") },
			want: want{"changed", "ipw:ipw-2026-01", "", "consent/scope", "/ipws/0/consent/scope",
				"IPW Rodzina A.: instytucje, którym wolno przekazać dane: usunięto „Poradnia Psychologiczno-Pedagogiczna w Kielcach (powiat kielecki)”",
				"IPW Rodzina A.: institutions that may receive the data: removed \"Poradnia Psychologiczno-Pedagogiczna w Kielcach (powiat kielecki)\""}},
		{name: "IPW diagnosis area problem", edit: func(d doc) { set(d, "/ipws/0/diagnosis/areas/6/problem", true) },
			want: want{"changed", "ipw:ipw-2026-01", "area:housing", "problem", "/ipws/0/diagnosis/areas/6/problem",
				"IPW Rodzina A.: obszar diagnozy „sytuacja mieszkaniowa” oznaczony jako obszar problemowy",
				"IPW Rodzina A.: diagnosis area \"housing situation\" marked as a problem area"}},
		{name: "IPW diagnosis facet", edit: func(d doc) { set(d, "/ipws/0/diagnosis/areas/0/needs", "Praca w pobliżu domu") },
			want: want{"changed", "ipw:ipw-2026-01", "area:employment", "needs", "/ipws/0/diagnosis/areas/0/needs",
				"IPW Rodzina A.: obszar diagnozy „zatrudnienie” — potrzeby zmienione z „Szkolenie zawodowe, organizacja opieki nad córką, wsparcie w dojazdach.” na „Praca w pobliżu domu”",
				"IPW Rodzina A.: diagnosis area \"employment\" — needs changed from \"Szkolenie zawodowe, organizacja opieki nad córką, wsparcie w dojazdach.\" to \"Praca w pobliżu domu\""}},
		{name: "IPW diagnosis method", edit: func(d doc) { remove(d, "/ipws/0/diagnosis/methods/3") },
			want: want{"changed", "ipw:ipw-2026-01", "", "diagnosis/methods", "/ipws/0/diagnosis/methods",
				"IPW Rodzina A.: metody diagnozy: usunięto „wywiad”",
				"IPW Rodzina A.: diagnostic methods: removed \"interview\""}},
		{name: "IPW period end", edit: func(d doc) { set(d, "/ipws/0/period/end", "2027-04-30") },
			want: want{"changed", "ipw:ipw-2026-01", "", "period/end", "/ipws/0/period/end",
				"IPW Rodzina A.: koniec programu przesunięty z 31.03.2027\u00a0r. na 30.04.2027\u00a0r.",
				"IPW Rodzina A.: end of the programme moved from 31 March 2027 to 30 April 2027"}},
		{name: "IPW goal added", edit: func(d doc) {
			push(d, "/ipws/0/goals", obj("id", "c5", "title", "Spłata zadłużenia czynszowego", "areas", list("housing", "income")))
		},
			want: want{"added", "ipw:ipw-2026-01", "goal:c5", "", "/ipws/0/goals/4",
				"IPW Rodzina A.: cel c5 dodany — „Spłata zadłużenia czynszowego”",
				"IPW Rodzina A.: goal c5 added — \"Spłata zadłużenia czynszowego\""}},
		{name: "IPW goal areas", edit: func(d doc) { push(d, "/ipws/0/goals/0/areas", "education") },
			want: want{"changed", "ipw:ipw-2026-01", "goal:c1", "areas", "/ipws/0/goals/0/areas",
				"IPW Rodzina A.: cel c1 — obszary, których dotyczy cel: dodano „edukacja”",
				"IPW Rodzina A.: goal c1 — areas the goal addresses: added \"education\""}},
		{name: "IPW goal outcome", edit: func(d doc) { set(d, "/ipws/0/goals/2/outcome", "partially_achieved") },
			want: want{"changed", "ipw:ipw-2026-01", "goal:c3", "outcome", "/ipws/0/goals/2/outcome",
				"IPW Rodzina A.: cel c3 — stopień realizacji celu ustalony na „osiągnięty częściowo”",
				"IPW Rodzina A.: goal c3 — outcome set to \"partially achieved\""}},
		{name: "IPW goals reordered", edit: func(d doc) { swap(d, "/ipws/0/goals", 0, 1) },
			want: want{"reordered", "ipw:ipw-2026-01", "", "goals", "/ipws/0/goals",
				"IPW Rodzina A.: zmieniono kolejność celów",
				"IPW Rodzina A.: order of goals changed"}},
		{name: "IPW deferred area", edit: func(d doc) { remove(d, "/ipws/0/deferredAreas/0") },
			want: want{"removed", "ipw:ipw-2026-01", "deferredArea:legal", "", "/ipws/0/deferredAreas/0",
				"IPW Rodzina A.: obszar odroczony „sprawy prawne” usunięty",
				"IPW Rodzina A.: deferred area \"legal matters\" removed"}},
		{name: "IPW action due", edit: func(d doc) { set(d, "/ipws/0/actions/3/due", "2027-03-15") },
			want: want{"changed", "ipw:ipw-2026-01", "action:d4", "due", "/ipws/0/actions/3/due",
				"IPW Rodzina A.: działanie d4 — termin przesunięty z 26.02.2027\u00a0r. na 15.03.2027\u00a0r.",
				"IPW Rodzina A.: action d4 — due date moved from 26 February 2027 to 15 March 2027"}},
		{name: "IPW action status", edit: func(d doc) { set(d, "/ipws/0/actions/4/status", "cancelled") },
			want: want{"changed", "ipw:ipw-2026-01", "action:d5", "status", "/ipws/0/actions/4/status",
				"IPW Rodzina A.: działanie d5 — status działania zmieniony z „w toku” na „anulowane”",
				"IPW Rodzina A.: action d5 — status of the action changed from \"in progress\" to \"cancelled\""}},
		{name: "IPW action responsible", edit: func(d doc) { set(d, "/ipws/0/actions/2/responsible", obj("member", "a-matka")) },
			want: want{"changed", "ipw:ipw-2026-01", "action:d3", "responsible", "/ipws/0/actions/2/responsible",
				"IPW Rodzina A.: działanie d3 — osoba lub instytucja odpowiedzialna zmieniona z „Gminny Ośrodek Pomocy Społecznej w Masłowie” na „członek rodziny a-matka, wnioskodawca/wnioskodawczyni”",
				"IPW Rodzina A.: action d3 — responsible changed from \"Gminny Ośrodek Pomocy Społecznej w Masłowie\" to \"household member a-matka, applicant\""}},
		{name: "IPW action service", edit: func(d doc) { set(d, "/ipws/0/actions/7/service", "poradnictwo-rodzinne") },
			want: want{"changed", "ipw:ipw-2026-01", "action:d8", "service", "/ipws/0/actions/7/service",
				"IPW Rodzina A.: działanie d8 — usługa z koszyka zmieniona z „Asystent rodziny” na „Specjalistyczne poradnictwo rodzinne i warsztaty umiejętności wychowawczych”",
				"IPW Rodzina A.: action d8 — basket service changed from \"Asystent rodziny\" to \"Specjalistyczne poradnictwo rodzinne i warsztaty umiejętności wychowawczych\""}},
		{name: "IPW action added", edit: func(d doc) {
			push(d, "/ipws/0/actions", obj("id", "d13", "goal", "c3", "title", "Warsztaty dla rodziców", "responsible", obj("institution", "pcpr-kielce"),
				"start", "2027-01-11", "due", "2027-03-01", "status", "planned"))
		},
			want: want{"added", "ipw:ipw-2026-01", "action:d13", "", "/ipws/0/actions/12",
				"IPW Rodzina A.: działanie d13 dodane — „Warsztaty dla rodziców”; odpowiada: Powiatowe Centrum Pomocy Rodzinie w Kielcach; termin: 01.03.2027\u00a0r.",
				"IPW Rodzina A.: action d13 added — \"Warsztaty dla rodziców\"; responsible: Powiatowe Centrum Pomocy Rodzinie w Kielcach; due 1 March 2027"}},
		{name: "IPW review added", edit: func(d doc) {
			push(d, "/ipws/0/reviews", obj("date", "2027-01-25", "participants", list("gops-maslow", "pup-kielce"), "decision", "extend", "newEnd", "2027-06-30"))
		},
			want: want{"added", "ipw:ipw-2026-01", "review:2027-01-25", "", "/ipws/0/reviews/3",
				"IPW Rodzina A.: przegląd z 25.01.2027\u00a0r. zapisany — decyzja: „przedłużenie”; nowa data zakończenia programu: 30.06.2027\u00a0r.",
				"IPW Rodzina A.: review of 25 January 2027 recorded — decision: \"extension\"; new end of the programme: 30 June 2027"}},
		{name: "IPW review decision", edit: func(d doc) { set(d, "/ipws/0/reviews/1/decision", "continue") },
			want: want{"changed", "ipw:ipw-2026-01", "review:2026-09-14", "decision", "/ipws/0/reviews/1/decision",
				"IPW Rodzina A.: przegląd z 14.09.2026\u00a0r. — decyzja zmieniona z „modyfikacja programu” na „kontynuacja”",
				"IPW Rodzina A.: review of 14 September 2026 — decision changed from \"modification of the programme\" to \"continuation\""}},
		{name: "IPW suspended", edit: func(d doc) {
			set(d, "/ipws/0/suspensions", list(obj("from", "2026-12-01", "to", "2027-01-31", "reason", "Pobyt matki w szpitalu")))
		},
			want: want{"added", "ipw:ipw-2026-01", "suspension:2026-12-01", "", "/ipws/0/suspensions/0",
				"IPW Rodzina A.: program zawieszony od 01.12.2026\u00a0r. do 31.01.2027\u00a0r.",
				"IPW Rodzina A.: programme suspended from 1 December 2026 to 31 January 2027"}},
		{name: "IPW signature added", edit: func(d doc) {
			push(d, "/ipws/0/signatures", obj("signer", obj("institution", "pcpr-kielce", "name", "Krystyna Baran"), "date", "2026-09-14"))
		},
			want: want{"added", "ipw:ipw-2026-01", "ipwSignature:pcpr-kielce", "", "/ipws/0/signatures/3",
				"IPW Rodzina A.: podpis (Krystyna Baran, Powiatowe Centrum Pomocy Rodzinie w Kielcach) dodany — 14.09.2026\u00a0r.",
				"IPW Rodzina A.: signature (Krystyna Baran, Powiatowe Centrum Pomocy Rodzinie w Kielcach) added — 14 September 2026"}},
		{name: "IPW signature date", edit: func(d doc) { set(d, "/ipws/0/signatures/1/date", "2026-03-30") },
			want: want{"changed", "ipw:ipw-2026-01", "ipwSignature:a-matka", "date", "/ipws/0/signatures/1/date",
				"IPW Rodzina A.: podpis (członek rodziny a-matka, wnioskodawca/wnioskodawczyni) — data podpisu przesunięta z 27.03.2026\u00a0r. na 30.03.2026\u00a0r.",
				"IPW Rodzina A.: signature (household member a-matka, applicant) — date of signature moved from 27 March 2026 to 30 March 2026"}},
		{name: "IPW closed", edit: func(d doc) {
			set(d, "/ipws/0/closure", obj("date", "2027-03-31", "reason", "goals_partially_achieved"))
		},
			want: want{"added", "ipw:ipw-2026-01", "", "closure", "/ipws/0/closure",
				"IPW Rodzina A.: program zakończony 31.03.2027\u00a0r.; przyczyna: „częściowe osiągnięcie celów”",
				"IPW Rodzina A.: programme closed on 31 March 2027; reason: \"goals partially achieved\""}},
		{name: "IPW closure reopened", edit: func(d doc) { remove(d, "/ipws/1/closure") },
			want: want{"removed", "ipw:ipw-2025-01", "", "closure", "/ipws/1/closure",
				"IPW Pan K.: zakończenie usunięte (poprzednio z 26.10.2026\u00a0r.)",
				"IPW Pan K.: closure removed (was of 26 October 2026)"}},
		{name: "IPW closure reason", edit: func(d doc) { set(d, "/ipws/1/closure/reason", "period_ended") },
			want: want{"changed", "ipw:ipw-2025-01", "", "closure/reason", "/ipws/1/closure/reason",
				"IPW Pan K.: przyczyna zakończenia zmieniona z „osiągnięcie celów” na „upływ okresu programu”",
				"IPW Pan K.: reason for closure changed from \"goals achieved\" to \"the programme's period ended\""}},
		{name: "IPW goal evaluated at closure", edit: func(d doc) { set(d, "/ipws/1/closure/goalOutcomes/c2", "not_achieved") },
			want: want{"changed", "ipw:ipw-2025-01", "", "closure/goalOutcomes/c2", "/ipws/1/closure/goalOutcomes/c2",
				"IPW Pan K.: ocena celu c2 zmieniona z „osiągnięty” na „nieosiągnięty”",
				"IPW Pan K.: outcome of goal c2 changed from \"achieved\" to \"not achieved\""}},
		{name: "IPW stored status", edit: func(d doc) { set(d, "/ipws/1/status", "in_progress") },
			want: want{"changed", "ipw:ipw-2025-01", "", "status", "/ipws/1/status",
				"IPW Pan K.: zapisany status IPW zmieniony z „zakończony” na „w realizacji”",
				"IPW Pan K.: stored status of the IPW changed from \"closed\" to \"in progress\""}},
		// Stages.
		{name: "stage completed", edit: func(d doc) { set(d, "/stages/3/completed", "2026-11-16") },
			want: want{"changed", "stage:ipw_implementation", "", "completed", "/stages/3/completed",
				"Etap „realizacja IPW”: data ukończenia ustalona na 16.11.2026\u00a0r.",
				"Stage \"IPW implementation\": completion date set to 16 November 2026"}},
		{name: "stage recorded", edit: func(d doc) { push(d, "/stages", obj("stage", "evaluation", "started", "2027-04-01")) },
			want: want{"added", "stage:evaluation", "", "", "/stages/4",
				"Zapisano etap: ewaluacja",
				"Stage recorded: evaluation"}},
		{name: "stage evidence", edit: func(d doc) { set(d, "/stages/0/evidence", "Umowa partnerska z 19.09.2025 r.") },
			want: want{"changed", "stage:preparation", "", "evidence", "/stages/0/evidence",
				"Etap „przygotowanie”: dokumenty potwierdzające zmienione z „Umowa partnerska województwo–powiat–gmina z 19.09.2025 r.; protokół spotkania inauguracyjnego PZK z 6.10.2025 r.; pisma wskazujące animatora gminnego (GOPS) i powiatowego (PCPR).” na „Umowa partnerska z 19.09.2025 r.”",
				"Stage \"preparation\": supporting documents changed from \"Umowa partnerska województwo–powiat–gmina z 19.09.2025 r.; protokół spotkania inauguracyjnego PZK z 6.10.2025 r.; pisma wskazujące animatora gminnego (GOPS) i powiatowego (PCPR).\" to \"Umowa partnerska z 19.09.2025 r.\""}},
		// Extensions.
		{name: "extensions added", edit: func(d doc) { d["extensions"] = obj("sygnatura", "OPS.4012.1.2026") },
			want: want{"added", "extensions:", "", "", "/extensions",
				"Dodano rozszerzenia",
				"Extensions added"}},
		{name: "extensions value",
			before: func(d doc) {
				d["extensions"] = obj("sygnatura", "OPS.4012.1.2026", "liczby", list(json.Number("1"), json.Number("2")))
			},
			edit: func(d doc) { set(d, "/extensions/sygnatura", "OPS.4012.2.2026") },
			want: want{"changed", "extensions:", "", "sygnatura", "/extensions/sygnatura",
				"Rozszerzenia: pole „sygnatura” zmienione z „OPS.4012.1.2026” na „OPS.4012.2.2026”",
				"Extensions: field \"sygnatura\" changed from \"OPS.4012.1.2026\" to \"OPS.4012.2.2026\""}},
		{name: "extensions element inserted",
			before: func(d doc) { d["extensions"] = obj("liczby", list(json.Number("1"), json.Number("2"))) },
			edit: func(d doc) {
				set(d, "/extensions/liczby", list(json.Number("1.0"), json.Number("5"), json.Number("2")))
			},
			want: want{"added", "extensions:", "", "liczby/1", "/extensions/liczby/1",
				"Rozszerzenia: pole „liczby/1” dodane: 5",
				"Extensions: field \"liczby/1\" added: 5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := tt.example
			if ex == "" {
				ex = "rural"
			}
			old := example(t, ex)
			if tt.before != nil {
				tt.before(old)
			}
			d := clone(old).(doc)
			tt.edit(d)
			a, b := bundle(t, encode(t, old, "")), bundle(t, encode(t, d, ""))
			got := diff.Bundles(a, b)
			if len(got) != 1 {
				var msgs []string
				for _, c := range got {
					msgs = append(msgs, c.Polish)
				}
				t.Fatalf("Bundles() = %d changes, want 1:\n%s", len(got), strings.Join(msgs, "\n"))
			}
			tt.want.check(t, got[0])
			// Brief leaves the item's name out of the message.
			if c := got[0]; c.Op == diff.Changed || len(c.Parts) > 0 {
				for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
					msg, brief := c.Message(lang), c.Brief(lang)
					if c.Item.Kind == diff.KindBundle {
						continue
					}
					if !strings.HasSuffix(msg, ": "+lowerFirst(brief)) && !strings.HasSuffix(msg, ": "+brief) {
						t.Errorf("Brief(%s) = %q, not the end of %q", lang, brief, msg)
					}
				}
			}
			// The model's words: no code of a closed set, no JSON name.
			if code := codeWord.FindString(got[0].Polish); code != "" {
				t.Errorf("the Polish message shows the code %q: %s", code, got[0].Polish)
			}
			// The values are the JSON values before and after.
			if _, err := json.Marshal(got[0]); err != nil {
				t.Errorf("the change does not marshal: %v", err)
			}
		})
	}
}

func TestBundlesIgnoreOrder(t *testing.T) {
	old := example(t, "rural")
	d := clone(old).(doc)
	swap(d, "/ipws/0/actions", 0, 1)
	swap(d, "/institutions", 0, 1)
	a, b := bundle(t, encode(t, old, "")), bundle(t, encode(t, d, ""))
	if got := diff.Bundles(a, b); len(got) != 2 || got[0].Op != diff.Reordered || got[1].Op != diff.Reordered {
		t.Errorf("Bundles() = %v, want the two lists reordered", got)
	}
	if got := diff.Bundles(a, b, diff.IgnoreOrder()); len(got) != 0 {
		t.Errorf("Bundles(IgnoreOrder()) = %d changes, first %q; want none", len(got), got[0].Polish)
	}
}

func TestBundlesNil(t *testing.T) {
	if got := diff.Bundles(nil, nil); len(got) != 0 {
		t.Errorf("Bundles(nil, nil) = %v, want none", got)
	}
	b := bundle(t, encode(t, example(t, "urban"), ""))
	got := diff.Bundles(nil, b)
	var added int
	for _, c := range got {
		if c.Op == diff.Added {
			added++
		}
	}
	// Every institution, service, team, agreement, IPW and stage is added.
	if want := len(b.Institutions) + len(b.Services) + len(b.Teams) + len(b.Agreements) + len(b.IPWs) + len(b.Stages); added != want {
		t.Errorf("Bundles(nil, b) adds %d items, want %d", added, want)
	}
	if back := diff.Bundles(b, nil); len(back) != len(got) {
		t.Errorf("Bundles(b, nil) = %d changes, Bundles(nil, b) = %d; want as many", len(back), len(got))
	}
}

// TestBundlesOrder checks that changes come in the bundle's order of
// sections and items, a removed element where it stood.
func TestBundlesOrder(t *testing.T) {
	old := example(t, "rural")
	d := clone(old).(doc)
	set(d, "/stages/0/evidence", "Protokół")
	set(d, "/ipws/1/period/end", "2026-12-31")
	remove(d, "/ipws/0/actions/1")
	set(d, "/ipws/0/actions/0/due", "2026-05-04")
	set(d, "/ipws/0/actions/2/due", "2026-07-31")
	set(d, "/teams/0/formed", "2025-10-07")
	set(d, "/institutions/1/name", "GOPS w Masłowie")
	d["asOf"] = "2026-11-17"
	a, b := bundle(t, encode(t, old, "")), bundle(t, encode(t, d, ""))
	var got []string
	for _, c := range diff.Bundles(a, b) {
		got = append(got, string(c.Path))
	}
	want := []string{"/asOf", "/institutions/1/name", "/teams/0/formed",
		"/ipws/0/actions/0/due", "/ipws/0/actions/1", "/ipws/0/actions/2/due", "/ipws/1/period/end", "/stages/0/evidence"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Bundles() paths =\n  %v\nwant\n  %v", got, want)
	}
}
