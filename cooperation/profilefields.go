package cooperation

import "strings"

// ProfileSetting is one number or switch of a profile, described for a
// person who edits it: its place in a profile document, its label and what
// it means, the variant's default and the value in force.
type ProfileSetting struct {
	// Key is the setting's place in a profile document: "team.minInstitutions",
	// or a top-level one's name: "disclosureThreshold".
	Key string `json:"key"`
	// Kind says what the value is: "count", "days", "months" (whole
	// numbers, at least Min), "switch" (true or false) or "teamKind".
	Kind string `json:"kind"`
	// Min and Max bound a whole number as the profile schema does.
	Min int `json:"min,omitempty"`
	Max int `json:"max,omitempty"`
	// Label names the setting as the form does (FieldLabel).
	Label string `json:"label"`
	// Help says what the value changes, which rules read it and how.
	Help string `json:"help"`
	// Default is the variant's built-in value; Value the one in force with
	// the profiles applied.
	Default any `json:"default"`
	Value   any `json:"value"`
}

type profileSetting struct {
	key, kind string
	min, max  int
	pl, en    string
	get       func(Settings) any
}

var profileSettings = []profileSetting{
	{"team.minInstitutions", "count", 0, 1000,
		"Ile instytucji musi co najmniej należeć do PZK. Mniejszy zespół jest zgłaszany jako zbyt mały.",
		"How many institutions the PZK must have at least; a smaller team is reported as too small.",
		func(s Settings) any { return s.Team.MinInstitutions }},
	{"team.minSectors", "count", 0, 100,
		"Z ilu różnych sektorów (pomoc społeczna, rynek pracy, oświata…) muszą pochodzić instytucje PZK, nie licząc samorządu.",
		"How many different sectors (social assistance, labour, education…) the PZK's institutions must come from, local government not counted.",
		func(s Settings) any { return s.Team.MinSectors }},
	{"team.requirePowiat", "switch", 0, 0,
		"Czy w PZK musi być instytucja powiatowa, na przykład PCPR albo PUP.",
		"Whether the PZK must have a powiat institution, such as the PCPR or the PUP.",
		func(s Settings) any { return s.Team.RequirePowiat }},
	{"team.requireAnimators", "switch", 0, 0,
		"Czy PZK musi mieć animatora gminnego i animatora powiatowego, jak w modelu wiejskim.",
		"Whether the PZK must have a gmina animator and a powiat animator, as in the rural model.",
		func(s Settings) any { return s.Team.RequireAnimators }},
	{"team.meetingMaxGapDays", "days", 1, 36500,
		"Najdłuższa dopuszczalna przerwa między spotkaniami PZK, w dniach. Dłuższa przerwa jest zgłaszana z prośbą o zwołanie spotkania.",
		"The longest allowed gap between PZK meetings, in days; a longer gap is reported with a call to convene the team.",
		func(s Settings) any { return s.Team.MeetingMaxGapDays }},
	{"team.caseTeamKind", "teamKind", 0, 0,
		"Który zespół prowadzi IPW rodziny: sam PZK, gminna grupa kooperacyjna (GGK) albo zadaniowy zespół kooperacyjny (ZZK).",
		"Which team runs a family's IPW: the PZK itself, a gmina cooperation group (GGK) or a task team (ZZK).",
		func(s Settings) any { return s.Team.CaseTeamKind }},
	{"team.requireDeclarations", "switch", 0, 0,
		"Czy każdy partner PZK musi złożyć deklarację przystąpienia, jak w modelu miejskim.",
		"Whether every PZK partner must sign a declaration of accession, as in the urban model.",
		func(s Settings) any { return s.Team.RequireDeclarations }},
	{"ipw.typicalMaxMonths", "months", 1, 1200,
		"Typowy czas trwania IPW w miesiącach, z przedłużeniami. Dłuższy program dostaje ostrzeżenie.",
		"The typical length of an IPW in months, extensions included; a longer programme gets a warning.",
		func(s Settings) any { return s.IPW.TypicalMaxMonths }},
	{"ipw.maxMonths", "months", 1, 1200,
		"Najdłuższy dopuszczalny czas trwania IPW w miesiącach, z przedłużeniami. Dłuższy program jest błędem.",
		"The longest allowed length of an IPW in months, extensions included; a longer programme is an error.",
		func(s Settings) any { return s.IPW.MaxMonths }},
	{"ipw.reviewMaxGapDays", "days", 1, 36500,
		"IPW przegląda się nie rzadziej niż co tyle dni. Dłuższa przerwa między przeglądami jest zgłaszana.",
		"An IPW is reviewed at least this often, in days; a longer gap between reviews is reported.",
		func(s Settings) any { return s.IPW.ReviewMaxGapDays }},
	{"ipw.minInstitutions", "count", 0, 1000,
		"Ile różnych instytucji musi odpowiadać za działania jednego IPW: kooperacja to praca kilku instytucji.",
		"How many different institutions must own the actions of one IPW: cooperation is the work of several.",
		func(s Settings) any { return s.IPW.MinInstitutions }},
	{"agreement.defaultNoticePeriodDays", "days", 0, 36500,
		"Okres wypowiedzenia porozumienia w dniach, gdy porozumienie nie podaje własnego. Od niego zależy, kiedy odejście partnera nabiera skutku.",
		"An agreement's notice period in days when the agreement gives none of its own; it decides when a partner's leaving takes effect.",
		func(s Settings) any { return s.Agreement.DefaultNoticePeriodDays }},
	{"agreement.expiryWarningDays", "days", 0, 36500,
		"Na ile dni przed wygaśnięciem porozumienia pojawia się ostrzeżenie.",
		"How many days before an agreement expires a warning appears.",
		func(s Settings) any { return s.Agreement.ExpiryWarningDays }},
	{"disclosureThreshold", "count", 1, 1000,
		"Najmniejsza liczba, którą rekord monitoringu wysyłany do regionu podaje dokładnie, gdy liczy sprawy rodzin (IPW, ich działania, przeglądy, zawieszenia, korzystanie z usług). Mniejsza liczba, także zero, jest podawana jako „mniej niż” ten próg, aby nie dało się rozpoznać rodziny w małej gminie.",
		"The smallest number the monitoring record sent to the region states exactly when it counts the families' matters (IPWs, their actions, reviews, suspensions, use of services). A smaller number, zero included, is given as \"fewer than\" the threshold, so that a family in a small gmina cannot be recognised.",
		func(s Settings) any { return s.DisclosureThreshold }},
}

// ProfileSettings describes every setting of a profile for a person editing
// it, in lang: the variant's default beside the value in force under
// current (DefaultSettings(variant) with the profiles applied). The
// severities of the rules are not listed here; the catalogue (RulesIn)
// gives each rule's default severity and current.SeverityOf the one in
// force.
func ProfileSettings(current Settings, lang Lang) []ProfileSetting {
	def := DefaultSettings(current.Variant)
	out := make([]ProfileSetting, len(profileSettings))
	for i, p := range profileSettings {
		help := p.pl
		if lang == English {
			help = p.en
		}
		at := Path("/profile")
		for _, part := range strings.Split(p.key, ".") {
			at = at.Key(part)
		}
		out[i] = ProfileSetting{
			Key: p.key, Kind: p.kind, Min: p.min, Max: p.max, Help: help,
			Label:   FieldLabel(at, lang),
			Default: p.get(def), Value: p.get(current),
		}
	}
	return out
}
