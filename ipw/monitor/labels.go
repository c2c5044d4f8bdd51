package monitor

import "github.com/kooperacja/kooperacja/cooperation"

// The words of the record: each figure's name for people, in Polish and
// English, as the preview (Preview) and the regional report name them.
// The values of the model's closed sets (statuses, closure reasons, kinds,
// sectors, stages, the variant) are named by the library's glossary.

type term struct{ pl, en string }

var terms = map[string]term{
	// Sections.
	"municipality": {"Gmina i rekord monitoringu", "Municipality and monitoring record"},
	"ipw":          {"Indywidualne programy współpracy (IPW)", "Individual cooperation programmes (IPW)"},
	"durations":    {"Czas trwania IPW", "Duration of IPWs"},
	"reviews":      {"Przeglądy IPW", "Reviews of IPWs"},
	"actions":      {"Działania IPW według instytucji odpowiedzialnej", "IPW actions by the institution in charge"},

	// The municipality and the record.
	"municipality/teryt":   {"Kod TERYT", "TERYT code"},
	"municipality/name":    {"Nazwa", "Name"},
	"municipality/variant": {"Wariant modelu", "Variant of the model"},
	"disclosureThreshold":  {"Próg ujawniania liczebności", "Disclosure threshold"},
	"schemaVersion":        {"Wersja formatu rekordu", "Version of the record's format"},

	// Stages.
	"stages/completed": {"Etapy zakończone", "Stages completed"},
	"started":          {"rozpoczęty", "started"},
	"finished":         {"zakończony", "completed"},

	// The PZK and the agreements.
	"pzk/formed":         {"Data utworzenia PZK", "PZK formed on"},
	"pzk/institutions":   {"Liczba instytucji w PZK", "Institutions in the PZK"},
	"pzk/sectors":        {"Sektory instytucji PZK (bez samorządu)", "Sectors of the PZK's institutions (local government not counted)"},
	"pzk/meetings":       {"Spotkania PZK w okresie", "PZK meetings in the period"},
	"agreements/parties": {"Instytucje objęte porozumieniami w mocy", "Institutions covered by agreements in force"},

	// IPWs.
	"ipw/byStatus":    {"IPW o statusie", "IPWs with the status"},
	"ipw/byOutcome":   {"IPW zakończone, przyczyna", "IPWs closed for the reason"},
	"ipw/suspensions": {"Zawieszenia rozpoczęte w okresie", "Suspensions begun in the period"},

	"durations/closed/count":  {"Zakończone IPW, których czas trwania zmierzono", "Closed IPWs whose duration was measured"},
	"durations/closed/mean":   {"Średni czas trwania zakończonych IPW", "Mean duration of closed IPWs"},
	"durations/closed/median": {"Mediana czasu trwania zakończonych IPW", "Median duration of closed IPWs"},
	"durations/open/count":    {"Trwające IPW (w realizacji lub zawieszone), których czas trwania zmierzono", "Open IPWs (in progress or suspended) whose duration was measured"},
	"durations/open/mean":     {"Średni dotychczasowy czas trwania trwających IPW", "Mean duration so far of open IPWs"},
	"durations/open/median":   {"Mediana dotychczasowego czasu trwania trwających IPW", "Median duration so far of open IPWs"},
	"durations/histogram":     {"Zakończone IPW trwające", "Closed IPWs that lasted"},
	"reviews/total":           {"Przeglądy IPW przeprowadzone do %s", "IPW reviews held up to %s"},
	"reviews/onTime":          {"Przeglądy IPW przeprowadzone w terminie", "IPW reviews held on time"},

	// Actions and the basket.
	"family":                {"rodzina (własne zobowiązania)", "the family (own commitments)"},
	"actions/total":         {"ogółem", "in total"},
	"actions/done":          {"wykonane", "done"},
	"actions/onTime":        {"wykonane w terminie", "done on time"},
	"actions/late":          {"wykonane po terminie", "done late"},
	"actions/openMonths":    {"miesiące działań w toku", "months of actions open"},
	"capacity/services":     {"liczba usług", "services"},
	"capacity/placeMonths":  {"miejsca w okresie (miejsca × miesiące)", "places in the period (places × months)"},
	"capacity/usedMonths":   {"wykorzystanie usług (działania × miesiące)", "use of the services (actions × months)"},
	"capacity/unlimited":    {"bez limitu miejsc", "no limit of places"},
	"count/fewerThan":       {"mniej niż", "fewer than"},
	"count/withheld":        {"utajniona (ochrona danych rodzin)", "withheld (to protect the families)"},
	"value/none":            {"brak", "none"},
	"value/notGiven":        {"nie podano", "not given"},
	"value/notEnough":       {"nie podano (mniej niż %d IPW)", "not given (fewer than %d IPWs)"},
	"months/under":          {"krócej niż", "under"},
	"months/from":           {"od", "from"},
	"months/toUnder":        {"do niespełna", "to under"},
	"months/orMore":         {"i dłużej", "or more"},
	"stages/noneCompleted":  {"żaden", "none"},
	"stages/allCompleted":   {"wszystkie etapy zakończone", "all stages completed"},
	"pzk/none":              {"brak PZK", "no PZK"},
	"disclosureThreshold/v": {"liczby mniejsze niż %d podano jako „mniej niż %d”, a niektóre inne, z których dałoby się je wyliczyć, utajniono", "counts below %d are given as \"fewer than %d\", and some others from which they could be worked out are withheld"},
}

// Label returns the name of a figure or section of the record in lang:
// Label("ipw/opened", cooperation.Polish) is "IPW rozpoczęte w okresie".
// A figure the preview names as the glossary names the record's field
// (cooperation.FieldLabel of its path) is not written again here; terms
// holds only the preview's own words. An unknown key is returned as it is.
func Label(key string, lang cooperation.Lang) string {
	t, ok := terms[key]
	if !ok {
		if l := cooperation.FieldLabel(cooperation.Path("/"+key), lang); l != "" {
			return l
		}
		return key
	}
	if lang == cooperation.English {
		return t.en
	}
	return t.pl
}
