package synth

import (
	"encoding/json"
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// The reference bundles of the benchmarks: a second real rural
// municipality, gmina Górno (TERYT 2604062, powiat kielecki, województwo
// świętokrzyskie), with about twenty partner institutions, a partnership
// team (PZK), three agreements with annexes, a basket of seven services,
// and any number of IPWs of five goals × four actions with quarterly
// reviews. Every person in them is fictional.
//
// The bundles are valid (no finding at all) and realistic enough that every
// rule of the model has something to look at. They are built as the
// model's types, like every bundle of this package, and encoded by the
// library's encoder; the examples (hand-written JSON files) and the schema
// package's tests are what exercise the document boundary as a
// municipality's file would.

// ReferenceAsOf is the date the reference bundles are written for and
// checked at.
var ReferenceAsOf = cooperation.MustDate("2026-11-16")

// ReferenceSizes are the numbers of IPWs of the three reference bundles:
// one family, a real gmina's year (the middle one), and a large centre.
var ReferenceSizes = []int{1, 10, 100}

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

func signatures(parties []string, on cooperation.Date) []cooperation.Signature {
	out := make([]cooperation.Signature, len(parties))
	for i, p := range parties {
		s := signatory[p]
		out[i] = signature(p, s[0], s[1], workingDay(on.AddDays(i%4)))
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

// Reference returns the reference bundle with n IPWs as compact JSON: the
// typed bundle of ReferenceBundle, encoded as the library encodes bundles.
func Reference(n int) []byte {
	b, err := json.Marshal(ReferenceBundle(n))
	if err != nil {
		panic(err) // the model's types always marshal
	}
	return b
}

// ReferenceDocument returns the reference bundle with n IPWs as a generic
// JSON value (Reference decoded into maps), for tests that edit the
// document as a municipality's file would be edited.
func ReferenceDocument(n int) map[string]any {
	var doc map[string]any
	if err := json.Unmarshal(Reference(n), &doc); err != nil {
		panic(err) // Reference is JSON
	}
	return doc
}

// ReferenceBundle returns the reference bundle with n IPWs.
func ReferenceBundle(n int) *ipw.Bundle {
	var insts []cooperation.Institution
	for _, in := range institutions {
		o := cooperation.Institution{ID: in.id, Name: in.name, Kind: cooperation.Kind(in.kind), TERYT: in.teryt}
		if in.id == "oz-gorno" {
			o.Level = cooperation.LevelGmina
		}
		insts = append(insts, o)
	}
	capacity := intp(2*n + 6)
	services := []cooperation.Service{
		{ID: "asystent-rodziny", Name: "Asystent rodziny", Provider: "gops-gorno", MonthlyCapacity: capacity},
		{ID: "poradnictwo-rodzinne", Name: "Specjalistyczne poradnictwo rodzinne", Provider: "pcpr-kielce", MonthlyCapacity: capacity},
		{ID: "aktywizacja-zawodowa", Name: "Aktywizacja zawodowa: szkolenia i staże", Provider: "pup-kielce", MonthlyCapacity: capacity},
		{ID: "diagnoza-ppp", Name: "Diagnoza psychologiczno-pedagogiczna dziecka", Provider: "ppp-kielce", MonthlyCapacity: capacity},
		{ID: "terapia-uzaleznien", Name: "Terapia uzależnień i współuzależnienia", Provider: "pzp-kielce", MonthlyCapacity: capacity},
		{ID: "swietlica", Name: "Świetlica środowiskowa z pomocą w nauce", Provider: "ngo-gorno", MonthlyCapacity: capacity},
		{ID: "interwencja-kryzysowa", Name: "Poradnictwo i interwencja kryzysowa", Provider: "oik-kielce", MonthlyCapacity: capacity},
	}

	var members []cooperation.Member
	for i, id := range append(append([]string{}, firstMembers...), laterMembers...) {
		roles := []cooperation.Role{cooperation.RoleMember}
		joined := formed
		switch id {
		case "gops-gorno":
			roles = []cooperation.Role{cooperation.RoleLeader, cooperation.RoleGminaAnimator, cooperation.RoleCaseWorker}
		case "pcpr-kielce":
			roles = []cooperation.Role{cooperation.RolePowiatAnimator}
		}
		if i >= len(firstMembers) {
			joined = annexJoin
		}
		members = append(members, cooperation.Member{Institution: id, Representative: representatives[i], Roles: roles, Joined: joined})
	}
	var meetings []cooperation.Meeting
	for d := formed; !d.After(ReferenceAsOf); d = d.AddDays(56) {
		att := []string{"gops-gorno", "pcpr-kielce", "pup-kielce", "sp-gorno", "ppp-kielce", "ngo-gorno"}
		meetings = append(meetings, cooperation.Meeting{Date: d, Attendees: att, Notes: "Posiedzenie PZK: przegląd IPW i dostępności usług koszyka."})
	}
	teams := []cooperation.Team{{ID: "pzk-gorno", Kind: cooperation.TeamPZK, Name: "Partnerski Zespół Kooperacji Gminy Górno",
		Formed: formed, Members: members, Meetings: meetings}}

	pilot := []string{"woj-swietokrzyskie", "powiat-kielecki", "gmina-gorno"}
	local := append([]string{"gmina-gorno", "powiat-kielecki"}, firstMembers...)
	youth := []string{"gops-gorno", "sp-gorno", "sp-cedzyna", "przedszkole-gorno", "ppp-kielce", "ngo-gorno"}
	d := cooperation.MustDate
	agreements := []cooperation.Agreement{
		{ID: "umowa-pilotazowa", Kind: cooperation.AgreementPilot,
			Title:   "Umowa partnerska o wdrożeniu modelu kooperacji w gminie Górno (województwo – powiat – gmina)",
			Scope:   "Wdrożenie modelu kooperacji: PZK, animatorzy gminny i powiatowy, szkolenia i superwizja.",
			Parties: pilot, Signatures: signatures(pilot, d("2025-09-15")),
			EffectiveFrom: d("2025-10-01"), ValidUntil: d("2026-12-31"),
			Annexes: []cooperation.Annex{{ID: "aneks-1", Date: d("2026-06-01"), EffectiveFrom: d("2026-06-15"),
				ValidUntil: d("2028-12-31"), Signatures: signatures(pilot, d("2026-06-01"))}}},
		{ID: "porozumienie-pzk", Kind: cooperation.AgreementLocal,
			Title:   "Porozumienie o współpracy na rzecz osób i rodzin w gminie Górno",
			Scope:   "Współpraca w ramach PZK: wspólna diagnoza, IPW, wymiana informacji w granicach zgody, lokalny koszyk usług.",
			Parties: local, Signatures: signatures(local, d("2025-10-20")),
			EffectiveFrom: d("2025-11-03"), ValidUntil: d("2028-12-31"), NoticePeriodDays: intp(30),
			Annexes: []cooperation.Annex{{ID: "aneks-1", Date: d("2026-02-16"), EffectiveFrom: annexJoin,
				AddParties: laterMembers, Signatures: signatures(append(append([]string{}, local...), laterMembers...), d("2026-02-16"))}}},
		{ID: "porozumienie-dzieci", Kind: cooperation.AgreementLocal,
			Title:   "Porozumienie o współpracy na rzecz dzieci i młodzieży w gminie Górno",
			Scope:   "Wczesne rozpoznawanie trudności dzieci, diagnoza w poradni, zajęcia wyrównawcze i świetlica.",
			Parties: youth, Signatures: signatures(youth, d("2025-11-03")),
			EffectiveFrom: d("2025-11-17"), ValidUntil: d("2026-08-31"),
			Annexes: []cooperation.Annex{{ID: "aneks-1", Date: d("2026-06-15"), EffectiveFrom: d("2026-06-22"),
				ValidUntil: d("2027-08-31"), Signatures: signatures(youth, d("2026-06-15"))}}},
	}

	ipws := make([]ipw.Plan, n)
	for i := range ipws {
		ipws[i] = plan(i, n)
	}
	stages := []ipw.StageRecord{
		{Stage: ipw.StagePreparation, Started: d("2025-09-01"), Completed: formed,
			Evidence: "Umowa partnerska województwo–powiat–gmina; protokół spotkania inauguracyjnego PZK."},
		{Stage: ipw.StageFormalisation, Started: formed, Completed: d("2025-11-03"),
			Evidence: "Porozumienie o współpracy obowiązujące od 3.11.2025 r.; regulamin PZK."},
		{Stage: ipw.StageRecruitmentDiagnosis, Started: d("2025-11-03"), Completed: d("2025-12-01"),
			Evidence: "Karty kwalifikacji, zgody i diagnozy pierwszych rodzin."},
		{Stage: ipw.StageIPWImplementation, Started: d("2025-12-01"),
			Evidence: "Podpisane IPW rodzin."},
	}
	pop := 14400
	return &ipw.Bundle{
		Partnership: cooperation.Partnership{
			SchemaVersion: cooperation.SchemaVersion,
			Variant:       cooperation.VariantRural,
			Municipality:  cooperation.Municipality{TERYT: "2604062", Name: "Górno", Population: &pop},
			AsOf:          ReferenceAsOf,
			Institutions:  insts,
			Services:      services,
			Teams:         teams,
			Agreements:    agreements,
		},
		IPWs:       ipws,
		Stages:     stages,
		Extensions: json.RawMessage(fmt.Sprintf(`{"generator":"synth.Reference","ipws":%d}`, n)),
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
func plan(i, n int) ipw.Plan {
	start := cooperation.MustDate("2025-12-01").AddDays(7 * (i * 48 / max(n, 1)))
	for !cooperation.IsWorkingDay(start) {
		start = start.AddDays(1)
	}
	end := friday(start.AddMonths(12).AddDays(-3))
	pfx := fmt.Sprintf("r%03d-", i+1)
	applicant, spouse, child := pfx+"matka", pfx+"ojciec", pfx+"syn"
	role := map[string]string{"@applicant": applicant, "@spouse": spouse, "@child": child}

	p := ipw.Plan{
		ID: fmt.Sprintf("ipw-%03d", i+1), Team: "pzk-gorno",
		CaseWorker: ipw.CaseWorker{Institution: "gops-gorno", Name: "Barbara Nowicka"},
		Beneficiary: ipw.Beneficiary{Kind: ipw.BeneficiaryFamily, Pseudonym: "Rodzina " + surnames[i%len(surnames)] + fmt.Sprintf(" (%03d)", i+1),
			Members: []ipw.HouseholdMember{{ID: applicant, Role: ipw.MemberApplicant, BirthYear: 1984 + i%8},
				{ID: spouse, Role: ipw.MemberSpouse, BirthYear: 1981 + i%9},
				{ID: child, Role: ipw.MemberChild, BirthYear: 2012 + i%4}}},
		Qualification: &ipw.Qualification{Date: workingDay(start.AddDays(-42)), ReferredBy: "gops-gorno", Reasons: []ipw.Reason{ipw.ReasonMultipleProblems}},
		Period:        ipw.Period{Start: start, End: end},
		Signatures: []ipw.Signature{
			{Signer: ipw.Signer{Institution: "gops-gorno", Name: "Barbara Nowicka"}, Date: workingDay(start.AddDays(-7))},
			{Signer: ipw.Signer{Member: applicant}, Date: workingDay(start.AddDays(-7))},
			{Signer: ipw.Signer{Member: spouse}, Date: workingDay(start.AddDays(-7))},
		},
		Status: ipw.StatusInProgress,
	}
	var used []string
	seen := map[string]bool{}
	var areas []ipw.AreaDiagnosis
	for k, g := range goals {
		areas = append(areas, ipw.AreaDiagnosis{Area: ipw.Area(g.area), Problem: true,
			Causes: "Przyczyny ustalone w wywiadzie i na genogramie.", Strengths: "Motywacja do zmiany, wsparcie dalszej rodziny.",
			Weaknesses: "Brak stałego planu dnia.", Resources: "Oferta instytucji PZK i lokalnego koszyka usług.",
			Deficits: "Brak dojazdu do Kielc.", Expectations: "Rodzina chce poprawy sytuacji.", Needs: "Skoordynowane wsparcie kilku instytucji."})
		gid := fmt.Sprintf("c%d", k+1)
		p.Goals = append(p.Goals, ipw.Goal{ID: gid, Title: g.title, Areas: []ipw.Area{ipw.Area(g.area)},
			Measure: g.measure, Target: g.target, TargetDate: friday(end.AddDays(-7))})
		for j, a := range g.actions {
			as := workingDay(start.AddDays(7 * (3*j + k)))
			due := friday(as.AddDays(7 * (10 + 6*j + 2*k)))
			if due.After(end) {
				due = end
			}
			resp := ipw.Responsible{Institution: a.owner}
			if m, ok := role[a.owner]; ok {
				resp = ipw.Responsible{Member: m}
			} else if !seen[a.owner] {
				seen[a.owner] = true
				used = append(used, a.owner)
			}
			act := ipw.Action{ID: fmt.Sprintf("d%d.%d", k+1, j+1), Goal: gid, Title: a.title, Responsible: resp, Start: as, Due: due, Service: a.service}
			switch {
			case due.Before(ReferenceAsOf):
				act.Status, act.Completed = ipw.ActionDone, due
			case !as.After(ReferenceAsOf):
				act.Status = ipw.ActionInProgress
			default:
				act.Status = ipw.ActionPlanned
			}
			p.Actions = append(p.Actions, act)
		}
	}
	p.Consent = &ipw.Consent{Date: workingDay(start.AddDays(-35)), GivenBy: []string{applicant, spouse}, Scope: used}
	p.Diagnosis = &ipw.Diagnosis{Date: workingDay(start.AddDays(-21)), Methods: []ipw.Method{ipw.MethodGenogram, ipw.MethodPSR}, Areas: areas}
	for d := start.AddDays(84); !d.After(ReferenceAsOf) && d.Before(end); d = d.AddDays(84) {
		p.Reviews = append(p.Reviews, ipw.Review{Date: d, Participants: []string{"gops-gorno", "pcpr-kielce", "pup-kielce", "ppp-kielce"},
			Decision: ipw.DecisionContinue, Notes: "Przegląd kwartalny: działania realizowane zgodnie z planem."})
	}
	return p
}
