package cooperation

import (
	"fmt"
	"time"
)

// This file checks the Polish identifiers (TERYT, REGON, NIP, PESEL) with their real
// algorithms: TERYT TERC codes of territorial units, REGON and NIP numbers of
// institutions and PESEL numbers of persons. Every check accepts bare digits
// only and reports a failure as an *IDError; the Normalize functions
// (normalize.go) read the forms people write.

// IDError reports an identifier that fails its check. Kind is "teryt",
// "regon", "nip" or "pesel"; Reason is a short English phrase such as
// "wrong length", "not all digits" or "checksum mismatch", and Describe says
// it for people in either language.
type IDError struct {
	Kind   string
	Value  string
	Reason string
	// Problem is what is wrong with a REGON, NIP or PESEL, one of the ErrID
	// values (Unwrap returns it); nil for a TERYT code.
	Problem error
	// Canonical is the number as a bundle writes it (bare digits), when
	// Value is a valid REGON or NIP written another way (ErrIDForm). It is
	// never set for a PESEL.
	Canonical string
	// Digits is the number of digits found (ErrIDLength).
	Digits int
	// InPrefix marks a 14-digit REGON whose first 9 digits fail their
	// check (ErrIDCheckDigit).
	InPrefix bool

	char               rune // the first character that is not a digit
	prefix, separators bool // what a number written another way has
}

// Unwrap returns the Problem, so that errors.Is(err, ErrIDLength) works.
func (e *IDError) Unwrap() error { return e.Problem }

// Error formats the failure. The value is quoted for every kind but PESEL: a
// PESEL is personal data and error messages end up in logs, so it stays in
// the Value field only.
func (e *IDError) Error() string {
	if e.Kind == "pesel" {
		return fmt.Sprintf("cooperation: invalid pesel: %s", e.Reason)
	}
	return fmt.Sprintf("cooperation: invalid %s %q: %s", e.Kind, e.Value, e.Reason)
}

// idDigits reports whether s is made of ASCII digits only; the empty string
// is, and fails on its length instead.
func idDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// idWeighted returns the sum of the digits of s multiplied by weights, digit
// by digit from the left; s has at least len(weights) digits.
func idWeighted(s string, weights ...int) int {
	sum := 0
	for i, w := range weights {
		sum += int(s[i]-'0') * w
	}
	return sum
}

// idNumber returns the number written by the digits of s.
func idNumber(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// terytLength is the length of a TERYT code at each level that has one.
func terytLength(level Level) int {
	switch level {
	case LevelVoivodeship:
		return 2
	case LevelPowiat:
		return 4
	case LevelGmina:
		return 7
	}
	return 0
}

// CheckTERYT checks a TERYT TERC code for an institution at level: two digits
// WW for a voivodeship, four WWPP for a powiat, seven WWPPGGR for a gmina.
// WW is an even number from 02 to 32, PP and GG run from 01 to 99, and the
// type digit R is 1 (urban gmina), 2 (rural) or 3 (urban-rural); 4, 5, 8 and 9
// mark parts of a gmina (a town or the rural area of an urban-rural gmina, a
// district of Warsaw, a delegation of a large city) and are rejected, as is
// any other digit. A national institution has no TERYT code: only the empty
// code is accepted for it.
func CheckTERYT(code string, level Level) error {
	fail := func(format string, args ...any) error {
		return &IDError{Kind: "teryt", Value: code, Reason: fmt.Sprintf(format, args...)}
	}
	if level == LevelNational {
		if code != "" {
			return fail("level national takes no TERYT code")
		}
		return nil
	}
	want := terytLength(level)
	switch {
	case want == 0:
		return fail("unknown level %q", string(level))
	case !idDigits(code):
		return fail("not all digits")
	case len(code) != want:
		if other, ok := LevelOfTERYT(code); ok && CheckTERYT(code, other) == nil {
			// A good code of another level: the institution's kind (or
			// level) and its code disagree.
			return fail("a code of level %s, not of level %s", other, level)
		}
		return fail("wrong length for level %s (want %d digits)", level, want)
	}
	if ww := idNumber(code[:2]); ww < 2 || ww > 32 || ww%2 != 0 {
		return fail("no such voivodeship code %s", code[:2])
	}
	if len(code) == 2 {
		return nil
	}
	if code[2:4] == "00" {
		return fail("no such powiat code 00")
	}
	if len(code) == 4 {
		return nil
	}
	if code[4:6] == "00" {
		return fail("no such gmina code 00")
	}
	switch r := code[6]; r {
	case '1', '2', '3':
		return nil
	case '4', '5', '8', '9':
		return fail("type digit %c is a sub-unit, not a municipality", r)
	default:
		return fail("no such type digit %c", r)
	}
}

// LevelOfTERYT returns the level a TERYT code is written for, by its length:
// 2 digits voivodeship, 4 powiat, 7 gmina. It reports false for any other
// length or a code that is not all digits; it does not check the code further
// (CheckTERYT does).
func LevelOfTERYT(code string) (Level, bool) {
	if !idDigits(code) {
		return "", false
	}
	switch len(code) {
	case 2:
		return LevelVoivodeship, true
	case 4:
		return LevelPowiat, true
	case 7:
		return LevelGmina, true
	}
	return "", false
}

// GminaType returns the type digit R of a seven-digit gmina code as a number:
// 1 urban, 2 rural, 3 urban-rural, or a sub-unit's digit. It returns 0, which
// no unit has, when code is not seven digits.
func GminaType(code string) (digit byte) {
	if len(code) != 7 || !idDigits(code) {
		return 0
	}
	return code[6] - '0'
}

// IsCityWithPowiatRights reports whether code, a valid powiat or gmina code,
// belongs to a city with powiat rights (miasto na prawach powiatu): its powiat
// number PP is 61 or above. Such a city is gmina and powiat at once.
func IsCityWithPowiatRights(code string) bool {
	level, ok := LevelOfTERYT(code)
	if !ok || level == LevelVoivodeship || CheckTERYT(code, level) != nil {
		return false
	}
	return idNumber(code[2:4]) >= 61
}

// PowiatCode returns the powiat part of a TERYT code, its first 4 characters,
// or "" when code is shorter. It does not check the code.
func PowiatCode(code string) string {
	if len(code) < 4 {
		return ""
	}
	return code[:4]
}

// VoivodeshipCode returns the voivodeship part of a TERYT code, its first 2
// characters, or "" when code is shorter. It does not check the code.
func VoivodeshipCode(code string) string {
	if len(code) < 2 {
		return ""
	}
	return code[:2]
}

// urbanMinPopulation is the population above which an urban gmina takes the
// urban variant ("gminy miejskie pow. 20 tys. mieszkańców").
const urbanMinPopulation = 20000

// DeriveVariant returns the variant of the model that fits the gmina teryt
// (see "The model" in the package documentation): type digit 2 gives rural, 3 urban-rural, and 1 urban when
// the population is over 20 000, urban-rural otherwise (a small town is
// closest to the urban-rural model).
//
// It reports false when teryt is not a valid gmina code, and also for an
// urban gmina whose population is unknown (nil): the derivation cannot tell
// urban from urban-rural then, so no variant mismatch can be claimed.
func DeriveVariant(teryt string, population *int) (Variant, bool) {
	if CheckTERYT(teryt, LevelGmina) != nil {
		return "", false
	}
	switch GminaType(teryt) {
	case 2:
		return VariantRural, true
	case 3:
		return VariantUrbanRural, true
	case 1:
		if population == nil {
			return "", false
		}
		if *population > urbanMinPopulation {
			return VariantUrban, true
		}
		return VariantUrbanRural, true
	}
	return "", false
}

// regonCheck returns the check digit of the weighted sum under the REGON
// reduction: sum mod 11, with 10 taken as 0.
func regonCheck(sum int) byte {
	return byte(sum%11%10) + '0'
}

// CheckREGON checks a REGON number. A 9-digit REGON (a legal unit) has the
// check digit (8 9 2 3 4 5 6 7 · the first 8 digits) mod 11, with 10 taken as
// 0. A 14-digit REGON (a local unit) has the check digit (2 4 8 5 0 9 7 3 6 1
// 2 4 8 · the first 13) under the same reduction, and its first 9 digits must
// be a valid 9-digit REGON. Only bare digits are accepted: a valid REGON
// written with spaces or dashes is ErrIDForm, with the digits to write
// (NormalizeREGON reads such forms).
func CheckREGON(s string) error {
	digits, err := NormalizeREGON(s)
	if err != nil {
		return err
	}
	return canonical("regon", s, digits, false)
}

// CheckNIP checks a NIP (tax identification number): 10 digits whose last is
// (6 5 7 2 3 4 5 6 7 · the first 9) mod 11; a remainder of 10 is never
// issued, so such a number is invalid. Only bare digits are accepted: a valid
// NIP written with dashes, spaces or a "PL" prefix is ErrIDForm, with the
// digits to write (NormalizeNIP reads such forms).
func CheckNIP(s string) error {
	digits, err := NormalizeNIP(s)
	if err != nil {
		return err
	}
	return canonical("nip", s, digits, true)
}

// CheckPESEL checks a PESEL (personal identification number): 11 digits, the
// last equal to (10 − (1 3 7 9 1 3 7 9 1 3 · the first 10) mod 10) mod 10, and
// the first 6 a birth date that exists (see PESELBirthDate). The model never
// requires a PESEL: an IPW should name people by pseudonym. Only bare digits
// are accepted (NormalizePESEL reads the forms people write).
func CheckPESEL(s string) error {
	_, err := PESELBirthDate(s)
	return err
}

// PESELBirthDate returns the birth date encoded in a PESEL, after checking the
// whole number as CheckPESEL does. Digits 1–6 are YYMMDD, where the month
// carries the century: 1–12 for the 1900s, +20 for the 2000s, +40 for the
// 2100s, +60 for the 2200s and +80 for the 1800s.
func PESELBirthDate(s string) (Date, error) {
	digits, err := NormalizePESEL(s)
	if err != nil {
		return Date{}, err
	}
	if err := canonical("pesel", s, digits, false); err != nil {
		err.(*IDError).Canonical = ""
		return Date{}, err
	}
	return peselDate(digits, &IDError{Kind: "pesel", Value: s})
}

// peselDate checks the length, the check digit and the birth date of a
// PESEL's digits, reporting a failure in e; it never quotes the digits.
func peselDate(digits string, e *IDError) (Date, error) {
	if len(digits) != 11 {
		return Date{}, e.length(len(digits))
	}
	control := (10 - idWeighted(digits, 1, 3, 7, 9, 1, 3, 7, 9, 1, 3)%10) % 10
	if byte(control)+'0' != digits[10] {
		e.Problem, e.Reason = ErrIDCheckDigit, "checksum mismatch"
		return Date{}, e
	}
	yy, mm, dd := idNumber(digits[0:2]), idNumber(digits[2:4]), idNumber(digits[4:6])
	century := [...]int{1900, 2000, 2100, 2200, 1800}[mm/20]
	month := mm % 20
	d, ok := NewDate(century+yy, time.Month(month), dd)
	if month < 1 || month > 12 || !ok {
		e.Problem, e.Reason = ErrIDBirthDate, "birth date does not exist"
		return Date{}, e
	}
	return d, nil
}
