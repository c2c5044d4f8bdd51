package ipw

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// activeSpan is the span over which a plan occupies its family: from the
// period's start to the closure date when a closure is recorded, else to the
// planned end. Drafts count: a second plan drafted for a family already in
// one is what the rule is there to catch. ok is false when the span cannot
// be known (no start, or an end before the start).
func activeSpan(p *Plan) (cooperation.Period, bool) {
	end := PlannedEnd(p)
	if p.Closure != nil && !p.Closure.Date.IsZero() {
		end = p.Closure.Date
	}
	if p.Period.Start.IsZero() || end.IsZero() || end.Before(p.Period.Start) {
		return cooperation.Period{}, false
	}
	return cooperation.Period{Start: p.Period.Start, End: end}, true
}

// sameFamily says why two plans seem to support the same people: a member
// with the same valid PESEL, or the same pseudonym (ignoring case and outer
// spaces) with the same birth years, counted with repeats.
func sameFamily(a, b *Plan) (label, bool) {
	pesels := make(map[string]bool)
	for _, m := range a.Beneficiary.Members {
		if m.PESEL != "" && cooperation.CheckPESEL(m.PESEL) == nil {
			pesels[m.PESEL] = true
		}
	}
	for _, m := range b.Beneficiary.Members {
		if pesels[m.PESEL] {
			return label{"a member has the same PESEL", "ten sam numer PESEL członka rodziny"}, true
		}
	}
	pa, pb := normPseudonym(a.Beneficiary.Pseudonym), normPseudonym(b.Beneficiary.Pseudonym)
	if pa == "" || pa != pb || len(a.Beneficiary.Members) == 0 {
		return label{}, false
	}
	if slices.Equal(birthYears(a), birthYears(b)) {
		return label{"the same pseudonym and birth years", "ten sam pseudonim i lata urodzenia"}, true
	}
	return label{}, false
}

func normPseudonym(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func birthYears(p *Plan) []int {
	out := make([]int, 0, len(p.Beneficiary.Members))
	for _, m := range p.Beneficiary.Members {
		out = append(out, m.BirthYear)
	}
	slices.Sort(out)
	return out
}

// checkDuplicates reports a plan whose family seems to be that of another
// plan of the bundle over an overlapping active span. The finding is at the
// later plan (later start; on the same start, later in the bundle), once,
// naming the earliest such plan.
//
// Plans are compared only with those sharing a key (a valid PESEL, or the
// pseudonym with the birth years), so the cost grows with the number of
// plans, not with its square.
func (c *check) checkDuplicates() {
	plans := c.b.IPWs
	spans := make([]cooperation.Period, len(plans))
	ok := make([]bool, len(plans))
	keys := make([][]string, len(plans))
	groups := make(map[string][]int)
	for i := range plans {
		spans[i], ok[i] = activeSpan(&plans[i])
		if !ok[i] {
			continue
		}
		keys[i] = duplicateKeys(&plans[i])
		for _, k := range keys[i] {
			groups[k] = append(groups[k], i)
		}
	}
	for i := range plans {
		if !ok[i] {
			continue
		}
		other, why := -1, label{}
		for _, k := range keys[i] {
			for _, j := range groups[k] {
				if j == i || !earlier(spans[j], j, spans[i], i) || !spans[i].Overlaps(spans[j]) {
					continue
				}
				if w, same := sameFamily(&plans[i], &plans[j]); same && (other < 0 || earlier(spans[j], j, spans[other], other)) {
					other, why = j, w
				}
			}
		}
		if other < 0 {
			continue
		}
		params := []string{"ipw", plans[i].ID, "ipwName", planName(&plans[i]),
			"other", plans[other].ID, "otherName", planName(&plans[other])}
		if s, o := plans[i].Period.Start, plans[other].Period.Start; !s.IsZero() && !o.IsZero() {
			params = append(params, "start", s.String(), "otherStart", o.String())
		}
		c.findings.Add(cooperation.CodeIPWBeneficiaryDuplicate,
			cooperation.Path("").Key("ipws").Index(i).Key("beneficiary"), append(params, why.params("why")...)...)
	}
}

// duplicateKeys are the keys under which sameFamily can match a plan: each
// valid PESEL of its members, and its pseudonym with the birth years.
func duplicateKeys(p *Plan) []string {
	var keys []string
	for _, m := range p.Beneficiary.Members {
		if m.PESEL != "" && cooperation.CheckPESEL(m.PESEL) == nil {
			keys = append(keys, "pesel:"+m.PESEL)
		}
	}
	if ps := normPseudonym(p.Beneficiary.Pseudonym); ps != "" && len(p.Beneficiary.Members) > 0 {
		key := append(append([]byte("pseudonym:"), ps...), '|')
		for i, y := range birthYears(p) {
			if i > 0 {
				key = append(key, ',')
			}
			key = strconv.AppendInt(key, int64(y), 10)
		}
		keys = append(keys, string(key))
	}
	return keys
}

// earlier reports whether plan j (span sj) comes before plan i (span si).
func earlier(sj cooperation.Period, j int, si cooperation.Period, i int) bool {
	if c := sj.Start.Compare(si.Start); c != 0 {
		return c < 0
	}
	return j < i
}
