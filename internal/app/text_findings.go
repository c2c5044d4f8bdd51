package app

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The nouns the text output counts with.
var (
	errorNoun   = cooperation.Noun{One: "błąd", Few: "błędy", Many: "błędów", EnOne: "error", EnMany: "errors"}
	warningNoun = cooperation.Noun{One: "ostrzeżenie", Few: "ostrzeżenia", Many: "ostrzeżeń", EnOne: "warning", EnMany: "warnings"}
	infoNoun    = cooperation.Noun{One: "informacja", Few: "informacje", Many: "informacji", EnOne: "note", EnMany: "notes"}
)

// count writes n and its noun for a terminal: "2 błędy", "1 error" (with a
// plain space: a terminal does not justify lines).
func count(n int, noun cooperation.Noun, lang cooperation.Lang) string {
	return cooperation.FormatInt(n, lang) + " " + noun.Form(n, lang)
}

// Summary is the line that judges a document: "poprawny (0 błędów,
// 0 ostrzeżeń, 0 informacji)", "invalid (2 errors, 1 warning, 0 notes)".
func Summary(fs []cooperation.Finding, lang cooperation.Lang) string {
	e, w, i := cooperation.Count(fs)
	verdict := say(lang, "poprawny", "valid")
	if e > 0 {
		verdict = say(lang, "niepoprawny", "invalid")
	}
	return verdict + " (" + count(e, errorNoun, lang) + ", " + count(w, warningNoun, lang) + ", " + count(i, infoNoun, lang) + ")"
}

// Text writes the Validation: its summary and its findings.
func (v Validation) Text(w io.Writer, lang cooperation.Lang) error {
	if _, err := io.WriteString(w, Summary(v.Findings, lang)+"\n"); err != nil {
		return err
	}
	return WriteFindings(w, v.Findings, lang)
}

// Text writes the Document: its name, its summary and its findings.
func (d Document) Text(w io.Writer, lang cooperation.Lang) error {
	if _, err := io.WriteString(w, d.File+": "+Summary(d.Findings, lang)+"\n"); err != nil {
		return err
	}
	return WriteFindings(w, d.Findings, lang)
}

// severityLabel names a severity for people (the glossary's label).
func severityLabel(s cooperation.Severity, lang cooperation.Lang) string { return s.Label(lang) }

// WriteFindings writes findings one to two lines each: the severity, the
// JSON Pointer of the place and the message, then the code.
func WriteFindings(w io.Writer, fs []cooperation.Finding, lang cooperation.Lang) error {
	width := 0
	for _, s := range []cooperation.Severity{cooperation.SeverityError, cooperation.SeverityWarning, cooperation.SeverityInfo} {
		width = max(width, utf8.RuneCountInString(severityLabel(s, lang)))
	}
	var b strings.Builder
	for _, f := range fs {
		label := severityLabel(f.Severity, lang)
		path := string(f.Path)
		if path == "" {
			path = "/"
		}
		b.WriteString("  ")
		b.WriteString(label)
		b.WriteString(strings.Repeat(" ", max(1, width+1-utf8.RuneCountInString(label))))
		b.WriteString(path)
		b.WriteString("  ")
		b.WriteString(f.Message)
		b.WriteString("\n  ")
		b.WriteString(strings.Repeat(" ", width+1))
		b.WriteString("[")
		b.WriteString(string(f.Code))
		b.WriteString("]\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// upperFirst writes s with a capital first letter, for a message that
// starts a line.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return strings.ToUpper(string(r)) + s[n:]
}
