package cooperation

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// The REGON, NIP and PESEL numbers in these tests are fictional: they were
// built for the tests, and every PESEL has a birth date before 1900 or after
// today, or one that does not exist, so no living person can hold it. The
// TERYT codes are real.

// checkIDError reports whether err is an *IDError of kind for value whose
// Reason contains reason; an empty reason asks for no error at all.
func checkIDError(t *testing.T, call string, err error, kind, value, reason string) {
	t.Helper()
	if reason == "" {
		if err != nil {
			t.Errorf("%s = %v, want nil", call, err)
		}
		return
	}
	var ie *IDError
	if !errors.As(err, &ie) {
		t.Errorf("%s = %v, want an *IDError (%s)", call, err, reason)
		return
	}
	if ie.Kind != kind || ie.Value != value || !strings.Contains(ie.Reason, reason) {
		t.Errorf("%s = %#v, want Kind %q, Value %q, Reason containing %q", call, *ie, kind, value, reason)
	}
}

func TestNIPAndPESELErrorMessages(t *testing.T) {
	tests := []struct {
		name string
		err  *IDError
		want string
	}{
		{"nip", &IDError{Kind: "nip", Value: "123", Reason: "wrong length"},
			`cooperation: invalid nip "123": wrong length`},
		{"pesel value stays out of the message", &IDError{Kind: "pesel", Value: "50461500008", Reason: "checksum mismatch"},
			`cooperation: invalid pesel: checksum mismatch`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCheckTERYT(t *testing.T) {
	tests := []struct {
		name   string
		code   string
		level  Level
		reason string // "" when valid
	}{
		{"Radomsko urban gmina", "1012011", LevelGmina, ""},
		{"Bogoria rural until 2023", "2612012", LevelGmina, ""},
		{"Bogoria urban-rural since 2024", "2612013", LevelGmina, ""},
		{"Łopuszno rural", "2604082", LevelGmina, ""},
		{"Łopuszno urban-rural", "2604083", LevelGmina, ""},
		{"Kraków city with powiat rights", "1261011", LevelGmina, ""},
		{"Warszawa", "1465011", LevelGmina, ""},
		{"powiat radomszczański", "1012", LevelPowiat, ""},
		{"powiat Kraków", "1261", LevelPowiat, ""},
		{"łódzkie", "10", LevelVoivodeship, ""},
		{"zachodniopomorskie, the highest code", "32", LevelVoivodeship, ""},
		{"national without a code", "", LevelNational, ""},

		{"national with a code", "14", LevelNational, "level national takes no TERYT code"},
		{"unknown level", "1012011", Level("county"), "unknown level"},
		{"gmina code for a powiat", "1012011", LevelPowiat, "a code of level gmina, not of level powiat"},
		{"powiat code for a gmina", "1012", LevelGmina, "a code of level powiat, not of level gmina"},
		{"six digits", "101201", LevelGmina, "wrong length"},
		{"empty for a gmina", "", LevelGmina, "wrong length"},
		{"letters", "10120a1", LevelGmina, "not all digits"},
		{"spaces", "10 12 011", LevelGmina, "not all digits"},
		{"odd voivodeship code", "0112011", LevelGmina, "no such voivodeship code 01"},
		{"voivodeship 00", "00", LevelVoivodeship, "no such voivodeship code 00"},
		{"voivodeship 34", "34", LevelVoivodeship, "no such voivodeship code 34"},
		{"powiat 00", "1000", LevelPowiat, "no such powiat code 00"},
		{"gmina 00", "1012001", LevelGmina, "no such gmina code 00"},
		{"town part of an urban-rural gmina", "2612014", LevelGmina, "type digit 4 is a sub-unit, not a municipality"},
		{"rural area of an urban-rural gmina", "2612015", LevelGmina, "type digit 5 is a sub-unit"},
		{"Warsaw district", "1465088", LevelGmina, "type digit 8 is a sub-unit"},
		{"Kraków delegation", "1261029", LevelGmina, "type digit 9 is a sub-unit"},
		{"type digit 0", "1012010", LevelGmina, "no such type digit 0"},
		{"type digit 6", "1012016", LevelGmina, "no such type digit 6"},
		{"type digit 7", "1012017", LevelGmina, "no such type digit 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckTERYT(tt.code, tt.level)
			checkIDError(t, fmt.Sprintf("CheckTERYT(%q, %q)", tt.code, tt.level), err, "teryt", tt.code, tt.reason)
		})
	}
}

func TestTERYTParts(t *testing.T) {
	tests := []struct {
		name        string
		code        string
		level       Level
		levelOK     bool
		gminaType   byte
		city        bool
		powiat, woj string
	}{
		{"Radomsko", "1012011", LevelGmina, true, 1, false, "1012", "10"},
		{"Bogoria 2023", "2612012", LevelGmina, true, 2, false, "2612", "26"},
		{"Bogoria 2024", "2612013", LevelGmina, true, 3, false, "2612", "26"},
		{"Kraków", "1261011", LevelGmina, true, 1, true, "1261", "12"},
		{"Warszawa", "1465011", LevelGmina, true, 1, true, "1465", "14"},
		{"powiat Kraków", "1261", LevelPowiat, true, 0, true, "1261", "12"},
		{"powiat radomszczański", "1012", LevelPowiat, true, 0, false, "1012", "10"},
		{"voivodeship", "12", LevelVoivodeship, true, 0, false, "", "12"},
		{"Kraków delegation is no city", "1261029", LevelGmina, true, 9, false, "1261", "12"},
		{"invalid voivodeship is no city", "1161011", LevelGmina, true, 1, false, "1161", "11"},
		{"six digits", "126101", "", false, 0, false, "1261", "12"},
		{"letters", "12a1011", "", false, 0, false, "12a1", "12"},
		{"empty", "", "", false, 0, false, "", ""},
		{"one character", "1", "", false, 0, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if level, ok := LevelOfTERYT(tt.code); level != tt.level || ok != tt.levelOK {
				t.Errorf("LevelOfTERYT(%q) = %q, %v, want %q, %v", tt.code, level, ok, tt.level, tt.levelOK)
			}
			if got := GminaType(tt.code); got != tt.gminaType {
				t.Errorf("GminaType(%q) = %d, want %d", tt.code, got, tt.gminaType)
			}
			if got := IsCityWithPowiatRights(tt.code); got != tt.city {
				t.Errorf("IsCityWithPowiatRights(%q) = %v, want %v", tt.code, got, tt.city)
			}
			if got := PowiatCode(tt.code); got != tt.powiat {
				t.Errorf("PowiatCode(%q) = %q, want %q", tt.code, got, tt.powiat)
			}
			if got := VoivodeshipCode(tt.code); got != tt.woj {
				t.Errorf("VoivodeshipCode(%q) = %q, want %q", tt.code, got, tt.woj)
			}
		})
	}
}

func TestDeriveVariantFromTERYT(t *testing.T) {
	pop := func(n int) *int { return &n }
	tests := []struct {
		name       string
		teryt      string
		population *int
		want       Variant
		wantOK     bool
	}{
		{"Bogoria rural until 2023", "2612012", nil, VariantRural, true},
		{"Bogoria urban-rural since 2024", "2612013", pop(7000), VariantUrbanRural, true},
		{"Łopuszno rural", "2604082", pop(9000), VariantRural, true},
		{"Łopuszno urban-rural", "2604083", nil, VariantUrbanRural, true},
		{"Radomsko over 20 000", "1012011", pop(43000), VariantUrban, true},
		{"Kraków", "1261011", pop(800000), VariantUrban, true},
		{"urban gmina of exactly 20 000", "1012011", pop(20000), VariantUrbanRural, true},
		{"urban gmina of 20 001", "1012011", pop(20001), VariantUrban, true},
		{"small town", "1012011", pop(5000), VariantUrbanRural, true},
		{"urban gmina, population unknown", "1012011", nil, "", false},
		{"sub-unit", "2612014", pop(3000), "", false},
		{"powiat code", "2612", nil, "", false},
		{"invalid voivodeship", "0112012", nil, "", false},
		{"empty", "", nil, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := DeriveVariant(tt.teryt, tt.population)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("DeriveVariant(%q, %v) = %q, %v, want %q, %v", tt.teryt, tt.population, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestCheckREGON(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		reason string // "" when valid
	}{
		{"9 digits", "123456785", ""},
		{"9 digits, another", "731094529", ""},
		{"9 digits, remainder 10 gives 0", "100000050", ""},
		{"14 digits", "12345678512347", ""},
		{"14 digits, remainder 10 gives 0", "12345678500010", ""},
		{"14 digits, another base", "73109452900420", ""},

		{"9 digits, bad checksum", "123456784", "checksum mismatch"},
		{"9 digits, remainder 10 written as 10's last digit", "100000051", "checksum mismatch"},
		{"14 digits, bad checksum", "12345678512348", "checksum mismatch"},
		{"14 digits, invalid 9-digit prefix", "12345678600015", "checksum mismatch in the 9-digit prefix"},
		{"8 digits", "12345678", "wrong length"},
		{"10 digits", "1234567850", "wrong length"},
		{"15 digits", "123456785123470", "wrong length"},
		{"empty", "", "wrong length"},
		{"letters", "12345678X", "not all digits"},
		{"dashes: a valid REGON, not as bare digits", "123-456-785", "not written as bare digits"},
		{"non-ASCII digits", "١٢٣٤٥٦٧٨٥", "not all digits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDError(t, fmt.Sprintf("CheckREGON(%q)", tt.in), CheckREGON(tt.in), "regon", tt.in, tt.reason)
		})
	}
}

func TestCheckNIP(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		reason string // "" when valid
	}{
		{"valid", "1234563218", ""},
		{"valid, another", "5260000005", ""},
		{"valid, check digit 0", "1000000070", ""},
		{"valid, all fives", "5555555555", ""},
		{"valid, check digit 7", "0000000017", ""},

		{"bad checksum", "1234563219", "checksum mismatch"},
		{"remainder 10", "0000000030", "checksum remainder 10 is never issued"},
		{"remainder 10 with any last digit", "0000000039", "checksum remainder 10"},
		{"9 digits", "123456321", "wrong length"},
		{"11 digits", "12345632180", "wrong length"},
		{"empty", "", "wrong length"},
		{"dashes: a valid NIP, not as bare digits", "123-456-32-18", "not written as bare digits"},
		{"PL prefix: a valid NIP, not as bare digits", "PL1234563218", "not written as bare digits"},
		{"dashes and a wrong check digit", "123-456-32-19", "checksum mismatch"},
		{"letter", "123456321O", "not all digits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDError(t, fmt.Sprintf("CheckNIP(%q)", tt.in), CheckNIP(tt.in), "nip", tt.in, tt.reason)
		})
	}
}

func TestCheckPESEL(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		born   string // birth date when valid
		reason string // "" when valid
	}{
		{"2100s (+40)", "50461500007", "2150-06-15", ""},
		{"2200s (+60)", "22610100015", "2222-01-01", ""},
		{"1800s (+80)", "50830300003", "1850-03-03", ""},
		{"2000s (+20), not yet born", "90323100020", "2090-12-31", ""},
		{"1900s (+0), born 1 January 1900", "00010109991", "1900-01-01", ""},
		{"29 February 2104", "04422900003", "2104-02-29", ""},

		{"30 February", "23223000004", "", "birth date does not exist"},
		{"29 February 1900", "00022910006", "", "birth date does not exist"},
		{"month code 13", "00130100003", "", "birth date does not exist"},
		{"bad checksum", "50461500008", "", "checksum mismatch"},
		{"10 digits", "5046150000", "", "wrong length"},
		{"12 digits", "504615000070", "", "wrong length"},
		{"empty", "", "", "wrong length"},
		{"letter", "5046150000X", "", "not all digits"},
		{"spaces: a valid PESEL, not as bare digits", "504615 00007", "", "not written as bare digits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkIDError(t, fmt.Sprintf("CheckPESEL(%q)", tt.in), CheckPESEL(tt.in), "pesel", tt.in, tt.reason)
			born, err := PESELBirthDate(tt.in)
			checkIDError(t, fmt.Sprintf("PESELBirthDate(%q)", tt.in), err, "pesel", tt.in, tt.reason)
			if born.String() != tt.born {
				t.Errorf("PESELBirthDate(%q) = %s, want %q", tt.in, born, tt.born)
			}
		})
	}
}

// makePESEL builds a PESEL for birth and a 4-digit serial, the way the
// registry does: the century goes into the month, the check digit last.
func makePESEL(birth Date, serial int) string {
	offset := map[int]int{18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[birth.Year()/100]
	s := fmt.Sprintf("%02d%02d%02d%04d", birth.Year()%100, int(birth.Month())+offset, birth.Day(), serial)
	sum := 0
	for i, w := range []int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3} {
		sum += int(s[i]-'0') * w
	}
	return s + fmt.Sprint((10-sum%10)%10)
}

// TestPESELBirthDateRoundTrip encodes a day of every month of every century
// PESEL covers and decodes it back.
func TestPESELBirthDateRoundTrip(t *testing.T) {
	for year := 1800; year <= 2299; year += 7 {
		for month := time.January; month <= time.December; month++ {
			birth, _ := NewDate(year, month, daysIn(year, month))
			s := makePESEL(birth, year%10000)
			got, err := PESELBirthDate(s)
			if err != nil || !got.Equal(birth) {
				t.Fatalf("PESELBirthDate(%q) = %s, %v, want %s, nil", s, got, err, birth)
			}
			// Any other last digit breaks the checksum.
			wrong := s[:10] + string('0'+(s[10]-'0'+1)%10)
			if err := CheckPESEL(wrong); err == nil {
				t.Fatalf("CheckPESEL(%q) = nil, want checksum mismatch", wrong)
			}
		}
	}
}

func FuzzCheckTERYT(f *testing.F) {
	for _, s := range []string{"1012011", "2612013", "1261", "32", "", "0112011", "2612014", "12a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, level := range []Level{LevelGmina, LevelPowiat, LevelVoivodeship, LevelNational, "x"} {
			err := CheckTERYT(s, level)
			var ie *IDError
			if err != nil && !errors.As(err, &ie) {
				t.Errorf("CheckTERYT(%q, %q) = %v, not an *IDError", s, level, err)
			}
		}
		GminaType(s)
		IsCityWithPowiatRights(s)
		PowiatCode(s)
		VoivodeshipCode(s)
		LevelOfTERYT(s)
		if v, ok := DeriveVariant(s, nil); ok && CheckTERYT(s, LevelGmina) != nil {
			t.Errorf("DeriveVariant(%q, nil) = %q, true for an invalid gmina code", s, v)
		}
	})
}

func FuzzCheckREGON(f *testing.F) {
	for _, s := range []string{"123456785", "12345678512347", "12345678600015", "", "12345678X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if err := CheckREGON(s); err == nil && len(s) == 14 {
			if err := CheckREGON(s[:9]); err != nil {
				t.Errorf("CheckREGON(%q) = nil but its prefix fails: %v", s, err)
			}
		}
	})
}

func FuzzCheckNIP(f *testing.F) {
	for _, s := range []string{"1234563218", "0000000030", "", "PL1234563218"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		CheckNIP(s)
	})
}

func FuzzCheckPESEL(f *testing.F) {
	for _, s := range []string{"50461500007", "23223000004", "00130100003", "", "5046150000X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := CheckPESEL(s)
		born, err2 := PESELBirthDate(s)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("CheckPESEL(%q) = %v but PESELBirthDate = %v", s, err, err2)
		}
		if err == nil && makePESEL(born, idNumber(s[6:10])) != s {
			t.Errorf("PESELBirthDate(%q) = %s does not encode back", s, born)
		}
	})
}

func ExampleDeriveVariant() {
	population := 7000
	v, ok := DeriveVariant("2612013", &population) // Bogoria since 2024
	fmt.Println(v, ok)
	_, ok = DeriveVariant("1012011", nil) // Radomsko, population unknown
	fmt.Println(ok)
	// Output:
	// urban_rural true
	// false
}

func ExampleCheckNIP() {
	fmt.Println(CheckNIP("1234563218"))
	fmt.Println(CheckNIP("123-456-32-18"))
	// Output:
	// <nil>
	// cooperation: invalid nip "123-456-32-18": not written as bare digits
}
