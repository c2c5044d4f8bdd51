package document

import (
	_ "embed"
	"html"
	"io"
	"strings"
)

// documentCSS is the style of every HTML document; WriteHTML writes the
// page itself (@page): A4 with its margins, the footer and the page number
// in the bottom margin of every page, "PROJEKT" in the top margin of a
// draft.
//
//go:embed document.css
var documentCSS string

// marginFont is the font of the page margins.
const marginFont = `font: 7.5pt "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #333;`

// WriteHTML writes d as one self-contained HTML page, ready to print on A4:
// the place and date of signing at the top, the municipality, the source
// id and the date it was made at the foot of every page beside the page
// number (CSS page margins), "PROJEKT" on every page of a draft. It loads
// nothing from elsewhere: no script, no image, no font but the reader's.
//
// Every text is escaped where it is written (html.EscapeString for the
// page, cssString for the footer in the style sheet); nothing from the
// bundle is written into a tag or an attribute. The page is written here
// rather than by html/template: its layout is fixed, and html/template's
// reflection would make the planner's WebAssembly module 2.9 MB (45 %)
// larger, since the linker must then keep every exported method of the
// program.
func (d *Document) WriteHTML(w io.Writer) error {
	v := d.view()
	var b strings.Builder
	e := func(s string) { b.WriteString(html.EscapeString(s)) }
	lines := func(s string) {
		for i, l := range strings.Split(s, "\n") {
			if i > 0 {
				b.WriteString("<br>")
			}
			e(l)
		}
	}
	b.WriteString("<!DOCTYPE html>\n<html lang=\"")
	e(v.Lang)
	b.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	e(v.Title)
	b.WriteString("</title>\n<style>\n@page {\n  size: A4;\n  margin: 20mm 18mm 22mm 20mm;\n  @bottom-left { content: ")
	b.WriteString(cssString(v.Foot))
	b.WriteString("; " + marginFont + " vertical-align: top; padding-top: 4mm; }\n  @bottom-right { content: ")
	b.WriteString(cssString(v.W.Page + " "))
	b.WriteString(" counter(page) ")
	b.WriteString(cssString(" " + v.W.Of + " "))
	b.WriteString(" counter(pages); " + marginFont + " vertical-align: top; padding-top: 4mm; white-space: nowrap; }\n")
	if v.Draft {
		b.WriteString("  @top-center { content: ")
		b.WriteString(cssString(v.W.Draft))
		b.WriteString("; font: bold 14pt \"Liberation Sans\", \"DejaVu Sans\", Arial, sans-serif; letter-spacing: 0.3em; color: #b00; }\n")
	}
	b.WriteString("}\n")
	b.WriteString(documentCSS)
	b.WriteString("</style>\n</head>\n<body>\n")
	if v.Draft {
		b.WriteString("<div class=\"draft-mark\" aria-hidden=\"true\">")
		e(v.W.Draft)
		b.WriteString("</div>\n")
	}
	b.WriteString("<main>\n")
	if v.Draft {
		b.WriteString("<div class=\"draft\" role=\"note\"><p>")
		e(v.DraftNote)
		b.WriteString("</p>")
		if len(v.Problems) > 0 {
			b.WriteString("<ul>")
			for _, p := range v.Problems {
				b.WriteString("<li>")
				e(p)
				b.WriteString("</li>")
			}
			b.WriteString("</ul>")
		}
		b.WriteString("</div>\n")
	}
	b.WriteString("<p class=\"place\">")
	e(v.PlaceLine)
	b.WriteString("</p>\n<h1>")
	e(v.Heading)
	b.WriteString("</h1>\n")
	if v.Subtitle != "" {
		b.WriteString("<p class=\"subtitle\">")
		e(v.Subtitle)
		b.WriteString("</p>\n")
	}
	for _, bl := range v.Blocks {
		switch bl.Kind {
		case blockHeading:
			b.WriteString("<h2>")
			e(bl.Text)
			b.WriteString("</h2>\n")
		case blockSub:
			b.WriteString("<h3>")
			e(bl.Text)
			b.WriteString("</h3>\n")
		case blockPara:
			b.WriteString("<p>")
			lines(bl.Text)
			b.WriteString("</p>\n")
		case blockNote:
			b.WriteString("<p class=\"note\">")
			lines(bl.Text)
			b.WriteString("</p>\n")
		case blockFacts:
			b.WriteString("<dl>")
			for _, f := range bl.Facts {
				b.WriteString("<dt>")
				e(f.Label)
				b.WriteString("</dt><dd>")
				lines(f.Value)
				b.WriteString("</dd>")
			}
			b.WriteString("</dl>\n")
		case blockList:
			b.WriteString("<ol>")
			for _, it := range bl.Items {
				b.WriteString("<li>")
				lines(it)
				b.WriteString("</li>")
			}
			b.WriteString("</ol>\n")
		case blockTable:
			b.WriteString("<table>\n<thead><tr>")
			for _, h := range bl.Head {
				b.WriteString("<th scope=\"col\">")
				e(h)
				b.WriteString("</th>")
			}
			b.WriteString("</tr></thead>\n<tbody>\n")
			for _, row := range bl.Rows {
				b.WriteString("<tr>")
				for _, c := range row {
					switch {
					case c.Date:
						b.WriteString("<td class=\"d\">")
					case c.Wrap:
						b.WriteString("<td class=\"w\">")
					default:
						b.WriteString("<td>")
					}
					lines(c.Text)
					b.WriteString("</td>")
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</tbody>\n</table>\n")
		case blockSignature:
			b.WriteString("<div class=\"signatures\">\n")
			for _, s := range bl.Signers {
				b.WriteString("<div class=\"sig\"><div class=\"who\">")
				e(s.Caption)
				b.WriteString("</div><div class=\"line\"></div><div class=\"cap\">(")
				e(v.W.Sign)
				b.WriteString(")</div>")
				if who := joinNonEmpty(", ", s.Name, s.Function); who != "" {
					b.WriteString("<div class=\"name\">")
					e(who)
					b.WriteString("</div>")
				}
				b.WriteString("<div class=\"date\">")
				e(v.W.SignedOn + ": ")
				if s.Signed != "" {
					e(s.Signed)
				} else {
					e(v.W.Blank)
				}
				b.WriteString("</div></div>\n")
			}
			b.WriteString("</div>\n")
		}
	}
	b.WriteString("<footer class=\"foot\">")
	e(v.Foot)
	b.WriteString("</footer>\n</main>\n</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
