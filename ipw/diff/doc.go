// Package diff tells the differences between two versions of a bundle in
// the model's words: an institution added, a member who left the PZK on a
// date, an annex added, an action's deadline moved, a review recorded, an
// IPW closed. It is the audit trail of a municipality's cooperation: what
// changed since the last review of an IPW, between yesterday's file and
// today's, or between the work in the planner and a file about to be
// imported.
//
//	changes := diff.Bundles(old, new)
//	for _, c := range changes {
//		fmt.Println(c.Message(cooperation.Polish))
//	}
//
// prints, for instance:
//
//	IPW Rodzina K.: działanie d4 — termin przesunięty z 01.03.2026 r. na 15.04.2026 r.
//	„Porozumienie o współpracy…”: aneks A2 dodany — Powiatowy Urząd Pracy w Kielcach przystępuje od 01.02.2026 r.
//	PZK „Partnerski Zespół Kooperacyjny w Radomsku”: Komenda Powiatowa Policji w Radomsku odchodzi z dniem 31.05.2026 r.
//
// # Changes
//
// Each Change names the item it concerns (Item: its kind, id and name: an
// institution, service or team by its name, an agreement by its title, an
// IPW by its beneficiary's pseudonym), the parts down to the element
// concerned (Parts: a team member, an annex and a signature under it, an
// action…), the field (its JSON name, "due", "period/end"), the JSON
// Pointer of the place (Path, into the new bundle, or into the old one for
// what was removed with its item or part), the old and the new value as
// JSON, and the message in Polish and English. Op says what happened:
// Added and Removed for an item, a part or an IPW's section (qualification,
// consent, diagnosis, closure) as a whole; Changed for a field; Reordered
// for a list whose order alone changed. Brief tells a change without its
// item's name, for a list of one item's changes under its heading (the
// changes of an IPW in the record of its review).
//
// Changes come in the bundle's own order of sections and items: the
// bundle's own fields (format version, variant), the municipality, the
// as-of date, the profile, the institutions, services, teams, agreements
// and IPWs, the stages, the extensions; within a list in the order of the
// new bundle, a removed element where it stood; within an item in the order
// of its fields.
//
// # What is a difference
//
// Two bundles are compared as the model reads them, not as text. Key
// order, whitespace and the escapes of strings are no differences, and an
// empty field is the same as a missing one. The extensions (free-form JSON
// that the library keeps untouched) are compared value by value: objects by
// key, numbers by value (1.0 and 1 are one number), arrays element by
// element, aligned so that one element inserted or removed is one change.
// What a person wrote is compared as written: an institution's level left
// to its kind's default and the same level written out are a difference,
// and so is a stored IPW status; derived values (an IPW's status at a date,
// the planned end after an extension) are not compared, since they follow
// from what is.
//
// Elements of lists are matched by who they are, never by where they
// stand: institutions, services, teams, agreements, IPWs, annexes, goals,
// actions and household members by their id; a team member, a signature
// or a notice by its institution; a meeting or a review by its date; a
// suspension by its first day; a diagnosis area by its area; an IPW
// signature by who signed; a stage record by its stage. An element whose
// key itself was changed (a meeting moved to another day, an institution
// given another id) keeps its place among the others: it is paired with
// the element that stood there when at least half of their other fields
// agree, and the change is told as a change of that field. Lists of values
// (an agreement's parties, a member's roles, a consent's institutions, the
// areas of a goal) are sets: one change tells what was added and what
// removed.
//
// Order is a difference only where it is a person's own arrangement, shown
// as entered by the planner and the documents: the institutions, services,
// teams, agreements and IPWs, a team's members, an IPW's household
// members, diagnosis areas, goals, deferred areas and actions. When their
// common elements stand in another order, one Reordered change says so
// (IgnoreOrder leaves such changes out). Dated records (meetings,
// signatures, annexes, notices, reviews, suspensions) are read in the
// order of their dates, stage records in the variant's order, and sets
// have no order: reordering them is no difference.
//
// A single edit of a bundle (a value changed, an element of a list removed
// or added, an optional field or section removed) gives exactly one
// change, at the place edited; the package's tests check it on every
// example and on generated bundles.
//
// # Words
//
// Messages use the model's words: the labels of the glossary for every
// value of a closed set (statuses, decisions, kinds, roles…), dates as
// people write them (cooperation.Date.Format: "15.04.2026 r.", "15 April
// 2026"), numbers with their units ("30 dni"). A name is never declined:
// it stands quoted after a head noun ("Usługa „Asystent rodziny”"), in
// parentheses ("podpis (Gmina Masłów)"), after a colon, or as the subject
// of its sentence ("… odchodzi z dniem 31.05.2026 r."). A participle
// agrees with the noun it follows ("termin przesunięty", "data
// przesunięta", "działanie dodane"). A PESEL is never written into a
// message (it is personal data; the change's Old and New hold it). A free
// text is quoted whole, on one line: a message is never cut.
package diff
