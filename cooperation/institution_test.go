package cooperation

import (
	"errors"
	"testing"
)

func TestIdentifierReasonsHavePolish(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"teryt letters", CheckTERYT("26O4022", LevelGmina), "zawiera znaki inne niż cyfry"},
		{"teryt length", CheckTERYT("260402", LevelGmina), "ma złą liczbę cyfr (dla tego szczebla: 7)"},
		{"teryt voivodeship", CheckTERYT("2704", LevelPowiat), "nie ma województwa o kodzie 27"},
		{"teryt powiat 00", CheckTERYT("2600", LevelPowiat), "nie ma powiatu o kodzie 00"},
		{"teryt gmina 00", CheckTERYT("2604002", LevelGmina), "nie ma gminy o kodzie 00"},
		{"teryt sub-unit", CheckTERYT("2604025", LevelGmina), "ostatnia cyfra 5 oznacza część gminy, a nie gminę"},
		{"teryt type 7", CheckTERYT("2604027", LevelGmina), "nie ma gminy o typie 7"},
		{"teryt national", CheckTERYT("26", LevelNational), "instytucja krajowa nie ma kodu TERYT"},
		{"regon length", CheckREGON("2910000"), "ma złą liczbę cyfr"},
		{"regon checksum", CheckREGON("291000018"), "błędna cyfra kontrolna"},
		{"regon 14 prefix", CheckREGON("29100001812340"), "błędna cyfra kontrolna w pierwszych 9 cyfrach"},
		{"nip remainder 10", CheckNIP("1000000160"), "taki numer nie istnieje (błędna cyfra kontrolna)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e *IDError
			if !errors.As(tt.err, &e) {
				t.Fatalf("validator returned %v, want an *IDError", tt.err)
			}
			pl, en := reasonText(e.Reason)
			if pl != tt.want {
				t.Errorf("reasonText(%q) = %q, want %q", e.Reason, pl, tt.want)
			}
			if en == "" || en == e.Reason {
				t.Errorf("reasonText(%q) has no English words for people: %q", e.Reason, en)
			}
		})
	}
}
