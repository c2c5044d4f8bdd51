package monitor

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// SchemaVersion is the version of the monitoring record's document (its
// "schemaVersion" and the schema "monitor").
const SchemaVersion = "1"

// DefaultDisclosureThreshold is the smallest count of families' things a
// record states exactly when the profile names no disclosureThreshold.
const DefaultDisclosureThreshold = 3

// Record is a municipality's monitoring record (rekord monitoringu): the
// figures of one bundle at a date that the municipality sends to its region
// (ROPS/RCPS). It names the municipality and its institutions' figures, and
// counts the families' IPWs without naming or dating any of them (see the
// package documentation).
type Record struct {
	SchemaVersion string           `json:"schemaVersion"`
	Municipality  Municipality     `json:"municipality"`
	AsOf          cooperation.Date `json:"asOf"`
	Period        Period           `json:"period"`
	// DisclosureThreshold is the threshold the counts were withheld under.
	DisclosureThreshold int        `json:"disclosureThreshold"`
	Stages              Stages     `json:"stages"`
	PZK                 PZK        `json:"pzk"`
	Agreements          Agreements `json:"agreements"`
	IPW                 IPWFigures `json:"ipw"`
	// Actions are the IPWs' actions by the kind of their owner: every kind
	// of the bundle's institutions in the catalogue's order (a kind owning
	// no action too, so that the list tells nothing of the families), the
	// family's own commitments last.
	Actions []ActionFigures `json:"actions"`
	// Capacity is the use of the basket of services in the period by the
	// kind of the services' providers, in the catalogue's order of kinds; a
	// kind providing no service is left out.
	Capacity []CapacityFigures `json:"capacity"`
}

// Municipality is the gmina a record is of. Its powiat and voivodeship are
// the first 4 and 2 digits of its TERYT code.
type Municipality struct {
	TERYT      string              `json:"teryt"`
	Name       string              `json:"name"`
	Variant    cooperation.Variant `json:"variant"`
	Population *int                `json:"population,omitempty"`
}

// Period is the span, both ends inclusive, that the record's "in the
// period" figures cover; it ends on the record's date at the latest.
type Period struct {
	From cooperation.Date `json:"from"`
	To   cooperation.Date `json:"to"`
}

// Stages is the implementation stage reached at the date (ipw.Progress) and
// the dates of every stage the bundle records, in the variant's order.
type Stages struct {
	// Completed are the stages completed at the date, in order.
	Completed []ipw.Stage `json:"completed"`
	// Current is the first stage not completed; empty when all are.
	Current  ipw.Stage   `json:"current,omitempty"`
	Recorded []StageDate `json:"recorded"`
}

// StageDate is one recorded stage and its dates.
type StageDate struct {
	Stage     ipw.Stage        `json:"stage"`
	Started   cooperation.Date `json:"started,omitzero"`
	Completed cooperation.Date `json:"completed,omitzero"`
}

// PZK is the partnership team (Partnerski Zespół Kooperacji) at the date.
type PZK struct {
	// Formed is the date the PZK was formed (the team's formed date, or
	// without one the day its first member joined); zero when there is no
	// PZK at the date.
	Formed cooperation.Date `json:"formed,omitzero"`
	// WorkingMonths are the whole calendar months from Formed to the date.
	WorkingMonths int `json:"workingMonths"`
	// Institutions is the number of member institutions active at the date.
	Institutions int `json:"institutions"`
	// Sectors are the distinct sectors of those members, local government
	// not counted, in the catalogue's order.
	Sectors []cooperation.Sector `json:"sectors"`
	// Meetings is the number of its meetings held in the period.
	Meetings int `json:"meetings"`
}

// Agreements are the cooperation agreements and accession declarations in
// force at the date.
type Agreements struct {
	InForce int `json:"inForce"`
	// Parties is the number of distinct institutions party to one of them.
	Parties int `json:"parties"`
}

// IPWFigures count the IPWs. Every count is a Count: it may be withheld.
type IPWFigures struct {
	Total Count `json:"total"`
	// ByStatus counts the IPWs by their status at the date.
	ByStatus StatusCounts `json:"byStatus"`
	// ByOutcome counts the IPWs closed by the date by closure reason, in the
	// catalogue's order of reasons; every reason is present.
	ByOutcome []OutcomeCount `json:"byOutcome"`
	// Opened and Closed count the IPWs whose period began, and that were
	// closed, in the period.
	Opened Count `json:"opened"`
	Closed Count `json:"closed"`
	// Suspensions counts the suspensions that began in the period.
	Suspensions Count     `json:"suspensions"`
	Durations   Durations `json:"durations"`
	Reviews     Reviews   `json:"reviews"`
}

// StatusCounts count IPWs by status.
type StatusCounts struct {
	Draft      Count `json:"draft"`
	Agreed     Count `json:"agreed"`
	InProgress Count `json:"inProgress"`
	Suspended  Count `json:"suspended"`
	Closed     Count `json:"closed"`
}

// OutcomeCount is the number of closed IPWs with one closure reason.
type OutcomeCount struct {
	Reason ipw.ClosureReason `json:"reason"`
	Count  Count             `json:"count"`
}

// Durations describe how long IPWs lasted: the closed ones from the start
// of their period to their closure, the open ones from the start to the
// date. A mean or median is null when fewer IPWs than the threshold stand
// behind it.
type Durations struct {
	Closed Duration `json:"closed"`
	Open   Duration `json:"open"`
	// Histogram counts the closed IPWs by duration in the bins of
	// DurationBins.
	Histogram []Bin `json:"histogram"`
}

// Duration is a mean and a median number of days over Count IPWs.
type Duration struct {
	Count      Count    `json:"count"`
	MeanDays   *float64 `json:"meanDays"`
	MedianDays *float64 `json:"medianDays"`
}

// Bin counts the closed IPWs that lasted at least FromMonths and less than
// ToMonths calendar months (ToMonths 0: no upper bound).
type Bin struct {
	FromMonths int   `json:"fromMonths"`
	ToMonths   int   `json:"toMonths,omitempty"`
	Count      Count `json:"count"`
}

// Reviews count the reviews (przeglądy) held by the date, and those held
// within the profile's review gap of the one before (or of the start).
type Reviews struct {
	Total  Count `json:"total"`
	OnTime Count `json:"onTime"`
}

// ActionFigures count the actions of one kind of owner. Kind is an
// institution kind, or OwnerFamily for the family's own commitments.
type ActionFigures struct {
	Kind   string `json:"kind"`
	Total  Count  `json:"total"`
	Done   Count  `json:"done"`
	OnTime Count  `json:"onTime"`
	Late   Count  `json:"late"`
	// OpenMonths sums, over the months of the period, the actions open in
	// each month (the workload of ipw.Indicators); withheld when fewer
	// actions than the threshold stand behind it.
	OpenMonths Count `json:"openMonths"`
}

// OwnerFamily is the ActionFigures kind of the actions the family itself
// commits to.
const OwnerFamily = "family"

// CapacityFigures are the services of the basket provided by one kind of
// institution, their places over the period and their use.
type CapacityFigures struct {
	Kind     cooperation.Kind `json:"kind"`
	Services int              `json:"services"`
	// PlaceMonths sums, over the months of the period, the monthly
	// capacities of the services that have one; null when none has.
	PlaceMonths *int `json:"placeMonths"`
	// UsedMonths sums, over the months of the period, the actions using
	// those services open in each month; withheld when fewer actions than
	// the threshold stand behind it.
	UsedMonths Count `json:"usedMonths"`
}

// Count is a number of the families' things: IPWs, their actions, reviews
// and suspensions. A count below the disclosure threshold is withheld: its
// JSON is {"fewerThan": T} instead of the number. A count withheld only to
// protect another (so that it cannot be worked out from a total), or a sum
// of months that too few actions stand behind, has the JSON
// {"withheld": true}.
type Count struct {
	// N is the count when it is stated.
	N int
	// FewerThan, when not zero, says the count is withheld as below it.
	FewerThan int
	// Withheld says the count is withheld to protect another one.
	Withheld bool
}
