// Package ipw is the individual cooperation programme (IPW, Indywidualny
// Program Współpracy) of the cooperation model, and the entry point that
// checks a whole bundle: Check runs the partnership's rules (package
// cooperation) and then the rules of every IPW, and returns the findings.
//
// # The programme
//
// An IPW is drawn up with one person or family (osoba lub rodzina) by the
// team that runs cases in the variant (team.caseTeamKind of the profile): the
// partnership team itself (PZK, Partnerski Zespół Kooperacji) in rural
// gminas, a per-family municipal cooperation group (GGK, Gminna Grupa
// Kooperacyjna) in urban-rural ones, a per-case task team (ZZK, Zadaniowy
// Zespół Kooperacyjny) in towns. A social worker (pracownik socjalny) of the
// OPS or CUS leads it. The family is named by a pseudonym; its members by a
// role and a birth year, a PESEL being optional and discouraged.
//
// The plan records, in order: the qualification (kwalifikacja: date,
// referring institution, reasons); the family's consent (zgoda) to share its
// data with the institutions in its scope; the diagnosis (diagnoza), made
// with the model's methods (genogram, the solution-focused approach PSR,
// diagnostic workshops, interviews) and describing each area of life with
// four facets — causes (przyczyny); strengths and weaknesses (mocne i słabe
// strony); resources and deficits (zasoby i deficyty); expectations and needs
// (oczekiwania i potrzeby); the period (okres realizacji); goals (cele) with
// measures (mierniki) and targets; problem areas deliberately deferred;
// actions (działania) owned by an institution or by a household member (the
// family's own commitment), possibly using a service of the local basket
// (lokalny koszyk usług); reviews (monitoring, przeglądy) deciding to
// continue, modify, extend, suspend or close; suspensions (zawieszenia);
// signatures (podpisy); and the closure (zakończenie) with its reason and an
// evaluation of every goal.
//
// # Lifecycle and derived status
//
// The status is derived, never trusted (DeriveStatus): a plan is a draft
// (projekt) until both the case worker's institution and an adult household
// member have signed it; agreed (uzgodniony) once signed and before its
// start; in progress (w realizacji) from the start; suspended (zawieszony)
// while a suspension covers the day; closed (zakończony) from its closure
// date. The planned end (PlannedEnd) is period.end moved by the latest valid
// extension. A stored status is only compared with the derived one
// (ipw.status_mismatch).
//
// # Choices where the published model is silent
//
// These are the package's own decisions; each is covered by a test.
//
//   - Status precedence: closed, then draft, then suspended, then agreed or
//     in progress. A plan closed before anyone signed it (a family that
//     resigned during the diagnosis) is closed, not draft. A suspension of a
//     signed plan that has not started yet makes it suspended.
//   - Signatures count from their date: one dated after asOf is not given
//     yet. A household member signs as an adult when 18 or older in the year
//     of the signature (by birth year); consent is given by adults in the
//     asOf year, as the model says.
//   - Extensions: reviews are taken in date order; an extension is valid when
//     its newEnd is after the end in force at that review. An invalid one is
//     reported (ipw.review_extend_invalid) and moves nothing. Every rule that
//     compares with "the period" uses the planned end: a goal's target date,
//     an action's dates, the duration. While an extension is invalid, dates
//     past the planned end are not reported: they may lie within the end the
//     review meant.
//   - Duration: start + ipw.maxMonths months before the planned end is
//     ipw.duration_exceeds, else start + ipw.typicalMaxMonths months before
//     it is ipw.duration_long; never both. The finding points at what sets the
//     planned end: period.end, or the newEnd of the extending review.
//   - Deadlines: an action due on a Saturday, Sunday or public holiday is
//     reported (ipw.action_due_non_working_day, info) only while it is open,
//     with the next working day and the holiday's name; the deadline moves
//     there (KPA art. 57 §4), so the action is overdue only after that day.
//   - Overdue actions and overdue reviews are reported only while the plan is
//     in progress at asOf: not for drafts, agreed plans, suspended or closed
//     ones. A suspension does not stop the review clock: after it ends, a
//     review is due if the last one is more than ipw.reviewMaxGapDays ago.
//   - Reviews dated after asOf have not happened and are ignored by the
//     cadence rules. The stretch from the last review to a closure is not
//     checked: the closure is the last review.
//   - A diagnosis facet is described when at least one of its two sides is
//     (causes alone form a facet). Only problem areas must describe all four.
//   - A problem area is deferred only with a non-blank reason; a deferral
//     without one is reported at its reason.
//   - Consent scope over an action's span: the institution must be in the
//     scope and the consent given by the action's start; for a finished
//     action, consent must not have been withdrawn before it was finished.
//     An action still open after a withdrawal is ipw.consent_withdrawn_active
//     instead, unless the plan is closed (then ipw.closed_with_open_actions)
//     or suspended from the withdrawal on by a suspension still in force.
//   - Consent should precede the diagnosis and the signatures: one finding,
//     naming the earliest of them that it follows.
//   - Agreement coverage accepts any partnership agreement (pilot, local
//     cooperation, accession declaration; not the WZK's): whether a PZK member
//     holds the kind the variant requires is a team rule, not repeated on
//     every action. An agreement covers from its last original signature: an
//     action begun between an earlier effectiveFrom and that signature is
//     not covered. A PZK member that the team rule reports without cover at
//     asOf is not reported again for its actions in the same stretch without
//     cover; an action uncovered at another time is. Team membership is checked against the IPW's own team (of
//     the case-team kind; for the rural variant that is the PZK), and skipped
//     when the team is of the wrong kind (ipw.team_kind_mismatch says so).
//   - Service capacity: every action that uses a known service books it from
//     start to due (to its completion when completed), except a cancelled
//     action; cooperation.CheckCapacity runs once over all plans.
//   - Household PESEL: an invalid one is id.pesel_invalid; a valid one is
//     privacy.pesel_present (info). One of the two, never both. A valid
//     number written with spaces is invalid in a bundle (it keeps the 11
//     digits alone). Messages never show the number or the birth date it
//     encodes.
//   - Closure: a closure without a reason is reported as soon as it is
//     recorded; goal outcomes, open actions and the consistency of the reason
//     are checked once the plan is closed at asOf. A goal's outcome is the
//     closure's goalOutcomes entry, or else the goal's own outcome.
//     goals_achieved with a goal not (fully) achieved, and
//     goals_partially_achieved with every goal achieved or none achieved even
//     in part, are inconsistent.
//   - With no actions at all, ipw.beneficiary_commitment_missing and
//     ipw.single_institution stay silent: ipw.goal_without_action (or, with
//     no goals, ipw.area_without_goal) already says what is missing.
//
// # Drafts and signed plans
//
// A draft is being written: what it still lacks is reported as info, and
// the same finding takes the rule's own severity once the plan is signed by
// both sides. These "missing section" rules are ipw.qualification_missing,
// ipw.consent_missing, ipw.diagnosis_missing, ipw.diagnosis_incomplete,
// ipw.area_without_goal, ipw.goal_without_action,
// ipw.goal_target_without_measure, ipw.beneficiary_commitment_missing,
// ipw.single_institution, ipw.closure_evaluation_missing and
// ipw.signature_missing. A draft lacks signatures by definition, so
// ipw.signature_missing is info for it — unless the plan is already carried
// out (an action under way or finished, or a review held by asOf), when it
// is the rule's error. Every other rule reports contradictions in the data
// (dates out of order, a minor's consent, an institution outside the team or
// the agreements, …) at its own severity whether the plan is signed or not:
// a draft that cannot work once signed should say so while it is drafted.
//
// # Duplicate beneficiaries
//
// A plan is active, for ipw.beneficiary_duplicate, from its period's start to
// its closure date when a closure is recorded, else to its planned end —
// drafts included, since a second plan drafted for a family already in one is
// what the rule is for. Two plans concern the same people when a member of
// each has the same valid PESEL, or when they have the same pseudonym
// (ignoring case and outer spaces) and the same birth years counted with
// repeats. The finding is at the later plan's beneficiary (later start; on
// the same start, later in the bundle), once, naming the earliest match.
//
// # Rules without their input
//
// One mistake gives one finding. A rule whose input is missing or broken
// stays silent: unknown ids are reported by the reference check only, which
// records them in the bundle's set of broken references
// (cooperation.Broken) for the rules to consult. Each place that names an
// id that does not exist is its own ref.unknown, except when the
// partnership shows one edit behind them all — an institution whose id
// nothing names, and an id like it that only references name: that is one
// ref.id_changed at the institution's id (refs_renamed.go says exactly
// when), and the places naming the old id are broken but silent. An action owned by an
// unknown institution is not judged; a consent scope naming an unknown
// institution finds no owner outside it; an action serving an unknown goal
// leaves no goal reported without an action, a goal naming an area the
// diagnosis lacks leaves no problem area reported without a goal, and a
// closure evaluating an unknown goal leaves no goal reported without an
// outcome (the misnamed entry may be the one missing); a signature naming an
// unknown member or institution, or an unknown case worker's institution,
// leaves the plan unreported as unsigned. The status a plan is stored with
// is not compared with a draft that is a draft only for want of signatures
// already reported (or unreadable), nor with a status derived from a period
// that ends before it starts. A plan run by a team of a kind foreign to the
// variant is left to team.kind_not_in_variant. Zero dates are not compared; an action due before it starts is reported once
// (ipw.action_dates_invalid) and skipped by every rule about its span
// (consent, membership, coverage, period, overdue, capacity); a period that
// ends before it starts is reported once and no goal, action or duration is
// measured against it. Every number comes from the profile.
//
// # Implementation stages
//
// A municipality implements the model in stages (etapy wdrażania), in an
// order fixed per variant: in the rural variant preparation,
// formalisation, recruitment and diagnosis, IPW implementation, evaluation;
// in the urban-rural one the decision-makers, family selection, the meeting
// of institutions, formalisation, case groups (GGK), evaluation; in the urban
// one the diagnosis of resources, partner mapping, preselection, the start of
// the PZK, formalisation, case teams (ZZK), evaluation. Progress derives from
// the data, at a date, which stages are completed, which is current, and
// what exactly the current one still lacks before the next (Missing items
// with a stable code, a pointer and a sentence in Polish and English that a
// coordinator can act on). Evidence is read from the data at the report
// date, so a stage whose evidence lapses (an animator leaves, an agreement
// expires) becomes current again. Stages the data cannot show (the
// decision-makers' meeting, the diagnosis of resources) are completed only by
// a stage record with a completion date and non-blank evidence. Recorded
// stages are checked by Check: stage.unknown_for_variant,
// stage.order_violation (completed before its predecessor's recorded
// completion, or, when the predecessor has none, before its evidence holds)
// and stage.evidence_missing (evidence evaluated at the recorded completion
// date, counting only what existed on that date). A gap in a stage's
// evidence that follows from a mistake Check reports at asOf (a team rule
// broken then and still broken at the same place, an agreement that would
// cover but for its own mistake, a programme still unsigned, a part of a
// programme still missing) is that mistake's finding, not the stage's.
// Progress, which lists what a stage lacks, excuses nothing.
//
// # Time
//
// The rules are evaluated at a date, and many verdicts depend on it: an
// action becomes overdue, a review falls due, a signature dated ahead
// counts from its day, an agreement expires. No rule holds that date: each
// asks a cooperation.Clock (has this day come, is that one over, how long
// since), and every answer notes the first later day on which it would be
// different. So the rules themselves say when their findings can next
// change: Checker.Check returns, with Check's findings, that day (Part.Next).
// The Clock keeps the date out of every rule's reach (see cooperation.Clock);
// the values it gives for messages only (the date, a number of days) are
// held to findings' parameters by TestClockValuesOnlyInMessages, which
// reads the source of this package and of cooperation.
//
// A Checker evaluates a bundle in parts, each with its own Clock and so its
// own next day: the partnership (its rules and references); each plan (its
// own rules and references) and, apart, each of its actions (dates, owner,
// service, progress, the rules that most often change with the date); the
// rules across plans (duplicate beneficiaries and IPW ids), which read of
// each plan only what AcrossInput describes; the capacity of the basket of
// services, which reads only what CapacityInput describes; and the recorded
// stages, whose evidence is read at their completion dates. Check is the
// union of the parts, so a caller that re-evaluates only the parts whose
// data changed or whose day has come gets exactly what Check says: that is
// how a simulation stays linear in the plans and the days.
//
// # Scenarios
//
// A Scenario is a "what if" over a bundle: dated events (actions started,
// done or cancelled, reviews, suspensions, closures, consent withdrawn,
// partners leaving or joining, agreements expiring, new IPWs) up to a
// horizon, and what to assume of everything else (Assumption). Its types
// are the model's, with the bundle's: the schema package reads the scenario
// document into them and the glossary names its event types. Package
// ipw/simulate replays it; Indicators measures a bundle at a date, the
// simulation's final one among others.
package ipw
