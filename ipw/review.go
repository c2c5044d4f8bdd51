package ipw

import (
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Decision is what a review (monitoring meeting) decided.
type Decision string

// The review decisions.
const (
	DecisionContinue Decision = "continue"
	DecisionModify   Decision = "modify"
	DecisionExtend   Decision = "extend"
	DecisionSuspend  Decision = "suspend"
	DecisionClose    Decision = "close"
)

// Review is a monitoring review of the IPW by the team with the family.
type Review struct {
	Date         Date     `json:"date"`
	Participants []string `json:"participants,omitempty"`
	Decision     Decision `json:"decision"`
	NewEnd       Date     `json:"newEnd,omitzero"`
	Notes        string   `json:"notes,omitempty"`
}

func (d Decision) String() string { return string(d) }

// checkReviews checks extensions and the review cadence. The stretches from
// the start to the first review and between reviews (dated on or before
// asOf) longer than ipw.reviewMaxGapDays are ipw.review_gap, at the later
// review; the open stretch from the last review (or the start) to asOf, while
// the plan is in progress, is ipw.review_overdue. Each stretch gives at most
// one finding.
func (pc *planCheck) checkReviews() {
	rp := pc.path.Key("reviews")
	end := pc.p.Period.End
	for _, r := range reviewOrder(pc.p) {
		rv := &pc.p.Reviews[r]
		if rv.Decision != DecisionExtend {
			continue
		}
		if end.IsZero() && rv.NewEnd.IsZero() {
			continue
		}
		if validExtension(rv, end) {
			end = rv.NewEnd
			continue
		}
		at := rp.Index(r).Key("newEnd")
		params := []string{"date", rv.Date.String(), "end", end.String()}
		if rv.NewEnd.IsZero() {
			at = rp.Index(r)
		} else {
			params = append(params, "newEnd", rv.NewEnd.String())
		}
		pc.add(cooperation.CodeIPWReviewExtendInvalid, at, params...)
	}

	start := pc.p.Period.Start
	if start.IsZero() {
		return
	}
	max := pc.settings.IPW.ReviewMaxGapDays
	from, last := start, -1
	for _, r := range reviewOrder(pc.p) {
		d := pc.p.Reviews[r].Date
		if !pc.now.Reached(d) {
			break
		}
		if days := from.DaysUntil(d); days > max {
			pc.add(cooperation.CodeIPWReviewGap, rp.Index(r), "days", strconv.Itoa(days),
				"from", from.String(), "to", d.String(), "max", strconv.Itoa(max))
		}
		if d.After(from) {
			from = d
		}
		last = r
	}
	if pc.status != StatusInProgress {
		return
	}
	if days, over := pc.now.Over(from, max); over {
		at := pc.path
		if last >= 0 {
			at = rp
		}
		params := []string{"days", strconv.Itoa(days), "from", from.String(), "max", strconv.Itoa(max)}
		if last < 0 { // never reviewed: counted from the start
			params = append(params, label{"rozpoczęcia programu", "the start of the programme"}.params("since")...)
		}
		pc.add(cooperation.CodeIPWReviewOverdue, at, params...)
	}
}

// extensionBroken reports whether a review decided to extend the plan with a
// newEnd that does not extend it (ipw.review_extend_invalid): the planned end
// is then not what the plan's authors meant, and the rules that find a date
// past it stay silent.
func extensionBroken(p *Plan) bool {
	end := p.Period.End
	for _, r := range reviewOrder(p) {
		rv := &p.Reviews[r]
		switch {
		case rv.Decision != DecisionExtend, end.IsZero() && rv.NewEnd.IsZero():
		case validExtension(rv, end):
			end = rv.NewEnd
		default:
			return true
		}
	}
	return false
}
