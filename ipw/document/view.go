package document

import (
	"io"
	"strconv"
	"unicode"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Format is a file format a document is written in.
type Format string

// The formats.
const (
	// HTML is a print-ready page: A4, page numbers, everything inline.
	HTML Format = "html"
	// DOCX is an editable Office Open XML document that Word and
	// LibreOffice open.
	DOCX Format = "docx"
	// ODT is an editable OpenDocument text that LibreOffice and Word open.
	ODT Format = "odt"
)

// Formats lists the formats.
func Formats() []Format { return []Format{HTML, DOCX, ODT} }

// MediaType is the format's MIME type.
func (f Format) MediaType() string {
	switch f {
	case DOCX:
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ODT:
		return odtMediaType
	}
	return "text/html; charset=utf-8"
}

// Write writes d in format f: WriteHTML, WriteDOCX or WriteODT.
func (d *Document) Write(w io.Writer, f Format) error {
	switch f {
	case HTML:
		return d.WriteHTML(w)
	case DOCX:
		return d.WriteDOCX(w)
	case ODT:
		return d.WriteODT(w)
	}
	return &FormatError{Format: f}
}

// FormatError is returned for a format the package does not write.
type FormatError struct{ Format Format }

func (e *FormatError) Error() string {
	return "document: no format " + string(e.Format) + " (the formats are html, docx and odt)"
}

// FileName is a file name for d in format f, made of its kind and id:
// "agreement-porozumienie-pzk.html", "review-ipw-2026-01-2026-06-22.docx".
// Characters other than ASCII letters, digits, "." and "-" become "-".
func (d *Document) FileName(f Format) string { return d.Ref.FileName(f) }

// FileName is a file name for the document r names, in format f (see
// Document.FileName).
func (r Ref) FileName(f Format) string {
	name := []byte(string(r.Kind) + "-" + r.ID)
	for i, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			name[i] = '-'
		}
	}
	return string(name) + "." + string(f)
}

// view is what both formats draw: the document's words in its language.
type view struct {
	Lang      string
	Title     string
	Heading   string
	Subtitle  string
	PlaceLine string
	Foot      string
	Draft     bool
	DraftNote string
	Problems  []string
	Blocks    []block
	W         words
}

// words are the fixed words of the layout.
type words struct {
	Page, Of, Sign, SignedOn, Blank, Draft string
}

func (d *Document) view() view {
	en := d.Lang == cooperation.English
	t := func(pl, eng string) string {
		if en {
			return eng
		}
		return pl
	}
	blank := "……………………"
	dated := blank
	if !d.dated.IsZero() {
		dated = d.dated.Format(d.Lang)
	}
	v := view{
		Lang:      string(d.Lang),
		Title:     d.Title,
		Heading:   d.heading,
		Subtitle:  d.subtitle,
		PlaceLine: d.place + t(", dnia ", ", ") + dated,
		Foot: t("Gmina: ", "Municipality: ") + d.municipal.Name + " (TERYT " + d.municipal.TERYT + ") · " +
			t("Źródło: ", "Source: ") + d.ID + " (" + d.Kind.Label(d.Lang) + ") · " +
			t("Wygenerowano: ", "Generated: ") + d.generated.Format(d.Lang),
		Draft:  d.Draft,
		Blocks: d.blocks,
		W: words{
			Page: t("Strona", "Page"), Of: t("z", "of"), Sign: t("podpis", "signature"),
			SignedOn: t("data podpisu", "date of signature"), Blank: blank, Draft: "PROJEKT",
		},
	}
	if d.Draft {
		v.DraftNote = t("PROJEKT – wersja robocza dokumentu, nie do podpisu.", "PROJEKT – a draft of the document, not for signing.")
		for _, f := range d.Findings {
			v.Problems = append(v.Problems, f.Message)
		}
		if len(v.Problems) > 0 {
			v.DraftNote += t(" Dane, z których powstał, zawierają błędy:", " The data it is made from have errors:")
		}
	}
	return v
}

// cssString writes s as a quoted CSS string for the page margins, where
// the footer repeats on every printed page. It escapes strictly: every
// character but letters, digits and spaces becomes a CSS escape, so that no
// quote, backslash or angle bracket can end the string, the rule or the
// style element.
func cssString(s string) string {
	b := []byte{'"'}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' {
			b = append(b, string(r)...)
			continue
		}
		b = append(b, '\\')
		b = strconv.AppendInt(b, int64(r), 16)
		b = append(b, ' ')
	}
	return string(append(b, '"'))
}
