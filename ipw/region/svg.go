package region

import (
	"strconv"
	"strings"
)

// The charts are inline SVG written here: no script, no font or image
// from elsewhere. Every text in them is escaped where it is written.

// bar is one row of a horizontal bar chart: a solid bar to low and a light
// one on to high (the range withheld counts leave open); none when !known.
type bar struct {
	label     string
	low, high float64
	known     bool
	text      string
}

// refLine is a reference value drawn across a chart (the pilot's figure).
type refLine struct {
	value float64
	label string
}

const (
	chartW  = 680
	labelW  = 210
	textW   = 96
	rowH    = 14
	chartUp = 18
)

// f writes a coordinate with one decimal.
func f(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// hbars writes a horizontal bar chart of bars on a scale from 0 to top.
func hbars(b *strings.Builder, title string, bars []bar, top float64, ref *refLine) {
	if top <= 0 {
		top = 1
	}
	plot := float64(chartW - labelW - textW)
	x := func(v float64) float64 { return labelW + plot*min(max(v, 0), top)/top }
	h := chartUp + len(bars)*rowH + 6
	b.WriteString(`<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + strconv.Itoa(chartW) + " " + strconv.Itoa(h) +
		`" width="100%" role="img" aria-label="` + esc(title) + `"><title>` + esc(title) + "</title>\n")
	b.WriteString(`<line x1="` + f(labelW) + `" y1="` + strconv.Itoa(chartUp-4) + `" x2="` + f(labelW) + `" y2="` + strconv.Itoa(h-4) + `" class="axis"/>` + "\n")
	for i, br := range bars {
		y := float64(chartUp + i*rowH)
		b.WriteString(`<text x="` + f(labelW-4) + `" y="` + f(y+10) + `" class="lbl">` + esc(br.label) + "</text>")
		if br.known {
			if br.high > br.low {
				b.WriteString(`<rect x="` + f(x(br.low)) + `" y="` + f(y+2) + `" width="` + f(x(br.high)-x(br.low)) + `" height="10" class="range"/>`)
			}
			if br.low > 0 {
				b.WriteString(`<rect x="` + f(labelW) + `" y="` + f(y+2) + `" width="` + f(x(br.low)-labelW) + `" height="10" class="bar"/>`)
			}
		}
		b.WriteString(`<text x="` + f(chartW-textW+6) + `" y="` + f(y+10) + `" class="val">` + esc(br.text) + "</text>\n")
	}
	if ref != nil {
		rx := x(ref.value)
		b.WriteString(`<line x1="` + f(rx) + `" y1="` + strconv.Itoa(chartUp-4) + `" x2="` + f(rx) + `" y2="` + strconv.Itoa(h-4) + `" class="ref"/>`)
		b.WriteString(`<text x="` + f(rx) + `" y="11" class="reflbl">` + esc(ref.label) + "</text>\n")
	}
	b.WriteString("</svg></figure>\n")
}

// column is one column of a histogram.
type column struct {
	label     string
	low, high float64
	bounded   bool
	text      string
}

// histogram writes a column chart: a solid column to low and a light one on
// to high, or to the top of the chart (marked ≥) when unbounded.
func histogram(b *strings.Builder, title string, cols []column) {
	const w, h, base, up = chartW, 240, 200, 20
	top := 1.0
	for _, c := range cols {
		top = max(top, c.low, c.high)
	}
	y := func(v float64) float64 { return base - (base-up)*min(v, top)/top }
	b.WriteString(`<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + strconv.Itoa(w) + " " + strconv.Itoa(h) +
		`" width="100%" role="img" aria-label="` + esc(title) + `"><title>` + esc(title) + "</title>\n")
	b.WriteString(`<line x1="40" y1="` + strconv.Itoa(base) + `" x2="` + strconv.Itoa(w-10) + `" y2="` + strconv.Itoa(base) + `" class="axis"/>` + "\n")
	if len(cols) == 0 {
		b.WriteString("</svg></figure>\n")
		return
	}
	step := float64(w-60) / float64(len(cols))
	for i, c := range cols {
		x0 := 40 + step*float64(i) + step*0.15
		cw := step * 0.7
		hi := c.high
		if !c.bounded {
			hi = top
		}
		if hi > c.low {
			b.WriteString(`<rect x="` + f(x0) + `" y="` + f(y(hi)) + `" width="` + f(cw) + `" height="` + f(y(c.low)-y(hi)) + `" class="range"/>`)
		}
		if c.low > 0 {
			b.WriteString(`<rect x="` + f(x0) + `" y="` + f(y(c.low)) + `" width="` + f(cw) + `" height="` + f(base-y(c.low)) + `" class="bar"/>`)
		}
		b.WriteString(`<text x="` + f(x0+cw/2) + `" y="` + f(y(hi)-4) + `" class="mid">` + esc(c.text) + "</text>")
		b.WriteString(`<text x="` + f(x0+cw/2) + `" y="` + strconv.Itoa(base+16) + `" class="mid">` + esc(c.label) + "</text>\n")
	}
	b.WriteString("</svg></figure>\n")
}
