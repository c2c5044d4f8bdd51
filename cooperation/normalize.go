package cooperation

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file reads REGON, NIP and PESEL numbers as people write them — with
// spaces or dashes between the digits, spaces around, a "PL" before a NIP —
// and says precisely what is wrong with one that is not a number of its
// kind. In a bundle the canonical form, bare digits, stays the rule: the
// Check functions accept nothing else, and report a valid number written
// another way as ErrIDForm with the digits to write instead.

// The problems an identifier can have. An *IDError of a REGON, NIP or PESEL
// wraps one of them (errors.Is); a TERYT code's says what is wrong in its
// Reason.
var (
	// ErrIDEmpty: no digits at all.
	ErrIDEmpty = errors.New("no digits")
	// ErrIDCharacter: a character that is neither a digit nor a separator
	// (IDError.Char).
	ErrIDCharacter = errors.New("a character other than a digit")
	// ErrIDLength: the wrong number of digits (IDError.Digits).
	ErrIDLength = errors.New("wrong number of digits")
	// ErrIDCheckDigit: the check digit does not follow from the others
	// (for a 14-digit REGON, possibly the 9-digit REGON it begins with).
	ErrIDCheckDigit = errors.New("check digit mismatch")
	// ErrIDNeverIssued: a NIP whose weighted sum leaves 10, which no NIP is
	// issued with.
	ErrIDNeverIssued = errors.New("check sum never issued")
	// ErrIDBirthDate: a PESEL whose digits 1–6 are no date.
	ErrIDBirthDate = errors.New("no such birth date")
	// ErrIDForm: a valid number written with separators, spaces around it
	// or a "PL" prefix, where the bundle wants bare digits
	// (IDError.Canonical).
	ErrIDForm = errors.New("not written as bare digits")
)

// idSeparator reports whether r may stand between the digits of a number as
// people write it: a space (also a no-break space), a tab, a hyphen or an en
// dash.
func idSeparator(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '\u202f', '-', '\u2010', '\u2011', '\u2013':
		return true
	}
	return false
}

// normalizeID reads s as the digits of a number of kind, with separators
// anywhere and, when plPrefix, a "PL" (any case) in front. It returns the
// digits and the error of a character that is neither, or of no digits.
func normalizeID(kind, s string, plPrefix bool) (digits string, e *IDError) {
	e = &IDError{Kind: kind, Value: s}
	rest := strings.TrimLeftFunc(s, idSeparator)
	if plPrefix && len(rest) >= 2 && strings.EqualFold(rest[:2], "PL") {
		rest, e.prefix = rest[2:], true
	}
	b := make([]byte, 0, len(rest))
	for _, r := range rest {
		switch {
		case r >= '0' && r <= '9':
			b = append(b, byte(r))
		case idSeparator(r):
			e.separators = true
		default:
			e.Problem, e.Reason, e.char = ErrIDCharacter, "not all digits", r
			return "", e
		}
	}
	if len(b) == 0 {
		e.Problem, e.Reason = ErrIDEmpty, "wrong length: empty"
		return "", e
	}
	return string(b), e
}

// lengthError records digits of the wrong length.
func (e *IDError) length(n int) *IDError {
	e.Problem, e.Reason, e.Digits = ErrIDLength, "wrong length", n
	return e
}

// NormalizeNIP reads a NIP (tax number) as people write it — "PL 123-456-78-90",
// "123 456 78 90", "123-45-67-890", "1234567890", with spaces around — and
// returns its 10 digits. A number that is not a NIP gives an *IDError that
// says why: a character other than a digit (ErrIDCharacter), no digits
// (ErrIDEmpty), the wrong number of digits (ErrIDLength), a check digit that
// does not match (ErrIDCheckDigit), or a sum no NIP is issued with
// (ErrIDNeverIssued).
func NormalizeNIP(s string) (string, error) {
	digits, e := normalizeID("nip", s, true)
	if e.Problem != nil {
		return "", e
	}
	if len(digits) != 10 {
		return "", e.length(len(digits))
	}
	switch sum := idWeighted(digits, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11; {
	case sum == 10:
		e.Problem, e.Reason = ErrIDNeverIssued, "checksum remainder 10 is never issued"
		return "", e
	case byte(sum)+'0' != digits[9]:
		e.Problem, e.Reason = ErrIDCheckDigit, "checksum mismatch"
		return "", e
	}
	return digits, nil
}

// NormalizeREGON reads a REGON (statistical number) as people write it —
// "123 456 785", "123-456-785", with spaces around — and returns its 9 or 14
// digits. A number that is not a REGON gives an *IDError that says why (see
// NormalizeNIP); for a 14-digit REGON whose first 9 digits are not a REGON,
// ErrIDCheckDigit with IDError.InPrefix.
func NormalizeREGON(s string) (string, error) {
	digits, e := normalizeID("regon", s, false)
	if e.Problem != nil {
		return "", e
	}
	if len(digits) != 9 && len(digits) != 14 {
		return "", e.length(len(digits))
	}
	if regonCheck(idWeighted(digits, 8, 9, 2, 3, 4, 5, 6, 7)) != digits[8] {
		e.Problem, e.Reason, e.InPrefix = ErrIDCheckDigit, "checksum mismatch", len(digits) == 14
		if e.InPrefix {
			e.Reason = "checksum mismatch in the 9-digit prefix"
		}
		return "", e
	}
	if len(digits) == 14 && regonCheck(idWeighted(digits, 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)) != digits[13] {
		e.Problem, e.Reason = ErrIDCheckDigit, "checksum mismatch"
		return "", e
	}
	return digits, nil
}

// NormalizePESEL reads a PESEL (personal number) as people write it —
// "850101 12345", "85010112345" with spaces around — and returns its 11
// digits. A number that is not a PESEL gives an *IDError that says why (see
// NormalizeNIP), or ErrIDBirthDate when its first six digits are no date.
// Neither the error's message nor its Reason quotes the number: a PESEL is
// personal data.
func NormalizePESEL(s string) (string, error) {
	digits, e := normalizeID("pesel", s, false)
	if e.Problem != nil {
		return "", e
	}
	if _, err := peselDate(digits, e); err != nil {
		return "", err
	}
	return digits, nil
}

// canonical checks that s, a valid number whose digits are digits, is
// written as bare digits; otherwise it is ErrIDForm with the digits to write.
func canonical(kind, s, digits string, plPrefix bool) error {
	if s == digits {
		return nil
	}
	_, e := normalizeID(kind, s, plPrefix)
	e.separators = e.separators || strings.TrimSpace(s) != s
	e.Problem, e.Reason, e.Canonical = ErrIDForm, "not written as bare digits", digits
	return e
}

// Describe says in lang, for people, what is wrong with the identifier
// ("ma złą liczbę cyfr (9 zamiast 10)", "it contains spaces or dashes:
// write 1234567890"). A PESEL's description never quotes its digits.
func (e *IDError) Describe(lang Lang) string {
	pl := lang == Polish
	say := func(p, en string) string {
		if pl {
			return p
		}
		return en
	}
	switch e.Problem {
	case nil:
		p, en := reasonText(e.Reason)
		if en == "" {
			en = e.Reason
		}
		if pl && p != "" {
			return p
		}
		return en
	case ErrIDEmpty:
		return say("nie zawiera żadnej cyfry", "it contains no digits")
	case ErrIDCharacter:
		c := string(e.char)
		if !utf8.ValidString(c) || e.char < ' ' {
			c = strconv.QuoteRuneToASCII(e.char)
			c = c[1 : len(c)-1]
		}
		return say("zawiera znak „"+c+"”, który nie jest cyfrą", "it contains \""+c+"\", which is not a digit")
	case ErrIDLength:
		want := map[string]string{"nip": "10", "regon": "9", "pesel": "11"}[e.Kind]
		wantEn := want
		if e.Kind == "regon" {
			want, wantEn = "9 lub 14", "9 or 14"
		}
		return say("ma złą liczbę cyfr ("+strconv.Itoa(e.Digits)+" zamiast "+want+")",
			"it has the wrong number of digits ("+strconv.Itoa(e.Digits)+", not "+wantEn+")")
	case ErrIDCheckDigit:
		if e.InPrefix {
			return say("błędna cyfra kontrolna w pierwszych 9 cyfrach", "the check digit of the first 9 digits is wrong")
		}
		return say("błędna cyfra kontrolna", "the check digit is wrong")
	case ErrIDNeverIssued:
		return say("taki numer nie istnieje (błędna cyfra kontrolna)", "no such number exists (wrong check digit)")
	case ErrIDBirthDate:
		return say("zakodowana w nim data urodzenia nie istnieje", "the birth date it encodes does not exist")
	case ErrIDForm:
		var what, whatEn string
		switch {
		case e.prefix && e.separators:
			what, whatEn = "ma przedrostek PL i odstępy lub kreski", "it has the PL prefix and spaces or dashes"
		case e.prefix:
			what, whatEn = "ma przedrostek PL", "it has the PL prefix"
		default:
			what, whatEn = "zawiera odstępy lub kreski", "it contains spaces or dashes"
		}
		if e.Kind == "pesel" {
			return say(what+": wpisz same cyfry", whatEn+": write the digits alone")
		}
		return say(what+": wpisz "+e.Canonical, whatEn+": write "+e.Canonical)
	}
	return e.Reason
}
