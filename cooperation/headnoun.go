package cooperation

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A message names an agreement by its title in quotes after a head noun
// that says what kind of document it is (porozumienie, umowa pilotażowa,
// deklaracja przystąpienia), in the case the sentence needs: the
// placeholder {agreement:Nom} writes "Porozumienie o współpracy „…”" at the
// start of a sentence, {agreement:nom} the same in lower case,
// {agreement:gen} "porozumienia o współpracy „…”" (do porozumienia, aneks
// do…) and {agreement:ins} "porozumieniem o współpracy „…”" (pod
// porozumieniem). The kind is the parameter named after the title's with
// "Kind" added ("agreementKind"); without it, or with a kind the catalogue
// does not know, the head noun is the plain "porozumienie".
//
// A title that begins with the head noun's first word ("Porozumienie o
// współpracy na rzecz…", "Deklaracja przystąpienia do PZK") is not preceded
// by the whole noun again: in the nominative the quoted title stands alone,
// and in the other cases only the first word precedes it ("pod deklaracją
// „Deklaracja przystąpienia…”").

// headNoun is a head noun in the nominative, genitive and instrumental in
// Polish, and in English (the same in every position).
type headNoun struct{ nom, gen, ins, en string }

var agreementNouns = map[AgreementKind]headNoun{
	AgreementLocal: {"porozumienie o współpracy", "porozumienia o współpracy", "porozumieniem o współpracy",
		"cooperation agreement"},
	AgreementPilot: {"umowa pilotażowa", "umowy pilotażowej", "umową pilotażową", "pilot contract"},
	AgreementDeclaration: {"deklaracja przystąpienia", "deklaracji przystąpienia", "deklaracją przystąpienia",
		"declaration of accession"},
	AgreementVoivodeshipTeam: {"porozumienie wojewódzkiego zespołu kooperacji",
		"porozumienia wojewódzkiego zespołu kooperacji", "porozumieniem wojewódzkiego zespołu kooperacji",
		"voivodeship team agreement"},
}

var plainAgreementNoun = headNoun{"porozumienie", "porozumienia", "porozumieniem", "agreement"}

// isCaseForm reports whether form is one of the cases a head noun is
// written in.
func isCaseForm(form string) bool {
	switch form {
	case "Nom", "nom", "gen", "ins":
		return true
	}
	return false
}

// headed writes title after the head noun of kind in the case form, in
// quotes of lang.
func headed(title, kind, form string, lang Lang) string {
	n, ok := agreementNouns[AgreementKind(kind)]
	if !ok {
		n = plainAgreementNoun
	}
	quoted := "„" + title + "”"
	word := n.en
	if lang == Polish {
		switch form {
		case "gen":
			word = n.gen
		case "ins":
			word = n.ins
		default:
			word = n.nom
		}
	} else {
		quoted = `"` + title + `"`
	}
	nominative := n.en
	if lang == Polish {
		nominative = n.nom
	}
	if first, _, _ := strings.Cut(nominative, " "); strings.EqualFold(firstWord(title), first) {
		if lang != Polish || form == "Nom" || form == "nom" {
			return quoted
		}
		word, _, _ = strings.Cut(word, " ")
	}
	if form == "Nom" {
		word = upperFirst(word)
	}
	return word + " " + quoted
}

func firstWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
