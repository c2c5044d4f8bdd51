package cooperation

import (
	"strings"
	"testing"
)

func TestSuggestVariant(t *testing.T) {
	pop := func(n int) *int { return &n }
	tests := []struct {
		name       string
		teryt      string
		population *int
		lang       Lang
		want       Variant
		message    string
	}{
		{"rural gmina", "2604092", nil, Polish, VariantRural, ""},
		{"urban-rural gmina", "2604013", nil, Polish, VariantUrbanRural, ""},
		{"town over 20 000", "1008011", pop(45000), Polish, VariantUrban, ""},
		{"small town", "1008011", pop(9000), English, VariantUrbanRural, ""},
		{"town without population", "1008011", nil, Polish, "", "podaj liczbę mieszkańców"},
		{"town without population in English", "1008011", nil, English, "", "give its population"},
		{"not a TERYT code", "26040", nil, Polish, "", "TERYT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SuggestVariant(tt.teryt, tt.population, tt.lang)
			if got.Variant != tt.want || !strings.Contains(got.Message, tt.message) || (tt.message == "") != (got.Message == "") {
				t.Errorf("SuggestVariant(%q) = %+v, want %q and a message holding %q", tt.teryt, got, tt.want, tt.message)
			}
		})
	}
}
