package ipw

import "github.com/kooperacja/kooperacja/cooperation"

// GoalOutcome returns the outcome of goal g of p, as the closure rules read
// it: the closure's goalOutcomes entry, else the goal's own outcome (""
// when neither says).
func GoalOutcome(p *Plan, g *Goal) Outcome { return outcome(p, g) }

// outcome returns the outcome of goal g: the closure's goalOutcomes entry,
// else the goal's own outcome ("" when neither says).
func outcome(p *Plan, g *Goal) Outcome {
	if p.Closure != nil {
		if o, ok := p.Closure.GoalOutcomes[g.ID]; ok && o != "" {
			return o
		}
	}
	return g.Outcome
}

// checkClosure checks a recorded closure: it gives a reason; and, once the
// plan is closed at asOf, every goal has an outcome, no action is open, and
// the reason agrees with the outcomes.
func (pc *planCheck) checkClosure() {
	cl := pc.p.Closure
	if cl == nil {
		return
	}
	cp := pc.path.Key("closure")
	if cl.Reason == "" {
		pc.add(cooperation.CodeIPWClosureReasonMissing, cp)
	}
	if pc.status != StatusClosed {
		return
	}
	counts := make(map[Outcome]int)
	var first = map[Outcome]string{}
	for g := range pc.p.Goals {
		goal := &pc.p.Goals[g]
		o := outcome(pc.p, goal)
		if o == "" && pc.brokenUnder(cp.Key("goalOutcomes")) {
			continue // an outcome given for a goal that does not exist may be this goal's
		}
		if o == "" {
			pc.missing(cooperation.CodeIPWClosureEvaluationMissing, pc.path.Key("goals").Index(g), "goal", goal.ID)
			continue
		}
		counts[o]++
		if _, ok := first[o]; !ok {
			first[o] = goal.ID
		}
	}
	for k := range pc.p.Actions {
		a := &pc.p.Actions[k]
		if a.Status.Open() {
			pc.add(cooperation.CodeIPWClosedWithOpenActions, pc.path.Key("actions").Index(k).Key("status"),
				append([]string{"action", a.ID}, actionStatusTerms.both(a.Status).params("status")...)...)
		}
	}
	var detail label
	switch cl.Reason {
	case ClosureGoalsAchieved:
		for _, o := range []Outcome{OutcomeNotAchieved, OutcomePartiallyAchieved} {
			if counts[o] > 0 {
				l := outcomeTerms.both(o)
				g := goalName(pc.p, first[o])
				detail = label{"cel „" + g + "” oceniono jako „" + l.pl + "”", `goal "` + g + `" is ` + l.en}
				break
			}
		}
	case ClosureGoalsPartiallyAchieved:
		switch total := counts[OutcomeAchieved] + counts[OutcomePartiallyAchieved] + counts[OutcomeNotAchieved]; {
		case total == 0:
		case counts[OutcomeAchieved] == total:
			detail = label{"wszystkie cele osiągnięto", "every goal is achieved"}
		case counts[OutcomeNotAchieved] == total:
			detail = label{"żadnego celu nie osiągnięto nawet częściowo", "no goal is achieved, even in part"}
		}
	}
	if detail.en == "" {
		return
	}
	pc.add(cooperation.CodeIPWClosureReasonInconsistent, cp.Key("reason"),
		append(closureReasonTerms.both(cl.Reason).params("reason"), detail.params("detail")...)...)
}
