// Package document writes the paperwork of the cooperation model from a
// bundle: the documents that institutions and families sign and file, as a
// print-ready HTML page and as an editable DOCX or ODT file.
//
// In the model, cooperation is formal. Institutions sign cooperation
// agreements (porozumienia) and, in towns, declarations of accession to the
// partnership team (deklaracje przystąpienia do PZK); agreements change by
// annexes (aneksy) and are left by a notice of withdrawal (wypowiedzenie).
// The family gives its consent (zgoda) to share its data, is qualified and
// diagnosed (kwalifikacja i diagnoza), and signs its individual cooperation
// programme (IPW) with each institution that owns an action in it; each
// review (ocena okresowa) and the closing evaluation (zakończenie IPW) is
// written down. The bundle already holds all of this; a coordinator should
// not have to retype it, nor the paper and the data drift apart.
//
// # The documents
//
// List names every document a bundle has the data for; Build makes one by
// its kind and id:
//
//	kind         made from                                     id
//	agreement    a pilot, local cooperation or WZK agreement   the agreement's id
//	annex        an annex                                      AGREEMENT/ANNEX
//	withdrawal   a withdrawal                                  AGREEMENT/PARTY
//	declaration  an accession declaration                      the declaration's id
//	team         a team                                        the team's id
//	consent      an IPW's consent                              the IPW's id
//	diagnosis    an IPW's qualification and diagnosis          the IPW's id
//	ipw          an IPW                                        the IPW's id
//	review       one review of an IPW                          IPW/DATE (YYYY-MM-DD)
//	closure      an IPW's closure                              the IPW's id
//
// Where the data repeat an id (two reviews on one day), the later ones get
// "/2", "/3"… Every document states at the top the place and date of
// signing (the municipality's name, and the date the data record: the last
// signature of an agreement, the day of the notice, the consent, the
// review…; a line to fill in when there is none), and at the foot of every
// page the municipality with its TERYT code, the source id, the date it was
// made and "Strona X z Y". The date it was made is an input (GeneratedOn;
// by default the date of the check): the library never reads the clock.
//
// Each document is in Polish, or in English (cooperation.InLanguage); dates
// are written by cooperation.Date.Format, counts by cooperation.Noun, and
// every value of a closed set by its label in the glossary. Text from the
// bundle — names, scopes, notes — is printed as it is, always as text.
//
// # What each document holds, and what it leaves out
//
// A document holds only what it needs (data minimisation, GDPR art.
// 5(1)(c)): the family is named by its pseudonym and its members by their
// role; no document prints a PESEL. The consent names the institutions of
// its scope and who gives it, never the diagnosis; the IPW prints the plan
// (goals, deferred areas, actions with owners and deadlines, the review
// schedule, the consent's scope) but not the descriptions of the diagnosis
// nor the qualification's notes; birth years appear only in the diagnosis
// (the household); a team's composition names no family and none of its
// meeting notes; the partnership's documents hold nothing of an IPW.
//
// Signature lines: an agreement, annex or declaration has one per party
// that must sign it (for an annex, cooperation.Agreement.AnnexSignatories:
// the parties on its date and those it adds), filled in with the person,
// the function and the date when a signature is recorded. The IPW has one
// for each adult of the family — never a child: a member signs as an adult
// when 18 or older in the year of the recorded signature, or, unsigned, in
// the year of the check —, one for the case worker's institution and one
// for every other institution owning an action (its signature, else its
// representative in the IPW's team). The consent is signed by the adults
// who give it (every adult while none is recorded) and received by the
// case worker.
//
// The withdrawal's effective date is cooperation.Agreement.WithdrawalEffective,
// as the check computes it. The review record lists the actions finished
// or under way since the previous review (the first one: since the start),
// the decision, the notes and when the next review is due (the next one
// recorded, or the last day ipw.reviewMaxGapDays allows); it lists what
// changed in the IPW since the previous version of the data when the caller
// gives it (Previous), and otherwise says that no version was compared. The
// closing evaluation gives each goal's outcome (ipw.GoalOutcome) and the
// IPW's indicators as ipw.Indicators measures them at the closure.
//
// # Refusal and drafts
//
// A document of the model is never made from data the check rejects: New
// runs ipw.Check, and Build returns a *RefusedError listing, with their
// messages, the findings of severity error that concern the document. A
// finding concerns a document when its path
//
//   - is the path of the item the document is made from (a finding about the
//     item as a whole: a team without a leader, an IPW without consent), or
//   - lies at or below a value the document prints: a field of the item (the
//     agreement's scope, the IPW's actions) or of another item it prints by
//     reference (an institution's name or REGON, a team's name, a service's
//     name).
//
// A mistake in a part the document does not print does not stop it: an
// annex does not stop its agreement, an invalid extension decided at a
// review stops that review's record but not the IPW, a consent that does
// not cover an action's owner stops the IPW (and the review records listing
// that action) but not the consent. One exception: a missing signature
// (agreement.unsigned_party, agreement.annex_unsigned, ipw.signature_missing)
// does not stop the document it would be written on, since printing it is
// how it gets signed; the signature line is left blank.
//
// A bundle the JSON Schema rejects in part is not refused as a whole: read
// in part (schema.DecodePartial), its schema findings given by Rejected
// refuse the documents that print anything at or inside the rejected value
// (a missing municipality name stops every document; an unknown field in an
// action stops the IPW, not the agreements).
//
// With Draft a document is made all the same, marked "PROJEKT" at the top of
// every page (the page margins in HTML, the header in DOCX and ODT) and
// listing the findings that concern it.
//
// # Formats
//
// WriteHTML writes one self-contained page for A4: no script, no image, no
// font from elsewhere, and every text escaped where it is written (the
// layout is fixed, so it is written by hand rather than by html/template,
// whose reflection would make the planner's WebAssembly module 45 % larger;
// a fuzz test holds that no text adds markup). WriteDOCX writes an Office
// Open XML document and WriteODT an OpenDocument text, each with
// archive/zip and nothing else: the two editable formats the Polish
// interoperability rules (KRI) accept, the first Word's own and the second
// LibreOffice's (the tests convert every document in both formats with
// LibreOffice). Each has named styles for its headings and paragraphs,
// tables with a repeated header row, the footer with page fields, and is
// the same file byte for byte for the same document.
package document
