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

	if pc.p.Period.Start.IsZero() {
		return
	}
	max := pc.settings.IPW.ReviewMaxGapDays
	held, from := heldReviews(pc.p, pc.now, max)
	for _, h := range held {
		if h.Late {
			pc.add(cooperation.CodeIPWReviewGap, rp.Index(h.Index), "days", strconv.Itoa(h.Days),
				"from", h.From.String(), "to", pc.p.Reviews[h.Index].Date.String(), "max", strconv.Itoa(max))
		}
	}
	last := -1
	if len(held) > 0 {
		last = held[len(held)-1].Index
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

// HeldReview is a review held by a date as the review-gap rule measures it:
// the stretch before it, from the review before it (or the period's
// start), and whether that stretch is longer than the rule allows.
type HeldReview struct {
	// Index is the review's index in the plan's reviews.
	Index int
	// From is the day the stretch starts: the period's start or the latest
	// review before this one, whichever is later.
	From Date
	// Days is the length of the stretch, from From to the review's date.
	Days int
	// Late says the stretch is longer than ipw.reviewMaxGapDays: the rule
	// reports it as ipw.review_gap.
	Late bool
}

// HeldReviews returns the reviews of p dated on or before day, in date
// order, each with the stretch before it as the review-gap rule measures
// it under max days (ipw.reviewMaxGapDays of the settings in force). It is
// nil when p has no period start: the rule does not measure then.
func HeldReviews(p *Plan, day Date, max int) []HeldReview {
	if p.Period.Start.IsZero() {
		return nil
	}
	held, _ := heldReviews(p, cooperation.On(day), max)
	return held
}

// heldReviews returns the reviews of p (which has a start) held by now's
// date with their stretches, and the day the open stretch after the last
// of them starts.
func heldReviews(p *Plan, now cooperation.Clock, max int) ([]HeldReview, Date) {
	var held []HeldReview
	from := p.Period.Start
	for _, r := range reviewOrder(p) {
		d := p.Reviews[r].Date
		if !now.Reached(d) {
			break
		}
		days := from.DaysUntil(d)
		held = append(held, HeldReview{Index: r, From: from, Days: days, Late: days > max})
		if d.After(from) {
			from = d
		}
	}
	return held, from
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
