package app

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Text writes one bundle's indicators.
func (r Report) Text(w io.Writer, lang cooperation.Lang) error {
	var b strings.Builder
	b.WriteString(say(lang, "Stan na dzień ", "As of ") + r.AsOf.Format(lang) + "\n")
	writeIndicators(&b, r.IndicatorSet, r.Names, true, lang)
	_, err := io.WriteString(w, b.String())
	return err
}

// Text writes each bundle's indicators and, for more than one, their
// totals.
func (rs Reports) Text(w io.Writer, lang cooperation.Lang) error {
	var b strings.Builder
	for i, r := range rs.Bundles {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(r.File + say(lang, " (stan na dzień ", " (as of ") + r.AsOf.Format(lang) + ")\n")
		writeIndicators(&b, r.Indicators, r.Names, true, lang)
	}
	if len(rs.Bundles) > 1 {
		n := strconv.Itoa(len(rs.Bundles))
		b.WriteString("\n" + say(lang, "Razem (plików: "+n+")", "Totals ("+n+" files)") + "\n")
		writeIndicators(&b, rs.Totals, nil, false, lang)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// MarshalJSON writes one bundle's indicators alone (the JSON of report for
// one bundle, as the WebAssembly report answers), or {bundles, totals}.
func (rs Reports) MarshalJSON() ([]byte, error) {
	if len(rs.Bundles) == 1 {
		return json.Marshal(rs.Bundles[0].Indicators)
	}
	type all Reports
	return json.Marshal(all(rs))
}

// writeIndicators writes an indicator set; names gives the names of the
// institutions and services by id (an id without a name is written as it
// is).
func writeIndicators(b *strings.Builder, s ipw.IndicatorSet, names map[string]string, detail bool, lang cooperation.Lang) {
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	n := func(v int) string { return cooperation.FormatInt(v, lang) }
	pct := func(r *float64) string {
		if r == nil {
			return "–"
		}
		return cooperation.FormatPercent(*r, 1, lang)
	}
	line := func(label, value string) { b.WriteString("  " + label + ": " + value + "\n") }
	c := s.IPW
	line("IPW", n(c.Total)+" — "+say(lang,
		"projekty: "+n(c.Draft)+", uzgodnione: "+n(c.Agreed)+", w realizacji: "+n(c.InProgress)+", zawieszone: "+n(c.Suspended)+", zakończone: "+n(c.Closed)+" (z sukcesem: "+n(c.Succeeded)+")",
		"draft "+n(c.Draft)+", agreed "+n(c.Agreed)+", in progress "+n(c.InProgress)+", suspended "+n(c.Suspended)+", closed "+n(c.Closed)+" (succeeded "+n(c.Succeeded)+")"))
	line(say(lang, "Odsetek sukcesów", "Success rate"), pct(s.SuccessRate))
	mean := "–"
	if s.MeanClosedDurationDays != nil {
		// A number with a decimal part takes the genitive singular in
		// Polish: 2,5 dnia, 329,0 dnia.
		mean = cooperation.FormatDecimal(*s.MeanClosedDurationDays, 1, lang) + " " + say(lang, "dnia", "days")
	}
	line(say(lang, "Średni czas trwania zakończonych IPW", "Mean duration of closed IPWs"), mean)
	a := s.Actions
	line(say(lang, "Działania", "Actions"), say(lang,
		"wykonane: "+n(a.Done)+" z "+n(a.Total)+", w terminie: "+n(a.DoneOnTime),
		"done "+n(a.Done)+" of "+n(a.Total)+", on time "+n(a.DoneOnTime))+" ("+pct(s.OnTimeRate)+")")
	line("PZK", say(lang,
		"instytucje: "+n(s.PZK.Institutions)+", sektory: "+n(s.PZK.Sectors),
		"institutions "+n(s.PZK.Institutions)+", sectors "+n(s.PZK.Sectors)))
	if !detail {
		return
	}
	none := say(lang, " brak", " none")
	b.WriteString("  " + say(lang, "Otwarte działania według instytucji i miesiąca", "Open actions per institution and month") + ":")
	if len(s.Workload) == 0 {
		b.WriteString(none)
	}
	b.WriteString("\n")
	for _, x := range s.Workload {
		b.WriteString("    " + name(x.Institution) + ", " + month(x.Month, lang) + ": " + n(x.Open) + "\n")
	}
	b.WriteString("  " + say(lang, "Wykorzystanie koszyka usług (wykorzystane / miejsca)", "Use of the basket of services (used / places)") + ":")
	if len(s.ServiceUse) == 0 {
		b.WriteString(none)
	}
	b.WriteString("\n")
	for _, x := range s.ServiceUse {
		capacity := say(lang, "bez limitu", "unlimited")
		if x.Capacity != nil {
			capacity = n(*x.Capacity)
		}
		over := ""
		if x.Capacity != nil && x.Used > *x.Capacity {
			over = say(lang, "  ponad limit", "  over the limit")
		}
		b.WriteString("    " + name(x.Service) + ", " + month(x.Month, lang) + ": " + n(x.Used) + " / " + capacity + over + "\n")
	}
}

// month writes a month key (YYYY-MM) for people: "listopad 2026".
func month(key string, lang cooperation.Lang) string {
	y, err1 := strconv.Atoi(key[:min(4, len(key))])
	m, err2 := strconv.Atoi(key[min(5, len(key)):])
	if err1 != nil || err2 != nil || len(key) != 7 {
		return key
	}
	return cooperation.FormatMonth(y, time.Month(m), lang)
}

// pad writes s followed by spaces to width runes.
func pad(s string, width int) string {
	n := len([]rune(s))
	if n >= width {
		return s
	}
	return s + strings.Repeat(" ", width-n)
}
