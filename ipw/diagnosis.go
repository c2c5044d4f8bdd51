package ipw

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

func (a Area) String() string { return string(a) }

// The four facets of the model's multidimensional diagnosis. A facet is
// described when at least one of its sides is written down: a family may
// have strengths and no weaknesses worth noting in an area.
var facets = []struct {
	name  label
	sides func(*AreaDiagnosis) []string
}{
	{label{"przyczyny", "causes"}, func(d *AreaDiagnosis) []string { return []string{d.Causes} }},
	{label{"mocne i słabe strony", "strengths and weaknesses"}, func(d *AreaDiagnosis) []string { return []string{d.Strengths, d.Weaknesses} }},
	{label{"zasoby i deficyty", "resources and deficits"}, func(d *AreaDiagnosis) []string { return []string{d.Resources, d.Deficits} }},
	{label{"oczekiwania i potrzeby", "expectations and needs"}, func(d *AreaDiagnosis) []string { return []string{d.Expectations, d.Needs} }},
}

// checkDiagnosis checks the diagnosis: that there is one with at least one
// area, dated no later than the start, that every problem area describes the
// four facets and is addressed by a goal or deferred with a reason.
func (pc *planCheck) checkDiagnosis() {
	d := pc.p.Diagnosis
	if d == nil {
		pc.missing(cooperation.CodeIPWDiagnosisMissing, pc.path)
		return
	}
	dp := pc.path.Key("diagnosis")
	if len(d.Areas) == 0 {
		pc.missing(cooperation.CodeIPWDiagnosisMissing, dp.Key("areas"))
		return
	}
	if start := pc.p.Period.Start; !d.Date.IsZero() && !start.IsZero() && d.Date.After(start) {
		pc.add(cooperation.CodeIPWDiagnosisAfterStart, dp.Key("date"),
			"diagnosis", d.Date.String(), "start", start.String())
	}
	goalAreas := make(map[Area]bool)
	diagnosed := pc.diagnosed()
	misnamed := false // a goal names an area the diagnosis lacks: it may be meant for any
	for _, g := range pc.p.Goals {
		for _, a := range g.Areas {
			goalAreas[a] = true
			misnamed = misnamed || !diagnosed[a]
		}
	}
	for k := range d.Areas {
		ad := &d.Areas[k]
		if !ad.Problem {
			continue
		}
		at := dp.Key("areas").Index(k)
		var missing []label
		for _, f := range facets {
			if blank(f.sides(ad)...) {
				missing = append(missing, f.name)
			}
		}
		if len(missing) > 0 {
			pc.missing(cooperation.CodeIPWDiagnosisIncomplete, at,
				append(areaTerms.both(ad.Area).params("area"), joinLabels(missing).params("missing")...)...)
		}
		if goalAreas[ad.Area] || misnamed {
			continue
		}
		deferred, reasonless := false, -1
		for j, da := range pc.p.DeferredAreas {
			if da.Area != ad.Area {
				continue
			}
			if blank(da.Reason) {
				reasonless = j
			} else {
				deferred = true
			}
		}
		if deferred {
			continue
		}
		if reasonless >= 0 {
			at = pc.path.Key("deferredAreas").Index(reasonless).Key("reason")
		}
		pc.missing(cooperation.CodeIPWAreaWithoutGoal, at, areaTerms.both(ad.Area).params("area")...)
	}
}

// diagnosed returns the set of areas the diagnosis covers, or nil when there
// is no usable diagnosis.
func (pc *planCheck) diagnosed() map[Area]bool {
	d := pc.p.Diagnosis
	if d == nil || len(d.Areas) == 0 {
		return nil
	}
	out := make(map[Area]bool, len(d.Areas))
	for _, a := range d.Areas {
		out[a.Area] = true
	}
	return out
}

// blank reports whether every s is empty or white space.
func blank(s ...string) bool {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// joinLabels joins labels with semicolons (a label may contain "and"), in both languages.
func joinLabels(ls []label) label {
	var en, pl []string
	for _, l := range ls {
		en = append(en, l.en)
		pl = append(pl, l.pl)
	}
	return label{strings.Join(pl, "; "), strings.Join(en, "; ")}
}
