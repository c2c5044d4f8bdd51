package cooperation

import (
	"slices"
	"strconv"
)

// Service is an entry of the local basket of services (lokalny koszyk usług):
// something a provider institution offers to supported families, with an
// optional monthly capacity (cases served at once).
type Service struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	Provider        string `json:"provider"`
	MonthlyCapacity *int   `json:"monthlyCapacity,omitempty"`
}

// checkServices warns when a service's provider has never been a member of
// the PZK (service.provider_not_member at /services/i/provider). Without a
// PZK, for an unknown provider, or when a PZK member is an unknown
// institution (it may be the provider), it stays silent. Capacity needs the IPW
// actions: see CheckCapacity.
func checkServices(ix *Index, f *Findings) {
	pzk, _, ok := ix.PZK()
	if !ok || ix.MembersBroken(pzk.ID) {
		return
	}
	for i := range ix.P.Services {
		svc := &ix.P.Services[i]
		if !ix.known(svc.Provider) {
			continue
		}
		member := false
		for j := range pzk.Members {
			if pzk.Members[j].Institution == svc.Provider {
				member = true
				break
			}
		}
		if !member {
			f.Add(CodeServiceProviderNotMember, Path("").Key("services").Index(i).Key("provider"),
				"institution", ix.name(svc.Provider), "service", label(svc.Name, svc.ID))
		}
	}
}

// Booking is one use of a basket service by an IPW action, from Start to Due,
// Completed when done (zero: not completed). It counts in every calendar
// month where Start <= the month's last day, Due >= the month's first day,
// and it was not completed before the month's first day. Path locates the
// action; CheckCapacity reports at the service, not at the bookings.
type Booking struct {
	Service   string
	Start     Date
	Due       Date
	Completed Date
	Path      Path
}

// months returns the calendar months (as year*12 + month-1) the booking
// counts in; ok is false when it counts in none or its dates are missing.
func (b Booking) months() (first, last int, ok bool) {
	if b.Start.IsZero() || b.Due.IsZero() {
		return 0, 0, false
	}
	first, last = monthIndex(b.Start), monthIndex(b.Due)
	if !b.Completed.IsZero() {
		last = min(last, monthIndex(b.Completed))
	}
	return first, last, first <= last
}

func monthIndex(d Date) int { return d.Year()*12 + int(d.Month()) - 1 }

func monthKey(m int) string {
	b := appendPadded(make([]byte, 0, 7), m/12, 4)
	return string(appendPadded(append(b, '-'), m%12+1, 2))
}

// CheckCapacity adds service.capacity_exceeded at the service (/services/i)
// for every calendar month in which more bookings use a service than its
// monthlyCapacity: one finding per service and month, with the parameters
// service, month (YYYY-MM), used and capacity. Services without a capacity
// are unlimited; bookings of unknown services or without dates are ignored
// (they are reported elsewhere).
func CheckCapacity(ix *Index, bookings []Booking, f *Findings) {
	type delta = map[int]int
	use := make(map[string]delta)
	for _, b := range bookings {
		svc, ok := ix.Service(b.Service)
		if !ok || svc.MonthlyCapacity == nil {
			continue
		}
		first, last, ok := b.months()
		if !ok {
			continue
		}
		d := use[b.Service]
		if d == nil {
			d = make(delta)
			use[b.Service] = d
		}
		d[first]++
		d[last+1]--
	}
	for i := range ix.P.Services {
		svc := &ix.P.Services[i]
		d := use[svc.ID]
		if d == nil || ix.services[svc.ID] != i {
			continue
		}
		capacity := *svc.MonthlyCapacity
		keys := make([]int, 0, len(d))
		for m := range d {
			keys = append(keys, m)
		}
		slices.Sort(keys)
		used := 0
		for k, m := range keys {
			used += d[m]
			if used <= capacity || k+1 == len(keys) {
				continue
			}
			for month := m; month < keys[k+1]; month++ {
				f.Add(CodeServiceCapacityExceeded, Path("").Key("services").Index(i),
					"service", label(svc.Name, svc.ID), "month", monthKey(month),
					"used", strconv.Itoa(used), "capacity", strconv.Itoa(capacity))
			}
		}
	}
}
