package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The editable format is DOCX (Office Open XML, ISO/IEC 29500), written
// here with archive/zip and nothing else: the word processor most Polish
// offices edit in opens it as its own, and LibreOffice opens it faithfully
// (the tests convert every document with LibreOffice). The layout is the
// HTML one in Word's terms: A4, styles for the headings so that a person can
// restyle the whole document, tables with a repeated header row, signature
// lines in a table without borders, a footer with the municipality, the
// source id, the date made and "Strona X z Y" as fields, and "PROJEKT" in the
// header of every page of a draft.

const (
	nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

	// Page geometry in twentieths of a point: A4 with the HTML margins.
	pageW, pageH       = 11906, 16838
	marginTop, marginB = 1134, 1247
	marginL, marginR   = 1134, 1020
	textWidth          = pageW - marginL - marginR
)

// WriteDOCX writes d as a DOCX file. The file is the same byte for byte
// for the same document: every part is dated the day the document was made.
func (d *Document) WriteDOCX(w io.Writer) error {
	v := d.view()
	lang := "pl-PL"
	if d.Lang == cooperation.English {
		lang = "en-GB"
	}
	modified := time.Date(d.generated.Year(), d.generated.Month(), d.generated.Day(), 0, 0, 0, 0, time.UTC)
	if d.generated.IsZero() {
		modified = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", contentTypes(v.Draft)},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreProps(v.Title, lang, modified)},
		{"word/_rels/document.xml.rels", documentRels(v.Draft)},
		{"word/styles.xml", styles(lang)},
		{"word/settings.xml", settings},
		{"word/footer1.xml", footer(v)},
		{"word/document.xml", body(v)},
	}
	if v.Draft {
		parts = append(parts, struct{ name, body string }{"word/header1.xml", header(v)})
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, xml.Header+p.body); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func contentTypes(draft bool) string {
	var b strings.Builder
	b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`)
	if draft {
		b.WriteString(`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`)
	}
	b.WriteString(`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`)
	return b.String()
}

const packageRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`</Relationships>`

func documentRels(draft bool) string {
	const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	s := `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + rel + `styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="` + rel + `settings" Target="settings.xml"/>` +
		`<Relationship Id="rId3" Type="` + rel + `footer" Target="footer1.xml"/>`
	if draft {
		s += `<Relationship Id="rId4" Type="` + rel + `header" Target="header1.xml"/>`
	}
	return s + `</Relationships>`
}

func coreProps(title, lang string, made time.Time) string {
	return `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + esc(title) + `</dc:title><dc:language>` + lang + `</dc:language><dc:creator>kooperacja</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + made.Format(time.RFC3339) + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + made.Format(time.RFC3339) + `</dcterms:modified>` +
		`</cp:coreProperties>`
}

const settings = `<w:settings xmlns:w="` + nsW + `"><w:defaultTabStop w:val="708"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`</w:settings>`

// styles defines the paragraph styles the body uses, so that a person can
// change, say, every section heading at once.
func styles(lang string) string {
	font := `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`
	sans := `<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>`
	style := func(id, name, ppr, rpr string) string {
		return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="` + id + `"><w:name w:val="` + name + `"/>` +
			`<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>` + ppr + `</w:pPr><w:rPr>` + rpr + `</w:rPr></w:style>`
	}
	return `<w:styles xmlns:w="` + nsW + `">` +
		`<w:docDefaults><w:rPrDefault><w:rPr>` + font + `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="` + lang + `"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
		`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
		style("Title", "Title", `<w:jc w:val="center"/><w:spacing w:after="40"/>`, `<w:b/><w:sz w:val="30"/><w:szCs w:val="30"/>`) +
		style("Subtitle", "Subtitle", `<w:jc w:val="center"/><w:spacing w:after="240"/>`, `<w:sz w:val="24"/><w:szCs w:val="24"/>`) +
		style("Heading1", "heading 1", `<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/>`, `<w:b/><w:sz w:val="24"/><w:szCs w:val="24"/>`) +
		style("Heading2", "heading 2", `<w:keepNext/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="1"/>`, `<w:b/><w:i/>`) +
		style("Place", "Place and date", `<w:jc w:val="right"/><w:spacing w:after="240"/>`, "") +
		style("BodyText", "Body Text", `<w:jc w:val="both"/>`, "") +
		style("Note", "Note", `<w:jc w:val="both"/>`, `<w:i/>`) +
		style("ListItem", "List Item", `<w:ind w:left="397" w:hanging="397"/>`, "") +
		style("TableText", "Table Text", `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>`, `<w:sz w:val="19"/><w:szCs w:val="19"/>`) +
		style("Signature", "Signature", `<w:keepNext/><w:keepLines/><w:spacing w:after="0"/>`, `<w:sz w:val="20"/><w:szCs w:val="20"/>`) +
		style("Draft", "Draft", `<w:pBdr><w:top w:val="single" w:sz="6" w:space="2" w:color="B00000"/><w:bottom w:val="single" w:sz="6" w:space="2" w:color="B00000"/></w:pBdr>`, `<w:color w:val="B00000"/>`) +
		style("Footer", "footer", `<w:spacing w:after="0"/>`, sans+`<w:sz w:val="15"/><w:szCs w:val="15"/><w:color w:val="333333"/>`) +
		style("Header", "header", `<w:jc w:val="center"/><w:spacing w:after="0"/>`, sans+`<w:b/><w:sz w:val="28"/><w:szCs w:val="28"/><w:color w:val="B00000"/>`) +
		`</w:styles>`
}

func footer(v view) string {
	return `<w:ftr xmlns:w="` + nsW + `">` + para("Footer", v.Foot) +
		`<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="right"/></w:pPr>` + run(v.W.Page+" ", "") +
		`<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>` + run(" "+v.W.Of+" ", "") +
		`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>`
}

func header(v view) string {
	return `<w:hdr xmlns:w="` + nsW + `">` + para("Header", v.W.Draft) + `</w:hdr>`
}

// body is word/document.xml: the blocks of the view, then the section.
func body(v view) string {
	var b strings.Builder
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	if v.Draft {
		b.WriteString(para("Draft", v.DraftNote))
		for _, p := range v.Problems {
			b.WriteString(para("Draft", "– "+p))
		}
	}
	b.WriteString(para("Place", v.PlaceLine))
	b.WriteString(para("Title", v.Heading))
	if v.Subtitle != "" {
		b.WriteString(para("Subtitle", v.Subtitle))
	}
	for _, bl := range v.Blocks {
		switch bl.Kind {
		case blockHeading:
			b.WriteString(para("Heading1", bl.Text))
		case blockSub:
			b.WriteString(para("Heading2", bl.Text))
		case blockPara:
			b.WriteString(para("BodyText", bl.Text))
		case blockNote:
			b.WriteString(para("Note", bl.Text))
		case blockList:
			for i, it := range bl.Items {
				b.WriteString(`<w:p><w:pPr><w:pStyle w:val="ListItem"/></w:pPr>` + run(strconv.Itoa(i+1)+".", "") + `<w:r><w:tab/></w:r>` + run(it, "") + `</w:p>`)
			}
		case blockFacts:
			b.WriteString(factsTable(bl.Facts))
		case blockTable:
			b.WriteString(dataTable(bl.Head, bl.Rows))
		case blockSignature:
			b.WriteString(signatureTable(bl.Signers, v.W))
		}
	}
	b.WriteString(`<w:sectPr>`)
	if v.Draft {
		b.WriteString(`<w:headerReference w:type="default" r:id="rId4"/>`)
	}
	b.WriteString(`<w:footerReference w:type="default" r:id="rId3"/>` +
		`<w:pgSz w:w="` + strconv.Itoa(pageW) + `" w:h="` + strconv.Itoa(pageH) + `"/>` +
		`<w:pgMar w:top="` + strconv.Itoa(marginTop) + `" w:right="` + strconv.Itoa(marginR) + `" w:bottom="` + strconv.Itoa(marginB) +
		`" w:left="` + strconv.Itoa(marginL) + `" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`)
	return b.String()
}

// para is one paragraph of style; newlines in text become line breaks.
func para(style, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>` + run(text, "") + `</w:p>`
}

// run is text in one run with run properties rpr; "\n" breaks the line.
func run(text, rpr string) string {
	if text == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<w:r>`)
	if rpr != "" {
		b.WriteString(`<w:rPr>` + rpr + `</w:rPr>`)
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		b.WriteString(`<w:t xml:space="preserve">` + esc(line) + `</w:t>`)
	}
	b.WriteString(`</w:r>`)
	return b.String()
}

// esc escapes text for XML; characters XML cannot hold become U+FFFD.
func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// cellXML is one table cell of width w (twips) holding paragraphs.
func cellXML(w int, shade bool, paras string) string {
	s := `<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(w) + `" w:type="dxa"/>`
	if shade {
		s += `<w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>`
	}
	if paras == "" {
		paras = `<w:p/>`
	}
	return s + `</w:tcPr>` + paras + `</w:tc>`
}

func tableStart(widths []int, borders bool) string {
	s := `<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(textWidth) + `" w:type="dxa"/><w:tblLayout w:type="fixed"/>`
	if borders {
		s += `<w:tblBorders>`
		for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
			s += `<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="444444"/>`
		}
		s += `</w:tblBorders>`
	}
	s += `</w:tblPr><w:tblGrid>`
	for _, w := range widths {
		s += `<w:gridCol w:w="` + strconv.Itoa(w) + `"/>`
	}
	return s + `</w:tblGrid>`
}

// factsTable writes label: value lines as a table without borders.
func factsTable(fs []fact) string {
	widths := []int{textWidth * 3 / 10, textWidth - textWidth*3/10}
	var b strings.Builder
	b.WriteString(tableStart(widths, false))
	for _, f := range fs {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>` +
			cellXML(widths[0], false, `<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>`+run(f.Label, `<w:b/>`)+`</w:p>`) +
			cellXML(widths[1], false, `<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>`+run(f.Value, "")+`</w:p>`) + `</w:tr>`)
	}
	b.WriteString(`</w:tbl>` + para("Normal", ""))
	return b.String()
}

// dataTable writes a table with a header row repeated on every page; a
// column's width follows the longest text it holds.
func dataTable(head []string, rows [][]cell) string {
	widths := columnWidths(head, rows)
	var b strings.Builder
	b.WriteString(tableStart(widths, true))
	b.WriteString(`<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>`)
	for i, h := range head {
		b.WriteString(cellXML(widths[i], true, `<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>`+run(h, `<w:b/>`)+`</w:p>`))
	}
	b.WriteString(`</w:tr>`)
	for _, r := range rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for i, c := range r {
			if i >= len(widths) {
				break
			}
			b.WriteString(cellXML(widths[i], false, para("TableText", c.Text)))
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>` + para("Normal", ""))
	return b.String()
}

// columnWidths shares the text width among the columns: each gets room for
// its longest word (dates and numbers whole) and the rest goes by the
// length of its longest cell.
func columnWidths(head []string, rows [][]cell) []int {
	n := len(head)
	longest := make([]int, n)
	word := make([]int, n)
	measure := func(i int, s string, whole bool) {
		l := len([]rune(s))
		longest[i] = max(longest[i], l)
		if whole {
			word[i] = max(word[i], l)
			return
		}
		for _, w := range strings.Fields(s) {
			word[i] = max(word[i], len([]rune(w)))
		}
	}
	for i, h := range head {
		measure(i, h, false)
	}
	for _, r := range rows {
		for i, c := range r {
			if i < n {
				measure(i, c.Text, c.Date)
			}
		}
	}
	const perChar = 100 // twips per character of 9.5 pt text, roughly
	widths := make([]int, n)
	rest, weight := textWidth, 0
	for i := range widths {
		widths[i] = min(word[i]*perChar+200, textWidth/2)
		rest -= widths[i]
		weight += max(longest[i]-word[i], 0)
	}
	for i := range widths {
		if rest > 0 && weight > 0 {
			widths[i] += rest * max(longest[i]-word[i], 0) / weight
		}
	}
	return widths
}

// signatureTable lays the signature lines out two by two, without borders.
func signatureTable(ss []signer, w words) string {
	half := textWidth / 2
	widths := []int{half, textWidth - half}
	var b strings.Builder
	b.WriteString(tableStart(widths, false))
	for i := 0; i < len(ss); i += 2 {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for j := i; j < i+2; j++ {
			if j >= len(ss) {
				b.WriteString(cellXML(widths[j-i], false, ""))
				continue
			}
			s := ss[j]
			who := joinNonEmpty(", ", s.Name, s.Function)
			signed := s.Signed
			if signed == "" {
				signed = w.Blank
			}
			paras := `<w:p><w:pPr><w:pStyle w:val="Signature"/><w:spacing w:before="240" w:after="480"/></w:pPr>` + run(s.Caption, `<w:b/>`) + `</w:p>` +
				para("Signature", "…………………………………………") +
				`<w:p><w:pPr><w:pStyle w:val="Signature"/><w:jc w:val="center"/></w:pPr>` + run("("+w.Sign+")", `<w:sz w:val="16"/>`) + `</w:p>`
			if who != "" {
				paras += para("Signature", who)
			}
			paras += para("Signature", w.SignedOn+": "+signed)
			b.WriteString(cellXML(widths[j-i], false, paras))
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}
