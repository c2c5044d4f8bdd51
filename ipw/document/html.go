package document

import (
	_ "embed"
	"html/template"
	"io"
)

//go:embed document.html.tmpl
var htmlSource string

// page is the HTML layout of every document. html/template escapes every
// value for where it stands, the footer's text inside the CSS of the page
// margins included.
var page = template.Must(template.New("document").Parse(htmlSource))

// WriteHTML writes d as one self-contained HTML page, ready to print on A4:
// the place and date of signing at the top, the municipality, the source
// id and the date it was made at the foot of every page beside the page
// number (CSS page margins), "PROJEKT" on every page of a draft. It loads
// nothing from elsewhere: no script, no image, no font but the reader's.
func (d *Document) WriteHTML(w io.Writer) error {
	return page.Execute(w, d.view())
}
