package cooperation

import "testing"

func TestHeadedAgreementNames(t *testing.T) {
	tests := []struct {
		name, title, kind, form string
		lang                    Lang
		want                    string
	}{
		{"local nominative at the start", "Umowa partnerska Masłów", "local_cooperation", "Nom", Polish, "Porozumienie o współpracy „Umowa partnerska Masłów”"},
		{"local genitive", "Partnerstwo Masłów", "local_cooperation", "gen", Polish, "porozumienia o współpracy „Partnerstwo Masłów”"},
		{"title repeating the noun stands alone in the nominative", "Porozumienie o współpracy w gminie Masłów", "local_cooperation", "Nom", Polish, "„Porozumienie o współpracy w gminie Masłów”"},
		{"title repeating the noun keeps the first word in other cases", "porozumienie o współpracy w gminie Masłów", "local_cooperation", "ins", Polish, "porozumieniem „porozumienie o współpracy w gminie Masłów”"},
		{"declaration instrumental", "MOPS – PZK Kielce", "accession_declaration", "ins", Polish, "deklaracją przystąpienia „MOPS – PZK Kielce”"},
		{"declaration titled as one", "Deklaracja przystąpienia do PZK", "accession_declaration", "ins", Polish, "deklaracją „Deklaracja przystąpienia do PZK”"},
		{"pilot nominative", "Kooperacja 2019", "pilot", "Nom", Polish, "Umowa pilotażowa „Kooperacja 2019”"},
		{"wzk genitive", "WZK Lublin", "voivodeship_team", "gen", Polish, "porozumienia wojewódzkiego zespołu kooperacji „WZK Lublin”"},
		{"unknown kind gets the plain noun", "Umowa X", "", "gen", Polish, "porozumienia „Umowa X”"},
		{"English nominative", "Umowa X", "accession_declaration", "Nom", English, `Declaration of accession "Umowa X"`},
		{"English mid-sentence", "Umowa X", "pilot", "nom", English, `pilot contract "Umowa X"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headed(tt.title, tt.kind, tt.form, tt.lang); got != tt.want {
				t.Errorf("headed(%q, %q, %q) = %q, want %q", tt.title, tt.kind, tt.form, got, tt.want)
			}
		})
	}
}

func TestMessageNamesAgreementByKind(t *testing.T) {
	params := map[string]string{"agreement": "Deklaracja przystąpienia MOPS", "agreementKind": "accession_declaration"}
	got := Message(CodeAgreementScopeMissing, Polish, params)
	want := "„Deklaracja przystąpienia MOPS” nie ma wypełnionego pola „Zakres współpracy”. Opisz, w czym strony współpracują."
	if got != want {
		t.Errorf("Message() = %q, want %q", got, want)
	}
}
