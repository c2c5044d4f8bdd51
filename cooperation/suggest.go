package cooperation

// VariantSuggestion is what a gmina's TERYT code and population say about
// the variant of the model that fits it, for a person starting a new
// bundle.
type VariantSuggestion struct {
	// Variant is the variant that fits (DeriveVariant), or "" when the code
	// and population cannot tell.
	Variant Variant `json:"variant,omitempty"`
	// Message says why there is no variant, in the language asked for: the
	// TERYT code's fault (the message of id.teryt_invalid), or that an urban
	// gmina's population is needed. Empty when Variant is set.
	Message string `json:"message,omitempty"`
}

// SuggestVariant returns the variant DeriveVariant finds for teryt and
// population, or, when it finds none, what the person should do about it,
// in lang.
func SuggestVariant(teryt string, population *int, lang Lang) VariantSuggestion {
	if err := CheckTERYT(teryt, LevelGmina); err != nil {
		var f Findings
		f.Add(CodeTERYTInvalid, "/municipality/teryt", idParams(teryt, err)...)
		return VariantSuggestion{Message: f.Finish(DefaultSettings(""), lang)[0].Message}
	}
	if v, ok := DeriveVariant(teryt, population); ok {
		return VariantSuggestion{Variant: v}
	}
	if lang == English {
		return VariantSuggestion{Message: "This is an urban gmina: give its population. Over 20,000 inhabitants it takes the urban variant, otherwise the urban-rural one."}
	}
	return VariantSuggestion{Message: "To gmina miejska: podaj liczbę mieszkańców. Powyżej 20" + nbsp + "000 mieszkańców obowiązuje wariant miejski, przy mniejszej liczbie – miejsko-wiejski."}
}
