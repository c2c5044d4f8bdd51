package region

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// The report's own words, in Polish and English. The names of the model's
// closed sets (variants, stages, kinds, sectors, closure reasons) come
// from the glossary (cooperation.GlossarySets, ipw.GlossarySets).
type wordID int

const (
	wTitle wordID = iota
	wIntro
	wAsOf
	wMunicipalities
	wVoivodeships
	wRegionVsPilot
	wMeasure
	wRegion
	wPilot
	wSuccess
	wPZKMonths
	wPartners
	wIPWMonths
	wOnTime
	wReviewsOnTime
	wMonthsRange
	wOf
	wByVariant
	wByVoivodeship
	wByPowiat
	wGroup
	wIPWs
	wClosed
	wSucceeded
	wSuccessRate
	wOnTimeRate
	wPZKSize
	wPZKSectors
	wStages
	wStage
	wAllDone
	wSectorCoverage
	wSectorShare
	wDurations
	wDurationNote
	wMonths
	wWorkload
	wKind
	wActions
	wDone
	wLate
	wOpenMonths
	wCapacity
	wServices
	wPlaceMonths
	wUsedMonths
	wUse
	wPerMunicipality
	wOverview
	wGmina
	wVariant
	wAgreements
	wMeanDays
	wWithheldNote
	wWithheld
	wFamily
	wPowiat
	wTotal
	wNoRecords
	wReference
	wRange
	wNoPZK
	wPeople
	wExcluded
	wVoivodeshipCount
	wIPWHeading
	wStatus
	wOpenedInPeriod
	wClosedInPeriod
	wSuspensions
	wReason
	wMunicipalityCount
	wOnTimeMeasure
	wPZKSizeMean
	wPZKSectorsMean
	wPZKMonthsOne
	wStageOverview
	wIPWCount
	wProviderKind
	wPowiatHeader
	wTERYT
	wUseUnknown
)

var words = [...][2]string{
	wTitle:             {"Monitoring modelu kooperacji: raport regionalny", "Monitoring of the cooperation model: regional report"},
	wIntro:             {"Zestawienie rekordów monitoringu, które gminy przekazały do regionalnego ośrodka polityki społecznej (ROPS/RCPS). Rekordy nie zawierają danych osobowych.", "A summary of the monitoring records the municipalities sent to their regional social-policy centre (ROPS/RCPS). The records hold no personal data."},
	wMunicipalities:    {"Gminy", "Municipalities"},
	wVoivodeships:      {"liczba województw", "voivodeships"},
	wRegionVsPilot:     {"Region na tle pilotażu", "The region beside the pilot"},
	wMeasure:           {"Miara", "Measure"},
	wRegion:            {"Region", "Region"},
	wPilot:             {"Pilotaż „Liderzy kooperacji”", "Pilot “Liderzy kooperacji”"},
	wSuccess:           {"IPW zakończone sukcesem (osiągnięcie celów) spośród wszystkich zakończonych", "IPWs completed with success (goals achieved) of all closed IPWs"},
	wPZKMonths:         {"Średni czas pracy PZK (pełne miesiące)", "Mean working time of a PZK (whole months)"},
	wPartners:          {"Instytucje objęte porozumieniami w mocy (suma po gminach)", "Institutions covered by agreements in force (summed over the municipalities)"},
	wIPWMonths:         {"Średni czas trwania zakończonego IPW (miesiące)", "Mean duration of a closed IPW (months)"},
	wOnTime:            {"Wykonane w terminie", "Done on time"},
	wReviewsOnTime:     {"Przeglądy IPW przeprowadzone w terminie (odsetek)", "IPW reviews held on time (share)"},
	wMonthsRange:       {"%d–%d", "%d–%d"},
	wOf:                {"z", "of"},
	wByVariant:         {"Według wariantu modelu", "By variant of the model"},
	wByVoivodeship:     {"Według województwa", "By voivodeship"},
	wByPowiat:          {"Według powiatu", "By powiat"},
	wGroup:             {"Województwo", "Voivodeship"},
	wClosed:            {"Zakończone", "Closed"},
	wSucceeded:         {"Zakończone sukcesem", "Completed with success"},
	wSuccessRate:       {"Odsetek IPW zakończonych sukcesem", "Share of IPWs completed with success"},
	wOnTimeRate:        {"Terminowość działań", "Timeliness of actions"},
	wPZKSize:           {"Liczba instytucji w PZK", "Institutions in the PZK"},
	wPZKSectors:        {"Liczba sektorów w PZK", "Sectors in the PZK"},
	wAllDone:           {"wszystkie etapy zakończone", "all stages completed"},
	wSectorCoverage:    {"Sektory w PZK", "Sectors in the PZKs"},
	wSectorShare:       {"Odsetek PZK, w których jest instytucja z danego sektora (samorządu nie liczy się); w nawiasie liczba takich PZK.", "The share of PZKs with an institution of each sector (local government not counted); in brackets, the number of such PZKs."},
	wDurations:         {"Czas trwania zakończonych IPW", "Durations of the closed IPWs"},
	wDurationNote:      {"Liczba zakończonych IPW według czasu trwania w pełnych miesiącach: „3–5” to IPW, które trwały co najmniej 3 miesiące, ale krócej niż 6. Jasna część słupka pokazuje, o ile liczba może być większa z powodu liczb utajnionych.", "The closed IPWs by their duration in whole months: “3–5” are the IPWs that lasted at least 3 months but less than 6. The light part of a bar shows how much higher the count may be because of withheld counts."},
	wMonths:            {"pełne miesiące", "whole months"},
	wWorkload:          {"Obciążenie i terminowość działań według rodzaju instytucji", "Workload and timeliness of actions by kind of institution"},
	wKind:              {"Rodzaj instytucji", "Kind of institution"},
	wActions:           {"Działania ogółem", "Actions in total"},
	wDone:              {"Wykonane", "Done"},
	wLate:              {"Wykonane po terminie", "Done late"},
	wOpenMonths:        {"Miesiące działań w toku", "Months of actions open"},
	wCapacity:          {"Wykorzystanie koszyka usług", "Use of the basket of services"},
	wServices:          {"Liczba usług", "Services"},
	wPlaceMonths:       {"Miejsca w okresie (miejsca × miesiące)", "Places in the period (places × months)"},
	wUsedMonths:        {"Wykorzystanie usług (działania × miesiące)", "Use of the services (actions × months)"},
	wUse:               {"Odsetek wykorzystanych miejsc", "Share of places used"},
	wPerMunicipality:   {"Porównanie gmin", "The municipalities compared"},
	wOverview:          {"Zestawienie gmin", "Overview of the municipalities"},
	wGmina:             {"Gmina", "Municipality"},
	wVariant:           {"Wariant modelu", "Variant of the model"},
	wMeanDays:          {"Średni czas trwania zakończonego IPW (dni)", "Mean duration of a closed IPW (days)"},
	wWithheldNote:      {"Liczby dotyczące spraw rodzin (IPW, działań, przeglądów) mniejsze niż próg ujawniania liczebności gmina podaje w rekordzie tylko jako „mniej niż” (w tabelach np. „< 3”); utajnia też niektóre inne liczby, z których dałoby się je wyliczyć. Utajnionych liczb nigdy nie liczy się jako zera. Dlatego sumy podano jako przedział: np. „254–262” oznacza, że prawdziwa liczba wynosi od 254 do 262, a „≥ 40” – że wynosi co najmniej 40, a „utajniona” – że rekordy nie pozwalają jej oszacować; tak samo odsetki („75,8–78,2 %”). Gwiazdka (*) oznacza wynik oparty na liczbach utajnionych; średni czas trwania IPW liczono wtedy bez gmin, których rekord nie podaje średniej.", "Counts of the families' matters (IPWs, actions, reviews) below the disclosure threshold are given in a municipality's record only as “fewer than” (in the tables, e.g. “< 3”); some other counts from which they could be worked out are withheld too. Withheld counts are never counted as zero. So sums are given as a range: e.g. “254–262” means the true count is between 254 and 262, “≥ 40” that it is at least 40, and “withheld” that the records give no bound for it; rates likewise (“75.8–78.2%”). An asterisk (*) marks a figure resting on withheld counts; the mean duration of an IPW is then computed without the municipalities whose record states no mean."},
	wWithheld:          {"utajniona", "withheld"},
	wPowiat:            {"powiat", "powiat"},
	wTotal:             {"Razem", "Total"},
	wNoRecords:         {"Brak rekordów do zestawienia.", "No records to report on."},
	wReference:         {"pilotaż: %s", "pilot: %s"},
	wRange:             {"zakres", "range"},
	wNoPZK:             {"brak PZK", "no PZK"},
	wPeople:            {"rodziny/osoby", "families/persons"},
	wExcluded:          {"Rekordy pominięte", "Records left out"},
	wVoivodeshipCount:  {"Liczba województw", "Voivodeships"},
	wIPWHeading:        {"Indywidualne programy współpracy (IPW)", "Individual cooperation programmes (IPWs)"},
	wStatus:            {"Status IPW", "Status of the IPW"},
	wReason:            {"Przyczyna zakończenia IPW", "Reason the IPW was closed"},
	wMunicipalityCount: {"liczba gmin", "municipalities"},
	wOnTimeMeasure:     {"Działania wykonane w terminie (odsetek wykonanych)", "Actions done on time (share of those done)"},
	wPZKSizeMean:       {"Instytucje w PZK (średnio)", "Institutions in a PZK (mean)"},
	wPZKSectorsMean:    {"Sektory w PZK (średnio)", "Sectors in a PZK (mean)"},
	wStageOverview:     {"Etap bieżący (zakończone etapy / wszystkie)", "Current stage (stages completed / all)"},
	wIPWCount:          {"Liczba IPW", "IPWs"},
	wProviderKind:      {"Rodzaj usługodawcy", "Kind of provider"},
	wPowiatHeader:      {"Powiat", "Powiat"},
	wTERYT:             {"Kod TERYT", "TERYT code"},
	wUseUnknown:        {"nieznany (liczby utajnione)", "unknown (counts withheld)"},
}

// recordWords are the report's words that name a figure of the monitoring
// record: the record's own label (monitor.Label), so that a figure has one
// name in the preview a gmina sends and in the region's report.
var recordWords = map[wordID]string{
	wAsOf:           "asOf",
	wIPWs:           "ipw/total",
	wStages:         "stages",
	wStage:          "stages/current",
	wAgreements:     "agreements/inForce",
	wFamily:         "family",
	wOpenedInPeriod: "ipw/opened",
	wClosedInPeriod: "ipw/closed",
	wSuspensions:    "ipw/suspensions",
	wPZKMonthsOne:   "pzk/workingMonths",
}

func word(id wordID, lang cooperation.Lang) string {
	if key, ok := recordWords[id]; ok {
		return monitor.Label(key, lang)
	}
	if lang == cooperation.English {
		return words[id][1]
	}
	return words[id][0]
}
