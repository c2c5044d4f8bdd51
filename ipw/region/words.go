package region

import "github.com/kooperacja/kooperacja/cooperation"

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
)

var words = [...][2]string{
	wTitle:            {"Monitoring modelu kooperacji: raport regionalny", "Monitoring of the cooperation model: regional report"},
	wIntro:            {"Zestawienie rekordów monitoringu przesłanych przez gminy (ROPS/RCPS). Rekordy nie zawierają danych osobowych; liczby mniejsze od progu ujawnienia są w nich ukryte.", "A summary of the monitoring records sent by the municipalities (ROPS/RCPS). The records hold no personal data; counts below the disclosure threshold are withheld in them."},
	wAsOf:             {"Stan na", "As of"},
	wMunicipalities:   {"gminy", "municipalities"},
	wVoivodeships:     {"województwa", "voivodeships"},
	wRegionVsPilot:    {"Region a pilotaż", "The region beside the pilot"},
	wMeasure:          {"Miara", "Measure"},
	wRegion:           {"Region", "Region"},
	wPilot:            {"Pilotaż „Liderzy kooperacji”", "Pilot \"Liderzy kooperacji\""},
	wSuccess:          {"IPW zakończone sukcesem (osiągnięcie celów) wśród zamkniętych", "IPWs completed with success (goals achieved) of those closed"},
	wPZKMonths:        {"Średni czas pracy PZK (miesiące)", "Mean working time of a PZK (months)"},
	wPartners:         {"Instytucje partnerskie objęte porozumieniami (suma po gminach)", "Partner institutions under agreements (summed over the municipalities)"},
	wIPWMonths:        {"Średni czas trwania zamkniętego IPW (miesiące)", "Mean duration of a closed IPW (months)"},
	wOnTime:           {"Działania wykonane w terminie", "Actions done on time"},
	wReviewsOnTime:    {"Przeglądy w terminie", "Reviews on time"},
	wMonthsRange:      {"%d–%d", "%d–%d"},
	wOf:               {"z", "of"},
	wByVariant:        {"Według wariantu", "By variant"},
	wByVoivodeship:    {"Według województwa", "By voivodeship"},
	wByPowiat:         {"Według powiatu", "By powiat"},
	wGroup:            {"Grupa", "Group"},
	wIPWs:             {"IPW", "IPWs"},
	wClosed:           {"zamknięte", "closed"},
	wSucceeded:        {"z sukcesem", "with success"},
	wSuccessRate:      {"Odsetek sukcesów", "Success rate"},
	wOnTimeRate:       {"Terminowość działań", "Actions on time"},
	wPZKSize:          {"Wielkość PZK (instytucje)", "PZK size (institutions)"},
	wPZKSectors:       {"sektory", "sectors"},
	wStages:           {"Etapy wdrażania", "Implementation stages"},
	wStage:            {"Etap", "Stage"},
	wAllDone:          {"wszystkie etapy ukończone", "every stage completed"},
	wSectorCoverage:   {"Sektory w PZK", "Sectors in the PZKs"},
	wSectorShare:      {"Odsetek PZK z członkiem z danego sektora (samorząd nie jest liczony).", "The share of PZKs with a member of each sector (local government not counted)."},
	wDurations:        {"Czas trwania zamkniętych IPW", "Durations of the closed IPWs"},
	wDurationNote:     {"Liczba zamkniętych IPW według czasu trwania w miesiącach. Jasna część słupka to zakres wynikający z liczb ukrytych.", "The closed IPWs by their duration in months. The light part of a bar is the range that withheld counts leave open."},
	wMonths:           {"miesiące", "months"},
	wWorkload:         {"Obciążenie i terminowość według rodzaju instytucji", "Workload and timeliness by kind of institution"},
	wKind:             {"Rodzaj", "Kind"},
	wActions:          {"Działania", "Actions"},
	wDone:             {"wykonane", "done"},
	wLate:             {"po terminie", "late"},
	wOpenMonths:       {"miesiące otwartych działań", "open action-months"},
	wCapacity:         {"Wykorzystanie koszyka usług", "Use of the basket of services"},
	wServices:         {"usługi", "services"},
	wPlaceMonths:      {"miejsca × miesiące", "place-months"},
	wUsedMonths:       {"wykorzystanie × miesiące", "used months"},
	wUse:              {"wykorzystanie", "use"},
	wPerMunicipality:  {"Gminy na wykresach", "Municipalities in charts"},
	wOverview:         {"Zestawienie gmin", "Overview of the municipalities"},
	wGmina:            {"Gmina", "Municipality"},
	wVariant:          {"Wariant", "Variant"},
	wAgreements:       {"porozumienia", "agreements"},
	wMeanDays:         {"śr. dni IPW", "mean IPW days"},
	wWithheldNote:     {"Liczby rodzin poniżej progu ujawnienia są w rekordach ukryte („< 3”). Sumy, które się na nich opierają, podano jako zakres (od–do, „≥” gdy górna granica jest nieznana), a odsetki jako przedział; nigdy nie liczy się ich jako zera. Znak * oznacza wynik oparty na ukrytych liczbach (średni czas trwania IPW: liczony bez gmin, których rekord nie podaje średniej).", "Counts of families below the disclosure threshold are withheld in the records (\"< 3\"). Sums resting on them are given as a range (low–high, \"≥\" when the upper bound is unknown) and rates as an interval; they are never counted as zero. A * marks a figure resting on withheld counts (the mean duration of an IPW: computed without the municipalities whose record states no mean)."},
	wWithheld:         {"ukryta", "withheld"},
	wFamily:           {"rodzina (zobowiązania własne)", "the family (own commitments)"},
	wPowiat:           {"powiat", "powiat"},
	wTotal:            {"Razem", "Total"},
	wNoRecords:        {"Brak rekordów.", "No records."},
	wReference:        {"pilotaż: %s", "pilot: %s"},
	wRange:            {"zakres", "range"},
	wNoPZK:            {"brak PZK", "no PZK"},
	wPeople:           {"rodziny/osoby", "families/persons"},
	wExcluded:         {"Rekordy pominięte", "Records left out"},
	wVoivodeshipCount: {"Województwa", "Voivodeships"},
	wIPWHeading:       {"Indywidualne programy współpracy (IPW)", "Individual cooperation programmes (IPWs)"},
	wStatus:           {"Status", "Status"},
	wOpenedInPeriod:   {"rozpoczęte w okresie", "begun in the period"},
	wClosedInPeriod:   {"zakończone w okresie", "closed in the period"},
	wSuspensions:      {"zawieszenia w okresie", "suspensions in the period"},
	wReason:           {"Przyczyna zakończenia", "Closure reason"},
}

func word(id wordID, lang cooperation.Lang) string {
	if lang == cooperation.English {
		return words[id][1]
	}
	return words[id][0]
}
