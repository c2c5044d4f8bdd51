package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"hash/crc32"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
)

// ODT (OpenDocument Text, ISO/IEC 26300) is the second editable format,
// the one the Polish interoperability rules (KRI) name beside DOCX, and
// LibreOffice's own. It is written like DOCX, with archive/zip only, from
// the same view: A4 with the HTML margins, named paragraph styles (headings
// with outline levels, so that the navigator lists them), tables with a
// repeated header row and rows kept whole, signature lines two by two, the
// footer with the municipality, the source id, the date made and "Strona X
// z Y" as fields, and "PROJEKT" in the header of every page of a draft.

const (
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
	nsStyle  = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsFO     = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
	nsSVG    = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
	nsMeta   = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
	nsDC     = "http://purl.org/dc/elements/1.1/"

	odtMediaType = "application/vnd.oasis.opendocument.text"
)

// odtNamespaces declares the namespaces of a part's root element.
const odtNamespaces = ` xmlns:office="` + nsOffice + `" xmlns:style="` + nsStyle + `" xmlns:text="` + nsText +
	`" xmlns:table="` + nsTable + `" xmlns:fo="` + nsFO + `" xmlns:svg="` + nsSVG + `" xmlns:meta="` + nsMeta +
	`" xmlns:dc="` + nsDC + `" office:version="1.3"`

// WriteODT writes d as an ODT file. Like WriteDOCX, it is the same byte for
// byte for the same document.
func (d *Document) WriteODT(w io.Writer) error {
	v := d.view()
	lang, country := "pl", "PL"
	if d.Lang == cooperation.English {
		lang, country = "en", "GB"
	}
	modified := time.Date(d.generated.Year(), d.generated.Month(), d.generated.Day(), 0, 0, 0, 0, time.UTC)
	if d.generated.IsZero() {
		modified = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	parts := []struct{ name, body string }{
		{"mimetype", odtMediaType}, // first and stored, as the format requires
		{"META-INF/manifest.xml", xml.Header + odtManifest},
		{"meta.xml", xml.Header + odtMeta(v.Title, lang+"-"+country, modified)},
		{"styles.xml", xml.Header + odtStyles(v, lang, country)},
		{"content.xml", xml.Header + odtContent(v)},
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for i, p := range parts {
		var f io.Writer
		var err error
		if i == 0 {
			// stored, with no extra field nor data descriptor, so that the
			// file begins "PK…mimetypeapplication/vnd.oasis.opendocument.text"
			n := uint64(len(p.body))
			f, err = z.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Store,
				CRC32: crc32.ChecksumIEEE([]byte(p.body)), CompressedSize64: n, UncompressedSize64: n})
		} else {
			f, err = z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: modified})
		}
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	if err := z.Close(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

const odtManifest = `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
	`<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="` + odtMediaType + `"/>` +
	`<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
	`<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>` +
	`<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>` +
	`</manifest:manifest>`

func odtMeta(title, lang string, made time.Time) string {
	stamp := made.Format("2006-01-02T15:04:05")
	return `<office:document-meta` + odtNamespaces + `><office:meta>` +
		`<meta:generator>kooperacja</meta:generator><dc:title>` + esc(title) + `</dc:title>` +
		`<dc:language>` + lang + `</dc:language><meta:creation-date>` + stamp + `</meta:creation-date>` +
		`<dc:date>` + stamp + `</dc:date></office:meta></office:document-meta>`
}

// odtStyles is styles.xml: the fonts, the named paragraph styles a person
// can change at once, the A4 page and the master page with its footer (and
// the header of a draft).
func odtStyles(v view, lang, country string) string {
	para := func(name, display, pp, tp string) string {
		s := `<style:style style:name="` + name + `" style:display-name="` + display + `" style:family="paragraph" style:parent-style-name="Standard"`
		if strings.HasPrefix(name, "Heading") {
			s += ` style:default-outline-level="` + name[len(name)-1:] + `"`
		}
		s += `>`
		if pp != "" {
			s += `<style:paragraph-properties ` + pp + `/>`
		}
		if tp != "" {
			s += `<style:text-properties ` + tp + `/>`
		}
		return s + `</style:style>`
	}
	sans := `style:font-name="Liberation Sans"`
	var b strings.Builder
	b.WriteString(`<office:document-styles` + odtNamespaces + `>` +
		`<office:font-face-decls>` +
		`<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman" style:font-pitch="variable"/>` +
		`<style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss" style:font-pitch="variable"/>` +
		`</office:font-face-decls><office:styles>` +
		`<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.14cm" fo:line-height="115%"/>` +
		`<style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="` + lang + `" fo:country="` + country + `"/></style:default-style>` +
		`<style:style style:name="Standard" style:family="paragraph" style:class="text"/>` +
		para("Title", "Title", `fo:text-align="center" fo:margin-bottom="0.07cm"`, `fo:font-size="15pt" fo:font-weight="bold"`) +
		para("Subtitle", "Subtitle", `fo:text-align="center" fo:margin-bottom="0.42cm"`, `fo:font-size="12pt"`) +
		para("Heading_20_1", "Heading 1", `fo:margin-top="0.42cm" fo:margin-bottom="0.14cm" fo:keep-with-next="always"`, `fo:font-size="12pt" fo:font-weight="bold"`) +
		para("Heading_20_2", "Heading 2", `fo:margin-top="0.28cm" fo:margin-bottom="0.07cm" fo:keep-with-next="always"`, `fo:font-style="italic" fo:font-weight="bold"`) +
		para("Place", "Place and date", `fo:text-align="end" fo:margin-bottom="0.42cm"`, "") +
		para("Text_20_body", "Text body", `fo:text-align="justify"`, "") +
		para("Note", "Note", `fo:text-align="justify"`, `fo:font-style="italic"`) +
		para("List_20_Item", "List Item", `fo:margin-left="0.7cm" fo:text-indent="-0.7cm"`, "") +
		para("Table_20_Contents", "Table Contents", `fo:margin-bottom="0cm" fo:line-height="100%"`, `fo:font-size="9.5pt"`) +
		para("Table_20_Heading", "Table Heading", `fo:margin-bottom="0cm" fo:line-height="100%"`, `fo:font-size="9.5pt" fo:font-weight="bold"`) +
		para("Fact", "Fact", `fo:margin-bottom="0.07cm"`, "") +
		para("Signature", "Signature", `fo:margin-bottom="0cm" fo:keep-with-next="always"`, `fo:font-size="10pt"`) +
		para("Draft", "Draft", `fo:border-top="0.5pt solid #b00000" fo:border-bottom="0.5pt solid #b00000" fo:padding="0.05cm"`, `fo:color="#b00000"`) +
		para("Footer", "Footer", `fo:margin-bottom="0cm"`, sans+` fo:font-size="7.5pt" fo:color="#333333"`) +
		para("Header", "Header", `fo:text-align="center" fo:margin-bottom="0cm"`, sans+` fo:font-size="14pt" fo:font-weight="bold" fo:color="#b00000"`) +
		`</office:styles><office:automatic-styles>` +
		`<style:style style:name="FooterRight" style:family="paragraph" style:parent-style-name="Footer"><style:paragraph-properties fo:text-align="end"/></style:style>` +
		`<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" ` +
		`fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="1.8cm"/>` +
		`<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>` +
		`<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>` +
		`</style:page-layout></office:automatic-styles><office:master-styles>` +
		`<style:master-page style:name="Standard" style:page-layout-name="A4">`)
	if v.Draft {
		b.WriteString(`<style:header>` + odtPara("Header", v.W.Draft) + `</style:header>`)
	}
	b.WriteString(`<style:footer>` + odtPara("Footer", v.Foot) +
		`<text:p text:style-name="FooterRight">` + odtText(v.W.Page+" ") + `<text:page-number text:select-page="current">1</text:page-number>` +
		odtText(" "+v.W.Of+" ") + `<text:page-count>1</text:page-count></text:p></style:footer>` +
		`</style:master-page></office:master-styles></office:document-styles>`)
	return b.String()
}

// odtContent is content.xml: the blocks of the view, the tables' own
// styles (their column widths) ahead of them.
func odtContent(v view) string {
	var auto, body strings.Builder
	auto.WriteString(`<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>` +
		`<style:style style:name="Small" style:family="text"><style:text-properties fo:font-size="8pt"/></style:style>` +
		`<style:style style:name="Centred" style:family="paragraph" style:parent-style-name="Signature"><style:paragraph-properties fo:text-align="center"/></style:style>` +
		`<style:style style:name="SignatureSpace" style:family="paragraph" style:parent-style-name="Signature"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.85cm"/></style:style>` +
		`<style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>` +
		`<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #444444" fo:padding="0.1cm"/></style:style>` +
		`<style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #444444" fo:padding="0.1cm" fo:background-color="#eeeeee"/></style:style>` +
		`<style:style style:name="Plain" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm"/></style:style>`)
	tables := 0
	table := func(widths []int) string {
		tables++
		name := "T" + strconv.Itoa(tables)
		auto.WriteString(`<style:style style:name="` + name + `" style:family="table"><style:table-properties style:width="` + cm(textWidth) +
			`" table:align="margins" fo:margin-bottom="0.3cm"/></style:style>`)
		s := `<table:table table:name="` + name + `" table:style-name="` + name + `">`
		for i, w := range widths {
			col := name + "." + strconv.Itoa(i+1)
			auto.WriteString(`<style:style style:name="` + col + `" style:family="table-column"><style:table-column-properties style:column-width="` + cm(w) + `"/></style:style>`)
			s += `<table:table-column table:style-name="` + col + `"/>`
		}
		return s
	}
	cellOf := func(style, paras string) string {
		if paras == "" {
			paras = `<text:p/>`
		}
		return `<table:table-cell table:style-name="` + style + `" office:value-type="string">` + paras + `</table:table-cell>`
	}
	if v.Draft {
		body.WriteString(odtPara("Draft", v.DraftNote))
		for _, p := range v.Problems {
			body.WriteString(odtPara("Draft", "– "+p))
		}
	}
	body.WriteString(odtPara("Place", v.PlaceLine) + odtPara("Title", v.Heading))
	if v.Subtitle != "" {
		body.WriteString(odtPara("Subtitle", v.Subtitle))
	}
	for _, bl := range v.Blocks {
		switch bl.Kind {
		case blockHeading:
			body.WriteString(`<text:h text:style-name="Heading_20_1" text:outline-level="1">` + odtText(bl.Text) + `</text:h>`)
		case blockSub:
			body.WriteString(`<text:h text:style-name="Heading_20_2" text:outline-level="2">` + odtText(bl.Text) + `</text:h>`)
		case blockPara:
			body.WriteString(odtPara("Text_20_body", bl.Text))
		case blockNote:
			body.WriteString(odtPara("Note", bl.Text))
		case blockList:
			for i, it := range bl.Items {
				body.WriteString(`<text:p text:style-name="List_20_Item">` + strconv.Itoa(i+1) + `.<text:tab/>` + odtText(it) + `</text:p>`)
			}
		case blockFacts:
			widths := []int{textWidth * 3 / 10, textWidth - textWidth*3/10}
			body.WriteString(table(widths))
			for _, f := range bl.Facts {
				body.WriteString(`<table:table-row table:style-name="Row">` +
					cellOf("Plain", `<text:p text:style-name="Fact"><text:span text:style-name="Bold">`+odtText(f.Label)+`</text:span></text:p>`) +
					cellOf("Plain", odtPara("Fact", f.Value)) + `</table:table-row>`)
			}
			body.WriteString(`</table:table>`)
		case blockTable:
			widths := columnWidths(bl.Head, bl.Rows)
			body.WriteString(table(widths) + `<table:table-header-rows><table:table-row>`)
			for _, h := range bl.Head {
				body.WriteString(cellOf("HeadCell", odtPara("Table_20_Heading", h)))
			}
			body.WriteString(`</table:table-row></table:table-header-rows>`)
			for _, r := range bl.Rows {
				body.WriteString(`<table:table-row table:style-name="Row">`)
				for i := range widths {
					text := ""
					if i < len(r) {
						text = r[i].Text
					}
					body.WriteString(cellOf("Cell", odtPara("Table_20_Contents", text)))
				}
				body.WriteString(`</table:table-row>`)
			}
			body.WriteString(`</table:table>`)
		case blockSignature:
			half := textWidth / 2
			body.WriteString(table([]int{half, textWidth - half}))
			for i := 0; i < len(bl.Signers); i += 2 {
				body.WriteString(`<table:table-row table:style-name="Row">`)
				for j := i; j < i+2; j++ {
					if j >= len(bl.Signers) {
						body.WriteString(cellOf("Plain", ""))
						continue
					}
					body.WriteString(cellOf("Plain", odtSigner(bl.Signers[j], v.W)))
				}
				body.WriteString(`</table:table-row>`)
			}
			body.WriteString(`</table:table>`)
		}
	}
	return `<office:document-content` + odtNamespaces + `><office:automatic-styles>` + auto.String() +
		`</office:automatic-styles><office:body><office:text>` + body.String() + `</office:text></office:body></office:document-content>`
}

// odtSigner is one signature line: who signs, the dotted line, "(podpis)",
// the person and function, and the date recorded or a line for it.
func odtSigner(s signer, w words) string {
	signed := s.Signed
	if signed == "" {
		signed = w.Blank
	}
	out := `<text:p text:style-name="SignatureSpace"><text:span text:style-name="Bold">` + odtText(s.Caption) + `</text:span></text:p>` +
		odtPara("Signature", "…………………………………………") +
		`<text:p text:style-name="Centred"><text:span text:style-name="Small">` + odtText("("+w.Sign+")") + `</text:span></text:p>`
	if who := joinNonEmpty(", ", s.Name, s.Function); who != "" {
		out += odtPara("Signature", who)
	}
	return out + odtPara("Signature", w.SignedOn+": "+signed)
}

// odtPara is one paragraph of style.
func odtPara(style, text string) string {
	return `<text:p text:style-name="` + style + `">` + odtText(text) + `</text:p>`
}

// odtText writes text for a paragraph: escaped, line ends as line breaks,
// tabs as tabs, and every space after the first of a run (and a leading
// one) as text:s, since ODF collapses white space as HTML does.
func odtText(s string) string {
	var b strings.Builder
	spaces := 0
	flush := func() {
		if spaces == 0 {
			return
		}
		if spaces == 1 && b.Len() > 0 {
			b.WriteByte(' ')
		} else {
			b.WriteString(`<text:s text:c="` + strconv.Itoa(spaces) + `"/>`)
		}
		spaces = 0
	}
	for _, r := range s {
		switch r {
		case ' ':
			spaces++
			continue
		case '\n':
			flush()
			b.WriteString(`<text:line-break/>`)
			continue
		case '\t':
			flush()
			b.WriteString(`<text:tab/>`)
			continue
		}
		flush()
		b.WriteString(esc(string(r)))
	}
	flush()
	return b.String()
}

// cm writes a length in twips (twentieths of a point) in centimetres.
func cm(twips int) string {
	return strconv.FormatFloat(float64(twips)/566.929, 'f', 3, 64) + "cm"
}
