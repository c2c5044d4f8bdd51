package app

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Report is the answer of report for one bundle: its indicators at a date
// (ipw.Indicators). Its JSON is the ipw.IndicatorSet's; AsOf is the date
// used, which the text shows.
type Report struct {
	ipw.IndicatorSet
	AsOf cooperation.Date `json:"-"`
	// Names are the names of the bundle's institutions and services by id,
	// by which the text names them (the JSON keeps the ids).
	Names map[string]string `json:"-"`
}

// ReportOf computes the indicators of a bundle at the date of o (Day).
func ReportOf(bundle []byte, o Options) (Report, *Error) {
	b, opts, err := readBundle(bundle, o)
	if err != nil {
		return Report{}, err
	}
	day := Day(o, b)
	return Report{IndicatorSet: ipw.Indicators(b, day, opts...), AsOf: day, Names: namesByID(b)}, nil
}

// namesByID maps the ids of b's institutions and services to their names.
func namesByID(b *ipw.Bundle) map[string]string {
	names := map[string]string{}
	for _, in := range b.Institutions {
		if in.Name != "" {
			names[in.ID] = in.Name
		}
	}
	for _, s := range b.Services {
		if s.Name != "" {
			names[s.ID] = s.Name
		}
	}
	return names
}

// Reports is the command line's report over several bundles: each bundle's
// indicators and their totals (counts summed, rates recomputed from the
// sums). With one bundle its JSON is that bundle's Report.
type Reports struct {
	Bundles []NamedReport    `json:"bundles"`
	Totals  ipw.IndicatorSet `json:"totals"`
}

// NamedReport is one bundle of Reports.
type NamedReport struct {
	File       string            `json:"file"`
	AsOf       cooperation.Date  `json:"asOf"`
	Indicators ipw.IndicatorSet  `json:"indicators"`
	Names      map[string]string `json:"-"`
}

// Add appends the report of the bundle named file and adds it to the totals.
func (rs *Reports) Add(file string, r Report) {
	rs.Bundles = append(rs.Bundles, NamedReport{File: file, AsOf: r.AsOf, Indicators: r.IndicatorSet, Names: r.Names})
	rs.Totals = rs.Totals.Add(r.IndicatorSet)
}
