package region

import (
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// writeIPWs writes the IPWs by status, what happened in the periods, and
// the closed IPWs by closure reason.
func (r *Report) writeIPWs(b *strings.Builder, lang cooperation.Lang) {
	t := &r.Total.IPW
	row := func(label string, s Sum) {
		b.WriteString("<tr>" + td(label, false) + td(people(s, lang)+star(s.Withheld), true) + "</tr>\n")
	}
	b.WriteString("<h2>" + esc(word(wIPWHeading, lang)) + "</h2>\n<table><thead><tr>" +
		th(word(wStatus, lang), false) + th(word(wIPWCount, lang), true) + "</tr></thead><tbody>\n")
	for _, s := range []struct {
		status ipw.Status
		sum    Sum
	}{{ipw.StatusDraft, t.Draft}, {ipw.StatusAgreed, t.Agreed}, {ipw.StatusInProgress, t.InProgress},
		{ipw.StatusSuspended, t.Suspended}, {ipw.StatusClosed, t.Closed}} {
		row(s.status.Label(lang), s.sum)
	}
	row(word(wIPWs, lang), t.Total)
	row(word(wOpenedInPeriod, lang), t.Opened)
	row(word(wClosedInPeriod, lang), t.ClosedIn)
	row(word(wSuspensions, lang), t.Suspensions)
	b.WriteString("</tbody></table>\n<table><thead><tr>" + th(word(wReason, lang), false) + th(word(wIPWCount, lang), true) + "</tr></thead><tbody>\n")
	for _, o := range t.ByOutcome {
		row(o.Reason.Label(lang), o.Count)
	}
	b.WriteString("</tbody></table>\n")
}

// rateBar is a municipality's bar of a rate: the value, or the interval
// withheld counts leave open.
func rateBar(label string, r Rate, lang cooperation.Lang) bar {
	br := bar{label: label, text: peopleRate(r, lang)}
	if r.Low != nil && r.High != nil {
		br.low, br.high, br.known = *r.Low, *r.High, true
	}
	return br
}

func rowLabel(m Municipality) string { return m.Name + " (" + m.TERYT + ")" }

// writeCharts draws a bar chart per measure with a bar per municipality,
// in charts of at most chartRows bars.
func (r *Report) writeCharts(b *strings.Builder, lang cooperation.Lang) {
	b.WriteString("<h2>" + esc(word(wPerMunicipality, lang)) + "</h2>\n")
	pilot := r.Reference
	maxSize, maxMonths := 1.0, float64(pilot.PZKMonths)
	for _, m := range r.Municipalities {
		maxSize = max(maxSize, float64(m.PZK.Institutions))
		if m.PZK.Months != nil {
			maxMonths = max(maxMonths, float64(*m.PZK.Months))
		}
	}
	charts := []struct {
		title string
		top   float64
		ref   *refLine
		bar   func(Municipality) bar
	}{
		{word(wSuccessRate, lang), 1, &refLine{pilot.SuccessRate, pilotLabel(cooperation.FormatPercent(pilot.SuccessRate, 1, lang), lang)},
			func(m Municipality) bar { return rateBar(rowLabel(m), m.SuccessRate, lang) }},
		{word(wOnTimeRate, lang), 1, nil,
			func(m Municipality) bar { return rateBar(rowLabel(m), m.OnTimeRate, lang) }},
		{word(wPZKSize, lang), maxSize, nil,
			func(m Municipality) bar {
				n := float64(m.PZK.Institutions)
				return bar{label: rowLabel(m), low: n, high: n, known: true, text: strconv.Itoa(m.PZK.Institutions)}
			}},
		{word(wPZKMonthsOne, lang), maxMonths, &refLine{float64(pilot.PZKMonths), pilotLabel(strconv.Itoa(pilot.PZKMonths), lang)},
			func(m Municipality) bar {
				if m.PZK.Months == nil {
					return bar{label: rowLabel(m), text: word(wNoPZK, lang)}
				}
				n := float64(*m.PZK.Months)
				return bar{label: rowLabel(m), low: n, high: n, known: true, text: strconv.Itoa(*m.PZK.Months)}
			}},
	}
	for _, c := range charts {
		b.WriteString("<h3>" + esc(c.title) + "</h3>\n")
		for from := 0; from < len(r.Municipalities); from += chartRows {
			part := r.Municipalities[from:min(from+chartRows, len(r.Municipalities))]
			bars := make([]bar, len(part))
			for i, m := range part {
				bars[i] = c.bar(m)
			}
			hbars(b, c.title, bars, c.top, c.ref)
		}
	}
}

func pilotLabel(value string, lang cooperation.Lang) string {
	return strings.Replace(word(wReference, lang), "%s", value, 1)
}

// writeOverview writes the table of the municipalities.
func (r *Report) writeOverview(b *strings.Builder, lang cooperation.Lang) {
	wd := func(id wordID) string { return word(id, lang) }
	b.WriteString("<h2>" + esc(wd(wOverview)) + "</h2>\n<table><thead><tr>")
	for i, h := range []string{wd(wGmina), wd(wTERYT), wd(wVariant), wd(wStageOverview), wd(wPZKSize), wd(wPZKSectors), wd(wPZKMonthsOne),
		wd(wAgreements), wd(wIPWs), wd(wClosed), wd(wSucceeded), wd(wSuccessRate), wd(wOnTimeRate), wd(wMeanDays)} {
		b.WriteString(th(h, i > 3))
	}
	b.WriteString("</tr></thead><tbody>\n")
	for _, m := range r.Municipalities {
		stage := strconv.Itoa(m.StagesCompleted) + "/" + strconv.Itoa(m.StagesTotal)
		if m.Stage != "" {
			stage += " " + m.Stage.Label(lang)
		} else {
			stage += " " + word(wAllDone, lang)
		}
		months := "–"
		if m.PZK.Months != nil {
			months = strconv.Itoa(*m.PZK.Months)
		}
		b.WriteString("<tr>" + td(m.Name, false) + td(m.TERYT, false) + td(m.Variant.Label(lang), false) + td(stage, false) +
			td(strconv.Itoa(m.PZK.Institutions), true) + td(strconv.Itoa(m.PZK.Sectors), true) + td(months, true) +
			td(strconv.Itoa(m.Agreements), true) + td(people(m.IPWs, lang), true) + td(people(m.Closed, lang), true) +
			td(people(m.Succeeded, lang), true) + td(peopleRate(m.SuccessRate, lang), true) + td(peopleRate(m.OnTimeRate, lang), true) +
			td(peopleMean(m.MeanClosedDays, lang), true) + "</tr>\n")
	}
	b.WriteString("</tbody></table>\n")
}
