package document

import (
	"strings"
	"unicode"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The body of a document is a list of blocks, written once by the builders
// and drawn by each format (HTML, DOCX). The types are unexported; their
// fields are exported only for html/template.

// blockKind says what a block is.
type blockKind string

const (
	blockHeading   blockKind = "heading"   // a section heading (Text)
	blockSub       blockKind = "sub"       // a heading within a section (Text)
	blockPara      blockKind = "para"      // a paragraph of text (Text; newlines kept)
	blockNote      blockKind = "note"      // a paragraph set apart: a remark on the data
	blockFacts     blockKind = "facts"     // label: value lines (Facts)
	blockTable     blockKind = "table"     // a table with a header row (Head, Rows)
	blockList      blockKind = "list"      // a numbered list (Items)
	blockSignature blockKind = "signature" // signature lines (Signers)
)

// block is one part of a document's body.
type block struct {
	Kind    blockKind
	Text    string
	Facts   []fact
	Head    []string
	Rows    [][]cell
	Items   []string
	Signers []signer
}

// fact is one "label: value" line.
type fact struct {
	Label, Value string
}

// cell is one table cell. A Date cell is never broken across lines; a
// Wrap cell holds a word too long for a narrow column and may break inside
// words (other cells break between words only).
type cell struct {
	Text string
	Date bool
	Wrap bool
}

// signer is one signature line: who signs (Caption, e.g. the party or
// "Członek rodziny: wnioskodawca"), the person and function when the bundle
// knows them, and the date of a signature already recorded.
type signer struct {
	Caption  string
	Name     string
	Function string
	Signed   string // the recorded date, written for people; "" leaves a line
}

// Is reports whether b is of kind k (for the templates).
func (b block) Is(k string) bool { return string(b.Kind) == k }

// Lines splits a paragraph into its lines (for the formats).
func (b block) Lines() []string { return strings.Split(b.Text, "\n") }

// builder collects the body of one document and the places in the bundle it
// prints from (see concern.go).
type builder struct {
	lang    cooperation.Lang
	set     *Set
	blocks  []block
	anchors []anchor

	title    string // the document's title in lists and messages
	heading1 string // the heading at the top of the first page
	subtitle string // the line under it
	dated    Date   // the date beside the place of signing; zero leaves a line
}

// t picks the Polish or the English text.
func (b *builder) t(pl, en string) string {
	if b.lang == cooperation.English {
		return en
	}
	return pl
}

// day writes a date for people.
func (b *builder) day(d Date) string { return d.Format(b.lang) }

func (b *builder) heading(text string) {
	b.blocks = append(b.blocks, block{Kind: blockHeading, Text: text})
}

func (b *builder) sub(text string) { b.blocks = append(b.blocks, block{Kind: blockSub, Text: text}) }

func (b *builder) para(text string) {
	if strings.TrimSpace(text) != "" {
		b.blocks = append(b.blocks, block{Kind: blockPara, Text: text})
	}
}

func (b *builder) note(text string) { b.blocks = append(b.blocks, block{Kind: blockNote, Text: text}) }

// facts adds label: value lines, leaving out those without a value.
func (b *builder) facts(fs ...fact) {
	var kept []fact
	for _, f := range fs {
		if strings.TrimSpace(f.Value) != "" {
			kept = append(kept, f)
		}
	}
	if len(kept) > 0 {
		b.blocks = append(b.blocks, block{Kind: blockFacts, Facts: kept})
	}
}

func (b *builder) table(head []string, rows [][]cell) {
	if len(rows) > 0 {
		b.blocks = append(b.blocks, block{Kind: blockTable, Head: head, Rows: rows})
	}
}

func (b *builder) list(items ...string) {
	if len(items) > 0 {
		b.blocks = append(b.blocks, block{Kind: blockList, Items: items})
	}
}

func (b *builder) signatures(ss []signer) {
	if len(ss) > 0 {
		b.blocks = append(b.blocks, block{Kind: blockSignature, Signers: ss})
	}
}

// text is a table cell of text; date a cell holding a date.
func text(s string) cell { return cell{Text: s, Wrap: longWord(s, 16)} }

// longWord reports whether s has a word of more than n characters with no
// place to break the line (a space, a hyphen or a slash).
func longWord(s string, n int) bool {
	run := 0
	for _, r := range s {
		if unicode.IsSpace(r) || r == '-' || r == '/' || r == '–' {
			run = 0
			continue
		}
		if run++; run > n {
			return true
		}
	}
	return false
}

func date(d cooperation.Date, lang cooperation.Lang) cell {
	return cell{Text: d.Format(lang), Date: true}
}

// Lines splits a cell into its lines (for the formats).
func (c cell) Lines() []string { return strings.Split(c.Text, "\n") }

// stop ends a sentence with a full stop, unless it ends with one already
// (a Polish date does: "16.11.2026 r.").
func stop(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}
