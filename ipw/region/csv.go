package region

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
)

// csvHeader are the CSV's columns (see "CSV" in the package
// documentation).
var csvHeader = []string{
	"level", "code", "name", "variant", "powiat", "voivodeship", "population", "as_of", "municipalities",
	"stage", "stages_completed", "stages_total",
	"pzk_institutions", "pzk_sectors", "pzk_months", "pzk_meetings", "agreements",
	"ipws", "closed", "succeeded", "success_rate",
	"actions_done", "actions_on_time", "on_time_rate",
	"mean_closed_days", "reviews_on_time_rate", "withheld_cells",
}

// WriteCSV writes the report as CSV (RFC 4180, UTF-8, a header row): a row
// for every municipality, then the total rows of the powiats, the
// voivodeships, the variants and the whole.
func (r *Report) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Write(csvHeader)
	for _, m := range r.Municipalities {
		months := ""
		if m.PZK.Months != nil {
			months = strconv.Itoa(*m.PZK.Months)
		}
		withheld := m.IPWs.Withheld + m.Closed.Withheld + m.Succeeded.Withheld + m.ActionsDone.Withheld +
			m.ActionsOnTime.Withheld + m.ReviewRate.Withheld
		cw.Write([]string{
			levelGmina, m.TERYT, m.Name, string(m.Variant), m.Powiat, m.Voivodeship, csvInt(m.Population), m.AsOf.String(), "1",
			string(m.Stage), strconv.Itoa(m.StagesCompleted), strconv.Itoa(m.StagesTotal),
			strconv.Itoa(m.PZK.Institutions), strconv.Itoa(m.PZK.Sectors), months, strconv.Itoa(m.PZK.Meetings),
			strconv.Itoa(m.Agreements),
			csvSum(m.IPWs), csvSum(m.Closed), csvSum(m.Succeeded), csvRate(m.SuccessRate),
			csvSum(m.ActionsDone), csvSum(m.ActionsOnTime), csvRate(m.OnTimeRate),
			csvFloat(m.MeanClosedDays), csvRate(m.ReviewRate), strconv.Itoa(withheld),
		})
	}
	for _, g := range r.Powiats {
		cw.Write(groupRow(levelPowiat, g))
	}
	for _, g := range r.Voivodeships {
		cw.Write(groupRow(levelVoivodeship, g))
	}
	for _, g := range r.Variants {
		cw.Write(groupRow(levelVariant, g))
	}
	cw.Write(groupRow(levelTotal, Group{Figures: r.Total}))
	cw.Flush()
	return cw.Error()
}

// groupRow is the CSV row of a group: its counts summed, its PZK columns
// the means over its PZKs.
func groupRow(level string, g Group) []string {
	f := &g.Figures
	variant, powiat, voivodeship := "", "", ""
	switch level {
	case levelVariant:
		variant = g.Code
	case levelPowiat:
		powiat, voivodeship = g.Code, cooperation.VoivodeshipCode(g.Code)
	case levelVoivodeship:
		voivodeship = g.Code
	}
	withheld := f.IPW.Total.Withheld + f.IPW.Closed.Withheld + f.IPW.Succeeded.Withheld + f.AllActions.Done.Withheld +
		f.AllActions.OnTime.Withheld + f.IPW.ReviewRate.Withheld
	return []string{
		level, g.Code, g.Name, variant, powiat, voivodeship, strconv.Itoa(f.Population), "", strconv.Itoa(f.Municipalities),
		"", "", "",
		csvFloat(f.PZK.MeanInstitutions), csvFloat(f.PZK.MeanSectors), csvFloat(f.PZK.MeanMonths), strconv.Itoa(f.PZK.Meetings),
		strconv.Itoa(f.Agreements),
		csvSum(f.IPW.Total), csvSum(f.IPW.Closed), csvSum(f.IPW.Succeeded), csvRate(f.IPW.SuccessRate),
		csvSum(f.AllActions.Done), csvSum(f.AllActions.OnTime), csvRate(f.AllActions.OnTimeRate),
		csvFloat(f.IPW.MeanClosedDays), csvRate(f.IPW.ReviewRate), strconv.Itoa(withheld),
	}
}
