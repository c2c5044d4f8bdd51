package region

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// Figures are the totals of a group of municipalities: all of them, a
// variant, a voivodeship or a powiat. Every count of the families' things
// is a Sum and every ratio of them a Rate, so that a total resting on a
// withheld count says so; the figures of the institutions (PZK members,
// agreements, meetings, services) are never withheld and are plain numbers.
type Figures struct {
	Municipalities int `json:"municipalities"`
	// Population sums the populations the records state; Unstated counts
	// the records that state none.
	Population         int `json:"population"`
	PopulationUnstated int `json:"populationUnstated"`
	// Stages count the municipalities by the stage they are at.
	Stages []StageCount `json:"stages"`
	PZK    PZKFigures   `json:"pzk"`
	// Agreements in force and the institutions party to them, summed.
	Agreements int       `json:"agreements"`
	Parties    int       `json:"parties"`
	IPW        IPWTotals `json:"ipw"`
	// Actions are the IPWs' actions by the kind of their owner (the
	// catalogue's order of kinds, the family last); AllActions their sum.
	Actions    []KindActions `json:"actions"`
	AllActions KindActions   `json:"allActions"`
	// Capacity is the use of the service baskets by the kind of provider.
	Capacity []KindCapacity `json:"capacity"`

	sectors        map[cooperation.Sector]int
	pzkMonths      int
	pzkInstitution int
	pzkSectors     int
	closedDays     float64 // mean × count over the records with a mean
	success        rateSum
	onTime         rateSum
	reviews        rateSum
	kinds          map[string]*kindAcc
	capacity       map[cooperation.Kind]*capAcc
	stages         map[stageKey]int
	bins           map[[2]int]*Sum
}

// StageCount is the number of municipalities of a variant at a stage (the
// first stage not completed); Stage is empty for those that completed
// every stage.
type StageCount struct {
	Variant        cooperation.Variant `json:"variant"`
	Stage          ipw.Stage           `json:"stage"`
	Municipalities int                 `json:"municipalities"`
}

type stageKey struct {
	variant cooperation.Variant
	stage   ipw.Stage
}

// PZKFigures are the partnership teams of the group.
type PZKFigures struct {
	// Formed is the number of municipalities with a PZK.
	Formed int `json:"formed"`
	// Institutions sums their member institutions.
	Institutions int `json:"institutions"`
	// MeanInstitutions, MeanSectors and MeanMonths are the means over the
	// PZKs formed: members, sectors covered, whole months worked.
	MeanInstitutions *float64 `json:"meanInstitutions"`
	MeanSectors      *float64 `json:"meanSectors"`
	MeanMonths       *float64 `json:"meanMonths"`
	Meetings         int      `json:"meetings"`
	// Sectors are the sectors of the catalogue (local government aside)
	// with the number of PZKs that cover each.
	Sectors []SectorCoverage `json:"sectors"`
}

// SectorCoverage is the number of PZKs with a member of a sector.
type SectorCoverage struct {
	Sector cooperation.Sector `json:"sector"`
	PZKs   int                `json:"pzks"`
}

// IPWTotals count the IPWs of the group.
type IPWTotals struct {
	Total      Sum `json:"total"`
	Draft      Sum `json:"draft"`
	Agreed     Sum `json:"agreed"`
	InProgress Sum `json:"inProgress"`
	Suspended  Sum `json:"suspended"`
	Closed     Sum `json:"closed"`
	// Succeeded are the closed IPWs whose closure reason is goals_achieved;
	// SuccessRate is Succeeded of Closed.
	Succeeded   Sum            `json:"succeeded"`
	SuccessRate Rate           `json:"successRate"`
	ByOutcome   []OutcomeTotal `json:"byOutcome"`
	Opened      Sum            `json:"openedInPeriod"`
	ClosedIn    Sum            `json:"closedInPeriod"`
	Suspensions Sum            `json:"suspensions"`
	// MeanClosedDays is the mean duration of the closed IPWs over the
	// records that state a mean (weighted by their counts); DaysBasis is
	// the number of IPWs behind it and DaysWithout the municipalities with
	// closed IPWs but no mean stated (too few to state one).
	MeanClosedDays *float64 `json:"meanClosedDays"`
	DaysBasis      int      `json:"daysBasis"`
	DaysWithout    int      `json:"daysWithout"`
	// Histogram is the distribution of the closed IPWs' durations.
	Histogram     []BinTotal `json:"histogram"`
	Reviews       Sum        `json:"reviews"`
	ReviewsOnTime Sum        `json:"reviewsOnTime"`
	ReviewRate    Rate       `json:"reviewsOnTimeRate"`
}

// OutcomeTotal is the number of closed IPWs with one closure reason.
type OutcomeTotal struct {
	Reason ipw.ClosureReason `json:"reason"`
	Count  Sum               `json:"count"`
}

// BinTotal counts the closed IPWs that lasted at least FromMonths and less
// than ToMonths (0: no upper bound).
type BinTotal struct {
	FromMonths int `json:"fromMonths"`
	ToMonths   int `json:"toMonths"`
	Count      Sum `json:"count"`
}

// KindActions are the actions owned by one kind of institution (or by the
// family, monitor.OwnerFamily): the workload of the kind.
type KindActions struct {
	Kind       string `json:"kind"`
	Total      Sum    `json:"total"`
	Done       Sum    `json:"done"`
	OnTime     Sum    `json:"onTime"`
	Late       Sum    `json:"late"`
	OpenMonths Sum    `json:"openMonths"`
	// OnTimeRate is OnTime of Done.
	OnTimeRate Rate `json:"onTimeRate"`
}

type kindAcc struct {
	KindActions
	rate rateSum
}

// KindCapacity is the basket's services of one kind of provider: how many,
// their places over the periods, and the months of their use.
type KindCapacity struct {
	Kind     cooperation.Kind `json:"kind"`
	Services int              `json:"services"`
	// PlaceMonths sums the place-months of the records that state them;
	// null when none does.
	PlaceMonths *int `json:"placeMonths"`
	UsedMonths  Sum  `json:"usedMonths"`
	// Use is UsedMonths over PlaceMonths (it may exceed 1), as bounds when
	// a count behind it is withheld; null without places.
	Use *Bounds `json:"use"`
}

// Bounds are the least and the greatest a ratio can be; High is null when
// it has no known bound.
type Bounds struct {
	Low  float64  `json:"low"`
	High *float64 `json:"high"`
}

type capAcc struct {
	KindCapacity
	places   int
	hasPlace bool
}

// add adds one record (a municipality) to the figures.
func (f *Figures) add(r *monitor.Record, c *contribution) {
	if f.kinds == nil {
		f.sectors = map[cooperation.Sector]int{}
		f.kinds = map[string]*kindAcc{}
		f.capacity = map[cooperation.Kind]*capAcc{}
		f.stages = map[stageKey]int{}
		f.bins = map[[2]int]*Sum{}
	}
	f.Municipalities++
	if p := r.Municipality.Population; p != nil {
		f.Population += *p
	} else {
		f.PopulationUnstated++
	}
	f.stages[stageKey{r.Municipality.Variant, r.Stages.Current}]++
	if !r.PZK.Formed.IsZero() {
		f.PZK.Formed++
		f.pzkMonths += r.PZK.WorkingMonths
		f.pzkInstitution += r.PZK.Institutions
		f.pzkSectors += len(r.PZK.Sectors)
		for _, s := range r.PZK.Sectors {
			f.sectors[s]++
		}
	}
	f.PZK.Institutions += r.PZK.Institutions
	f.PZK.Meetings += r.PZK.Meetings
	f.Agreements += r.Agreements.InForce
	f.Parties += r.Agreements.Parties

	in := &r.IPW
	t := &f.IPW
	t.Total.Merge(c.total)
	t.Draft.Merge(c.draft)
	t.Agreed.Merge(c.agreed)
	t.InProgress.Merge(c.inProgress)
	t.Suspended.Merge(c.suspended)
	t.Closed.Merge(c.closed)
	t.Succeeded.Merge(c.succeeded)
	f.success.add(c.succeeded, c.closed)
	for i, o := range in.ByOutcome {
		j := outcomeIndex(t, o.Reason)
		t.ByOutcome[j].Count.Merge(c.outcomes[i])
	}
	t.Opened.Add(in.Opened)
	t.ClosedIn.Add(in.Closed)
	t.Suspensions.Add(in.Suspensions)
	if m := in.Durations.Closed.MeanDays; m != nil && in.Durations.Closed.Count.FewerThan == 0 && !in.Durations.Closed.Count.Withheld {
		n := in.Durations.Closed.Count.N
		f.closedDays += *m * float64(n)
		t.DaysBasis += n
	} else if !isZero(in.Durations.Closed.Count) {
		t.DaysWithout++
	}
	for i, b := range in.Durations.Histogram {
		k := [2]int{b.FromMonths, b.ToMonths}
		if f.bins[k] == nil {
			f.bins[k] = &Sum{}
		}
		f.bins[k].Merge(c.bins[i])
	}
	t.Reviews.Merge(c.reviews)
	t.ReviewsOnTime.Merge(c.reviewsOnTime)
	f.reviews.add(c.reviewsOnTime, c.reviews)

	f.onTime.add(c.onTime, c.done)
	for i, a := range r.Actions {
		k := f.kinds[a.Kind]
		if k == nil {
			k = &kindAcc{KindActions: KindActions{Kind: a.Kind}}
			f.kinds[a.Kind] = k
		}
		ks := &c.kinds[i]
		k.Total.Merge(ks.total)
		k.Done.Merge(ks.done)
		k.OnTime.Merge(ks.onTime)
		k.Late.Merge(ks.late)
		k.OpenMonths.Merge(ks.open)
		k.rate.add(ks.onTime, ks.done)
	}
	for _, cp := range r.Capacity {
		k := f.capacity[cp.Kind]
		if k == nil {
			k = &capAcc{KindCapacity: KindCapacity{Kind: cp.Kind}}
			f.capacity[cp.Kind] = k
		}
		k.Services += cp.Services
		if cp.PlaceMonths != nil {
			k.places += *cp.PlaceMonths
			k.hasPlace = true
		}
		k.UsedMonths.Add(cp.UsedMonths)
	}
}

// isZero reports whether c is a stated 0.
func isZero(c monitor.Count) bool { return c.N == 0 && c.FewerThan == 0 && !c.Withheld }

func outcomeIndex(t *IPWTotals, reason ipw.ClosureReason) int {
	for i, o := range t.ByOutcome {
		if o.Reason == reason {
			return i
		}
	}
	t.ByOutcome = append(t.ByOutcome, OutcomeTotal{Reason: reason})
	return len(t.ByOutcome) - 1
}

// finish computes the means, rates and ordered lists from the sums.
func (f *Figures) finish() {
	if f.kinds == nil { // no record
		f.Stages, f.Actions, f.Capacity = []StageCount{}, []KindActions{}, []KindCapacity{}
		f.IPW.ByOutcome, f.IPW.Histogram, f.PZK.Sectors = []OutcomeTotal{}, []BinTotal{}, []SectorCoverage{}
		return
	}
	mean := func(sum float64, n int) *float64 {
		if n == 0 {
			return nil
		}
		v := sum / float64(n)
		return &v
	}
	f.PZK.MeanInstitutions = mean(float64(f.pzkInstitution), f.PZK.Formed)
	f.PZK.MeanSectors = mean(float64(f.pzkSectors), f.PZK.Formed)
	f.PZK.MeanMonths = mean(float64(f.pzkMonths), f.PZK.Formed)
	f.PZK.Sectors = make([]SectorCoverage, 0, len(sectorOrder()))
	for _, s := range sectorOrder() {
		f.PZK.Sectors = append(f.PZK.Sectors, SectorCoverage{s, f.sectors[s]})
	}
	f.IPW.MeanClosedDays = mean(f.closedDays, f.IPW.DaysBasis)
	f.IPW.SuccessRate = f.success.rate()
	f.IPW.ReviewRate = f.reviews.rate()
	f.IPW.ByOutcome = sortedOutcomes(f.IPW.ByOutcome)
	f.IPW.Histogram = sortedBins(f.bins)
	f.Stages = sortedStages(f.stages)

	f.Actions = make([]KindActions, 0, len(f.kinds))
	f.AllActions = KindActions{Kind: ""}
	for _, k := range orderedKinds(f.kinds) {
		a := f.kinds[k]
		a.OnTimeRate = a.rate.rate()
		f.Actions = append(f.Actions, a.KindActions)
		f.AllActions.Total.Merge(a.Total)
		f.AllActions.Done.Merge(a.Done)
		f.AllActions.OnTime.Merge(a.OnTime)
		f.AllActions.Late.Merge(a.Late)
		f.AllActions.OpenMonths.Merge(a.OpenMonths)
	}
	f.AllActions.OnTimeRate = f.onTime.rate()
	f.Capacity = make([]KindCapacity, 0, len(f.capacity))
	for _, k := range orderedCapacity(f.capacity) {
		c := f.capacity[k]
		c.PlaceMonths, c.Use = nil, nil
		if c.hasPlace {
			p := c.places
			c.PlaceMonths = &p
			if p > 0 {
				b := Bounds{Low: float64(c.UsedMonths.Low) / float64(p)}
				if h, ok := c.UsedMonths.High(); ok {
					hv := float64(h) / float64(p)
					b.High = &hv
				}
				c.Use = &b
			}
		}
		f.Capacity = append(f.Capacity, c.KindCapacity)
	}
}
