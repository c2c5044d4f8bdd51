package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
)

// odtFileText reads an ODT file as a person sees it: the header and footer
// of the master page, then the body, a line per paragraph, table cells
// separated by " | ". It also checks the package: the first entry is the
// stored "mimetype", every part is well-formed XML, and the manifest lists
// every part.
func odtFileText(data []byte) (string, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	if len(z.File) == 0 || z.File[0].Name != "mimetype" || z.File[0].Method != zip.Store {
		return "", docxError("the first entry is not the stored mimetype")
	}
	parts := map[string][]byte{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			return "", err
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return "", err
		}
		parts[f.Name] = b
		if strings.HasSuffix(f.Name, ".xml") {
			if err := wellFormed(b); err != nil {
				return "", &partError{f.Name, err}
			}
		}
	}
	if string(parts["mimetype"]) != odtMediaType {
		return "", docxError("the mimetype is " + string(parts["mimetype"]))
	}
	manifest := string(parts["META-INF/manifest.xml"])
	for name := range parts {
		if name != "mimetype" && name != "META-INF/manifest.xml" && !strings.Contains(manifest, `manifest:full-path="`+name+`"`) {
			return "", &partError{name, docxError("not in the manifest")}
		}
	}
	var out strings.Builder
	out.WriteString("--- styles.xml\n" + odtXMLText(parts["styles.xml"]))
	out.WriteString("--- content.xml\n" + odtXMLText(parts["content.xml"]))
	return out.String(), nil
}

// odtXMLText is the text of an ODF part's paragraphs: headings and
// paragraphs on lines, cells joined by " | " (paragraphs within a cell by
// " / "), spaces, tabs and breaks as written, fields as {page-number}.
func odtXMLText(b []byte) string {
	var out, line strings.Builder
	var cells []string
	inTable, inPara := 0, 0
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "s":
				n := 1
				for _, a := range el.Attr {
					if a.Name.Local == "c" {
						n = max(1, atoiOr(a.Value, 1))
					}
				}
				line.WriteString(strings.Repeat(" ", n))
			case "tab":
				line.WriteString("\t")
			case "line-break":
				line.WriteString("\n")
			case "table":
				inTable++
			case "table-cell":
				cells = cells[:0]
			case "p", "h":
				inPara++
			case "page-number", "page-count":
				line.WriteString("{" + el.Name.Local + "}")
				d.Skip()
			}
		case xml.CharData:
			if inPara > 0 {
				line.Write(el)
			}
		case xml.EndElement:
			switch el.Name.Local {
			case "p", "h":
				inPara--
				if inTable > 0 {
					cells = append(cells, line.String())
				} else {
					out.WriteString(line.String() + "\n")
				}
				line.Reset()
			case "table-cell":
				if out.Len() > 0 && !strings.HasSuffix(out.String(), "\n") {
					out.WriteString(" | ")
				}
				out.WriteString(strings.Join(cells, " / "))
			case "table-row":
				out.WriteString("\n")
			case "table":
				inTable--
			}
		}
	}
	return out.String()
}

func atoiOr(s string, def int) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return def
		}
		n = n*10 + int(r-'0')
	}
	return n
}
