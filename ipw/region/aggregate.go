package region

import (
	"cmp"
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// Report is the regional report: a row for every municipality, and the
// totals of all of them, of each variant, voivodeship and powiat, beside
// the pilot's reference figures.
type Report struct {
	Reference      Pilot          `json:"reference"`
	Municipalities []Municipality `json:"municipalities"`
	Total          Figures        `json:"total"`
	Variants       []Group        `json:"variants"`
	Voivodeships   []Group        `json:"voivodeships"`
	Powiats        []Group        `json:"powiats"`
	// Excluded are the records left out of the report, and why; the HTML
	// lists them (the adapters report them in their own way).
	Excluded []Excluded `json:"-"`
}

// Excluded is a record left out of the report: where it was read and why,
// in the report's language.
type Excluded struct {
	Source, Reason string
}

// Group is the totals of the municipalities of one variant, voivodeship or
// powiat. Code is the variant, or the TERYT code of the voivodeship (2
// digits) or powiat (4 digits); Name is the voivodeship's name (powiats
// are named by code: the record does not name them).
type Group struct {
	Code string `json:"code"`
	Name string `json:"name,omitempty"`
	Figures
}

// Municipality is one municipality's row of the report: what its record
// says, in the report's terms.
type Municipality struct {
	TERYT       string              `json:"teryt"`
	Name        string              `json:"name"`
	Variant     cooperation.Variant `json:"variant"`
	Powiat      string              `json:"powiat"`
	Voivodeship string              `json:"voivodeship"`
	Population  *int                `json:"population"`
	AsOf        cooperation.Date    `json:"asOf"`
	// Source is where the record was read (a file, FILE:LINE).
	Source string `json:"source"`
	// Stage is the first stage not completed ("" when all are);
	// StagesCompleted of StagesTotal (the variant's stages) are.
	Stage           ipw.Stage `json:"stage"`
	StagesCompleted int       `json:"stagesCompleted"`
	StagesTotal     int       `json:"stagesTotal"`
	PZK             PZKRow    `json:"pzk"`
	Agreements      int       `json:"agreements"`
	IPWs            Sum       `json:"ipws"`
	Closed          Sum       `json:"closed"`
	Succeeded       Sum       `json:"succeeded"`
	SuccessRate     Rate      `json:"successRate"`
	ActionsDone     Sum       `json:"actionsDone"`
	ActionsOnTime   Sum       `json:"actionsOnTime"`
	OnTimeRate      Rate      `json:"onTimeRate"`
	// MeanClosedDays is the record's mean duration of closed IPWs; null
	// when too few stand behind it.
	MeanClosedDays *float64 `json:"meanClosedDays"`
	ReviewRate     Rate     `json:"reviewsOnTimeRate"`
}

// PZKRow is a municipality's partnership team; Months is null when it has
// none.
type PZKRow struct {
	Institutions int  `json:"institutions"`
	Sectors      int  `json:"sectors"`
	Months       *int `json:"months"`
	Meetings     int  `json:"meetings"`
}

// contribution is a record's counts as Sums, each withheld count with no
// bound of its own bounded by what the record's stated counts leave for it
// (within).
type contribution struct {
	total, draft, agreed, inProgress, suspended, closed Sum
	succeeded                                           Sum
	outcomes                                            []Sum // as r.IPW.ByOutcome
	bins                                                []Sum // as r.IPW.Durations.Histogram
	reviews, reviewsOnTime                              Sum
	kinds                                               []kindSums // as r.Actions
	done, onTime                                        Sum        // of every kind
}

type kindSums struct{ total, done, onTime, late, open Sum }

// within returns the counts of a group that add up to at most limit (the
// statuses to the total, the outcomes to the closed), each as a Sum; a
// count withheld with no bound of its own is bounded by limit's greatest
// value less the group's stated counts.
func within(limit Sum, cs ...monitor.Count) []Sum {
	out := make([]Sum, len(cs))
	high, ok := limit.High()
	stated := 0
	for _, c := range cs {
		if c.FewerThan == 0 && !c.Withheld {
			stated += c.N
		}
	}
	for i, c := range cs {
		if ok {
			out[i].AddAtMost(c, high-stated)
		} else {
			out[i].Add(c)
		}
	}
	return out
}

func contributionOf(r *monitor.Record) *contribution {
	in := &r.IPW
	c := &contribution{total: SumOf(in.Total)}
	st := within(c.total, in.ByStatus.Draft, in.ByStatus.Agreed, in.ByStatus.InProgress, in.ByStatus.Suspended, in.ByStatus.Closed)
	c.draft, c.agreed, c.inProgress, c.suspended, c.closed = st[0], st[1], st[2], st[3], st[4]
	outcomes := make([]monitor.Count, len(in.ByOutcome))
	for i, o := range in.ByOutcome {
		outcomes[i] = o.Count
	}
	c.outcomes = within(c.closed, outcomes...)
	for i, o := range in.ByOutcome {
		if o.Reason == ipw.ClosureGoalsAchieved {
			c.succeeded.Merge(c.outcomes[i])
		}
	}
	bins := make([]monitor.Count, len(in.Durations.Histogram))
	for i, b := range in.Durations.Histogram {
		bins[i] = b.Count
	}
	c.bins = within(c.closed, bins...)
	c.reviews = SumOf(in.Reviews.Total)
	c.reviewsOnTime = within(c.reviews, in.Reviews.OnTime)[0]
	c.kinds = make([]kindSums, len(r.Actions))
	for i, a := range r.Actions {
		k := &c.kinds[i]
		k.total = SumOf(a.Total)
		k.done = within(k.total, a.Done)[0]
		ol := within(k.done, a.OnTime, a.Late)
		k.onTime, k.late = ol[0], ol[1]
		k.open = SumOf(a.OpenMonths)
		c.done.Merge(k.done)
		c.onTime.Merge(k.onTime)
	}
	return c
}

// Aggregator adds records one by one and keeps only a row per municipality
// and the totals of the groups, never a record: its memory grows with the
// number of municipalities (and of powiats), not with the records' size.
type Aggregator struct {
	rows         []Municipality
	index        map[string]int
	total        Figures
	variants     map[cooperation.Variant]*Figures
	voivodeships map[string]*Figures
	powiats      map[string]*Figures
}

// NewAggregator returns an empty Aggregator.
func NewAggregator() *Aggregator {
	return &Aggregator{
		index:        map[string]int{},
		variants:     map[cooperation.Variant]*Figures{},
		voivodeships: map[string]*Figures{},
		powiats:      map[string]*Figures{},
	}
}

// Add adds the record of one municipality read from source (a file name,
// FILE:LINE). A record that cannot be placed (its TERYT is not a gmina's,
// its variant unknown) or of a municipality already added is not counted:
// Add returns the Problem instead.
func (a *Aggregator) Add(r *monitor.Record, source string) *Problem {
	m := r.Municipality
	if err := cooperation.CheckTERYT(m.TERYT, cooperation.LevelGmina); err != nil {
		return &Problem{Code: ProblemTERYT, TERYT: m.TERYT, Name: m.Name, Reason: err}
	}
	if !m.Variant.Valid() {
		return &Problem{Code: ProblemVariant, TERYT: m.TERYT, Name: m.Name, Variant: m.Variant}
	}
	if !plausible(r) {
		return &Problem{Code: ProblemImplausible, TERYT: m.TERYT, Name: m.Name}
	}
	if i, ok := a.index[m.TERYT]; ok {
		return &Problem{Code: ProblemDuplicate, TERYT: m.TERYT, Name: m.Name, First: a.rows[i].Source}
	}
	c := contributionOf(r)
	a.index[m.TERYT] = len(a.rows)
	a.rows = append(a.rows, rowOf(r, source, c))
	a.total.add(r, c)
	group(a.variants, m.Variant).add(r, c)
	group(a.voivodeships, cooperation.VoivodeshipCode(m.TERYT)).add(r, c)
	group(a.powiats, cooperation.PowiatCode(m.TERYT)).add(r, c)
	return nil
}

// plausible reports whether every figure of r is one a gmina can have
// (see ProblemImplausible).
func plausible(r *monitor.Record) bool {
	ok := true
	n := func(v int) {
		if v < 0 || v > MaxFigure {
			ok = false
		}
	}
	c := func(cs ...monitor.Count) {
		for _, x := range cs {
			n(x.N)
			n(x.FewerThan)
		}
	}
	d := func(vs ...*float64) {
		for _, v := range vs {
			if v != nil && !(*v >= 0 && *v <= MaxDays) {
				ok = false
			}
		}
	}
	if p := r.Municipality.Population; p != nil {
		n(*p)
	}
	n(r.DisclosureThreshold)
	n(r.PZK.WorkingMonths)
	n(r.PZK.Institutions)
	n(r.PZK.Meetings)
	n(r.Agreements.InForce)
	n(r.Agreements.Parties)
	in := &r.IPW
	c(in.Total, in.ByStatus.Draft, in.ByStatus.Agreed, in.ByStatus.InProgress, in.ByStatus.Suspended, in.ByStatus.Closed,
		in.Opened, in.Closed, in.Suspensions, in.Durations.Closed.Count, in.Durations.Open.Count, in.Reviews.Total, in.Reviews.OnTime)
	d(in.Durations.Closed.MeanDays, in.Durations.Closed.MedianDays, in.Durations.Open.MeanDays, in.Durations.Open.MedianDays)
	for _, o := range in.ByOutcome {
		c(o.Count)
	}
	for _, b := range in.Durations.Histogram {
		c(b.Count)
		n(b.FromMonths)
		n(b.ToMonths)
	}
	for _, a := range r.Actions {
		c(a.Total, a.Done, a.OnTime, a.Late, a.OpenMonths)
	}
	for _, k := range r.Capacity {
		n(k.Services)
		c(k.UsedMonths)
		if k.PlaceMonths != nil {
			n(*k.PlaceMonths)
		}
	}
	return ok
}

// Len is the number of municipalities added.
func (a *Aggregator) Len() int { return len(a.rows) }

func group[K comparable](m map[K]*Figures, k K) *Figures {
	f := m[k]
	if f == nil {
		f = &Figures{}
		m[k] = f
	}
	return f
}

func rowOf(r *monitor.Record, source string, c *contribution) Municipality {
	m := r.Municipality
	row := Municipality{
		TERYT:           m.TERYT,
		Name:            m.Name,
		Variant:         m.Variant,
		Powiat:          cooperation.PowiatCode(m.TERYT),
		Voivodeship:     cooperation.VoivodeshipCode(m.TERYT),
		Population:      m.Population,
		AsOf:            r.AsOf,
		Source:          source,
		Stage:           r.Stages.Current,
		StagesCompleted: len(r.Stages.Completed),
		StagesTotal:     len(ipw.Stages(m.Variant)),
		PZK: PZKRow{
			Institutions: r.PZK.Institutions,
			Sectors:      len(r.PZK.Sectors),
			Meetings:     r.PZK.Meetings,
		},
		Agreements:     r.Agreements.InForce,
		IPWs:           c.total,
		Closed:         c.closed,
		Succeeded:      c.succeeded,
		SuccessRate:    RateOf(c.succeeded, c.closed),
		ActionsDone:    c.done,
		ActionsOnTime:  c.onTime,
		OnTimeRate:     RateOf(c.onTime, c.done),
		MeanClosedDays: r.IPW.Durations.Closed.MeanDays,
		ReviewRate:     RateOf(c.reviewsOnTime, c.reviews),
	}
	if row.Population != nil {
		p := *row.Population
		row.Population = &p
	}
	if row.MeanClosedDays != nil {
		d := *row.MeanClosedDays
		row.MeanClosedDays = &d
	}
	if !r.PZK.Formed.IsZero() {
		months := r.PZK.WorkingMonths
		row.PZK.Months = &months
	}
	return row
}

// Report returns the report of the records added: the municipalities in
// the order of their TERYT codes, the groups in the order of theirs (the
// variants in the model's order).
func (a *Aggregator) Report() *Report {
	rep := &Report{Reference: Reference(), Municipalities: slices.Clone(a.rows)}
	slices.SortFunc(rep.Municipalities, func(x, y Municipality) int { return cmp.Compare(x.TERYT, y.TERYT) })
	rep.Total = a.total
	rep.Total.finish()
	rep.Variants = []Group{}
	for _, v := range cooperation.Variants() {
		if f, ok := a.variants[v]; ok {
			f.finish()
			rep.Variants = append(rep.Variants, Group{Code: string(v), Figures: *f})
		}
	}
	rep.Voivodeships = groups(a.voivodeships, func(code string) string {
		name, _ := cooperation.VoivodeshipName(code)
		return name
	})
	rep.Powiats = groups(a.powiats, func(string) string { return "" })
	return rep
}

func groups(m map[string]*Figures, name func(string) string) []Group {
	out := make([]Group, 0, len(m))
	for code, f := range m {
		f.finish()
		out = append(out, Group{Code: code, Name: name(code), Figures: *f})
	}
	slices.SortFunc(out, func(x, y Group) int { return cmp.Compare(x.Code, y.Code) })
	return out
}
