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
		{"teryt length", CheckTERYT("260402", LevelGmina), "zła długość dla szczebla (oczekiwana liczba cyfr: 7)"},
		{"teryt voivodeship", CheckTERYT("2704", LevelPowiat), "nie ma województwa o kodzie 27"},
		{"teryt powiat 00", CheckTERYT("2600", LevelPowiat), "nie ma powiatu o kodzie 00"},
		{"teryt gmina 00", CheckTERYT("2604002", LevelGmina), "nie ma gminy o kodzie 00"},
		{"teryt sub-unit", CheckTERYT("2604025", LevelGmina), "ostatnia cyfra 5 oznacza część gminy, a nie gminę"},
		{"teryt type 7", CheckTERYT("2604027", LevelGmina), "nie ma gminy o typie 7"},
		{"teryt national", CheckTERYT("26", LevelNational), "instytucja krajowa nie ma kodu TERYT"},
		{"regon length", CheckREGON("2910000"), "zła długość"},
		{"regon checksum", CheckREGON("291000018"), "niezgodna suma kontrolna"},
		{"regon 14 prefix", CheckREGON("29100001812340"), "niezgodna suma kontrolna w pierwszych 9 cyfrach"},
		{"nip remainder 10", CheckNIP("1000000160"), "suma kontrolna daje resztę 10, a takich numerów się nie nadaje"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e *IDError
			if !errors.As(tt.err, &e) {
				t.Fatalf("validator returned %v, want an *IDError", tt.err)
			}
			if got := reasonPL(e.Reason); got != tt.want {
				t.Errorf("reasonPL(%q) = %q, want %q", e.Reason, got, tt.want)
			}
		})
	}
}
