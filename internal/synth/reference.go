package synth

import (
	"encoding/json"
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The reference bundles of the benchmarks: a second real rural
// municipality, gmina Górno (TERYT 2604062, powiat kielecki, województwo
// świętokrzyskie), with about twenty partner institutions, a partnership
// team (PZK), three agreements with annexes, a basket of seven services,
// and any number of IPWs of five goals × four actions with quarterly
// reviews. Every person in them is fictional.
//
// The bundles are valid (no finding of severity error) and realistic enough
// that every rule of the model has something to look at; they are built as
// JSON documents, independently of the Go types, so that they exercise the
// document boundary exactly as a file from a municipality would.

// ReferenceAsOf is the date the reference bundles are written for and
// checked at.
var ReferenceAsOf = cooperation.MustDate("2026-11-16")

// ReferenceSizes are the numbers of IPWs of the three reference bundles:
// one family, a real gmina's year (the middle one), and a large centre.
var ReferenceSizes = []int{1, 10, 100}

type obj = map[string]any

type inst struct {
	id, name, kind, teryt string
}

var institutions = []inst{
	{"gmina-gorno", "Gmina Górno", "gmina", "2604062"},
	{"gops-gorno", "Gminny Ośrodek Pomocy Społecznej w Górnie", "ops", "2604062"},
	{"powiat-kielecki", "Powiat Kielecki", "powiat", "2604"},
	{"woj-swietokrzyskie", "Województwo Świętokrzyskie", "voivodeship", "26"},
	{"pcpr-kielce", "Powiatowe Centrum Pomocy Rodzinie w Kielcach", "pcpr", "2604"},
	{"pup-kielce", "Powiatowy Urząd Pracy w Kielcach", "pup", "2604"},
	{"sp-gorno", "Szkoła Podstawowa w Górnie", "school", "2604062"},
	{"sp-cedzyna", "Szkoła Podstawowa w Cedzynie", "school", "2604062"},
	{"przedszkole-gorno", "Samorządowe Przedszkole w Górnie", "kindergarten", "2604062"},
	{"ppp-kielce", "Poradnia Psychologiczno-Pedagogiczna w Kielcach (powiat kielecki)", "ppp", "2604"},
	{"policja-kielce", "Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Górno", "police", "2604"},
	{"kurator-kielce", "Zespół Kuratorskiej Służby Sądowej przy Sądzie Rejonowym w Kielcach", "probation", "2604"},
	{"oz-gorno", "Ośrodek Zdrowia w Górnie (podstawowa opieka zdrowotna)", "health_care", "2604062"},
	{"pzp-kielce", "Poradnia Zdrowia Psychicznego i Terapii Uzależnień w Kielcach", "health_care", "2604"},
	{"gkrpa-gorno", "Gminna Komisja Rozwiązywania Problemów Alkoholowych w Górnie", "gkrpa", "2604062"},
	{"ngo-gorno", "Stowarzyszenie „Razem w Górnie”", "ngo", "2604062"},
	{"parafia-gorno", "Parafia pw. św. Jakuba w Górnie – Caritas parafialna", "church", "2604062"},
	{"gok-gorno", "Gminny Ośrodek Kultury w Górnie", "culture", "2604062"},
	{"sds-kielce", "Środowiskowy Dom Samopomocy w Kielcach (powiat kielecki)", "sds", "2604"},
	{"oik-kielce", "Ośrodek Interwencji Kryzysowej w Kielcach", "oik", "2604"},
}

// Signatories of the institutions (fictional people).
var signatory = map[string][2]string{
	"gmina-gorno":        {"Stanisław Przybylski", "Wójt Gminy Górno"},
	"gops-gorno":         {"Barbara Nowicka", "Kierownik GOPS w Górnie"},
	"powiat-kielecki":    {"Grażyna Leśniak", "Starosta Kielecki"},
	"woj-swietokrzyskie": {"Marek Sowiński", "Członek Zarządu Województwa"},
	"pcpr-kielce":        {"Krystyna Baran", "Dyrektor PCPR"},
	"pup-kielce":         {"Andrzej Urban", "Dyrektor PUP"},
	"sp-gorno":           {"Dorota Zielińska", "Dyrektor szkoły"},
	"sp-cedzyna":         {"Adam Krawczyk", "Dyrektor szkoły"},
	"przedszkole-gorno":  {"Ilona Pietrzak", "Dyrektor przedszkola"},
	"ppp-kielce":         {"Ewa Wróblewska", "Dyrektor poradni"},
	"policja-kielce":     {"mł. insp. Robert Górecki", "Zastępca Komendanta Miejskiego Policji"},
	"kurator-kielce":     {"Małgorzata Lis", "Kierownik zespołu kuratorskiej służby sądowej"},
	"oz-gorno":           {"lek. Joanna Szczepańska", "Kierownik ośrodka zdrowia"},
	"pzp-kielce":         {"lek. Piotr Kowalewski", "Kierownik poradni"},
	"gkrpa-gorno":        {"Teresa Głowacka", "Przewodnicząca komisji"},
	"ngo-gorno":          {"Beata Kołodziej", "Prezes Zarządu Stowarzyszenia"},
	"parafia-gorno":      {"ks. Tadeusz Wrona", "Proboszcz"},
	"gok-gorno":          {"Jolanta Mróz", "Dyrektor GOK"},
	"sds-kielce":         {"Iwona Czarnecka", "Kierownik ŚDS"},
	"oik-kielce":         {"Zbigniew Ostrowski", "Kierownik OIK"},
}

// The partnership team: every partner but the local governments, formed on
// 2025-10-06; the last three join with the annex of 2026-03-02.
var (
	formed       = cooperation.MustDate("2025-10-06")
	annexJoin    = cooperation.MustDate("2026-03-02")
	firstMembers = []string{"gops-gorno", "pcpr-kielce", "pup-kielce", "sp-gorno", "przedszkole-gorno", "ppp-kielce",
		"kurator-kielce", "oz-gorno", "pzp-kielce", "gkrpa-gorno", "ngo-gorno", "parafia-gorno", "gok-gorno", "oik-kielce"}
	laterMembers = []string{"sp-cedzyna", "policja-kielce", "sds-kielce"}
)

var representatives = []string{"Barbara Nowicka", "Tomasz Wieczorek", "Agnieszka Kubiak", "Dorota Zielińska",
	"Adam Krawczyk", "Ilona Pietrzak", "Magdalena Sobczak", "asp. Paweł Michalski", "Anna Jabłońska",
	"Joanna Szczepańska", "Teresa Głowacka", "Beata Kołodziej", "Karol Wysocki", "s. Maria Dąbrowska",
	"Jolanta Mróz", "Iwona Czarnecka", "Renata Tomaszewska"}

func signatures(parties []string, on cooperation.Date) []obj {
	out := make([]obj, len(parties))
	for i, p := range parties {
		s := signatory[p]
		out[i] = obj{"party": p, "signatory": s[0], "function": s[1], "date": workingDay(on.AddDays(i % 4))}
	}
	return out
}

// workingDay returns d, or the next working day.
func workingDay(d cooperation.Date) cooperation.Date {
	if cooperation.IsWorkingDay(d) {
		return d
	}
	return cooperation.NextWorkingDay(d)
}

// friday returns the last working day on or before the Friday of d's week.
func friday(d cooperation.Date) cooperation.Date {
	for d.Weekday() != 5 {
		d = d.AddDays(-1)
	}
	for !cooperation.IsWorkingDay(d) {
		d = d.AddDays(-1)
	}
	return d
}

// Reference returns the reference bundle with n IPWs as compact JSON.
func Reference(n int) []byte {
	b, err := json.Marshal(ReferenceDocument(n))
	if err != nil {
		panic(err) // plain maps, strings and dates always marshal
	}
	return b
}

// ReferenceDocument returns the reference bundle with n IPWs as a generic JSON value.
func ReferenceDocument(n int) map[string]any {
	var insts []obj
	for _, in := range institutions {
		o := obj{"id": in.id, "name": in.name, "kind": in.kind, "teryt": in.teryt}
		if in.id == "oz-gorno" {
			o["level"] = "gmina"
		}
		insts = append(insts, o)
	}
	capacity := 2*n + 6
	services := []obj{
		{"id": "asystent-rodziny", "name": "Asystent rodziny", "provider": "gops-gorno", "monthlyCapacity": capacity},
		{"id": "poradnictwo-rodzinne", "name": "Specjalistyczne poradnictwo rodzinne", "provider": "pcpr-kielce", "monthlyCapacity": capacity},
		{"id": "aktywizacja-zawodowa", "name": "Aktywizacja zawodowa: szkolenia i staże", "provider": "pup-kielce", "monthlyCapacity": capacity},
		{"id": "diagnoza-ppp", "name": "Diagnoza psychologiczno-pedagogiczna dziecka", "provider": "ppp-kielce", "monthlyCapacity": capacity},
		{"id": "terapia-uzaleznien", "name": "Terapia uzależnień i współuzależnienia", "provider": "pzp-kielce", "monthlyCapacity": capacity},
		{"id": "swietlica", "name": "Świetlica środowiskowa z pomocą w nauce", "provider": "ngo-gorno", "monthlyCapacity": capacity},
		{"id": "interwencja-kryzysowa", "name": "Poradnictwo i interwencja kryzysowa", "provider": "oik-kielce", "monthlyCapacity": capacity},
	}

	var members []obj
	for i, id := range append(append([]string{}, firstMembers...), laterMembers...) {
		roles := []string{"member"}
		joined := formed
		switch id {
		case "gops-gorno":
			roles = []string{"leader", "gmina_animator", "case_worker"}
		case "pcpr-kielce":
			roles = []string{"powiat_animator"}
		}
		if i >= len(firstMembers) {
			joined = annexJoin
		}
		members = append(members, obj{"institution": id, "representative": representatives[i], "roles": roles, "joined": joined})
	}
	var meetings []obj
	for d := formed; !d.After(ReferenceAsOf); d = d.AddDays(56) {
		att := []string{"gops-gorno", "pcpr-kielce", "pup-kielce", "sp-gorno", "ppp-kielce", "ngo-gorno"}
		meetings = append(meetings, obj{"date": d, "attendees": att, "notes": "Posiedzenie PZK: przegląd IPW i dostępności usług koszyka."})
	}
	teams := []obj{{"id": "pzk-gorno", "kind": "pzk", "name": "Partnerski Zespół Kooperacji Gminy Górno",
		"formed": formed, "members": members, "meetings": meetings}}

	pilot := []string{"woj-swietokrzyskie", "powiat-kielecki", "gmina-gorno"}
	local := append([]string{"gmina-gorno", "powiat-kielecki"}, firstMembers...)
	youth := []string{"gops-gorno", "sp-gorno", "sp-cedzyna", "przedszkole-gorno", "ppp-kielce", "ngo-gorno"}
	agreements := []obj{
		{"id": "umowa-pilotazowa", "kind": "pilot",
			"title":   "Umowa partnerska o wdrożeniu modelu kooperacji w gminie Górno (województwo – powiat – gmina)",
			"scope":   "Wdrożenie modelu kooperacji: PZK, animatorzy gminny i powiatowy, szkolenia i superwizja.",
			"parties": pilot, "signatures": signatures(pilot, cooperation.MustDate("2025-09-15")),
			"effectiveFrom": cooperation.MustDate("2025-10-01"), "validUntil": cooperation.MustDate("2026-12-31"),
			"annexes": []obj{{"id": "aneks-1", "date": cooperation.MustDate("2026-06-01"), "effectiveFrom": cooperation.MustDate("2026-06-15"),
				"validUntil": cooperation.MustDate("2028-12-31"), "signatures": signatures(pilot, cooperation.MustDate("2026-06-01"))}}},
		{"id": "porozumienie-pzk", "kind": "local_cooperation",
			"title":   "Porozumienie o współpracy na rzecz osób i rodzin w gminie Górno",
			"scope":   "Współpraca w ramach PZK: wspólna diagnoza, IPW, wymiana informacji w granicach zgody, lokalny koszyk usług.",
			"parties": local, "signatures": signatures(local, cooperation.MustDate("2025-10-20")),
			"effectiveFrom": cooperation.MustDate("2025-11-03"), "validUntil": cooperation.MustDate("2028-12-31"), "noticePeriodDays": 30,
			"annexes": []obj{{"id": "aneks-1", "date": cooperation.MustDate("2026-02-16"), "effectiveFrom": annexJoin,
				"addParties": laterMembers, "signatures": signatures(append(append([]string{}, local...), laterMembers...), cooperation.MustDate("2026-02-16"))}}},
		{"id": "porozumienie-dzieci", "kind": "local_cooperation",
			"title":   "Porozumienie o współpracy na rzecz dzieci i młodzieży w gminie Górno",
			"scope":   "Wczesne rozpoznawanie trudności dzieci, diagnoza w poradni, zajęcia wyrównawcze i świetlica.",
			"parties": youth, "signatures": signatures(youth, cooperation.MustDate("2025-11-03")),
			"effectiveFrom": cooperation.MustDate("2025-11-17"), "validUntil": cooperation.MustDate("2026-08-31"),
			"annexes": []obj{{"id": "aneks-1", "date": cooperation.MustDate("2026-06-15"), "effectiveFrom": cooperation.MustDate("2026-06-22"),
				"validUntil": cooperation.MustDate("2027-08-31"), "signatures": signatures(youth, cooperation.MustDate("2026-06-15"))}}},
	}

	ipws := make([]obj, n)
	for i := range ipws {
		ipws[i] = plan(i, n)
	}
	stages := []obj{
		{"stage": "preparation", "started": cooperation.MustDate("2025-09-01"), "completed": formed,
			"evidence": "Umowa partnerska województwo–powiat–gmina; protokół spotkania inauguracyjnego PZK."},
		{"stage": "formalisation", "started": formed, "completed": cooperation.MustDate("2025-11-03"),
			"evidence": "Porozumienie o współpracy obowiązujące od 3.11.2025 r.; regulamin PZK."},
		{"stage": "recruitment_diagnosis", "started": cooperation.MustDate("2025-11-03"), "completed": cooperation.MustDate("2025-12-01"),
			"evidence": "Karty kwalifikacji, zgody i diagnozy pierwszych rodzin."},
		{"stage": "ipw_implementation", "started": cooperation.MustDate("2025-12-01"),
			"evidence": "Podpisane IPW rodzin."},
	}
	return obj{
		"schemaVersion": "1",
		"variant":       "rural",
		"municipality":  obj{"teryt": "2604062", "name": "Górno", "population": 14400},
		"asOf":          ReferenceAsOf,
		"institutions":  insts,
		"services":      services,
		"teams":         teams,
		"agreements":    agreements,
		"ipws":          ipws,
		"stages":        stages,
		"extensions":    obj{"generator": "synth.Reference", "ipws": n},
	}
}

// goalSpec is one goal of the reference plan: its area, and its four
// actions' owners (an institution id, or "@role" for a family member) and
// services.
type goalSpec struct {
	area, title, measure, target string
	actions                      [4]struct{ owner, service, title string }
}

var goals = []goalSpec{
	{"employment", "Podjęcie stałego zatrudnienia przez wnioskodawczynię", "Umowa o pracę", "Zatrudnienie utrzymane przez 3 miesiące",
		[4]struct{ owner, service, title string }{
			{"pup-kielce", "aktywizacja-zawodowa", "Szkolenie zawodowe i pośrednictwo pracy"},
			{"gops-gorno", "asystent-rodziny", "Wsparcie asystenta w organizacji opieki nad dziećmi"},
			{"przedszkole-gorno", "", "Miejsce w przedszkolu dla najmłodszego dziecka"},
			{"@applicant", "", "Udział w szkoleniu i rozmowach kwalifikacyjnych"}}},
	{"parenting", "Wzmocnienie kompetencji wychowawczych rodziców", "Ocena asystenta rodziny", "Rodzice stosują ustalone zasady dnia",
		[4]struct{ owner, service, title string }{
			{"pcpr-kielce", "poradnictwo-rodzinne", "Warsztaty umiejętności wychowawczych"},
			{"gops-gorno", "asystent-rodziny", "Plan dnia i wspólne wizyty asystenta"},
			{"kurator-kielce", "", "Wizyty kuratora i współpraca z asystentem"},
			{"@spouse", "", "Udział w warsztatach dla rodziców"}}},
	{"education", "Poprawa wyników w nauce i frekwencji dziecka", "Frekwencja i oceny semestralne", "Frekwencja powyżej 90%",
		[4]struct{ owner, service, title string }{
			{"ppp-kielce", "diagnoza-ppp", "Diagnoza trudności w nauce i opinia dla szkoły"},
			{"sp-gorno", "", "Zajęcia wyrównawcze i opieka pedagoga"},
			{"ngo-gorno", "swietlica", "Pomoc w nauce w świetlicy środowiskowej"},
			{"@child", "", "Regularne uczęszczanie na zajęcia wyrównawcze"}}},
	{"addiction", "Utrzymanie abstynencji przez małżonka", "Zaświadczenie o udziale w terapii", "Ukończona terapia podstawowa",
		[4]struct{ owner, service, title string }{
			{"gkrpa-gorno", "", "Rozmowa motywująca i skierowanie na terapię"},
			{"pzp-kielce", "terapia-uzaleznien", "Terapia uzależnienia i współuzależnienia"},
			{"oik-kielce", "interwencja-kryzysowa", "Konsultacje w ośrodku interwencji kryzysowej"},
			{"@spouse", "", "Udział w terapii i grupie wsparcia"}}},
	{"income", "Uporządkowanie budżetu domowego", "Plan wydatków i spłat", "Brak zaległości w opłatach",
		[4]struct{ owner, service, title string }{
			{"gops-gorno", "", "Zasiłek celowy i praca socjalna nad budżetem"},
			{"parafia-gorno", "", "Paczki żywnościowe Caritas w okresie przejściowym"},
			{"gok-gorno", "", "Bezpłatne zajęcia dla dzieci w ośrodku kultury"},
			{"@applicant", "", "Prowadzenie zeszytu wydatków i terminowe opłaty"}}},
}

var surnames = []string{"K.", "L.", "M.", "N.", "P.", "R.", "S.", "T.", "W.", "Z."}

// plan returns IPW i of n. Periods start on Mondays spread over the eleven
// months before ReferenceAsOf, last a year, and are reviewed every twelve weeks.
func plan(i, n int) obj {
	start := cooperation.MustDate("2025-12-01").AddDays(7 * (i * 48 / max(n, 1)))
	for !cooperation.IsWorkingDay(start) {
		start = start.AddDays(1)
	}
	end := friday(start.AddMonths(12).AddDays(-3))
	id := fmt.Sprintf("ipw-%03d", i+1)
	pfx := fmt.Sprintf("r%03d-", i+1)
	applicant, spouse, child := pfx+"matka", pfx+"ojciec", pfx+"syn"
	role := map[string]string{"@applicant": applicant, "@spouse": spouse, "@child": child}

	var used []string
	seen := map[string]bool{}
	var areas, goalObjs, actions []obj
	for k, g := range goals {
		areas = append(areas, obj{"area": g.area, "problem": true,
			"causes": "Przyczyny ustalone w wywiadzie i na genogramie.", "strengths": "Motywacja do zmiany, wsparcie dalszej rodziny.",
			"weaknesses": "Brak stałego planu dnia.", "resources": "Oferta instytucji PZK i lokalnego koszyka usług.",
			"deficits": "Brak dojazdu do Kielc.", "expectations": "Rodzina chce poprawy sytuacji.", "needs": "Skoordynowane wsparcie kilku instytucji."})
		gid := fmt.Sprintf("c%d", k+1)
		goalObjs = append(goalObjs, obj{"id": gid, "title": g.title, "areas": []string{g.area},
			"measure": g.measure, "target": g.target, "targetDate": friday(end.AddDays(-7))})
		for j, a := range g.actions {
			as := workingDay(start.AddDays(7 * (3*j + k)))
			due := friday(as.AddDays(7 * (10 + 6*j + 2*k)))
			if due.After(end) {
				due = end
			}
			resp := obj{"institution": a.owner}
			if m, ok := role[a.owner]; ok {
				resp = obj{"member": m}
			} else if !seen[a.owner] {
				seen[a.owner] = true
				used = append(used, a.owner)
			}
			act := obj{"id": fmt.Sprintf("d%d.%d", k+1, j+1), "goal": gid, "title": a.title, "responsible": resp, "start": as, "due": due}
			if a.service != "" {
				act["service"] = a.service
			}
			switch {
			case due.Before(ReferenceAsOf):
				act["status"], act["completed"] = "done", due
			case !as.After(ReferenceAsOf):
				act["status"] = "in_progress"
			default:
				act["status"] = "planned"
			}
			actions = append(actions, act)
		}
	}
	var reviews []obj
	for d := start.AddDays(84); !d.After(ReferenceAsOf) && d.Before(end); d = d.AddDays(84) {
		reviews = append(reviews, obj{"date": d, "participants": []string{"gops-gorno", "pcpr-kielce", "pup-kielce", "ppp-kielce"},
			"decision": "continue", "notes": "Przegląd kwartalny: działania realizowane zgodnie z planem."})
	}
	p := obj{
		"id": id, "team": "pzk-gorno",
		"caseWorker": obj{"institution": "gops-gorno", "name": "Barbara Nowicka"},
		"beneficiary": obj{"kind": "family", "pseudonym": "Rodzina " + surnames[i%len(surnames)] + fmt.Sprintf(" (%03d)", i+1),
			"members": []obj{{"id": applicant, "role": "applicant", "birthYear": 1984 + i%8},
				{"id": spouse, "role": "spouse", "birthYear": 1981 + i%9},
				{"id": child, "role": "child", "birthYear": 2012 + i%4}}},
		"qualification": obj{"date": workingDay(start.AddDays(-42)), "referredBy": "gops-gorno", "reasons": []string{"multiple_problems"}},
		"consent":       obj{"date": workingDay(start.AddDays(-35)), "givenBy": []string{applicant, spouse}, "scope": used},
		"diagnosis":     obj{"date": workingDay(start.AddDays(-21)), "methods": []string{"genogram", "psr"}, "areas": areas},
		"period":        obj{"start": start, "end": end},
		"goals":         goalObjs,
		"actions":       actions,
		"signatures": []obj{
			{"signer": obj{"institution": "gops-gorno", "name": "Barbara Nowicka"}, "date": workingDay(start.AddDays(-7))},
			{"signer": obj{"member": applicant}, "date": workingDay(start.AddDays(-7))},
			{"signer": obj{"member": spouse}, "date": workingDay(start.AddDays(-7))},
		},
		"status": "in_progress",
	}
	if len(reviews) > 0 {
		p["reviews"] = reviews
	}
	return p
}
