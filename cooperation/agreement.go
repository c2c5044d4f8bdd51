package cooperation

import (
	"slices"
	"strconv"
	"strings"
)

// AgreementKind is the kind of a cooperation agreement (porozumienie).
type AgreementKind string

// The agreement kinds (see "Agreements over time" in the package
// documentation).
const (
	// AgreementPilot is the three-party pilot contract: voivodeship, powiat, gmina.
	AgreementPilot AgreementKind = "pilot"
	// AgreementLocal is a local cooperation agreement (porozumienie o
	// współpracy) of the gmina or its OPS with the powiat and partners.
	AgreementLocal AgreementKind = "local_cooperation"
	// AgreementDeclaration is a declaration of accession to a PZK
	// (deklaracja przystąpienia), used in the urban variant.
	AgreementDeclaration AgreementKind = "accession_declaration"
	// AgreementVoivodeshipTeam is the agreement behind a WZK.
	AgreementVoivodeshipTeam AgreementKind = "voivodeship_team"
)

func (k AgreementKind) String() string { return string(k) }

// EverParties returns every institution that is a party to a at some time,
// each once: the original parties, then those its annexes add, in order.
func (a *Agreement) EverParties() []string {
	var out []string
	add := func(ids []string) {
		for _, id := range ids {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	add(a.Parties)
	for i := range a.Annexes {
		add(a.Annexes[i].AddParties)
	}
	return out
}

// Valid reports whether k is a known agreement kind.
func (k AgreementKind) Valid() bool {
	switch k {
	case AgreementPilot, AgreementLocal, AgreementDeclaration, AgreementVoivodeshipTeam:
		return true
	}
	return false
}

// Agreement is a cooperation agreement with its parties, signatures, annexes
// (aneksy) and withdrawals (wypowiedzenia). When it is in force for whom is
// derived by InForce; see the package documentation.
type Agreement struct {
	ID               string        `json:"id"`
	Kind             AgreementKind `json:"kind"`
	Title            string        `json:"title"`
	Scope            string        `json:"scope,omitempty"`
	Parties          []string      `json:"parties"`
	Signatures       []Signature   `json:"signatures"`
	EffectiveFrom    Date          `json:"effectiveFrom,omitzero"`
	ValidUntil       Date          `json:"validUntil,omitzero"`
	NoticePeriodDays *int          `json:"noticePeriodDays,omitempty"`
	Team             string        `json:"team,omitempty"`
	Annexes          []Annex       `json:"annexes,omitempty"`
	Withdrawals      []Withdrawal  `json:"withdrawals,omitempty"`
}

// Signature is a party's signature under an agreement or an annex.
type Signature struct {
	Party     string `json:"party"`
	Signatory string `json:"signatory"`
	Function  string `json:"function,omitempty"`
	Date      Date   `json:"date"`
}

// Annex (aneks) changes an agreement from EffectiveFrom on: it may add or
// remove parties and extend or shorten the agreement's end.
type Annex struct {
	ID            string      `json:"id"`
	Date          Date        `json:"date"`
	EffectiveFrom Date        `json:"effectiveFrom"`
	AddParties    []string    `json:"addParties,omitempty"`
	RemoveParties []string    `json:"removeParties,omitempty"`
	ValidUntil    Date        `json:"validUntil,omitzero"`
	Signatures    []Signature `json:"signatures"`
}

// Withdrawal (wypowiedzenie) is a party's notice that it leaves an agreement.
// It takes effect on EffectiveDate, or NoticeDate plus the notice period.
type Withdrawal struct {
	Party         string `json:"party"`
	NoticeDate    Date   `json:"noticeDate"`
	EffectiveDate Date   `json:"effectiveDate,omitzero"`
}

// checkAgreements runs the agreement rules over every agreement.
func checkAgreements(ix *Index, now Clock, s Settings, f *Findings) {
	for i := range ix.P.Agreements {
		c := agreementCheck{ix: ix, i: i, a: &ix.P.Agreements[i], ap: Path("").Key("agreements").Index(i), now: now, s: s, f: f}
		c.t = ix.timeline(i, s.Agreement.DefaultNoticePeriodDays)
		c.signedDate, c.signed = c.a.SignedDate()
		if strings.TrimSpace(c.a.Scope) == "" {
			f.Add(CodeAgreementScopeMissing, c.ap, "agreement", c.name(), "agreementKind", string(c.a.Kind))
		}
		c.parties()
		c.signatures()
		c.dates()
		c.annexes()
		c.withdrawals()
		c.expiring()
		switch c.a.Kind {
		case AgreementPilot:
			c.pilot()
		case AgreementLocal:
			c.local()
		case AgreementVoivodeshipTeam:
			c.voivodeshipTeam()
		case AgreementDeclaration:
			c.declaration()
		}
	}
}

// agreementCheck is one agreement under check.
type agreementCheck struct {
	ix         *Index
	i          int
	a          *Agreement
	ap         Path
	now        Clock
	s          Settings
	f          *Findings
	t          *timeline
	signed     bool
	signedDate Date
}

func (c *agreementCheck) name() string { return label(c.a.Title, c.a.ID) }

func (c *agreementCheck) annexPath(j int) Path { return c.ap.Key("annexes").Index(j) }

// allKnown reports whether every original party is an institution of the
// bundle; kind rules stay silent otherwise (ref.unknown says it).
func (c *agreementCheck) allKnown() bool {
	for _, p := range c.a.Parties {
		if !c.ix.known(p) {
			return false
		}
	}
	return true
}

// parties checks that the agreement has at least two parties, originally
// (at /parties) and after each annex that removes parties (at its
// removeParties, once). A withdrawal that leaves one party is how an
// agreement is terminated, not a mistake, and is not reported.
func (c *agreementCheck) parties() {
	distinct := map[string]bool{}
	for _, p := range c.a.Parties {
		if p != "" {
			distinct[p] = true
		}
	}
	if len(distinct) < 2 {
		c.f.Add(CodeAgreementPartiesTooFew, c.ap.Key("parties"), "agreement", c.name(), "agreementKind", string(c.a.Kind), "count", strconv.Itoa(len(distinct)))
		return
	}
	for _, j := range c.t.byEffect {
		x := &c.a.Annexes[j]
		if len(x.RemoveParties) == 0 {
			continue
		}
		left := c.a.partySet(On(x.EffectiveFrom), func(k int) bool { return c.t.annexes[k].effective }, c.t.withdrawalEffect)
		if len(left) < 2 {
			c.f.Add(CodeAgreementPartiesTooFew, c.annexPath(j).Key("removeParties"), "agreement", c.name(), "agreementKind", string(c.a.Kind),
				"count", strconv.Itoa(len(left)), "date", x.EffectiveFrom.String())
			return
		}
	}
}

// signatures checks that every original party signed
// (agreement.unsigned_party at /signatures, once, naming every party whose
// signature is missing), that only parties signed
// (agreement.signature_by_non_party) and that no signature, of the
// agreement or of an annex, is dated after asOf
// (agreement.signature_in_future).
//
// A signature naming an unknown institution (ref.unknown) may be the
// missing one, and a party list naming an unknown institution may have
// meant the one that signed: the rule that would conclude from the absence
// stays silent then.
func (c *agreementCheck) signatures() {
	var missing []string
	for k, p := range c.a.Parties {
		if c.ix.known(p) && !hasSignature(c.a.Signatures, p) && !slices.Contains(c.a.Parties[:k], p) {
			missing = append(missing, c.ix.name(p))
		}
	}
	if len(missing) > 0 && !c.ix.broken.Under(c.ap.Key("signatures")) {
		c.f.Add(CodeAgreementUnsignedParty, c.ap.Key("signatures"), append(partyList(missing),
			"count", strconv.Itoa(len(missing)), "agreement", c.name(), "agreementKind", string(c.a.Kind))...)
	}
	partiesBroken := c.ix.broken.Under(c.ap.Key("parties"))
	c.signedBy(c.ap.Key("signatures"), c.a.Signatures, c.a.Parties, partiesBroken)
	ever := c.a.EverParties()
	for j := range c.a.Annexes {
		partiesBroken = partiesBroken || c.ix.broken.Under(c.annexPath(j).Key("addParties"))
	}
	for j := range c.a.Annexes {
		c.signedBy(c.annexPath(j).Key("signatures"), c.a.Annexes[j].Signatures, ever, partiesBroken)
	}
}

func (c *agreementCheck) signedBy(sp Path, sigs []Signature, parties []string, partiesBroken bool) {
	for k, sg := range sigs {
		if c.ix.known(sg.Party) && !partiesBroken && !slices.Contains(parties, sg.Party) {
			c.f.Add(CodeAgreementSignatureByNonParty, sp.Index(k).Key("party"), "party", c.ix.name(sg.Party), "agreement", c.name(), "agreementKind", string(c.a.Kind))
		}
		if !c.now.Reached(sg.Date) {
			c.f.Add(CodeAgreementSignatureInFuture, sp.Index(k).Key("date"), "agreement", c.name(), "agreementKind", string(c.a.Kind),
				"date", sg.Date.String(), "asOf", c.now.String())
		}
	}
}

// dates checks that the agreement does not end before it starts
// (agreement.dates_invalid at validUntil; the start is effectiveFrom, or the
// last signature when later) and warns when it is said to take effect
// before its last signature (agreement.effective_before_signed; not when
// that signature is dated after asOf, which agreement.signature_in_future
// reports). Each annex
// must not set an end before its own effect (agreement.dates_invalid at the
// annex's validUntil).
func (c *agreementCheck) dates() {
	start := c.a.EffectiveFrom
	if c.signed {
		start = MaxDate(start, c.signedDate)
	}
	switch {
	case !c.a.ValidUntil.IsZero() && !start.IsZero() && c.a.ValidUntil.Before(start):
		c.f.Add(CodeAgreementDatesInvalid, c.ap.Key("validUntil"), "agreement", c.name(), "agreementKind", string(c.a.Kind),
			"end", c.a.ValidUntil.String(), "start", start.String())
	case c.signed && !c.a.EffectiveFrom.IsZero() && c.a.EffectiveFrom.Before(c.signedDate) && c.now.Reached(c.signedDate):
		c.f.Add(CodeAgreementEffectiveBeforeSigned, c.ap.Key("effectiveFrom"), "agreement", c.name(), "agreementKind", string(c.a.Kind),
			"effectiveFrom", c.a.EffectiveFrom.String(), "signed", c.signedDate.String())
	}
	for j := range c.a.Annexes {
		x := &c.a.Annexes[j]
		if !x.ValidUntil.IsZero() && !x.EffectiveFrom.IsZero() && x.ValidUntil.Before(x.EffectiveFrom) {
			c.f.Add(CodeAgreementDatesInvalid, c.annexPath(j).Key("validUntil"), append(annexParams(x), "agreement", c.name(), "agreementKind", string(c.a.Kind),
				"end", x.ValidUntil.String(), "start", x.EffectiveFrom.String())...)
		}
	}
}

// annexes checks that each annex is dated on or after the agreement was
// signed (agreement.annex_before_agreement), is signed by every party in
// force on its date and every party it adds (agreement.annex_unsigned, one
// finding naming all missing parties) and takes effect no later than the
// end in force (agreement.annex_after_expiry). Annexes that are unsigned or
// come after the end do not take effect.
func (c *agreementCheck) annexes() {
	for j := range c.a.Annexes {
		x, st := &c.a.Annexes[j], &c.t.annexes[j]
		xp := c.annexPath(j)
		if c.signed && !x.Date.IsZero() && x.Date.Before(c.signedDate) {
			c.f.Add(CodeAgreementAnnexBeforeAgreement, xp.Key("date"), "annex", x.ID, "agreement", c.name(), "agreementKind", string(c.a.Kind),
				"date", x.Date.String(), "signed", c.signedDate.String())
		}
		var missing []string
		for _, p := range st.missing {
			if c.ix.known(p) {
				missing = append(missing, c.ix.name(p))
			}
		}
		if len(missing) > 0 && !c.ix.broken.Under(xp.Key("signatures")) {
			c.f.Add(CodeAgreementAnnexUnsigned, xp.Key("signatures"), append(append(annexParams(x), "agreement", c.name(), "agreementKind", string(c.a.Kind)),
				partyList(missing)...)...)
		}
		if st.afterExpiry && !c.intendedEndBefore(j).Before(x.EffectiveFrom) {
			// Only because an earlier annex did not take effect, which
			// that annex's finding says.
		} else if st.afterExpiry {
			c.f.Add(CodeAgreementAnnexAfterExpiry, xp.Key("effectiveFrom"), append(annexParams(x), "agreement", c.name(), "agreementKind", string(c.a.Kind),
				"date", x.EffectiveFrom.String(), "end", st.endBefore.String())...)
		}
	}
}

// withdrawals checks that a withdrawal with an effective date respects the
// notice period (agreement.notice_too_short at its effectiveDate).
func (c *agreementCheck) withdrawals() {
	days := c.a.NoticeDays(c.s.Agreement.DefaultNoticePeriodDays)
	for k, w := range c.a.Withdrawals {
		if w.EffectiveDate.IsZero() || w.NoticeDate.IsZero() {
			continue
		}
		if earliest := w.NoticeDate.AddDays(days); w.EffectiveDate.Before(earliest) {
			c.f.Add(CodeAgreementNoticeTooShort, c.ap.Key("withdrawals").Index(k).Key("effectiveDate"),
				"party", c.ix.name(w.Party), "agreement", c.name(), "agreementKind", string(c.a.Kind), "effective", w.EffectiveDate.String(),
				"notice", w.NoticeDate.String(), "days", strconv.Itoa(days), "earliest", earliest.String())
		}
	}
}

// expiring warns when the agreement is in force at asOf and ends within
// agreement.expiryWarningDays (agreement.expiring, at the validUntil that
// sets the end). Annexes already signed that take effect before the end
// and extend it are followed. No warning is given when every party in force
// at asOf is covered the day after the end by another agreement of the same
// kind: the successor is already there.
func (c *agreementCheck) expiring() {
	t := c.t
	if !t.signed || !c.now.Reached(t.start) {
		return
	}
	end, at := t.a.ValidUntil, c.ap.Key("validUntil")
	for _, j := range t.byEffect {
		x := &t.a.Annexes[j]
		if !end.IsZero() && x.EffectiveFrom.After(end) {
			break
		}
		if x.changesEnd() {
			end, at = x.ValidUntil, c.annexPath(j).Key("validUntil")
		}
	}
	if end.IsZero() {
		return
	}
	if e := t.endOn(c.now); e.IsZero() || c.now.Passed(e) {
		return
	}
	days, ok := c.now.Within(end, c.s.Agreement.ExpiryWarningDays)
	if !ok {
		return
	}
	if intended := c.intendedEndBefore(-1); intended.IsZero() || intended.After(end) {
		return // an annex that would extend it does not take effect: its finding says why
	}
	parties := t.parties(c.now)
	if len(parties) == 0 {
		return
	}
	next := end.AddDays(1)
	succeeded := true
	for _, p := range parties {
		if other, ok := c.ix.CoveringAgreement(p, next, c.s, t.a.Kind); !ok || other == t.a {
			succeeded = false
			break
		}
	}
	if !succeeded {
		c.f.Add(CodeAgreementExpiring, at, "agreement", c.name(), "agreementKind", string(c.a.Kind), "end", end.String(), "days", strconv.Itoa(days))
	}
}

// intendedEndBefore is the end the agreement would have, were every annex
// in effect, just before annex j takes effect (j < 0: after every annex).
func (c *agreementCheck) intendedEndBefore(j int) Date {
	t := c.ix.intent(c.i, c.s.Agreement.DefaultNoticePeriodDays, c.now).t
	end := t.a.ValidUntil
	for _, k := range t.byEffect {
		if k == j {
			break
		}
		if x := &t.a.Annexes[k]; x.changesEnd() {
			end = x.ValidUntil
		}
	}
	return end
}

// pilot checks that a pilot agreement is between exactly one voivodeship,
// one powiat and one gmina (agreement.pilot_parties at /parties).
func (c *agreementCheck) pilot() {
	if !c.allKnown() || len(c.a.Parties) < 2 {
		return
	}
	count := map[Kind]int{}
	var found, foundPL, foundEN []string
	for _, p := range c.a.Parties {
		in, _ := c.ix.Institution(p)
		count[in.Kind]++
		name := label(in.Name, in.ID)
		found = append(found, name+" ("+string(in.Kind)+")")
		foundPL = append(foundPL, name+" ("+flat(in.Kind.Label(Polish))+")")
		foundEN = append(foundEN, name+" ("+flat(in.Kind.Label(English))+")")
	}
	if len(c.a.Parties) != 3 || count[KindVoivodeship] != 1 || count[KindPowiat] != 1 || count[KindGmina] != 1 {
		c.f.Add(CodeAgreementPilotParties, c.ap.Key("parties"), "agreement", c.name(), "agreementKind", string(c.a.Kind), "found", strings.Join(found, ", "),
			"found.pl", JoinItems(foundPL, ", ", 4, "party", Polish), "found.en", JoinItems(foundEN, ", ", 4, "party", English))
	}
}

// local checks that a local cooperation agreement includes the
// municipality's gmina (a gmina party whose TERYT is the municipality's, or
// not given) or an OPS/CUS (agreement.gmina_missing at /parties).
func (c *agreementCheck) local() {
	if !c.allKnown() || len(c.a.Parties) == 0 {
		return
	}
	muni := c.ix.P.Municipality.TERYT
	for _, p := range c.a.Parties {
		in, _ := c.ix.Institution(p)
		if in.Kind.IsOPS() || (in.Kind == KindGmina && (in.TERYT == "" || in.TERYT == muni)) {
			return
		}
	}
	c.f.Add(CodeAgreementGminaMissing, c.ap.Key("parties"), "agreement", c.name(), "agreementKind", string(c.a.Kind),
		"gmina", label(c.ix.P.Municipality.Name, muni))
}

// voivodeshipTeam checks that a WZK agreement has only voivodeship-level
// parties (agreement.wzk_parties at each other party) including the
// voivodeship (agreement.wzk_parties at /parties).
func (c *agreementCheck) voivodeshipTeam() {
	hasVoivodeship := false
	for k, p := range c.a.Parties {
		in, ok := c.ix.Institution(p)
		if !ok {
			return
		}
		if in.Kind == KindVoivodeship {
			hasVoivodeship = true
		}
		if in.EffectiveLevel() != LevelVoivodeship {
			c.f.Add(CodeAgreementWZKParties, c.ap.Key("parties").Index(k), "agreement", c.name(), "agreementKind", string(c.a.Kind), "party", label(in.Name, in.ID))
		}
	}
	if !hasVoivodeship && len(c.a.Parties) > 0 {
		c.f.Add(CodeAgreementWZKParties, c.ap.Key("parties"), "agreement", c.name(), "agreementKind", string(c.a.Kind))
	}
}

// declaration checks that an accession declaration names a PZK (at the
// agreement when team is missing, at /team when it names another kind of
// team) and is made between the joining institution and the PZK's leader
// institution (at /parties). The leader institution is any institution that
// has held the leader role in that PZK; without one the rule stays silent
// (team.leader_missing says it).
func (c *agreementCheck) declaration() {
	if c.a.Team == "" {
		c.f.Add(CodeAgreementDeclarationTeamMissing, c.ap, "agreement", c.name(), "agreementKind", string(c.a.Kind),
			"why.pl", "nie wskazuje żadnego zespołu", "why.en", "names no team")
		return
	}
	team, _, ok := c.ix.Team(c.a.Team)
	if !ok {
		return
	}
	if team.Kind != TeamPZK && c.ix.isPZKUnderOtherKind(team.ID) {
		return // the PZK under a wrong kind (team.pzk_other_kind)
	}
	if team.Kind != TeamPZK {
		c.f.Add(CodeAgreementDeclarationTeamMissing, c.ap.Key("team"), "agreement", c.name(), "agreementKind", string(c.a.Kind),
			"why.pl", "wskazuje zespół, który nie jest partnerskim zespołem (PZK)", "why.en", "names a team that is not a partnership team (PZK)")
		return
	}
	var leaders []string
	for j := range team.Members {
		if m := &team.Members[j]; m.HasRole(RoleLeader) && c.ix.known(m.Institution) && !slices.Contains(leaders, m.Institution) {
			leaders = append(leaders, m.Institution)
		}
	}
	distinct := map[string]bool{}
	for _, p := range c.a.Parties {
		distinct[p] = true
	}
	if len(leaders) == 0 || len(distinct) < 2 || !c.allKnown() {
		return
	}
	withLeader := slices.ContainsFunc(leaders, func(l string) bool { return distinct[l] })
	if !withLeader || len(distinct) != 2 {
		c.f.Add(CodeAgreementDeclarationTeamMissing, c.ap.Key("parties"), "agreement", c.name(), "agreementKind", string(c.a.Kind), "leader", c.ix.name(leaders[0]),
			"why.pl", "nie jest zawarta między przystępującą instytucją a instytucją lidera zespołu",
			"why.en", "is not made between the joining institution and the institution of the team's leader")
	}
}

// annexParams name an annex in a message: its id, and its date by which the
// message names it (an annex has no title).
func annexParams(x *Annex) []string {
	params := []string{"annex", x.ID}
	if !x.Date.IsZero() {
		params = append(params, "annexDate", x.Date.String())
	}
	return params
}

// partyList names the parties of a list in a message: all of them in
// "party", and, shortened by items, in "party.pl" and "party.en".
func partyList(names []string) []string {
	return []string{"party", strings.Join(names, ", "),
		"party.pl", JoinItems(names, ", ", 4, "party", Polish), "party.en", JoinItems(names, ", ", 4, "party", English)}
}

// flat writes a label for use inside parentheses: "powiatowy urząd pracy
// (PUP)" becomes "powiatowy urząd pracy, PUP".
func flat(label string) string {
	return strings.ReplaceAll(strings.ReplaceAll(label, " (", ", "), ")", "")
}
