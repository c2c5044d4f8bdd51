package schema

import (
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// A JSON error is placed by line and column, as an editor shows them (from
// 1, the column in characters), and by its offset in bytes from the start
// (from 0), whichever layer finds it.
func TestJSONErrorPosition(t *testing.T) {
	for _, tt := range []struct {
		name, text           string
		line, column, offset string
		pl, en               string
	}{
		{"a comma before a brace", "{\"a\":\n  1,}", "2", "5", "10",
			"(wiersz 2, kolumna 5, 10 bajtów od początku pliku)", "(line 2, column 5, 10 bytes from the start of the file)"},
		{"the first byte", "x", "1", "1", "0",
			"(wiersz 1, kolumna 1, 0 bajtów od początku pliku)", "(line 1, column 1, 0 bytes from the start of the file)"},
		{"the text ends", "{\"a\":\n  [1,", "2", "6", "11",
			"(wiersz 2, kolumna 6, 11 bajtów od początku pliku)", "(line 2, column 6, 11 bytes from the start of the file)"},
		{"characters of two bytes before it", "{\"zażółć\": 1 2}", "1", "14", "17",
			"(wiersz 1, kolumna 14, 17 bajtów od początku pliku)", "(line 1, column 14, 17 bytes from the start of the file)"},
		{"not UTF-8", "{\"a\":\n  \"zaż\xff\"}", "2", "7", "13",
			"(wiersz 2, kolumna 7, 13 bajtów od początku pliku)", "(line 2, column 7, 13 bytes from the start of the file)"},
		{"Windows line ends", "{\r\n\"a\":\r\n?}", "3", "1", "9",
			"(wiersz 3, kolumna 1, 9 bajtów od początku pliku)", "(line 3, column 1, 9 bytes from the start of the file)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fs := Check([]byte(tt.text)).Findings
			if len(fs) != 1 || fs[0].Code != cooperation.CodeDocumentInvalidJSON {
				t.Fatalf("Check(%q) = %v, want one document.invalid_json", tt.text, fs)
			}
			p := fs[0].Params
			if p["line"] != tt.line || p["column"] != tt.column || p["offset"] != tt.offset {
				t.Errorf("line %s, column %s, offset %s; want %s, %s, %s", p["line"], p["column"], p["offset"], tt.line, tt.column, tt.offset)
			}
			if tt.offset != "0" && tt.text[len(tt.text)-1] != ',' && tt.text[mustAtoi(tt.offset)] == ' ' {
				t.Errorf("offset %s is a space, not the mistake", tt.offset)
			}
			for lang, want := range map[cooperation.Lang]string{cooperation.Polish: tt.pl, cooperation.English: tt.en} {
				if m := spaced(cooperation.Message(fs[0].Code, lang, p)); !strings.Contains(m, want) {
					t.Errorf("%s: %q lacks %q", lang, m, want)
				}
			}
		})
	}
}

// spaced writes the no-break spaces between a number and its unit as
// spaces, for comparison.
func spaced(s string) string { return strings.ReplaceAll(s, "\u00a0", " ") }

func mustAtoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// An oversized document says the limit, not a size the reader never saw
// whole; the limit is written in the unit people know.
func TestTooLargeSaysTheLimit(t *testing.T) {
	for _, tt := range []struct {
		limit  int
		pl, en string
	}{
		{DefaultMaxBytes, "Plik jest większy niż dopuszczalny rozmiar: 16 MiB.", "The file is larger than the size limit of 16 MiB."},
		{100, "Plik jest większy niż dopuszczalny rozmiar: 100 bajtów.", "The file is larger than the size limit of 100 bytes."},
		{2048, "dopuszczalny rozmiar: 2 KiB", "limit of 2 KiB"},
	} {
		data := []byte(`{"schemaVersion": "1"` + strings.Repeat(" ", tt.limit) + "}")
		fs := Check(data, cooperation.WithLimits(tt.limit, 0)).Findings
		if len(fs) != 1 || fs[0].Code != cooperation.CodeDocumentTooLarge {
			t.Fatalf("limit %d: %v", tt.limit, fs)
		}
		if _, ok := fs[0].Params["size"]; ok {
			t.Errorf("limit %d: a size is given: %v", tt.limit, fs[0].Params)
		}
		for lang, want := range map[cooperation.Lang]string{cooperation.Polish: tt.pl, cooperation.English: tt.en} {
			if m := spaced(cooperation.Message(fs[0].Code, lang, fs[0].Params)); !strings.Contains(m, want) {
				t.Errorf("limit %d, %s: %q lacks %q", tt.limit, lang, m, want)
			}
		}
	}
}

// No Polish message quotes the parser's English words.
func TestPolishJSONDetailIsPolish(t *testing.T) {
	for _, text := range []string{"{\"a\": tru}", "{\"a\" 1}", "[1,]", "{\"a\":\"\\x\"}", "{\"a\":1}}", ""} {
		fs := Check([]byte(text)).Findings
		if len(fs) == 0 {
			t.Fatalf("Check(%q) found nothing", text)
		}
		m := cooperation.Message(fs[0].Code, cooperation.Polish, fs[0].Params)
		for _, w := range []string{"invalid", "character", "looking", "value", "unexpected", "after", "JSON input"} {
			if strings.Contains(m, w) {
				t.Errorf("Check(%q): the Polish message quotes English (%q): %s", text, w, m)
			}
		}
	}
}

// A number too long to quote is described by its length, never cut with an
// ellipsis.
func TestHugeNumberIsNotCut(t *testing.T) {
	fs := Check([]byte(`{"schemaVersion": "1", "municipality": {"population": 1` + strings.Repeat("0", 399) + `}}`)).Findings
	var m []string
	for _, f := range fs {
		if f.Path == "/municipality/population" {
			m = []string{spaced(cooperation.Message(f.Code, cooperation.Polish, f.Params)), spaced(cooperation.Message(f.Code, cooperation.English, f.Params))}
		}
	}
	if len(m) == 0 {
		t.Fatalf("no finding at the number: %v", fs)
	}
	for i, want := range []string{"zapis liczby ma 400 znaków", "it is written with 400 characters"} {
		if !strings.Contains(m[i], want) || strings.Contains(m[i], "…") {
			t.Errorf("%q lacks %q or has an ellipsis", m[i], want)
		}
	}
}
