package cooperation

// fieldTerms name the properties of the documents (bundle, scenario,
// profile) as the planner's form calls them. A key is a property's JSON
// name ("scope"), or the name of the property that holds its object, a dot
// and its name ("consent.scope") where the same name means something else
// there; array indexes do not count ("/ipws/0/reviews/2/date" is
// "reviews.date"). FieldLabel picks the longer key first.
var fieldTerms = newTermSet(
	// The bundle.
	term{"schemaVersion", "Wersja schematu", "Schema version"},
	term{"variant", "Wariant modelu", "Model variant"},
	term{"municipality", "Gmina", "Municipality"},
	term{"asOf", "Stan na dzień", "As of"},
	term{"profile", "Ustawienia gminy (profil)", "Settings (profile)"},
	term{"institutions", "Instytucje", "Institutions"},
	term{"services", "Koszyk usług", "Basket of services"},
	term{"teams", "Zespoły", "Teams"},
	term{"agreements", "Porozumienia", "Agreements"},
	term{"ipws", "Indywidualne programy współpracy (IPW)", "Individual cooperation programmes (IPW)"},
	term{"stages", "Etapy wdrażania", "Implementation stages"},
	term{"extensions", "Rozszerzenia", "Extensions"},

	term{"municipality.teryt", "Kod TERYT gminy", "Municipality's TERYT code"},
	term{"municipality.name", "Nazwa gminy", "Municipality's name"},
	term{"population", "Liczba mieszkańców", "Population"},

	// Institutions and services.
	term{"id", "Identyfikator", "Identifier"},
	term{"name", "Nazwa", "Name"},
	term{"kind", "Rodzaj", "Kind"},
	term{"institutions.kind", "Rodzaj instytucji", "Kind of institution"},
	term{"level", "Szczebel", "Level"},
	term{"sector", "Sektor", "Sector"},
	term{"teryt", "Kod TERYT", "TERYT code"},
	term{"regon", "REGON", "REGON"},
	term{"nip", "NIP", "NIP"},
	term{"provider", "Realizator usługi", "Service provider"},
	term{"monthlyCapacity", "Liczba miejsc w miesiącu", "Places per month"},

	// Teams.
	term{"teams.kind", "Rodzaj zespołu", "Kind of team"},
	term{"formed", "Data powołania", "Formed on"},
	term{"parentTeam", "Zespół nadrzędny (PZK)", "Parent team (PZK)"},
	term{"members", "Członkowie zespołu", "Team members"},
	term{"institution", "Instytucja", "Institution"},
	term{"representative", "Przedstawiciel (imię i nazwisko)", "Representative (full name)"},
	term{"roles", "Role w zespole", "Roles in the team"},
	term{"joined", "Data przystąpienia", "Joined on"},
	term{"left", "Data wystąpienia", "Left on"},
	term{"meetings", "Spotkania", "Meetings"},
	term{"date", "Data", "Date"},
	term{"meetings.date", "Data spotkania", "Date of the meeting"},
	term{"attendees", "Obecne instytucje", "Institutions present"},
	term{"notes", "Notatki", "Notes"},

	// Agreements.
	term{"agreements.kind", "Rodzaj porozumienia", "Kind of agreement"},
	term{"title", "Tytuł", "Title"},
	term{"scope", "Zakres współpracy", "Scope of cooperation"},
	term{"parties", "Strony", "Parties"},
	term{"party", "Strona", "Party"},
	term{"signatures", "Podpisy", "Signatures"},
	term{"signatures.date", "Data podpisu", "Date of signature"},
	term{"signatory", "Podpisujący (imię i nazwisko)", "Signatory (full name)"},
	term{"function", "Funkcja podpisującego", "Signatory's function"},
	term{"effectiveFrom", "Obowiązuje od", "In force from"},
	term{"validUntil", "Obowiązuje do", "In force until"},
	term{"noticePeriodDays", "Okres wypowiedzenia (dni)", "Notice period (days)"},
	term{"agreements.team", "Zespół, do którego przystępuje instytucja", "Team the institution joins"},
	term{"annexes", "Aneksy", "Annexes"},
	term{"annexes.date", "Data aneksu", "Date of the annex"},
	term{"addParties", "Dodaje strony", "Adds parties"},
	term{"removeParties", "Usuwa strony", "Removes parties"},
	term{"withdrawals", "Wypowiedzenia", "Withdrawals"},
	term{"noticeDate", "Data złożenia wypowiedzenia", "Notice given on"},
	term{"effectiveDate", "Data skutku wypowiedzenia", "Withdrawal effective on"},

	// Stages.
	term{"stage", "Etap", "Stage"},
	term{"started", "Data rozpoczęcia", "Started on"},
	term{"completed", "Data ukończenia", "Completed on"},
	term{"evidence", "Dokumenty potwierdzające", "Supporting documents"},

	// The IPW.
	term{"ipws.team", "Zespół prowadzący", "Team in charge"},
	term{"caseWorker", "Pracownik socjalny", "Case worker"},
	term{"caseWorker.institution", "Instytucja pracownika socjalnego", "Case worker's institution"},
	term{"caseWorker.name", "Imię i nazwisko pracownika socjalnego", "Case worker's full name"},
	term{"beneficiary", "Rodzina", "Family"},
	term{"beneficiary.kind", "Osoba czy rodzina", "Person or family"},
	term{"pseudonym", "Pseudonim", "Pseudonym"},
	term{"beneficiary.members", "Członkowie rodziny", "Household members"},
	term{"role", "Rola w rodzinie", "Role in the family"},
	term{"birthYear", "Rok urodzenia", "Year of birth"},
	term{"pesel", "PESEL", "PESEL"},
	term{"qualification", "Kwalifikacja", "Qualification"},
	term{"qualification.date", "Data kwalifikacji", "Date of qualification"},
	term{"referredBy", "Instytucja kierująca", "Referring institution"},
	term{"reasons", "Przesłanki", "Reasons"},
	term{"consent", "Zgoda na przekazywanie danych", "Consent to share data"},
	term{"consent.date", "Data zgody", "Date of consent"},
	term{"givenBy", "Zgody udzielili", "Given by"},
	term{"consent.scope", "Instytucje, którym wolno przekazać dane", "Institutions that may receive the data"},
	term{"withdrawn", "Data wycofania zgody", "Consent withdrawn on"},
	term{"diagnosis", "Diagnoza", "Diagnosis"},
	term{"diagnosis.date", "Data diagnozy", "Date of the diagnosis"},
	term{"methods", "Metody diagnozy", "Diagnostic methods"},
	term{"areas", "Obszary", "Areas"},
	term{"diagnosis.areas", "Obszary diagnozy", "Areas of the diagnosis"},
	term{"area", "Obszar", "Area"},
	term{"problem", "Obszar problemowy", "Problem area"},
	term{"causes", "Przyczyny", "Causes"},
	term{"strengths", "Mocne strony", "Strengths"},
	term{"weaknesses", "Słabe strony", "Weaknesses"},
	term{"resources", "Zasoby", "Resources"},
	term{"deficits", "Deficyty", "Deficits"},
	term{"expectations", "Oczekiwania", "Expectations"},
	term{"needs", "Potrzeby", "Needs"},
	term{"ipws.period", "Okres realizacji", "Period"},
	term{"start", "Początek", "Start"},
	term{"end", "Koniec", "End"},
	term{"period.start", "Początek programu", "Start of the programme"},
	term{"period.end", "Koniec programu", "End of the programme"},
	term{"goals", "Cele", "Goals"},
	term{"goals.title", "Treść celu", "Wording of the goal"},
	term{"goals.areas", "Obszary, których dotyczy cel", "Areas the goal addresses"},
	term{"measure", "Miernik", "Measure"},
	term{"target", "Wartość docelowa", "Target"},
	term{"targetDate", "Termin osiągnięcia celu", "Target date"},
	term{"outcome", "Stopień realizacji celu", "Outcome"},
	term{"deferredAreas", "Obszary odroczone", "Deferred areas"},
	term{"deferredAreas.reason", "Uzasadnienie odroczenia", "Why it is deferred"},
	term{"actions", "Działania", "Actions"},
	term{"actions.title", "Nazwa działania", "Name of the action"},
	term{"goal", "Cel", "Goal"},
	term{"responsible", "Kto odpowiada", "Responsible"},
	term{"responsible.institution", "Instytucja odpowiedzialna", "Responsible institution"},
	term{"member", "Członek rodziny", "Household member"},
	term{"service", "Usługa z koszyka", "Basket service"},
	term{"actions.start", "Początek działania", "Start of the action"},
	term{"due", "Termin", "Due"},
	term{"status", "Status", "Status"},
	term{"ipws.status", "Zapisany status IPW", "Stored status of the IPW"},
	term{"actions.status", "Status działania", "Status of the action"},
	term{"actions.completed", "Data zakończenia działania", "Action completed on"},
	term{"reviews", "Przeglądy (monitoring)", "Reviews (monitoring)"},
	term{"reviews.date", "Data przeglądu", "Date of the review"},
	term{"participants", "Uczestnicy przeglądu", "Participants"},
	term{"decision", "Decyzja", "Decision"},
	term{"newEnd", "Nowa data zakończenia", "New end"},
	term{"suspensions", "Zawieszenia", "Suspensions"},
	term{"from", "Od dnia", "From"},
	term{"to", "Do dnia", "To"},
	term{"reason", "Przyczyna", "Reason"},
	term{"suspensions.reason", "Przyczyna zawieszenia", "Reason for the suspension"},
	term{"signer", "Podpisujący", "Signer"},
	term{"signer.member", "Podpisujący członek rodziny", "Signing household member"},
	term{"signer.institution", "Instytucja podpisująca", "Signing institution"},
	term{"signer.name", "Imię i nazwisko podpisującego", "Full name of the signer"},
	term{"closure", "Zakończenie", "Closure"},
	term{"closure.date", "Data zakończenia IPW", "Date of closure"},
	term{"closure.reason", "Przyczyna zakończenia", "Reason for closure"},
	term{"goalOutcomes", "Realizacja celów", "Goal outcomes"},
	term{"summary", "Ocena końcowa", "Closing evaluation"},

	// The scenario.
	term{"horizon", "Horyzont symulacji", "Horizon"},
	term{"assume", "Założenie symulacji", "Assumption"},
	term{"events", "Zdarzenia", "Events"},
	term{"events.date", "Data zdarzenia", "Date of the event"},
	term{"type", "Rodzaj zdarzenia", "Event type"},
	term{"ipw", "IPW", "IPW"},
	term{"action", "Działanie", "Action"},
	term{"agreement", "Porozumienie", "Agreement"},
	term{"document", "Nowy IPW", "New IPW"},

	// The monitoring record (package ipw/monitor).
	term{"pzk", "Partnerski zespół (PZK)", "Partnership team (PZK)"},
	term{"period", "Okres sprawozdawczy", "Reporting period"},
	term{"capacity", "Koszyk usług według rodzaju usługodawcy", "Basket of services by the kind of provider"},
	term{"stages.current", "Etap bieżący", "Current stage"},
	term{"stages.recorded", "Zapisane etapy", "Recorded stages"},
	term{"pzk.sectors", "Sektory instytucji PZK", "Sectors of the PZK's institutions"},
	term{"pzk.workingMonths", "Czas pracy PZK (pełne miesiące)", "Working time of the PZK (whole months)"},
	term{"agreements.inForce", "Porozumienia w mocy", "Agreements in force"},
	term{"capacity.placeMonths", "Miejsca w okresie (miejsca × miesiące)", "Places in the period (places × months)"},
	term{"capacity.usedMonths", "Wykorzystanie usług (działania × miesiące)", "Use of the services (actions × months)"},
	term{"actions.total", "Działania ogółem", "Actions in total"},
	term{"actions.done", "Działania wykonane", "Actions done"},
	term{"actions.onTime", "Działania wykonane w terminie", "Actions done on time"},
	term{"actions.late", "Działania wykonane po terminie", "Actions done late"},
	term{"actions.openMonths", "Miesiące działań w toku", "Months of actions open"},
	term{"ipw.total", "IPW ogółem", "IPWs in total"},
	term{"ipw.byStatus", "IPW według statusu", "IPWs by status"},
	term{"ipw.byOutcome", "IPW zakończone według przyczyny", "Closed IPWs by reason"},
	term{"ipw.opened", "IPW rozpoczęte w okresie", "IPWs started in the period"},
	term{"ipw.closed", "IPW zakończone w okresie", "IPWs closed in the period"},
	term{"ipw.durations", "Czas trwania IPW", "Duration of IPWs"},
	term{"byStatus.draft", "Projekty", "Drafts"},
	term{"byStatus.agreed", "Uzgodnione", "Agreed"},
	term{"byStatus.inProgress", "W realizacji", "In progress"},
	term{"byStatus.suspended", "Zawieszone", "Suspended"},
	term{"byStatus.closed", "Zakończone", "Closed"},
	term{"byOutcome.count", "Liczba IPW zakończonych z tej przyczyny", "IPWs closed for this reason"},
	term{"durations.closed", "Zakończone IPW", "Closed IPWs"},
	term{"durations.open", "Trwające IPW", "Open IPWs"},
	term{"durations.histogram", "Rozkład czasu trwania zakończonych IPW", "Distribution of the closed IPWs' durations"},
	term{"closed.count", "Liczba zmierzonych zakończonych IPW", "Closed IPWs measured"},
	term{"closed.meanDays", "Średni czas trwania (dni)", "Mean duration (days)"},
	term{"closed.medianDays", "Mediana czasu trwania (dni)", "Median duration (days)"},
	term{"open.count", "Liczba zmierzonych trwających IPW", "Open IPWs measured"},
	term{"open.meanDays", "Średni dotychczasowy czas trwania (dni)", "Mean duration so far (days)"},
	term{"open.medianDays", "Mediana dotychczasowego czasu trwania (dni)", "Median duration so far (days)"},
	term{"histogram.count", "Liczba IPW w przedziale", "IPWs in the bin"},
	term{"histogram.fromMonths", "Od (miesięcy)", "From (months)"},
	term{"histogram.toMonths", "Do (miesięcy, bez tej liczby)", "Up to (months, exclusive)"},
	term{"reviews.total", "Przeglądy przeprowadzone", "Reviews held"},
	term{"reviews.onTime", "Przeglądy w terminie", "Reviews on time"},
	term{"fewerThan", "Mniej niż (liczba utajniona)", "Fewer than (the count withheld)"},
	term{"withheld", "Liczba utajniona (chroni inną liczbę)", "Count withheld (protects another count)"},

	// The profile.
	term{"team", "Zespół", "Team"},
	term{"profile.team", "Ustawienia zespołów", "Team settings"},
	term{"profile.ipw", "Ustawienia IPW", "IPW settings"},
	term{"profile.agreement", "Ustawienia porozumień", "Agreement settings"},
	term{"severity", "Waga reguł", "Rule severities"},
	term{"minInstitutions", "Najmniejsza liczba instytucji w PZK", "Minimum number of institutions in the PZK"},
	term{"minSectors", "Najmniejsza liczba sektorów w PZK", "Minimum number of sectors in the PZK"},
	term{"requirePowiat", "Wymagana instytucja powiatowa w PZK", "A powiat institution required in the PZK"},
	term{"requireAnimators", "Wymagani animatorzy: gminny i powiatowy", "Gmina and powiat animators required"},
	term{"meetingMaxGapDays", "Najdłuższa przerwa między spotkaniami PZK (dni)", "Longest gap between PZK meetings (days)"},
	term{"caseTeamKind", "Rodzaj zespołu prowadzącego IPW", "Kind of team in charge of IPWs"},
	term{"requireDeclarations", "Wymagane deklaracje przystąpienia", "Declarations of accession required"},
	term{"typicalMaxMonths", "Typowy czas trwania IPW (miesiące)", "Typical duration of an IPW (months)"},
	term{"maxMonths", "Najdłuższy dopuszczalny czas trwania IPW (miesiące)", "Longest allowed duration of an IPW (months)"},
	term{"reviewMaxGapDays", "Najdłuższa przerwa między przeglądami IPW (dni)", "Longest gap between IPW reviews (days)"},
	term{"ipw.minInstitutions", "Najmniejsza liczba instytucji odpowiedzialnych za działania IPW", "Minimum number of institutions owning IPW actions"},
	term{"defaultNoticePeriodDays", "Domyślny okres wypowiedzenia (dni)", "Default notice period (days)"},
	term{"disclosureThreshold", "Próg ujawniania liczebności w rekordzie monitoringu", "Disclosure threshold of the monitoring record"},
	term{"expiryWarningDays", "Ostrzeżenie przed wygaśnięciem porozumienia (dni wcześniej)", "Warn of an agreement's expiry (days before)"},
)

// FieldLabel returns the label of the property p points at, as the
// planner's form calls it ("Zakres współpracy" for /agreements/0/scope,
// "Data przeglądu" for /ipws/0/reviews/1/date); "" when p ends at an array
// element or at a property the documents do not define.
func FieldLabel(p Path, lang Lang) string {
	prop, parent := "", ""
	for _, s := range p.Segments() {
		if isIndex(s) {
			continue
		}
		prop, parent = s, prop
	}
	if prop == "" || isIndex(lastSegment(p)) {
		return ""
	}
	if parent != "" {
		if _, ok := fieldTerms.index[parent+"."+prop]; ok {
			return fieldTerms.label(parent+"."+prop, lang)
		}
	}
	if _, ok := fieldTerms.index[prop]; ok {
		return fieldTerms.label(prop, lang)
	}
	return ""
}

func lastSegment(p Path) string {
	s := p.Segments()
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

func isIndex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
