// Package recordsynth makes monitoring records (package ipw/monitor) of
// fictional figures for the gminas of the whole country, for the regional
// report's tests and benchmark (kbench region). The TERYT codes are
// real-looking: valid gmina codes in each of the 16 voivodeships, as many
// per voivodeship as it has gminas (2 477 in all), in land powiats of about
// eight gminas and cities with powiat rights (powiat 61 and above); they are
// not the register's codes, and the names are made up. The same seed gives
// the same records.
package recordsynth

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// Country is the number of gminas in Poland.
const Country = 2477

// The gminas and the cities with powiat rights of each voivodeship, in the
// order of the codes: the country's numbers.
var voivodeships = []struct {
	code           string
	gminas, cities int
}{
	{"02", 169, 4}, {"04", 144, 4}, {"06", 213, 4}, {"08", 82, 2},
	{"10", 177, 3}, {"12", 182, 3}, {"14", 314, 5}, {"16", 71, 1},
	{"18", 160, 4}, {"20", 118, 3}, {"22", 123, 4}, {"24", 167, 19},
	{"26", 102, 1}, {"28", 116, 2}, {"30", 226, 4}, {"32", 113, 3},
}

// perPowiat is the number of gminas of a land powiat.
const perPowiat = 8

// Codes returns the TERYT codes of n gminas spread evenly over the country
// (every voivodeship has some once n ≥ 16), in the order of the codes; n is
// at most Country.
func Codes(n int) []string {
	all := country()
	n = min(max(n, 0), len(all))
	out := make([]string, n)
	for i := range out {
		out[i] = all[i*len(all)/n]
	}
	return out
}

func country() []string {
	out := make([]string, 0, Country)
	for _, v := range voivodeships {
		land := v.gminas - v.cities
		for i := 0; i < land; i++ {
			p, g := i/perPowiat+1, i%perPowiat+1
			kind := 2 // rural
			switch {
			case g == 1:
				kind = 1 // the powiat's town
			case g%3 == 0:
				kind = 3 // urban-rural
			}
			out = append(out, fmt.Sprintf("%s%02d%02d%d", v.code, p, g, kind))
		}
		for c := 0; c < v.cities; c++ {
			out = append(out, fmt.Sprintf("%s%02d011", v.code, 61+c))
		}
	}
	slices.Sort(out)
	return out
}

var (
	stems    = []string{"Brzez", "Dąbr", "Lip", "Wol", "Kamien", "Jabłon", "Olsz", "Górk", "Zales", "Sosn", "Grab", "Bukow", "Jawor", "Krzyw", "Łąk", "Wierzb"}
	suffixes = []string{"ów", "ice", "no", "ka", "iec", "owo", "ina", "any"}
)

// Threshold is the disclosure threshold of the records.
const Threshold = monitor.DefaultDisclosureThreshold

// Record returns the record of the gmina code at 2026-11-16 drawn from seed
// and the code: a year's period, a stage, a PZK, agreements, IPWs with
// every count below Threshold withheld (and one more of a group withheld
// where one alone could be worked out from the total), actions of a few
// kinds of owner and a basket's capacity.
func Record(code string, seed uint64) monitor.Record {
	var h uint64
	for _, c := range code {
		h = h*31 + uint64(c)
	}
	r := rand.New(rand.NewPCG(seed, h))
	asOf := cooperation.MustDate("2026-11-16")
	pop := 2000 + r.IntN(30000)
	switch code[6] {
	case '1':
		pop = 8000 + r.IntN(120000)
	}
	if code[4:6] == "01" && code[2] == '6' {
		pop = 60000 + r.IntN(600000)
	}
	variant, _ := cooperation.DeriveVariant(code, &pop)
	rec := monitor.Record{
		SchemaVersion:       monitor.SchemaVersion,
		Municipality:        monitor.Municipality{TERYT: code, Name: stems[r.IntN(len(stems))] + suffixes[r.IntN(len(suffixes))], Variant: variant, Population: &pop},
		AsOf:                asOf,
		Period:              monitor.Period{From: cooperation.MustDate("2025-11-17"), To: asOf},
		DisclosureThreshold: Threshold,
	}
	stages := ipw.Stages(variant)
	done := r.IntN(len(stages) + 1)
	day := cooperation.MustDate("2024-01-15")
	rec.Stages.Completed = []ipw.Stage{}
	rec.Stages.Recorded = []monitor.StageDate{}
	for i, s := range stages {
		if i < done {
			rec.Stages.Completed = append(rec.Stages.Completed, s)
			rec.Stages.Recorded = append(rec.Stages.Recorded, monitor.StageDate{Stage: s, Started: day, Completed: day.AddDays(30 + r.IntN(90))})
			day = day.AddDays(120 + r.IntN(60))
		} else if i == done {
			rec.Stages.Current = s
		}
	}
	sectors := rec.PZK.Sectors[:0]
	if done > 0 || r.IntN(3) > 0 {
		months := 3 + r.IntN(30)
		rec.PZK.Formed = asOf.AddMonths(-months)
		rec.PZK.WorkingMonths = months
		rec.PZK.Institutions = 4 + r.IntN(22)
		for _, s := range []cooperation.Sector{cooperation.SectorSocialAssistance, cooperation.SectorHealth, cooperation.SectorLabour,
			cooperation.SectorEducation, cooperation.SectorPublicSafety, cooperation.SectorJustice, cooperation.SectorCivilSociety,
			cooperation.SectorCultureSport, cooperation.SectorHousing, cooperation.SectorSocialInsurance} {
			if s == cooperation.SectorSocialAssistance || r.IntN(10) < 6 {
				sectors = append(sectors, s)
			}
		}
		rec.PZK.Meetings = r.IntN(13)
		rec.Agreements = monitor.Agreements{InForce: 1 + r.IntN(4), Parties: rec.PZK.Institutions + r.IntN(3)}
	}
	rec.PZK.Sectors = append([]cooperation.Sector{}, sectors...)
	fillIPWs(&rec, r, rec.PZK.WorkingMonths > 0)
	return rec
}

// count is a count as a record states it: withheld below the threshold,
// 0 included (as package monitor withholds).
func count(n int) monitor.Count {
	if n < Threshold {
		return monitor.Count{FewerThan: Threshold}
	}
	return monitor.Count{N: n}
}

// group states the counts ns, and withholds one more when exactly one is
// withheld (it could be worked out from the stated total).
func group(ns ...int) []monitor.Count {
	out := make([]monitor.Count, len(ns))
	withheld, smallest := 0, -1
	for i, n := range ns {
		out[i] = count(n)
		if out[i].FewerThan > 0 {
			withheld++
		} else if smallest < 0 || n < ns[smallest] {
			smallest = i
		}
	}
	if withheld == 1 && smallest >= 0 {
		out[smallest] = monitor.Count{Withheld: true}
	}
	return out
}

func fillIPWs(rec *monitor.Record, r *rand.Rand, hasPZK bool) {
	var draft, agreed, inProgress, suspended, closed int
	if hasPZK {
		draft, agreed, inProgress, suspended, closed = r.IntN(3), r.IntN(4), r.IntN(15), r.IntN(3), r.IntN(25)
	}
	total := draft + agreed + inProgress + suspended + closed
	st := group(draft, agreed, inProgress, suspended, closed)
	rec.IPW.Total = count(total)
	rec.IPW.ByStatus = monitor.StatusCounts{Draft: st[0], Agreed: st[1], InProgress: st[2], Suspended: st[3], Closed: st[4]}
	// closed: most with goals achieved
	reasons := []ipw.ClosureReason{ipw.ClosureGoalsAchieved, ipw.ClosureGoalsPartiallyAchieved, ipw.ClosureBeneficiaryResigned,
		ipw.ClosureConsentWithdrawn, ipw.ClosureMovedAway, ipw.ClosureLostContact, ipw.ClosureDeath, ipw.ClosureTransferred,
		ipw.ClosurePeriodEnded, ipw.ClosureOther}
	byReason := make([]int, len(reasons))
	for i := 0; i < closed; i++ {
		switch x := r.IntN(100); {
		case x < 78:
			byReason[0]++
		case x < 90:
			byReason[1]++
		default:
			byReason[2+r.IntN(len(reasons)-2)]++
		}
	}
	oc := group(byReason...)
	rec.IPW.ByOutcome = make([]monitor.OutcomeCount, len(reasons))
	for i, reason := range reasons {
		rec.IPW.ByOutcome[i] = monitor.OutcomeCount{Reason: reason, Count: oc[i]}
	}
	rec.IPW.Opened = count(min(total, r.IntN(total+1)))
	rec.IPW.Closed = count(min(closed, r.IntN(closed+1)))
	rec.IPW.Suspensions = count(r.IntN(suspended + 2))
	bins := make([]int, len(monitor.DurationBins()))
	days := 0
	for i := 0; i < closed; i++ {
		m := 4 + r.IntN(10) + r.IntN(6)
		days += m*30 + r.IntN(30)
		for j, b := range monitor.DurationBins() {
			if m >= b.FromMonths && (b.ToMonths == 0 || m < b.ToMonths) {
				bins[j]++
			}
		}
	}
	rec.IPW.Durations.Closed.Count = count(closed)
	rec.IPW.Durations.Open.Count = count(total - closed)
	if closed >= Threshold {
		mean := float64(days) / float64(closed)
		median := float64(300 + r.IntN(90))
		rec.IPW.Durations.Closed.MeanDays, rec.IPW.Durations.Closed.MedianDays = &mean, &median
	}
	if open := total - closed; open >= Threshold {
		mean, median := float64(60+r.IntN(200)), float64(60+r.IntN(200))
		rec.IPW.Durations.Open.MeanDays, rec.IPW.Durations.Open.MedianDays = &mean, &median
	}
	hc := group(bins...)
	rec.IPW.Durations.Histogram = monitor.DurationBins()
	for i := range rec.IPW.Durations.Histogram {
		rec.IPW.Durations.Histogram[i].Count = hc[i]
	}
	reviews := total * (1 + r.IntN(3))
	rec.IPW.Reviews = monitor.Reviews{Total: count(reviews), OnTime: count(reviews * (60 + r.IntN(41)) / 100)}

	rec.Actions = []monitor.ActionFigures{}
	rec.Capacity = []monitor.CapacityFigures{}
	if total == 0 {
		return
	}
	for _, kind := range []string{"ops", "pcpr", "pup", "school", "health_care", "police", "ngo", monitor.OwnerFamily} {
		if kind != "ops" && kind != monitor.OwnerFamily && r.IntN(3) == 0 {
			continue
		}
		n := total * (1 + r.IntN(4))
		done := n * (40 + r.IntN(50)) / 100
		onTime := done * (60 + r.IntN(41)) / 100
		rec.Actions = append(rec.Actions, monitor.ActionFigures{Kind: kind, Total: count(n), Done: count(done),
			OnTime: count(onTime), Late: count(done - onTime), OpenMonths: count((n - done) * (1 + r.IntN(8)))})
	}
	for _, kind := range []cooperation.Kind{cooperation.KindOPS, cooperation.KindPCPR, cooperation.KindNGO} {
		if r.IntN(2) == 0 {
			continue
		}
		c := monitor.CapacityFigures{Kind: kind, Services: 1 + r.IntN(4), UsedMonths: count(r.IntN(60))}
		if r.IntN(4) > 0 {
			p := 12 * (2 + r.IntN(10))
			c.PlaceMonths = &p
		}
		rec.Capacity = append(rec.Capacity, c)
	}
}
