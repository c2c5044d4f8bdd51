// Package whatif answers the planner's question "what if a partner
// leaves?" (co, jeśli partner odejdzie?): an institution gives notice to
// every cooperation agreement it is a party to on a date and leaves its
// teams when the notice takes effect; the rest of the plan goes on as
// planned (the simulation's on_time assumption: actions done on their due
// dates, reviews and PZK meetings on schedule). The answer says which
// notice period applied to each agreement, and lists each action of an IPW
// that the leaving puts at risk once, with the findings that appear for it
// in the order of their dates.
//
// Which findings count is the rules' business: an action is affected when a
// finding about it appears in the simulation and not in the plan as it
// stands. The package adds no rule of its own.
package whatif

import (
	"errors"
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/simulate"
)

// Date is the civil date of the cooperation package.
type Date = cooperation.Date

// ErrUnknownInstitution is returned for an institution the bundle does not
// have.
var ErrUnknownInstitution = errors.New("whatif: no institution with that id")

// Notice is the leaving institution's notice to one agreement.
type Notice struct {
	// Agreement points at the agreement; Title is its title.
	Agreement cooperation.Path `json:"agreement"`
	Title     string           `json:"title"`
	// Days is the notice period applied: the agreement's own
	// (FromAgreement) or the profile's agreement.defaultNoticePeriodDays.
	Days          int  `json:"days"`
	FromAgreement bool `json:"fromAgreement"`
	// Effective is the day the withdrawal takes effect.
	Effective Date `json:"effective"`
	// Text says all of it in a sentence, in the language asked for.
	Text string `json:"text"`
}

// Reason is one finding that appears for an affected action, dated.
type Reason struct {
	Date Date `json:"date"`
	cooperation.Finding
}

// Affected is one action the leaving puts at risk.
type Affected struct {
	// Path points at the action; Place names it (the IPW and the action).
	Path  cooperation.Path `json:"path"`
	Place ipw.Place        `json:"place"`
	// Reasons are the findings that appear for it, each rule once, at the
	// first date it appears.
	Reasons []Reason `json:"reasons"`
}

// Result is the answer.
type Result struct {
	// Institution is the leaving institution's name; Date the day of its notice.
	Institution string `json:"institution"`
	Date        Date   `json:"date"`
	// Horizon is the last day simulated: the latest planned end of an IPW,
	// or a year after Date when that is later.
	Horizon Date `json:"horizon"`
	// Notices are the agreements it leaves, in bundle order; empty when it
	// is a party to none on Date.
	Notices []Notice `json:"notices"`
	// Affected are the actions put at risk, in bundle order.
	Affected []Affected `json:"affected"`
	// Appeared are every finding that appears in the simulation, dated.
	Appeared []Reason `json:"appeared"`
	// Scenario holds the problems of the question itself (a date before the
	// bundle's date, an institution that is neither a party nor a member on
	// that day), as the simulation reports them.
	Scenario []cooperation.Finding `json:"scenario"`
}

// PartnerLeaves answers what happens when institution gives notice on d.
// Options are those of simulate.Run: cooperation.AsOf (default the bundle's
// asOf), cooperation.InLanguage and cooperation.WithProfile. It returns an
// error for an institution the bundle does not have, or when the bundle has
// no date to start from.
func PartnerLeaves(b *ipw.Bundle, institution string, d Date, opts ...cooperation.Option) (Result, error) {
	cfg := cooperation.NewConfig(opts...)
	ix := cooperation.NewIndex(&b.Partnership)
	in, ok := ix.Institution(institution)
	if !ok {
		return Result{}, ErrUnknownInstitution
	}
	r := Result{Institution: in.Name, Date: d, Notices: []Notice{}, Affected: []Affected{}, Appeared: []Reason{}}
	settings := ipw.Settings(b, cfg.Profile)
	def := settings.Agreement.DefaultNoticePeriodDays
	for i := range b.Agreements {
		a := &b.Agreements[i]
		if !a.PartyOn(institution, d, def) {
			continue
		}
		n := Notice{
			Agreement: cooperation.Path("/agreements").Index(i), Title: a.Title,
			Days: a.NoticeDays(def), FromAgreement: a.NoticePeriodDays != nil && *a.NoticePeriodDays >= 0,
			Effective: a.WithdrawalEffective(cooperation.Withdrawal{Party: institution, NoticeDate: d}, def),
		}
		n.Text = noticeText(n, cfg.Lang)
		r.Notices = append(r.Notices, n)
	}

	r.Horizon = d.AddMonths(12)
	for i := range b.IPWs {
		if end := ipw.PlannedEnd(&b.IPWs[i]); end.After(r.Horizon) {
			r.Horizon = end
		}
	}
	sc := &ipw.Scenario{Horizon: r.Horizon, Assume: ipw.AssumeOnTime,
		Events: []ipw.Event{{Date: d, Type: ipw.EventPartnerWithdraws, Institution: institution}}}
	sim, err := simulate.Run(b, sc, opts...)
	if err != nil {
		return Result{}, err
	}
	// The same plan without the leaving: what appears there too is the
	// plan's own course, not the leaving's doing.
	base, err := simulate.Run(b, &ipw.Scenario{Horizon: r.Horizon, Assume: ipw.AssumeOnTime, Events: []ipw.Event{}}, opts...)
	if err != nil {
		return Result{}, err
	}
	anyway := map[string]bool{}
	for _, step := range base.Timeline {
		for _, f := range step.Appeared {
			anyway[string(f.Code)+" "+string(f.Path)] = true
		}
	}
	r.Scenario = sim.Scenario
	if r.Scenario == nil {
		r.Scenario = []cooperation.Finding{}
	}
	byAction := map[cooperation.Path]int{}
	for _, step := range sim.Timeline {
		for _, f := range step.Appeared {
			if anyway[string(f.Code)+" "+string(f.Path)] {
				continue
			}
			r.Appeared = append(r.Appeared, Reason{Date: step.Date, Finding: f})
			at, ok := actionOf(f.Path)
			if !ok {
				continue
			}
			k, seen := byAction[at]
			if !seen {
				k = len(r.Affected)
				byAction[at] = k
				r.Affected = append(r.Affected, Affected{Path: at, Place: ipw.Locate(b, at, cfg.Lang)})
			}
			dup := false
			for _, x := range r.Affected[k].Reasons {
				dup = dup || x.Code == f.Code
			}
			if !dup {
				r.Affected[k].Reasons = append(r.Affected[k].Reasons, Reason{Date: step.Date, Finding: f})
			}
		}
	}
	sortAffected(r.Affected)
	return r, nil
}

// actionOf returns the pointer of the action p lies in (/ipws/I/actions/J).
func actionOf(p cooperation.Path) (cooperation.Path, bool) {
	s := p.Segments()
	if len(s) < 4 || s[0] != "ipws" || s[2] != "actions" {
		return "", false
	}
	i, err1 := strconv.Atoi(s[1])
	j, err2 := strconv.Atoi(s[3])
	if err1 != nil || err2 != nil {
		return "", false
	}
	return cooperation.Path("/ipws").Index(i).Key("actions").Index(j), true
}

func sortAffected(xs []Affected) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && cooperation.ComparePaths(xs[j].Path, xs[j-1].Path) < 0; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func noticeText(n Notice, lang cooperation.Lang) string {
	days := cooperation.Noun{One: "dzień", Few: "dni", Many: "dni", EnOne: "day", EnMany: "days"}.Count(n.Days, lang)
	if lang == cooperation.English {
		source := "the default notice period of the municipality's settings"
		if n.FromAgreement {
			source = "the agreement's own notice period"
		}
		return "“" + n.Title + "”: " + days + " of notice (" + source + "); the withdrawal takes effect on " + n.Effective.Format(lang) + "."
	}
	source := "domyślny okres wypowiedzenia z ustawień gminy"
	if n.FromAgreement {
		source = "okres wypowiedzenia podany w porozumieniu"
	}
	return "„" + n.Title + "”: " + days + " wypowiedzenia (" + source + "); wypowiedzenie nabiera skutku " + n.Effective.Format(lang) + "."
}
