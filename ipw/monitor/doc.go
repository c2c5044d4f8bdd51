// Package monitor derives a municipality's monitoring record (rekord
// monitoringu): the figures of one bundle at a date that the gmina sends to
// its region (the ROPS or RCPS that runs and evaluates the model across
// many municipalities), and nothing else.
//
// A bundle holds personal data: the families' pseudonyms, the members of
// their households, their diagnoses, goals, actions and reviews, the case
// worker's name. That data must not leave the gmina; the region needs the
// figures. The record is the form in which they leave: a JSON document of
// its own schema (schema "monitor", version SchemaVersion) that Of derives
// from a bundle, the same way for the command line ("kooperacja monitor"),
// the planner ("Eksport do monitoringu") and any Go caller.
//
// # What leaves the gmina
//
// The municipality as it is public: its TERYT code (from which the region
// reads the powiat and voivodeship), name, variant and population. Its
// institutions' figures, stated exactly because they are public facts of
// public bodies: the implementation stage reached at the date (as
// ipw.Progress derives it) and the recorded stages with their dates; the
// PZK's size and sectors at the date (as ipw.Indicators counts them, by
// ipw.PZKOn), the date it was formed, the whole months it has worked and
// its meetings in the period; the agreements in force at the date and the
// institutions party to them; the basket of services by the kind of their
// providers, with the places they offer over the period.
//
// The families' matters only as counts: the IPWs by status at the date (as
// ipw.DeriveStatus derives it) and by closure reason, those opened and
// closed in the period, the suspensions begun in it, the durations (mean
// and median days, a histogram in months), the reviews held and those held
// on time, the actions by the kind of the institution owning them (the
// family's own commitments apart) and the months they stayed open, and the
// months services of the basket were in use.
//
// # What never leaves
//
// No pseudonym, no household member, no free text of an IPW (diagnosis,
// goals, actions, reviews, closure), no case worker, no id of an IPW, a goal
// or an action, no date of a family's matter (a signature, a period, a
// review, a closure…), no institution's id or name, and no evidence text of
// the stages. The only dates in a record are its date, its period, the
// stages' dates and the PZK's formation: the institutions'. The anonymity
// test walks every string of the personal sections of every example and of
// generated bundles and fails if one appears in the record.
//
// # The disclosure threshold
//
// A count of the families' matters below the profile's disclosureThreshold
// (default DefaultDisclosureThreshold, 3), zero included, is withheld: its
// JSON is {"fewerThan":3}, shown as "mniej niż 3" / "fewer than 3", so that a
// family in a small gmina cannot be recognised by a count of one. A mean or
// a median stands behind as many IPWs as its count: it is null when fewer
// than the threshold. The sums of months (the months actions were open,
// the months services were in use) stand behind their actions likewise:
// one family's action open for ten months is ten months but still one
// action, so such a sum is withheld, as {"withheld":true}, when fewer
// actions than the threshold stand behind it. A threshold of 1 withholds
// nothing ("fewer than 1" would tell 0).
//
// The threshold applies to each count, as DOMAIN words it, not to the
// number of families behind a count: three actions of one institution kind
// are stated even when one family has all three, and the reviews are
// counted however few IPWs hold them. A region that needs more protection
// raises the threshold.
//
// Withholding one count is not enough where a total is published beside
// its parts: the IPWs by status beside their total, the closure reasons
// beside the closed IPWs, the histogram beside the closed IPWs measured,
// the open IPWs measured beside those in progress and suspended, the
// actions done on time and late beside those done. A total and all its
// parts but one would tell the one. So, in every such sum, when exactly one
// count is withheld, the smallest other part is withheld too (secondary
// suppression), as {"withheld":true}, and this repeats until no sum has
// exactly one count withheld (a count withheld for one sum may leave
// another with one). The numbers withheld are forgotten: a Record's withheld
// Count has N zero, so the Go value cannot leak them either. The preview
// shows such a count as "utajniona (ochrona danych rodzin)" / "withheld (to
// protect the families)", and the threshold's row says that some counts
// are withheld so that the small ones cannot be worked out.
//
// # Words
//
// The preview names every figure as the regional report (ipw/region) and
// the glossary (cooperation's field terms) do, so that a coordinator reads
// the same name for the same figure in the planner, the CLI and the
// report: "utajniona" for a withheld count, "Porozumienia w mocy",
// "miesiące działań w toku", "Czas pracy PZK (pełne miesiące)". The
// histogram's bins are whole months: a bin from 3 to under 6 months reads
// "od 3 do niespełna 6 miesięcy" here and "3–5" on the report's chart, so
// that no duration reads as in two bins. The PZK's section is titled with
// the team's proper name in the gmina's variant (Variant.PZKName).
//
// The institutions' figures (the PZK, agreements, meetings, services and
// their places) are never withheld: they are public.
//
// # Choices where the published model is silent
//
//   - The period: when none is given, from 1 January of the date's year to
//     the date (the year to date, as regions report); a period that ends
//     after the date, or starts after it ends, is an error (PeriodError).
//     "In the period" figures: IPWs opened (the period's start in it, the
//     IPW not a draft at the date), closed (closure dated in it),
//     suspensions begun in it, PZK meetings held in it, and the open-month
//     sums over the calendar months it touches. Other figures are at the
//     date.
//   - Durations: a closed IPW lasted from its period's start to its closure
//     (as ipw.Indicators measures it), an open one (in progress or
//     suspended) from its start to the date; IPWs without a start are not
//     measured. The histogram counts whole calendar months (start + N
//     months on or before the closure) in the bins of DurationBins.
//   - Reviews: all reviews dated on or before the date are counted; one is
//     on time when the review-gap rule measures it and finds the stretch
//     before it within ipw.reviewMaxGapDays (ipw.HeldReviews). The rule
//     does not measure the reviews of an IPW without a start: they are
//     counted but not on time.
//   - Actions: done as ipw.Indicators counts it (status done, completed on
//     or before the date); on time when completed on or before its due
//     date, late when after it (a done action without both dates is
//     neither). Every kind of the bundle's institutions is listed, an
//     owner of no action too, so that leaving a kind out cannot tell that
//     it owns none: which kinds are listed depends on the institutions
//     alone. An action owned by an institution the bundle lacks is not
//     counted.
//   - Open months (workload and use of services): an action is open in a
//     month as ipw.Indicators' workload counts it (ipw.OpenMonthsIn), over
//     the calendar months the period touches. A service's places over the
//     period are its monthly capacity times those months.
//   - The PZK's formation is its team's formed date (or, without one, the
//     day its first member joined); a PZK formed after the date is not yet
//     there. Its working months are whole calendar months to the date.
//   - Agreements in force: of any kind, in force at the date for at least
//     one party (cooperation.Agreement.InForce, withdrawals timed by the
//     profile's default notice period).
package monitor
