// Package region is the regional view of the cooperation model: the report
// a regional social-policy centre (regionalny ośrodek polityki społecznej,
// ROPS; in some voivodeships regionalne centrum polityki społecznej, RCPS)
// makes from the monitoring records (package ipw/monitor) its
// municipalities send, as the pilots were evaluated: many gminas at once,
// with no family's data.
//
// # What it reports
//
// An Aggregator takes records one at a time and keeps a row per
// municipality (Municipality) and the totals (Figures) of the whole, of
// each variant, of each voivodeship and of each powiat. A gmina's powiat
// and voivodeship are the first four and two digits of its TERYT code
// (cooperation.PowiatCode, cooperation.VoivodeshipCode); voivodeships are
// named by cooperation.VoivodeshipName, powiats by their code (a record
// does not name its powiat). The figures are:
//
//   - the stages reached: how many municipalities of each variant are at
//     each stage (the first not completed), and how many completed all;
//   - the PZK: how many municipalities have one, its mean size, the mean
//     number of sectors it covers and how many PZKs cover each sector
//     (local government not counted, as in the team rules), its mean
//     working time in whole months (the pilot's: 16 months);
//   - the IPWs by status and by closure reason, those completed with
//     success (closure reason goals_achieved) of all closed (the pilot's
//     reference: 140 of 172, 81.4 %), opened, closed and suspended in the
//     period, the mean duration of the closed ones and their distribution
//     by months (the records' histograms), reviews on time;
//   - the actions by the kind of their owner (the workload of each kind,
//     done, on time, late, open action-months) and the on-time rate;
//   - the basket of services by the kind of provider: services,
//     place-months, used months and their ratio.
//
// The pilot's published figures, which the report sets beside the region's
// totals, are in one place: Reference.
//
// # Withheld counts
//
// A record withholds a count of families' things below its disclosure
// threshold ({"fewerThan": 3}) and, to protect such a count, sometimes
// another ({"withheld": true}). A withheld count is never summed as 0 and
// never dropped. A Sum keeps the sum of the stated counts (Low), the number
// of withheld cells behind it, and the most it can be (High): a
// "fewer than T" cell adds T−1 to High. A cell withheld with no bound of
// its own is bounded by what its record's stated counts leave for it: a
// status's count by the total less the other statuses stated, a closure
// reason's by the closed IPWs, a bin of the histogram likewise, actions
// done by the kind's total, those on time and late by those done, reviews
// on time by the reviews. Where nothing bounds it, High is unknown and the
// report says "≥ Low".
//
// A rate (success, on time) is a Rate: its Value when every count behind
// it was stated, otherwise only the interval Low..High that the true
// counts can give (the least numerators over the greatest denominators;
// the greatest numerators each pair allows over the least denominators
// not below them). A mean over municipalities is taken over those whose
// record states it (a mean duration is null in a record when fewer IPWs
// than the threshold stand behind it); DaysBasis and DaysWithout say how
// many IPWs stand behind it and how many municipalities could not be
// counted. Every total resting on withheld cells says so: in JSON by its
// withheldCells, in HTML by a range and a *, in CSV by the form low..high.
//
// # Records left out
//
// A record whose TERYT code is not a gmina's, whose variant is unknown,
// that states a figure no gmina has (negative, above MaxFigure, a mean of
// days outside 0..MaxDays: the schema bounds none of them, and the totals
// must not overflow), or of a municipality already added is not counted
// (Problem): the first record of a municipality counts, a later one is
// reported. Reading and
// checking the documents is the adapters' (internal/app RegionOf): a
// record that does not conform to its schema never reaches the
// Aggregator.
//
// # Memory
//
// The Aggregator keeps no record: a record's figures are added to the
// totals of its groups and a row of about twenty numbers is kept, so its
// memory grows with the municipalities (and the powiats, at most 380),
// not with the size of the records; the whole country's 2 477 gminas are
// aggregated on one core in well under a second (kbench region).
//
// # Output
//
// Report's JSON is the report itself. WriteCSV writes a row per
// municipality, then the rows of the powiats, voivodeships, variants and
// the total, with the columns:
//
//	level                 gmina, powiat, voivodeship, variant or total
//	code                  the TERYT code (gmina 7 digits, powiat 4, voivodeship 2), the variant, or empty
//	name                  the gmina's or voivodeship's name
//	variant               the variant (gmina and variant rows)
//	powiat, voivodeship   the TERYT codes of the gmina's or powiat's powiat and voivodeship
//	population            the gmina's; in a group the sum of those stated
//	as_of                 the record's date (gmina rows)
//	municipalities        1 for a gmina, the number in a group
//	stage                 the first stage not completed, empty when all are (gmina rows)
//	stages_completed, stages_total   of the variant's stages (gmina rows)
//	pzk_institutions, pzk_sectors, pzk_months   the PZK's members, sectors and whole
//	                      months worked; in a group the means over its PZKs; months
//	                      empty without a PZK
//	pzk_meetings          meetings in the period (a group: their sum)
//	agreements            agreements in force
//	ipws, closed, succeeded   IPWs, those closed, those closed with goals achieved
//	success_rate          succeeded of closed
//	actions_done, actions_on_time, on_time_rate   actions of every owner
//	mean_closed_days      mean duration of the closed IPWs in days
//	reviews_on_time_rate  reviews on time of all reviews
//	withheld_cells        the withheld counts behind the row's counts
//
// A count is a number when exact, low..high when withheld cells stand
// behind it (0..2 for a gmina's "fewer than 3"), low.. when its upper
// bound is unknown; a rate is a decimal (0.8140), or low..high; an empty
// cell has nothing to say (no PZK, nothing to divide). The CSV is for
// programs: its header and values are the same in every language.
//
// WriteHTML writes one self-contained page in Polish or English, ready to
// print on A4: the region beside the pilot, the totals by variant,
// voivodeship and powiat, the stages, the PZKs' sectors, the distribution
// of durations, workload and capacity by kind, bar charts per
// municipality (success rate with the pilot's line, on-time rate, PZK size
// and working time with the pilot's 16 months; a withheld range is the
// light part of a bar) and the overview table. The durations' bins are
// labelled by the whole months they hold (the bin from 3 to under 6
// months reads "3–5"), so that no month reads as in two bins; a note under
// the chart says so, and a note under the title says in words how a range
// ("254–262", "≥ 40") and the * are read. Charts are inline SVG drawn
// here; nothing is loaded from elsewhere and no script runs. Like the
// documents of ipw/document, the page is written with every text escaped
// where it is written (esc, which escapes as html.EscapeString does)
// rather than with html/template: the layout is fixed, and html/template
// would make the WebAssembly module, which may offer the report later,
// megabytes larger. Nor does the package import package html, or make
// anything when it is initialised: internal/app imports it, and so the
// main WebAssembly module, which links none of it while no function of
// its table aggregates records.
package region
