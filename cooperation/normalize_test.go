package cooperation

import (
	"errors"
	"strings"
	"testing"
	"unicode"
)

// The numbers are fictional (see identifiers_test.go): NIP 1234563218,
// REGON 123456785 and 12345678512347, PESEL 50461500007 (born 2150).

type normalizeCase struct {
	name    string
	in      string
	want    string // the digits, when valid
	problem error  // when not
}

func runNormalize(t *testing.T, fn string, normalize func(string) (string, error), tests []normalizeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := normalize(tt.in)
			switch {
			case tt.problem == nil && (err != nil || got != tt.want):
				t.Errorf("%s(%q) = %q, %v, want %q", fn, tt.in, got, err, tt.want)
			case tt.problem != nil && !errors.Is(err, tt.problem):
				t.Errorf("%s(%q) = %q, %v, want an error that is %v", fn, tt.in, got, err, tt.problem)
			case tt.problem != nil && got != "":
				t.Errorf("%s(%q) = %q with an error, want \"\"", fn, tt.in, got)
			}
		})
	}
}

func TestNormalizeNIP(t *testing.T) {
	runNormalize(t, "NormalizeNIP", NormalizeNIP, []normalizeCase{
		{"bare digits", "1234563218", "1234563218", nil},
		{"PL prefix, dashes 3-3-2-2", "PL 123-456-32-18", "1234563218", nil},
		{"spaces 3-3-2-2", "123 456 32 18", "1234563218", nil},
		{"dashes 3-2-2-3", "123-45-63-218", "1234563218", nil},
		{"spaces around", "  1234563218\t", "1234563218", nil},
		{"prefix in lower case, no space", "pl1234563218", "1234563218", nil},
		{"prefix and a dash", "PL-1234563218", "1234563218", nil},
		{"no-break spaces and an en dash", "123\u00a0456\u00a032–18", "1234563218", nil},
		{"empty", "", "", ErrIDEmpty},
		{"spaces only", "   ", "", ErrIDEmpty},
		{"the prefix alone", "PL", "", ErrIDEmpty},
		{"nine digits", "123-456-32-1", "", ErrIDLength},
		{"eleven digits", "PL 12345632180", "", ErrIDLength},
		{"wrong check digit", "123-456-32-19", "", ErrIDCheckDigit},
		{"a sum no NIP is issued with", "000-000-00-30", "", ErrIDNeverIssued},
		{"slashes", "123/456/32/18", "", ErrIDCharacter},
		{"another country's prefix", "DE1234563218", "", ErrIDCharacter},
		{"a letter O for a zero", "123456321O", "", ErrIDCharacter},
		{"the prefix after the digits", "1234563218PL", "", ErrIDCharacter},
	})
}

func TestNormalizeREGON(t *testing.T) {
	runNormalize(t, "NormalizeREGON", NormalizeREGON, []normalizeCase{
		{"nine bare digits", "123456785", "123456785", nil},
		{"spaces 3-3-3", "123 456 785", "123456785", nil},
		{"dashes 3-3-3", "123-456-785", "123456785", nil},
		{"fourteen digits in groups", "1234 5678 5123 47", "12345678512347", nil},
		{"spaces around", " 123456785 ", "123456785", nil},
		{"no PL prefix for a REGON", "PL123456785", "", ErrIDCharacter},
		{"ten digits", "123-456-785-0", "", ErrIDLength},
		{"wrong check digit", "123 456 784", "", ErrIDCheckDigit},
		{"fourteen digits on a wrong nine-digit REGON", "12345678600015", "", ErrIDCheckDigit},
		{"empty", " - ", "", ErrIDEmpty},
	})
}

func TestNormalizePESEL(t *testing.T) {
	runNormalize(t, "NormalizePESEL", NormalizePESEL, []normalizeCase{
		{"bare digits", "50461500007", "50461500007", nil},
		{"birth date apart", "504615 00007", "50461500007", nil},
		{"spaces around", " 50461500007 ", "50461500007", nil},
		{"no prefix for a PESEL", "PL50461500007", "", ErrIDCharacter},
		{"a letter", "5046150000X", "", ErrIDCharacter},
		{"ten digits", "5046150000", "", ErrIDLength},
		{"wrong check digit", "50461500008", "", ErrIDCheckDigit},
		{"month code 13", "00130100003", "", ErrIDBirthDate},
		{"30 February", "23223000004", "", ErrIDBirthDate},
	})
}

// In a bundle bare digits are the rule: a valid number written another way
// is ErrIDForm, with the digits to write, said in both languages.
func TestCheckCanonicalForm(t *testing.T) {
	tests := []struct {
		name          string
		err           error
		canonical     string
		polish, engl  string
		problemIsForm bool
	}{
		{"NIP with the prefix and dashes", CheckNIP("PL 123-456-32-18"), "1234563218",
			"ma przedrostek PL i odstępy lub kreski: wpisz 1234563218", "it has the PL prefix and spaces or dashes: write 1234563218", true},
		{"NIP with spaces around", CheckNIP(" 1234563218 "), "1234563218",
			"zawiera odstępy lub kreski: wpisz 1234563218", "it contains spaces or dashes: write 1234563218", true},
		{"NIP with the prefix alone", CheckNIP("PL1234563218"), "1234563218",
			"ma przedrostek PL: wpisz 1234563218", "it has the PL prefix: write 1234563218", true},
		{"REGON in groups", CheckREGON("123 456 785"), "123456785",
			"zawiera odstępy lub kreski: wpisz 123456785", "it contains spaces or dashes: write 123456785", true},
		{"PESEL in groups: the digits are not repeated", CheckPESEL("504615 00007"), "",
			"zawiera odstępy lub kreski: wpisz same cyfry", "it contains spaces or dashes: write the digits alone", true},
		{"NIP too short", CheckNIP("123-456-32-1"), "",
			"ma złą liczbę cyfr (9 zamiast 10)", "it has the wrong number of digits (9, not 10)", false},
		{"REGON too long", CheckREGON("1234567850"), "",
			"ma złą liczbę cyfr (10 zamiast 9 lub 14)", "it has the wrong number of digits (10, not 9 or 14)", false},
		{"NIP with a letter", CheckNIP("123456321O"), "",
			"zawiera znak „O”, który nie jest cyfrą", "it contains \"O\", which is not a digit", false},
		{"gmina code for a powiat institution", CheckTERYT("2604092", LevelPowiat), "",
			"to kod gminy, a instytucja tego rodzaju działa na szczeblu powiatowym: wpisz kod powiatu albo popraw rodzaj instytucji",
			"it is the code of a gmina, but an institution of this kind works at powiat level: enter the code of its powiat, or correct the institution's kind", false},
		{"powiat code for a voivodeship institution", CheckTERYT("2604", LevelVoivodeship), "",
			"to kod powiatu, a instytucja tego rodzaju działa na szczeblu wojewódzkim: wpisz kod województwa albo popraw rodzaj instytucji",
			"it is the code of a powiat, but an institution of this kind works at voivodeship level: enter the code of its voivodeship, or correct the institution's kind", false},
		{"PESEL with no such birth date", CheckPESEL("23223000004"), "",
			"zakodowana w nim data urodzenia nie istnieje", "the birth date it encodes does not exist", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var e *IDError
			if !errors.As(tt.err, &e) {
				t.Fatalf("got %v, want an *IDError", tt.err)
			}
			if errors.Is(e, ErrIDForm) != tt.problemIsForm || e.Canonical != tt.canonical {
				t.Errorf("Problem %v, Canonical %q; want form %v, canonical %q", e.Problem, e.Canonical, tt.problemIsForm, tt.canonical)
			}
			if got := e.Describe(Polish); got != tt.polish {
				t.Errorf("Describe(Polish) = %q, want %q", got, tt.polish)
			}
			if got := e.Describe(English); got != tt.engl {
				t.Errorf("Describe(English) = %q, want %q", got, tt.engl)
			}
		})
	}
}

// checkNormalized holds the properties every Normalize function has, for
// any input: it never panics; a result is the canonical digits, which the
// Check function accepts and Normalize returns unchanged; bare digits that
// Check accepts normalize to themselves; an error is an *IDError with a
// Problem, described in both languages; and separators put between the
// digits of a valid number change nothing.
func checkNormalized(t *testing.T, s string, normalize func(string) (string, error), check func(string) error, lengths ...int) {
	got, err := normalize(s)
	if err != nil {
		var e *IDError
		if !errors.As(err, &e) || e.Problem == nil || e.Describe(Polish) == "" || e.Describe(English) == "" {
			t.Fatalf("Normalize(%q) error %v is not an *IDError with a Problem described", s, err)
		}
		if check(s) == nil {
			t.Fatalf("Check(%q) = nil, but Normalize fails: %v", s, err)
		}
		return
	}
	if !slicesContains(lengths, len(got)) || strings.IndexFunc(got, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		t.Fatalf("Normalize(%q) = %q, not %v digits", s, got, lengths)
	}
	if check(got) != nil {
		t.Fatalf("Check(%q) = %v for Normalize(%q)", got, check(got), s)
	}
	if again, err := normalize(got); again != got || err != nil {
		t.Fatalf("Normalize(%q) = %q, %v, want it unchanged", got, again, err)
	}
	if err := check(s); (err == nil) != (s == got) {
		t.Fatalf("Check(%q) = %v, Normalize gives %q", s, err, got)
	}
	spaced := strings.Join(strings.Split(got, ""), " - ")
	if again, err := normalize(" " + spaced + " "); again != got || err != nil {
		t.Fatalf("Normalize(%q) = %q, %v, want %q", spaced, again, err, got)
	}
}

func slicesContains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func FuzzNormalizeNIP(f *testing.F) {
	for _, s := range []string{"1234563218", "PL 123-456-32-18", "123 456 32 18", "0000000030", "PL", "", "pl-1234563218 ", "123456321O"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNormalized(t, s, NormalizeNIP, CheckNIP, 10)
	})
}

func FuzzNormalizeREGON(f *testing.F) {
	for _, s := range []string{"123456785", "123-456-785", "1234 5678 5123 47", "12345678600015", "", " - "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNormalized(t, s, NormalizeREGON, CheckREGON, 9, 14)
	})
}

// A PESEL's error and its description never quote its digits.
func FuzzNormalizePESEL(f *testing.F) {
	for _, s := range []string{"50461500007", "504615 00007", "00130100003", "23223000004", "5046150000X", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNormalized(t, s, NormalizePESEL, CheckPESEL, 11)
		_, err := NormalizePESEL(s)
		var e *IDError
		if !errors.As(err, &e) {
			return
		}
		digits := strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return r
			}
			return -1
		}, s)
		for _, text := range []string{err.Error(), e.Describe(Polish), e.Describe(English), e.Reason} {
			if len(digits) >= 4 && strings.Contains(text, digits) {
				t.Fatalf("the error of a PESEL quotes its digits: %q", text)
			}
		}
	})
}
