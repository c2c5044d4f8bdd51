// Package cooperation encodes the partnership part of the Polish cooperation
// model in social assistance (Model Kooperacji): who cooperates, in which
// teams, under which agreements, with which services, and the dates, numbers
// and identifiers all of that rests on. Package ipw builds the individual
// cooperation programmes (IPW) on top of it.
//
// # The model
//
// A municipality (gmina) no longer leaves a family's problems to its social
// assistance centre (OPS; or a CUS, centrum usług społecznych, that took over
// its duties) alone. The OPS gathers the county's family support centre
// (PCPR), the labour office (PUP), schools, police, courts, health care and
// NGOs into a standing partnership team, the PZK (Partnerski Zespół
// Kooperacji; in the urban variant Partnerski Zespół Kooperacyjny). The
// model has three variants, one per type of municipality, which the TERYT
// type digit and the population decide (DeriveVariant):
//
//   - rural (gminy wiejskie): the PZK of gmina and powiat institutions has a
//     gmina animator from the OPS and a powiat animator from a powiat-level
//     institution, and runs the IPWs itself; a WZK (Wojewódzki Zespół
//     Kooperacji) of voivodeship bodies may support it;
//   - urban_rural (gminy miejsko-wiejskie): the PZK gathers decision-makers
//     and each family gets a GGK (Gminna Grupa Kooperacyjna) with a
//     coordinator and a case worker from the OPS;
//   - urban (towns over 20 000): the PZK is led by the OPS, every partner
//     joins it by a deklaracja przystąpienia (declaration of accession), and
//     each case gets a ZZK (Zadaniowy Zespół Kooperacyjny).
//
// A bundle (Partnership, embedded in ipw.Bundle) records one municipality:
// its institutions (podmioty) with their Kind, from which the Sector and the
// default Level follow; its Teams with members over time and meetings; its
// Agreements; and its local basket of services (lokalny koszyk usług). Every
// number the rules use is a Settings value, from the variant's built-in
// profile or a Profile over it (DefaultSettings, Settings.Apply).
//
// # Dates, the calendar and identifiers
//
// Every date is a civil Date (YYYY-MM-DD, no time zone) and periods are
// inclusive. Rules marked as-of in the catalogue are evaluated at the check
// date asOf, which callers always pass: nothing here reads the clock.
//
// A rule never holds the check date itself. It is given a Clock and asks it
// questions — has this day come (Reached), is it over (Passed), does this
// period cover the check date (Covers), have more than so many days gone by
// (Over), are we within so many days of an end (Within), has this year come
// (YearReached) — and every answer that would be different on a later day
// notes the first such day in the Clock's Alarm. After the rules, the Alarm
// holds the first day on which any of their verdicts can change while the
// data stay as they are: the rules keep their own event calendar, and a
// simulation jumps from one noted day to the next with no list of dates of
// its own. A rule that compared the date without the Clock cannot be
// written, by construction: the date is a field of the internal package
// cooperation/internal/clock, which only the Clock's own file imports, so
// not even this package's code can read it. What a Clock gives without
// noting is for messages only (the date, the days of Over, the days left
// of Within): a test over the rules' source (in package ipw) fails when one
// of them flows anywhere but into a finding's parameters, and the
// day-by-day differential tests of the simulation hold the verdicts to it. Rules evaluated at a date of the
// data (a stage's completion date) get a Clock from On, which notes nothing.
//
// The Polish working-day calendar (IsWorkingDay, NextWorkingDay, Holidays)
// holds the statutory public holidays as the law stood on each day from
// 1990 on (6 January from 2011, the one-off 12 November 2018, 24 December
// from 2025), and moves a deadline that falls on a day off to the next
// working day. TERYT,
// REGON, NIP and PESEL are checked with their real algorithms (CheckTERYT,
// CheckREGON, CheckNIP, CheckPESEL); a city with powiat rights
// (IsCityWithPowiatRights) is gmina and powiat at once, and its OPS does the
// powiat's family-support work.
//
// People write these numbers with spaces and dashes ("PL 123-456-32-18",
// "123 456 785", "504615 00007"). NormalizeNIP, NormalizeREGON and
// NormalizePESEL read such forms (separators anywhere between the digits,
// spaces around, a "PL" before a NIP) and return the bare digits, or an
// *IDError that says precisely what is wrong: a character that is not a
// digit, the wrong number of digits, a check digit that does not match, a
// NIP sum that is never issued, a PESEL birth date that does not exist (the
// ErrID values, for errors.Is; IDError.Describe in either language). A
// bundle keeps the bare digits: the Check functions report a valid number
// written another way as ErrIDForm, and the finding (id.nip_invalid,
// id.regon_invalid) says what to write instead, in its reason and in the
// param "canonical". A PESEL is never repeated in a message or an error.
//
// # Agreements over time
//
// Cooperation rests on agreements (porozumienia): the three-party pilot
// contract of voivodeship, powiat and gmina; the local cooperation agreement
// (porozumienie o współpracy) of the gmina or its OPS with the powiat and the
// partners; the declaration of accession to a PZK, made between the joining
// institution and the PZK's leader institution; and the WZK agreement of
// voivodeship bodies. An agreement is in force for a party on a day when
// every original party has signed (SignedDate is the latest of their
// signatures), the day is on or after Start (the later of effectiveFrom and
// SignedDate), on or before the end in force that day (EndOn), and the
// institution is a party that day (PartyOn). An annex (aneks) adds or removes
// parties and extends or shortens the agreement from its effectiveFrom; a
// withdrawal (wypowiedzenie) takes a party out from its effectiveDate, or
// after the notice period counted from its noticeDate (WithdrawalEffective).
//
// The IPW rules ask the Index: which agreement covers an institution on a
// day (CoveringAgreement), is it covered over a whole period and where is
// the first gap (CoveredOver), is it a team member on a day or over a period
// (MemberOn, MemberOver); and they hand the actions' uses of basket
// services to CheckCapacity. Coverage is by the exact institution id: a
// gmina that signs does not cover its OPS, which is a separate institution
// with its own signature.
//
// # Rules
//
// CheckPartnership runs the rules of identifiers and area, teams,
// agreements and services; every finding points at the most specific
// element of the bundle (a JSON Pointer), carries the values of its message
// as params, and has Polish and English messages in the catalogue (Rules,
// Lookup). One mistake gives one finding: a rule whose input is missing or
// broken (an unknown id, which ref.unknown reports; a zero date; an unknown
// kind) stays silent, and a rule whose failure follows from another finding
// is not reported again.
//
// Broken references are one set (Broken, Index.Broken), filled by the
// reference check before any rule runs. A rule that would conclude from the
// absence of an institution in a list stays silent when the list holds a
// reference that does not resolve, since the misspelt entry may be the
// institution it misses: a signature is not a non-party's when a party list
// of its agreement names an unknown institution; no party is unsigned when a
// signature names one; no annex is unsigned when one of its signatures does;
// a PZK whose member list holds an unknown institution, or an entry whose
// dates cannot be read, is not found lacking its leader, OPS, powiat
// institution, animators, size or sectors, nor is anyone found outside it
// (Index.MembersBroken).
//
// A mistake on an agreement is reported on the agreement, and whatever the
// agreement would have covered but for it is not reported again
// (Index.CoverBroken, Index.CoverGap): the agreement is read as its parties
// meant it, with the mistake undone. A party that has not signed, or whose
// signature is dated after asOf, counts as signed without setting the start;
// an end before the start is no end; an annex not signed, or effective
// after the end, takes effect; a withdrawal earlier than its notice allows
// takes effect when the notice allows; an institution that signed without
// being a party is one; a party list naming an unknown institution may
// cover anyone while the agreement is in force. Without a mistake this
// reading is the agreement itself, so it never hides an institution that is
// simply not covered.
//
// # Words for people
//
// Every value of a closed set has one name for people in each language,
// kept once in the glossary: Kind.Label ("powiatowy urząd pracy (PUP)"),
// Sector.Label, Level.Label, TeamKind.Label, Role.Label,
// AgreementKind.Label, Variant.Label and Variant.Description,
// Severity.Label, KeywordLabel for the JSON Schema keywords, and FieldLabel
// for the properties of the documents ("Zakres współpracy" for an
// agreement's scope). The PZK's proper name follows the variant
// (Variant.PZKName: Partnerski Zespół Kooperacji, in the urban variant
// Partnerski Zespół Kooperacyjny). The check date asOf is called "stan na
// dzień". ipw.Glossary serves all the sets as data to the command line and
// the planner. Dates, counts and numbers are written for people by
// Date.Format, FormatInt, FormatDecimal, FormatPercent and Noun; the JSON
// keeps ISO dates and plain numbers.
//
// A finding's params keep the JSON's forms (ISO dates, plain numbers, ids),
// so that a pipeline can read them; its message writes them for people when
// it is rendered (see Rule: {due:date}, {days:day}). A message names things
// by their names, placed so that Polish needs no inflection (a team, an
// agreement, a service in quotes after its head noun; an institution at the
// start of a sentence or after a colon), never by a JSON Pointer or an
// internal id, shortens lists by items (JoinItems), and says what to do.
//
// # Where the rules come from
//
// The model was designed and tried out between 2018 and 2021 in three pilots
// funded by the EU, one per variant: "Liderzy kooperacji" for rural gminas
// (macroregion I: lubelskie, mazowieckie, podkarpackie, podlaskie,
// świętokrzyskie), "Kooperacja – efektywna i skuteczna" for urban-rural ones
// (macroregion II) and "Kooperacje 3D" for towns (macroregion III). Their
// publications give the facts the library encodes as such: the three
// variants and the municipalities they fit; the gmina and the powiat as the
// two levels of cooperation, with voivodeship teams (WZK) in the rural
// model; the OPS as the leader that integrates the others; the gmina and
// powiat animators of the rural model; the PZK, WZK, GGK and ZZK; accession
// declarations and a framework regulation of the PZK in towns; the
// three-party pilot agreements of voivodeship, powiat and gmina; the IPW,
// its diagnosis in four facets with the genogram and the solution-focused
// approach, and 10 to 13 months of cooperation with a family; the order of
// the stages in towns and urban-rural gminas; the local basket of services.
//
// The pilots also published figures that serve as reference values for the
// indicators: in the rural pilot 350 partner institutions cooperated under
// agreements, a PZK worked 16 months on average, 140 of 172 people or
// families completed their IPW successfully (81.4 %), and 86.34 % of the
// participants asked judged the model an effective system of cooperation;
// in the urban pilot 50 local governments (20 powiats, 30 gminas) signed
// agreements; a pilot gmina recruited 5 to 10 people or families.
//
// Everything else is this project's own design, kept configurable and
// documented as a default: every number of the profile (REFERENCE.md lists
// them per variant), the rules of consent's scope and withdrawal (from the
// practice of the GDPR and of consent-gated referrals in case-management
// systems), the cadence of reviews, the reasons for a closure, the statuses
// of goals and actions, the names and order of the rural stages, the
// working-day rule applied to deadlines, and the definitions of the
// indicators. The sections below say where the library had to choose.
//
// # Choices where the published model is silent
//
// Agreements:
//
//   - An agreement is in force from its last original signature, whatever
//     its effectiveFrom says: an effectiveFrom earlier than that is a
//     warning about the agreement's text (agreement.effective_before_signed),
//     and the days between the two are not covered. A signature dated on or
//     before asOf is real; only one dated after asOf is a mistake
//     (agreement.signature_in_future) that silences the rules of cover.
//   - A party that signed twice counts with its earliest dated signature, so
//     adding a signature never delays or removes coverage. Signatures by
//     institutions that are not original parties do not count.
//   - Annexes are judged in the order they were concluded (their date; bundle
//     order on ties). An annex must be signed by every party on its date (as
//     changed by the signed annexes concluded before it) and by every party it
//     adds; a party that has already given notice of withdrawal is excused, so
//     whether an annex takes effect does not depend on a profile's notice
//     period. Undated signatures count for annexes (the schema reports them).
//   - Missing signatures are reported once per document, naming every
//     party that has not signed: agreement.unsigned_party at the
//     agreement's signatures, agreement.annex_unsigned at the annex's. An
//     annex that is not so signed does not take effect
//     (agreement.annex_unsigned). An
//     annex effective after the end in force does not take effect either: an
//     ended agreement cannot be revived by an annex
//     (agreement.annex_after_expiry). An annex dated before the agreement was
//     signed still takes effect (agreement.annex_before_agreement). An
//     annex's validUntil earlier than its own effectiveFrom is ignored
//     (agreement.dates_invalid), so the one mistake does not also end the
//     agreement.
//   - Party changes apply in date order, annexes before withdrawals on the
//     same day, so a later annex may re-admit a party that withdrew. The day
//     a removal or withdrawal takes effect is the first day without the
//     party. A withdrawal with an effectiveDate earlier than its notice
//     allows is an error (agreement.notice_too_short) but takes effect on the
//     date written.
//   - agreement.parties_too_few is reported for fewer than two original
//     parties, or once at the first annex that leaves fewer than two. A
//     withdrawal that leaves one party is how an agreement is terminated and
//     is not reported. InForce follows its four conditions only, so the remaining
//     party stays covered.
//   - agreement.expiring is not reported when the end within reach comes
//     from an annex that would extend it but does not take effect (its own
//     finding says why), and agreement.annex_after_expiry not when the end it
//     comes after would be later but for an earlier annex that does not take
//     effect.
//   - agreement.dates_invalid compares validUntil with the start (the later
//     of effectiveFrom and the last signature). agreement.effective_before_signed
//     is not reported when the agreement already ends before it starts, nor
//     when the last signature lies after asOf (signature_in_future says it).
//   - agreement.expiring follows signed annexes that take effect before the
//     end, points at the validUntil (of the agreement or of the annex) that
//     sets the end, and is not reported when every party in force at asOf is
//     covered the day after the end by another agreement of the same kind.
//   - Kind rules look at the original parties and stay silent when one of
//     them is unknown. A pilot has exactly three parties: one voivodeship, one
//     powiat, one gmina. A local agreement includes an OPS/CUS or a gmina
//     whose TERYT is the municipality's (or not given). A declaration is
//     made with an institution that has held the leader role in the PZK it
//     names, and has exactly two parties.
//
// Teams:
//
//   - The rules about a PZK's composition (leader, OPS, powiat, animators,
//     size, sectors, agreement cover) and its meetings are evaluated at asOf
//     over the members active that day; a PZK formed after asOf is not
//     checked yet. A PZK with no member active at asOf gives one finding,
//     team.too_small with count 0.
//   - Without an OPS/CUS among the active members, team.ops_missing alone is
//     reported: the leader and the gmina animator, who must come from it, are
//     not reported again. Likewise without a powiat-level institution (when
//     required) the powiat animator is not reported again. A role held at the
//     wrong institution is reported at that member's roles.
//   - "Powiat-level" means an institution whose level is powiat, or the
//     OPS/CUS of a city with powiat rights (TERYT PP ≥ 61).
//   - A member is covered when an agreement in force at asOf names it: with
//     team.requireDeclarations an accession declaration for this PZK, else a
//     local cooperation or pilot agreement. A member that an agreement would
//     cover but for a mistake reported on it (see above) is left to that
//     agreement's finding; so is a member whose declaration names a team
//     that is not a PZK (agreement.declaration_team_missing).
//   - Members left without cover because an agreement that covered them on
//     its last day has ended (its validUntil, or the validUntil of the annex
//     that set the end, has passed) are one fact about one agreement:
//     team.agreement_ended at that validUntil, naming them all, instead of
//     team.member_not_in_agreement for each (their actions stay silent as
//     well). Accession declarations are each one member's: each ended one
//     is that member's team.declaration_missing.
//   - An OPS entered under another kind leaves the PZK without an OPS:
//     team.ops_missing alone. An IPW's case worker, and a case team's case
//     worker or coordinator, from an active member of a PZK so reported is
//     not reported again (Index.OPSMissingAround).
//   - A PZK entered under another kind is one finding at its kind:
//     team.kind_not_in_variant when the variant has no such team, else
//     team.pzk_other_kind when, with no PZK in the bundle, case teams name it
//     as their parentTeam, declarations as the team joined, or its members
//     hold the PZK's leader or animator roles (Index.PZKUnderOtherKind). The rules of the kind it was given, the
//     case teams' parent, the declarations' team and the stages that find
//     no PZK stay silent.
//   - Meeting gaps count the days between meeting dates; meetings after asOf
//     are plans and do not count. A PZK that never met is measured from the
//     day it was formed; the stretch from formation to the first meeting is
//     not measured otherwise. Meeting attendees are not checked against the
//     members: the catalogue has no code for it.
//   - GGK and ZZK roles (case worker, coordinator) are looked for among all
//     their members, past and present, whatever asOf: a case team serves one
//     family and its history counts. A GGK or ZZK is allowed in its own
//     variant and wherever the profile makes it team.caseTeamKind; a WZK only
//     in the rural variant.
//   - team.member_duplicate points at the later of two overlapping entries;
//     memberships with invalid dates take part in no other rule.
//
// Identifiers, area and services:
//
//   - Every institution has a TERYT code matching its level (explicit or
//     from its kind), except a national one, which has none: the bundle
//     schema requires the code, and an empty one is id.teryt_invalid. The
//     area is checked only when both the institution's and the
//     municipality's codes are valid.
//   - municipality.variant_mismatch points at /variant, and is not claimed
//     for an urban gmina of unknown population.
//   - service.provider_not_member is reported when the provider has never
//     been a member of the PZK (it is not an as-of rule). Services without a
//     monthlyCapacity are unlimited; a booking counts in the months from its
//     start to its due date, up to the month of its completion.
package cooperation
