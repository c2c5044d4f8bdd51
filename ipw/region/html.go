package region

import (
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// regionCSS is the style of the HTML report: A4 pages, charts kept whole
// on a page, table heads repeated.
//
//go:embed region.css
var regionCSS string

// chartRows is the number of municipalities in one chart: a chart of 60
// rows fits on an A4 page, and a longer list is drawn as several charts.
const chartRows = 60

// WriteHTML writes the report as one self-contained HTML page in lang,
// ready to print on A4: the region beside the pilot's figures, the totals
// by variant, voivodeship and powiat, the stages reached, the PZKs'
// sectors, the distribution of the IPWs' durations, the workload and
// capacity by kind of institution, bar charts per municipality, and the
// overview table. It loads nothing from elsewhere and runs no script; the
// charts are inline SVG. Every text is escaped where it is written (see
// the package documentation for why not html/template).
func (r *Report) WriteHTML(w io.Writer, lang cooperation.Lang) error {
	var b strings.Builder
	e := func(s string) { b.WriteString(esc(s)) }
	wd := func(id wordID) string { return word(id, lang) }
	el := func(tag, text string) { b.WriteString("<" + tag + ">"); e(text); b.WriteString("</" + tag + ">\n") }
	code := "pl"
	if lang == cooperation.English {
		code = "en"
	}
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + code + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	e(wd(wTitle))
	b.WriteString("</title>\n<style>\n" + regionCSS + "</style>\n</head>\n<body>\n<main>\n")
	el("h1", wd(wTitle))
	b.WriteString("<p>")
	e(wd(wIntro))
	b.WriteString("</p>\n<p>")
	e(r.summaryLine(lang))
	b.WriteString("</p>\n")
	b.WriteString(`<p class="note">`)
	e(wd(wWithheldNote))
	b.WriteString("</p>\n")
	if len(r.Excluded) > 0 {
		el("h2", wd(wExcluded))
		b.WriteString("<ul class=\"excluded\">\n")
		for _, x := range r.Excluded {
			b.WriteString("<li><b>")
			e(x.Source)
			b.WriteString("</b>: ")
			e(x.Reason)
			b.WriteString("</li>\n")
		}
		b.WriteString("</ul>\n")
	}
	if len(r.Municipalities) == 0 {
		el("p", wd(wNoRecords))
		b.WriteString("</main>\n</body>\n</html>\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	r.writeReference(&b, lang)
	el("h2", wd(wByVariant))
	writeGroups(&b, levelVariant, r.Variants, lang)
	el("h2", wd(wByVoivodeship))
	writeGroups(&b, levelVoivodeship, r.Voivodeships, lang)
	r.writeStages(&b, lang)
	r.writeSectors(&b, lang)
	r.writeIPWs(&b, lang)
	r.writeDurations(&b, lang)
	r.writeWorkload(&b, lang)
	r.writeCharts(&b, lang)
	r.writeOverview(&b, lang)
	el("h2", wd(wByPowiat))
	writeGroups(&b, levelPowiat, r.Powiats, lang)
	b.WriteString("</main>\n</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// summaryLine says how many municipalities in how many voivodeships, and
// the dates of their records.
func (r *Report) summaryLine(lang cooperation.Lang) string {
	var first, last cooperation.Date
	for _, m := range r.Municipalities {
		if first.IsZero() || m.AsOf.Before(first) {
			first = m.AsOf
		}
		if last.IsZero() || last.Before(m.AsOf) {
			last = m.AsOf
		}
	}
	dates := first.Format(lang)
	if first != last {
		dates += " – " + last.Format(lang)
	}
	return word(wAsOf, lang) + ": " + dates + "; " + word(wMunicipalityCount, lang) + ": " +
		cooperation.FormatInt(len(r.Municipalities), lang) + "; " + word(wVoivodeships, lang) + ": " + strconv.Itoa(len(r.Voivodeships))
}

// star marks a figure that rests on withheld counts.
func star(withheld int) string {
	if withheld > 0 {
		return " *"
	}
	return ""
}

func (r *Report) writeReference(b *strings.Builder, lang cooperation.Lang) {
	t, p := &r.Total, r.Reference
	wd := func(id wordID) string { return word(id, lang) }
	row := func(measure, region, pilot string) {
		b.WriteString("<tr><td>" + esc(measure) + "</td><td class=\"n\">" + esc(region) +
			"</td><td class=\"n\">" + esc(pilot) + "</td></tr>\n")
	}
	b.WriteString("<h2>" + esc(wd(wRegionVsPilot)) + "</h2>\n<table class=\"ref\"><thead><tr><th>" +
		esc(wd(wMeasure)) + "</th><th class=\"n\">" + esc(wd(wRegion)) + "</th><th class=\"n\">" +
		esc(wd(wPilot)) + "</th></tr></thead><tbody>\n")
	of := " " + wd(wOf) + " "
	row(wd(wSuccess), people(t.IPW.Succeeded, lang)+of+people(t.IPW.Closed, lang)+" ("+peopleRate(t.IPW.SuccessRate, lang)+")"+star(t.IPW.SuccessRate.Withheld),
		cooperation.FormatInt(p.Succeeded, lang)+of+cooperation.FormatInt(p.Closed, lang)+" ("+cooperation.FormatPercent(p.SuccessRate, 1, lang)+")")
	row(wd(wPZKMonths), peopleMean(t.PZK.MeanMonths, lang), strconv.Itoa(p.PZKMonths))
	row(wd(wPartners), cooperation.FormatInt(t.Parties, lang), cooperation.FormatInt(p.Partners, lang))
	var months *float64
	if t.IPW.MeanClosedDays != nil {
		m := *t.IPW.MeanClosedDays / daysPerMonth
		months = &m
	}
	row(wd(wIPWMonths), peopleMean(months, lang)+star(t.IPW.DaysWithout), fmt.Sprintf(wd(wMonthsRange), p.IPWMonthsMin, p.IPWMonthsMax))
	row(wd(wOnTimeMeasure), peopleRate(t.AllActions.OnTimeRate, lang)+star(t.AllActions.OnTimeRate.Withheld), "–")
	row(wd(wReviewsOnTime), peopleRate(t.IPW.ReviewRate, lang)+star(t.IPW.ReviewRate.Withheld), "–")
	row(wd(wVoivodeshipCount), strconv.Itoa(len(r.Voivodeships)), strconv.Itoa(p.Voivodeships))
	b.WriteString("</tbody></table>\n")
}

// daysPerMonth turns a mean in days into months (the mean Gregorian
// month).
const daysPerMonth = 365.2425 / 12

func writeGroups(b *strings.Builder, level string, gs []Group, lang cooperation.Lang) {
	wd := func(id wordID) string { return word(id, lang) }
	b.WriteString("<table><thead><tr>")
	group := map[string]wordID{levelVariant: wVariant, levelVoivodeship: wGroup, levelPowiat: wPowiatHeader}[level]
	for i, h := range []string{wd(group), wd(wMunicipalities), wd(wIPWs), wd(wClosed), wd(wSucceeded), wd(wSuccessRate),
		wd(wOnTimeRate), wd(wPZKSizeMean), wd(wPZKSectorsMean), wd(wPZKMonths)} {
		b.WriteString(th(h, i > 0))
	}
	b.WriteString("</tr></thead><tbody>\n")
	for _, g := range gs {
		f := &g.Figures
		b.WriteString("<tr>" + td(groupName(level, g, lang), false) + td(cooperation.FormatInt(f.Municipalities, lang), true) +
			td(people(f.IPW.Total, lang), true) + td(people(f.IPW.Closed, lang), true) + td(people(f.IPW.Succeeded, lang), true) +
			td(peopleRate(f.IPW.SuccessRate, lang)+star(f.IPW.SuccessRate.Withheld), true) +
			td(peopleRate(f.AllActions.OnTimeRate, lang)+star(f.AllActions.OnTimeRate.Withheld), true) +
			td(peopleMean(f.PZK.MeanInstitutions, lang), true) + td(peopleMean(f.PZK.MeanSectors, lang), true) +
			td(peopleMean(f.PZK.MeanMonths, lang), true) + "</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
}

func th(s string, num bool) string {
	if num {
		return `<th class="n">` + esc(s) + "</th>"
	}
	return "<th>" + esc(s) + "</th>"
}

func td(s string, num bool) string {
	if num {
		return `<td class="n">` + esc(s) + "</td>"
	}
	return "<td>" + esc(s) + "</td>"
}

func (r *Report) writeStages(b *strings.Builder, lang cooperation.Lang) {
	b.WriteString("<h2>" + esc(word(wStages, lang)) + "</h2>\n<table><thead><tr>" +
		th(word(wVariant, lang), false) + th(word(wStage, lang), false) + th(word(wMunicipalities, lang), true) + "</tr></thead><tbody>\n")
	for _, s := range r.Total.Stages {
		name := word(wAllDone, lang)
		if s.Stage != "" {
			name = s.Stage.Label(lang)
			if i := indexOf(ipw.Stages(s.Variant), s.Stage); i >= 0 {
				name = strconv.Itoa(i+1) + ". " + name
			}
		}
		b.WriteString("<tr>" + td(s.Variant.Label(lang), false) + td(name, false) + td(cooperation.FormatInt(s.Municipalities, lang), true) + "</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
}

func indexOf(stages []ipw.Stage, s ipw.Stage) int {
	for i, x := range stages {
		if x == s {
			return i
		}
	}
	return -1
}

func (r *Report) writeSectors(b *strings.Builder, lang cooperation.Lang) {
	b.WriteString("<h2>" + esc(word(wSectorCoverage, lang)) + "</h2>\n<p class=\"note\">" + esc(word(wSectorShare, lang)) + "</p>\n")
	formed := r.Total.PZK.Formed
	var bars []bar
	for _, s := range r.Total.PZK.Sectors {
		share := 0.0
		if formed > 0 {
			share = float64(s.PZKs) / float64(formed)
		}
		bars = append(bars, bar{label: s.Sector.Label(lang), low: share, high: share, known: formed > 0,
			text: cooperation.FormatPercent(share, 0, lang) + " (" + cooperation.FormatInt(s.PZKs, lang) + ")"})
	}
	hbars(b, word(wSectorCoverage, lang), bars, 1, nil)
}

func (r *Report) writeDurations(b *strings.Builder, lang cooperation.Lang) {
	b.WriteString("<h2>" + esc(word(wDurations, lang)) + "</h2>\n<p class=\"note\">" + esc(word(wDurationNote, lang)) + "</p>\n")
	var cols []column
	for _, bin := range r.Total.IPW.Histogram {
		// Whole months: the bin [3, 6) holds 3, 4 and 5 months ("3–5").
		label := strconv.Itoa(bin.FromMonths) + "–" + strconv.Itoa(bin.ToMonths-1)
		if bin.ToMonths == bin.FromMonths+1 {
			label = strconv.Itoa(bin.FromMonths)
		}
		if bin.ToMonths == 0 {
			label = strconv.Itoa(bin.FromMonths) + "+"
		}
		high, ok := bin.Count.High()
		cols = append(cols, column{label: label, low: float64(bin.Count.Low), high: float64(high), bounded: ok, text: people(bin.Count, lang)})
	}
	histogram(b, word(wDurations, lang)+" ("+word(wMonths, lang)+")", cols)
}

func (r *Report) writeWorkload(b *strings.Builder, lang cooperation.Lang) {
	wd := func(id wordID) string { return word(id, lang) }
	b.WriteString("<h2>" + esc(wd(wWorkload)) + "</h2>\n<table><thead><tr>" + th(wd(wKind), false) +
		th(wd(wActions), true) + th(wd(wDone), true) + th(wd(wOnTime), true) + th(wd(wLate), true) + th(wd(wOnTimeRate), true) +
		th(wd(wOpenMonths), true) + "</tr></thead><tbody>\n")
	rows := append(append([]KindActions{}, r.Total.Actions...), r.Total.AllActions)
	for i, a := range rows {
		name := kindLabel(a.Kind, lang)
		if i == len(rows)-1 {
			name = wd(wTotal)
		}
		b.WriteString("<tr>" + td(name, false) + td(people(a.Total, lang), true) + td(people(a.Done, lang), true) +
			td(people(a.OnTime, lang), true) + td(people(a.Late, lang), true) + td(peopleRate(a.OnTimeRate, lang)+star(a.OnTimeRate.Withheld), true) +
			td(people(a.OpenMonths, lang), true) + "</tr>\n")
	}
	b.WriteString("</tbody></table>\n<h3>" + esc(wd(wCapacity)) + "</h3>\n<table><thead><tr>" + th(wd(wProviderKind), false) +
		th(wd(wServices), true) + th(wd(wPlaceMonths), true) + th(wd(wUsedMonths), true) + th(wd(wUse), true) + "</tr></thead><tbody>\n")
	for _, c := range r.Total.Capacity {
		places, use := "–", "–"
		if c.PlaceMonths != nil {
			places = cooperation.FormatInt(*c.PlaceMonths, lang)
		}
		if c.Use != nil {
			use = cooperation.FormatPercent(c.Use.Low, 1, lang)
			if c.Use.High == nil && c.Use.Low == 0 {
				use = word(wUseUnknown, lang)
			} else if c.Use.High == nil {
				use = "≥\u00a0" + use
			} else if *c.Use.High != c.Use.Low {
				use = cooperation.FormatDecimal(c.Use.Low*100, 1, lang) + "–" + cooperation.FormatPercent(*c.Use.High, 1, lang)
			}
		}
		b.WriteString("<tr>" + td(c.Kind.Label(lang), false) + td(strconv.Itoa(c.Services), true) + td(places, true) +
			td(people(c.UsedMonths, lang), true) + td(use, true) + "</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
}
