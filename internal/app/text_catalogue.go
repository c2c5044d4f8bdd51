package app

import (
	"io"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Text writes the catalogue one rule a line: the code, the severity, what
// the rule checks, and whether its verdict depends on the date.
func (rs Rules) Text(w io.Writer, lang cooperation.Lang) error {
	width := 0
	for _, r := range rs {
		width = max(width, len(r.Code))
	}
	sevWidth := 0
	for _, s := range []cooperation.Severity{cooperation.SeverityError, cooperation.SeverityWarning, cooperation.SeverityInfo} {
		sevWidth = max(sevWidth, len([]rune(severityLabel(s, lang))))
	}
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(pad(string(r.Code), width) + "  " + pad(severityLabel(r.Severity, lang), sevWidth) + "  " + r.Description)
		if r.AsOf {
			b.WriteString(say(lang, " (zależy od stanu na dzień)", " (depends on the as-of date)"))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Text writes the versions, one a line.
func (v VersionInfo) Text(w io.Writer, lang cooperation.Lang) error {
	_, err := io.WriteString(w, "kooperacja "+v.Version+"\n"+
		"Go "+strings.TrimPrefix(v.Go, "go")+"\n"+
		say(lang, "katalog reguł ", "rule catalogue ")+v.Catalogue+"\n")
	return err
}
