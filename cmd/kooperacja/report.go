package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/schema"
)

// bundleIndicators is one bundle in report's JSON output for several bundles.
type bundleIndicators struct {
	File       string           `json:"file"`
	AsOf       cooperation.Date `json:"asOf"`
	Indicators ipw.IndicatorSet `json:"indicators"`
}

// runReport prints the indicators of each bundle at its date (DOMAIN.md
// §12), and with several bundles their totals: counts summed, rates
// recomputed from the sums. JSON for one bundle is the indicators object;
// for several, {"bundles": [{file, asOf, indicators}], "totals": {…}}.
func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("report", stderr, &c, false)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kooperacja report [--as-of DATE] [--lang pl|en] [--format text|json] BUNDLE...")
		fs.PrintDefaults()
	}
	opts, ok := parseFlags(fs, &c, args, stderr, atLeastOne)
	if !ok {
		return 2
	}
	cfg := cooperation.NewConfig(opts...)
	var all []bundleIndicators
	var totals ipw.IndicatorSet
	for _, name := range fs.Args() {
		b := decodeBundle(name, stdin, stderr, opts)
		if b == nil {
			return 2
		}
		day := cfg.AsOf
		if day.IsZero() {
			day = b.AsOf
		}
		if day.IsZero() {
			day = schema.Today()
		}
		ind := ipw.Indicators(b, day, opts...)
		all = append(all, bundleIndicators{File: name, AsOf: day, Indicators: ind})
		totals = totals.Add(ind)
	}
	if c.format == "json" {
		var v any = all[0].Indicators
		if len(all) > 1 {
			v = struct {
				Bundles []bundleIndicators `json:"bundles"`
				Totals  ipw.IndicatorSet   `json:"totals"`
			}{all, totals}
		}
		out, err := json.MarshalIndent(v, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "kooperacja report: %v\n", err)
			return 2
		}
		stdout.Write(append(out, '\n'))
		return 0
	}
	t := reportTexts[cfg.Lang]
	for _, r := range all {
		fmt.Fprintf(stdout, "%s (%s %s)\n", r.File, t.asOf, r.AsOf)
		writeIndicators(stdout, t, r.Indicators, true)
		fmt.Fprintln(stdout)
	}
	if len(all) > 1 {
		fmt.Fprintf(stdout, "%s (%d)\n", t.totals, len(all))
		writeIndicators(stdout, t, totals, false)
	}
	return 0
}

type reportText struct {
	asOf, totals, ipws, statuses, success, duration, actions, onTime, pzk, workload, services, none, days, unlimited string
}

var reportTexts = map[cooperation.Lang]reportText{
	cooperation.English: {"as of", "Totals over the bundles", "IPWs", "draft %d, agreed %d, in progress %d, suspended %d, closed %d (succeeded %d)",
		"Success rate", "Mean duration of closed IPWs", "Actions", "done %d of %d, on time %d", "PZK: institutions %d, sectors %d", "Open actions per institution and month",
		"Use of the basket of services", "none", "days", "unlimited"},
	cooperation.Polish: {"na dzień", "Razem dla wszystkich pakietów", "IPW", "projekt %d, uzgodnione %d, w realizacji %d, zawieszone %d, zakończone %d (z sukcesem %d)",
		"Odsetek sukcesów", "Średni czas trwania zakończonych IPW", "Działania", "wykonane %d z %d, w terminie %d", "PZK: instytucje %d, sektory %d", "Otwarte działania według instytucji i miesiąca",
		"Wykorzystanie koszyka usług", "brak", "dni", "bez limitu"},
}

func writeIndicators(w io.Writer, t reportText, s ipw.IndicatorSet, detail bool) {
	pct := func(r *float64) string {
		if r == nil {
			return "–"
		}
		return strconv.FormatFloat(*r*100, 'f', 1, 64) + " %"
	}
	fmt.Fprintf(w, "  %s: %d — "+t.statuses+"\n", t.ipws, s.IPW.Total, s.IPW.Draft, s.IPW.Agreed, s.IPW.InProgress, s.IPW.Suspended, s.IPW.Closed, s.IPW.Succeeded)
	fmt.Fprintf(w, "  %s: %s\n", t.success, pct(s.SuccessRate))
	mean := "–"
	if s.MeanClosedDurationDays != nil {
		mean = strconv.FormatFloat(*s.MeanClosedDurationDays, 'f', 1, 64) + " " + t.days
	}
	fmt.Fprintf(w, "  %s: %s\n", t.duration, mean)
	fmt.Fprintf(w, "  %s: "+t.onTime+" (%s)\n", t.actions, s.Actions.Done, s.Actions.Total, s.Actions.DoneOnTime, pct(s.OnTimeRate))
	fmt.Fprintf(w, "  "+t.pzk+"\n", s.PZK.Institutions, s.PZK.Sectors)
	if !detail {
		return
	}
	fmt.Fprintf(w, "  %s:", t.workload)
	if len(s.Workload) == 0 {
		fmt.Fprintf(w, " %s", t.none)
	}
	fmt.Fprintln(w)
	for _, x := range s.Workload {
		fmt.Fprintf(w, "    %-20s %s  %3d\n", x.Institution, x.Month, x.Open)
	}
	fmt.Fprintf(w, "  %s:", t.services)
	if len(s.ServiceUse) == 0 {
		fmt.Fprintf(w, " %s", t.none)
	}
	fmt.Fprintln(w)
	for _, x := range s.ServiceUse {
		capacity := t.unlimited
		if x.Capacity != nil {
			capacity = strconv.Itoa(*x.Capacity)
		}
		mark := ""
		if x.Capacity != nil && x.Used > *x.Capacity {
			mark = "  !"
		}
		fmt.Fprintf(w, "    %-20s %s  %3d / %s%s\n", x.Service, x.Month, x.Used, capacity, mark)
	}
}
