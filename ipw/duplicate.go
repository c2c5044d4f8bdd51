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

// family is all that the rules across plans read of one plan: its id, the
// span over which it occupies its family (activeSpan), and who the family
// is. The rules see the plans only through it, so that AcrossInput (its
// String) describes their input exactly.
type family struct {
	id     string
	name   string           // how messages name the plan (planName)
	start  cooperation.Date // the period's start, which tells two plans of one name apart
	span   cooperation.Period
	spanOK bool
	// pesels are the members' valid PESELs; pseudonym is normalised
	// (normPseudonym); years are the members' birth years, sorted.
	pesels    []string
	pseudonym string
	years     []int
}

func familyOf(p *Plan) family {
	f := family{id: p.ID, name: planName(p), start: p.Period.Start, pseudonym: normPseudonym(p.Beneficiary.Pseudonym), years: birthYears(p)}
	f.span, f.spanOK = activeSpan(p)
	for _, m := range p.Beneficiary.Members {
		if m.PESEL != "" && cooperation.CheckPESEL(m.PESEL) == nil {
			f.pesels = append(f.pesels, m.PESEL)
		}
	}
	return f
}

// String encodes everything in f.
func (f family) String() string {
	var b strings.Builder
	b.WriteString(f.id)
	b.WriteByte(0)
	if f.spanOK {
		b.WriteString(f.span.Start.String() + "/" + f.span.End.String())
	}
	b.WriteByte(0)
	b.WriteString(strings.Join(f.pesels, ","))
	b.WriteByte(0)
	b.WriteString(f.pseudonym)
	for _, y := range f.years {
		b.WriteByte(',')
		b.WriteString(strconv.Itoa(y))
	}
	return b.String()
}

// sameFamily says why two plans seem to support the same people: a member
// with the same valid PESEL, or the same pseudonym (ignoring case and outer
// spaces) with the same birth years, counted with repeats.
func sameFamily(a, b *family) (label, bool) {
	for _, p := range b.pesels {
		if slices.Contains(a.pesels, p) {
			return label{"ten sam numer PESEL członka rodziny", "a member has the same PESEL"}, true
		}
	}
	if a.pseudonym == "" || a.pseudonym != b.pseudonym || len(a.years) == 0 {
		return label{}, false
	}
	if slices.Equal(a.years, b.years) {
		return label{"ten sam pseudonim i lata urodzenia", "the same pseudonym and birth years"}, true
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

// acrossPlans runs the rules that compare plans: duplicate IPW ids
// (ref.duplicate_id) and duplicate beneficiaries.
func (c *check) acrossPlans(cooperation.Clock) {
	plans := make([]family, len(c.b.IPWs))
	for i := range c.b.IPWs {
		plans[i] = familyOf(&c.b.IPWs[i])
	}
	uniqueIDs(c.findings, pathIPWList, len(plans), func(i int) (string, label) { return plans[i].id, same(plans[i].name) })
	checkDuplicates(plans, c.findings)
}

// checkDuplicates reports a plan whose family seems to be that of another
// plan of the bundle over an overlapping active span. The finding is at the
// later plan (later start; on the same start, later in the bundle), once,
// naming the earliest such plan.
//
// Plans are compared only with those sharing a key (a valid PESEL, or the
// pseudonym with the birth years), so the cost grows with the number of
// plans, not with its square.
func checkDuplicates(plans []family, f *cooperation.Findings) {
	keys := make([][]string, len(plans))
	groups := make(map[string][]int)
	for i := range plans {
		if !plans[i].spanOK {
			continue
		}
		keys[i] = plans[i].keys()
		for _, k := range keys[i] {
			groups[k] = append(groups[k], i)
		}
	}
	for i := range plans {
		if !plans[i].spanOK {
			continue
		}
		si := plans[i].span
		other, why := -1, label{}
		for _, k := range keys[i] {
			for _, j := range groups[k] {
				sj := plans[j].span
				if j == i || !earlier(sj, j, si, i) || !si.Overlaps(sj) {
					continue
				}
				if w, same := sameFamily(&plans[i], &plans[j]); same && (other < 0 || earlier(sj, j, plans[other].span, other)) {
					other, why = j, w
				}
			}
		}
		if other < 0 {
			continue
		}
		params := []string{"ipw", plans[i].id, "ipwName", plans[i].name, "other", plans[other].id, "otherName", plans[other].name}
		if s, o := plans[i].start, plans[other].start; !s.IsZero() && !o.IsZero() {
			params = append(params, "start", s.String(), "otherStart", o.String())
		}
		f.Add(cooperation.CodeIPWBeneficiaryDuplicate, pathIPWList.Index(i).Key("beneficiary"), append(params, why.params("why")...)...)
	}
}

// keys are the keys under which sameFamily can match a plan: each valid
// PESEL of its members, and its pseudonym with the birth years.
func (f *family) keys() []string {
	var keys []string
	for _, p := range f.pesels {
		keys = append(keys, "pesel:"+p)
	}
	if f.pseudonym != "" && len(f.years) > 0 {
		key := append(append([]byte("pseudonym:"), f.pseudonym...), '|')
		for i, y := range f.years {
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
