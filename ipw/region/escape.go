package region

import "strings"

// esc escapes s for HTML text and attribute values as html.EscapeString
// does (&, <, >, " and '). Package html is not imported: its initialisation
// keeps its table of named entities (about 70 KB) in every program that
// imports this package, the main WebAssembly module among them, which
// never writes the report.
func esc(s string) string {
	if !strings.ContainsAny(s, `&<>"'`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
