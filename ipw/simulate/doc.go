// Package simulate replays a scenario (ipw.Scenario: "what if the labour
// office leaves in March, and the Kowalscy's plan is suspended in May?")
// over a bundle, day by day from its asOf to the scenario's horizon, and
// says on each day what the rules say: which findings appear and which are
// resolved, the indicators at the horizon (ipw.Indicators) and the bundle
// as it then stands. Run is the entry point; StateAt gives the bundle as
// the simulation has it on any day. Package ipw keeps the plan's rules, the
// scenario document's types (which the schema package reads and the
// glossary names) and the indicators (ipw.Indicators measures a bundle at a
// date, for the report command as for the simulation's final state).
//
// # Replay
//
// The state changes only through events: the scenario's, and those the
// on_time assumption adds. Events are applied in date order, the events of
// one date in scenario order, each on a copy of the bundle (the caller's is
// never changed), with the effect it would have in the case file:
//
//   - action_started sets a planned action in progress; action_done and
//     action_not_done set its status and its completion date to the event's
//     date; action_cancelled cancels it. An action already done, not done or
//     cancelled cannot change again (scenario.event_invalid).
//   - review adds a review held with the case worker's institution; with
//     decision extend it needs a newEnd after the planned end in force, and
//     moves the planned end (ipw.PlannedEnd); with suspend it also suspends
//     the plan from that day, with close it also closes it (reason and
//     goalOutcomes as for close).
//   - suspend opens a suspension from the event's date; resume ends the open
//     one the day before.
//   - close records the closure (date, reason, goalOutcomes) and cancels
//     the plan's open actions: a closed programme has no work in progress.
//   - consent_withdrawn records the withdrawal date; it changes nothing
//     else, so the rule on consent withdrawn under open actions shows what
//     has to follow.
//   - partner_withdraws gives notice, on the event's date, to every
//     agreement the institution is a party to on that date; each withdrawal
//     takes effect after the agreement's notice period
//     (cooperation.Agreement.WithdrawalEffective). Its team memberships end
//     on the day before the last of those effects (on the event's date when
//     it is party to none). Actions it owns are left as they are: the
//     findings about actions not covered or owned by a non-member show what
//     the withdrawal breaks.
//   - partner_joins makes the institution a member of the PZK from the
//     event's date and binds it into the partnership: in variants that
//     require accession declarations, with a declaration signed that day by
//     it and the PZK's leader institution; otherwise by an annex, effective
//     that day, adding it to the first local_cooperation (else pilot)
//     agreement in force, signed by every party in force and by it. The
//     scenario names no person: each signature names the person who last
//     signed for that institution in the partnership (else its team
//     representative, else nobody, to be filled in); the new member's
//     representative likewise.
//   - agreement_expires ends the agreement on the day before the event's
//     date (the event's date is the first day without it): validUntil, and
//     any annex's validUntil, are cut to that day.
//   - ipw_added appends the IPW given as document.
//
// A plan that records its status (status, which the rules only compare
// with the derived one) records the new one after an event that changes it
// — a closure, a suspension, a resumption, a review that suspends or closes
// — as a case worker would. Nothing else changes it: a plan that starts or
// resumes with the passing of days keeps the status it records, and
// ipw.status_mismatch says so, exactly as a check on that day would.
//
// An event dated asOf is allowed. A faulty event (out of range, naming an
// unknown IPW, action, institution or agreement, or impossible in the state
// it meets) is a finding of the scenario (scenario.event_out_of_range,
// ref.unknown, scenario.event_invalid) at its path in the scenario
// (/events/3/date), and is skipped.
//
// # The on_time assumption
//
// With assume on_time, on each date after the scenario's events: the PZK
// meets on the last working day that keeps it within team.meetingMaxGapDays
// of its previous meeting, attended by its members of that day (the
// projection asks where the plans break, not what happens to a partnership
// that stops meeting); every open action whose end the scenario does not
// decide (by action_done, action_not_done or action_cancelled) is done on
// its due date (an action already overdue at asOf is done, late, on asOf),
// provided its plan is in progress that day; every plan in progress is
// reviewed (decision continue) on the last working day that keeps it within
// ipw.reviewMaxGapDays of the previous review or of its start (a review
// already overdue at asOf is held on asOf, and a suspended plan is reviewed
// again on resuming); and a plan in progress at its planned end is closed
// that day, each goal achieved when all its remaining actions are done,
// partially achieved when some are, not achieved otherwise, with the reason
// that follows (goals_achieved, goals_partially_achieved, or period_ended).
// These added events are listed as Step.Assumed (ipw.EventMeetingHeld for
// the meetings).
//
// # The findings over time
//
// The simulation keeps no list of dates of its own. The rules ask a
// cooperation.Clock about the date they are evaluated at, and each answer
// notes the first later day on which it would be different; an
// ipw.Checker evaluates the bundle in parts — the partnership, each plan,
// each action of each plan, the rules across plans, the capacity of the
// basket of services, the recorded stages — each with the first day on
// which its findings can change (ipw.Part's Next). The simulation keeps
// those days in a calendar and, on each date, evaluates again only:
//
//   - the parts whose day has come;
//   - a plan (its own part and its actions') whose data an event changed;
//     an action alone when only its day has come;
//   - everything that reads the partnership (the partnership, every plan,
//     the capacity) when an event changed the partnership;
//   - the rules across plans when what they read of some plan
//     (Checker.AcrossInput) changed, the capacity when what it reads
//     (Checker.CapacityInput) did;
//   - the stages, which read everything, on a date with any event;
//   - everything on the horizon, so that the final findings are exact to
//     their parameters.
//
// Check is the union of the same parts, so the simulation says on every day
// what ipw.Check says of the state of that day; the day-by-day differential
// tests (every day of the horizon, the examples and generated bundles, with
// and without events, also through the command line) hold it to that. The
// cost is that of the days on which something can change, not of the days
// of the horizon: linear in the plans and, at worst, in the horizon; the
// benchmark (cmd/kbench simulate, BenchmarkRun) compares it with one full
// check of the same bundle.
//
// # Cost
//
// With no events, a simulation costs the evaluation of every part on the
// first day and on the horizon, and in between only the parts whose day
// comes: on the reference bundles (20 actions per plan, 30 months), each
// plan once more when its review falls due, and each action alone when its
// deadline passes, in the context its plan was evaluated in. With the
// decoding of the bytes, that comes to two and a half to three and a half
// full checks of the same bytes, from 1 to 1 000 IPWs (the target is
// five), and the time does not grow with the horizon once every deadline
// has passed (cmd/kbench simulate prints the figures). Events add the parts
// they touch: a plan's event one plan, a partner's every plan, since
// coverage and membership may change under all of them.
//
// A finding is the same on two dates when its code, path, severity and
// parameters are. One whose parameters alone change (the days a review is
// overdue, the date in a message) persists: it is neither resolved nor
// appeared again, and Simulation.Findings has its parameters at the
// horizon. One whose severity changes (a missing section is info in a
// draft and an error once the plan is signed) is resolved and appears
// again with the new severity.
package simulate
