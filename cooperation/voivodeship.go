package cooperation

// voivodeshipNames are the 16 voivodeships (województwa) by their TERYT
// code, named as the TERYT register names them: in Polish, in lower case, an
// adjective to "województwo". The names are proper names and are not
// translated: an English text writes "Lubelskie Voivodeship" with the
// Polish name too.
var voivodeshipNames = [...]struct{ code, name string }{
	{"02", "dolnośląskie"},
	{"04", "kujawsko-pomorskie"},
	{"06", "lubelskie"},
	{"08", "lubuskie"},
	{"10", "łódzkie"},
	{"12", "małopolskie"},
	{"14", "mazowieckie"},
	{"16", "opolskie"},
	{"18", "podkarpackie"},
	{"20", "podlaskie"},
	{"22", "pomorskie"},
	{"24", "śląskie"},
	{"26", "świętokrzyskie"},
	{"28", "warmińsko-mazurskie"},
	{"30", "wielkopolskie"},
	{"32", "zachodniopomorskie"},
}

// VoivodeshipCodes returns the TERYT codes of the 16 voivodeships in their
// order: 02, 04, …, 32.
func VoivodeshipCodes() []string {
	out := make([]string, len(voivodeshipNames))
	for i, v := range voivodeshipNames {
		out[i] = v.code
	}
	return out
}

// VoivodeshipName returns the name of the voivodeship of a TERYT code of any
// level (its first two digits, VoivodeshipCode): "świętokrzyskie" for 26 or
// 2604062. It reports false when the code names no voivodeship.
func VoivodeshipName(code string) (string, bool) {
	ww := VoivodeshipCode(code)
	for _, v := range voivodeshipNames {
		if v.code == ww {
			return v.name, true
		}
	}
	return "", false
}
