package cooperation

import (
	"slices"
	"strconv"
	"strings"
)

// TeamKind is the kind of a team (zespół) in the model.
type TeamKind string

// The team kinds (see "The model" in the package documentation).
const (
	// TeamPZK is the standing partnership team (Partnerski Zespół Kooperacji,
	// in the urban variant Partnerski Zespół Kooperacyjny).
	TeamPZK TeamKind = "pzk"
	// TeamWZK is the voivodeship cooperation team (Wojewódzki Zespół
	// Kooperacji) of the rural variant.
	TeamWZK TeamKind = "wzk"
	// TeamGGK is the per-family group (Gminna Grupa Kooperacyjna) of the
	// urban-rural variant.
	TeamGGK TeamKind = "ggk"
	// TeamZZK is the per-case task team (Zadaniowy Zespół Kooperacyjny) of
	// the urban variant.
	TeamZZK TeamKind = "zzk"
)

func (k TeamKind) String() string { return string(k) }

// Valid reports whether k is a known team kind.
func (k TeamKind) Valid() bool {
	return k == TeamPZK || k == TeamWZK || k == TeamGGK || k == TeamZZK
}

// IsCaseTeam reports whether k is a per-family or per-case team (GGK, ZZK).
func (k TeamKind) IsCaseTeam() bool { return k == TeamGGK || k == TeamZZK }

// Role is what a member does in a team.
type Role string

// The roles of team members.
const (
	RoleLeader         Role = "leader"          // lider/koordynator PZK
	RoleGminaAnimator  Role = "gmina_animator"  // animator gminny (rural)
	RolePowiatAnimator Role = "powiat_animator" // animator powiatowy (rural)
	RoleCoordinator    Role = "coordinator"     // koordynator GGK
	RoleCaseWorker     Role = "case_worker"     // pracownik socjalny
	RoleNetworkOfficer Role = "network_officer" // pracownik ds. sieci
	RoleMember         Role = "member"
)

func (r Role) String() string { return string(r) }

// Valid reports whether r is a known role.
func (r Role) Valid() bool {
	switch r {
	case RoleLeader, RoleGminaAnimator, RolePowiatAnimator, RoleCoordinator,
		RoleCaseWorker, RoleNetworkOfficer, RoleMember:
		return true
	}
	return false
}

// Team is a partnership team (PZK), a voivodeship team (WZK) or a per-family
// or per-case team (GGK, ZZK) with its members over time and its meetings.
type Team struct {
	ID         string    `json:"id"`
	Kind       TeamKind  `json:"kind"`
	Name       string    `json:"name"`
	Formed     Date      `json:"formed"`
	Members    []Member  `json:"members"`
	Meetings   []Meeting `json:"meetings,omitempty"`
	ParentTeam string    `json:"parentTeam,omitempty"`
}

// Member is an institution's membership of a team, represented by a person,
// from Joined to Left inclusive (Left zero: still a member).
type Member struct {
	Institution    string `json:"institution"`
	Representative string `json:"representative"`
	Roles          []Role `json:"roles"`
	Joined         Date   `json:"joined"`
	Left           Date   `json:"left,omitzero"`
}

// Period returns the membership as an inclusive period (open when Left is zero).
func (m *Member) Period() Period { return Period{Start: m.Joined, End: m.Left} }

// ActiveOn reports whether the membership covers day.
func (m *Member) ActiveOn(day Date) bool { return m.Period().Contains(day) }

// HasRole reports whether the member has role r.
func (m *Member) HasRole(r Role) bool { return contains(m.Roles, r) }

// Meeting is a dated meeting of a team with the institutions that attended.
type Meeting struct {
	Date      Date     `json:"date"`
	Attendees []string `json:"attendees,omitempty"`
	Notes     string   `json:"notes,omitempty"`
}

// InVariant reports whether a team of kind k belongs in the variant of s: a
// PZK always, a WZK in the rural variant, a GGK in the urban-rural and a ZZK
// in the urban variant, and a GGK or ZZK also wherever the profile makes it
// the case team (team.caseTeamKind).
func (k TeamKind) InVariant(s Settings) bool {
	switch k {
	case TeamPZK:
		return true
	case TeamWZK:
		return s.Variant == VariantRural
	case TeamGGK:
		return s.Variant == VariantUrbanRural || s.Team.CaseTeamKind == TeamGGK
	case TeamZZK:
		return s.Variant == VariantUrban || s.Team.CaseTeamKind == TeamZZK
	}
	return false
}

// checkTeams runs the team rules over every team.
func checkTeams(ix *Index, now Clock, s Settings, f *Findings) {
	checkTeamsOn(ix, now, &now, s, f)
}

// CheckTeams runs the rules of the teams alone at now's date, as
// CheckPartnership runs them: the implementation stages ask whether the PZK
// met them on the day a stage was completed (now from On). Only what is in
// force on that day covers a member. When judged is not nil, a member that
// an agreement would cover but for a mistake the check at judged's date
// reports on it (see Index.CoverBroken) is excused, as CheckPartnership
// excuses it, and judged notes when that can change.
func CheckTeams(ix *Index, now Clock, judged *Clock, s Settings, f *Findings) {
	checkTeamsOn(ix, now, judged, s, f)
}

func checkTeamsOn(ix *Index, now Clock, judged *Clock, s Settings, f *Findings) {
	for i := range ix.P.Teams {
		t := &ix.P.Teams[i]
		if !t.Kind.Valid() {
			continue
		}
		c := teamCheck{ix: ix, t: t, tp: Path("").Key("teams").Index(i), now: now, judged: judged, s: s, f: f}
		c.members()
		if s.Variant.Valid() && !t.Kind.InVariant(s) {
			// The kind is the mistake: the rules of a kind the person did
			// not mean (a case team's parent, say) would only echo it.
			f.Add(CodeTeamKindNotInVariant, c.tp.Key("kind"), "team", c.name(),
				"kind", string(t.Kind), "kind.pl", t.Kind.Label(Polish), "kind.en", t.Kind.Label(English),
				"variant", string(s.Variant), "variant.pl", s.Variant.Label(Polish), "variant.en", s.Variant.Label(English))
			continue
		}
		if ix.isPZKUnderOtherKind(t.ID) {
			f.Add(CodeTeamPZKOtherKind, c.tp.Key("kind"), "team", c.name(),
				"kind", string(t.Kind), "kind.pl", t.Kind.Label(Polish), "kind.en", t.Kind.Label(English))
			continue
		}
		switch t.Kind {
		case TeamPZK:
			c.meetings()
			c.composition()
		case TeamGGK, TeamZZK:
			c.caseTeam()
		case TeamWZK:
			c.wzk()
		}
	}
}

// teamCheck is one team under check.
type teamCheck struct {
	ix  *Index
	t   *Team
	tp  Path
	now Clock
	// judged is the check date whose mistakes excuse a member's missing
	// cover (nil: none do).
	judged *Clock
	s      Settings
	f      *Findings
}

func (c *teamCheck) name() string { return label(c.t.Name, c.t.ID) }

func (c *teamCheck) memberPath(j int) Path { return c.tp.Key("members").Index(j) }

// usable reports whether member j can take part in rules: its institution
// exists and its dates are valid (otherwise ref.unknown or
// team.member_dates_invalid already says what is wrong).
func (c *teamCheck) usable(j int) bool {
	m := &c.t.Members[j]
	return c.ix.known(m.Institution) && m.datesValid()
}

// members checks the dates of each membership (team.member_dates_invalid)
// and that no institution is a member twice over overlapping periods
// (team.member_duplicate, at the later entry).
func (c *teamCheck) members() {
	for j := range c.t.Members {
		m := &c.t.Members[j]
		if !m.Joined.IsZero() && !m.Left.IsZero() && m.Left.Before(m.Joined) {
			c.f.Add(CodeTeamMemberDatesInvalid, c.memberPath(j).Key("left"),
				"institution", c.ix.name(m.Institution), "team", c.name(),
				"joined", m.Joined.String(), "left", m.Left.String())
			continue
		}
		if !c.usable(j) {
			continue
		}
		for k := 0; k < j; k++ {
			o := &c.t.Members[k]
			if o.Institution == m.Institution && c.usable(k) && o.Period().Overlaps(m.Period()) {
				params := []string{"institution", c.ix.name(m.Institution), "team", c.name(), "other", string(c.memberPath(k))}
				if !o.Joined.IsZero() {
					params = append(params, "otherJoined", o.Joined.String())
				}
				c.f.Add(CodeTeamMemberDuplicate, c.memberPath(j), params...)
				break
			}
		}
	}
}

// meetings checks the gaps between the PZK's meetings up to asOf and from
// the last one to asOf (team.meeting_gap). A PZK that has not met at all is
// measured from the day it was formed. Meetings after asOf are plans and do
// not count; a team formed after asOf is not checked.
func (c *teamCheck) meetings() {
	max := c.s.Team.MeetingMaxGapDays
	if !c.t.Formed.IsZero() && !c.now.Reached(c.t.Formed) {
		return
	}
	var held []int
	for j := range c.t.Meetings {
		if on := c.t.Meetings[j].Date; !on.IsZero() && c.now.Reached(on) {
			held = append(held, j)
		}
	}
	slices.SortStableFunc(held, func(x, y int) int { return c.t.Meetings[x].Date.Compare(c.t.Meetings[y].Date) })
	gap := func(p Path, from, to Date) {
		if days := from.DaysUntil(to); days > max {
			c.f.Add(CodeTeamMeetingGap, p, "team", c.name(), "days", strconv.Itoa(days),
				"from", from.String(), "to", to.String(), "max", strconv.Itoa(max))
		}
	}
	for k := 1; k < len(held); k++ {
		j := held[k]
		gap(c.tp.Key("meetings").Index(j).Key("date"), c.t.Meetings[held[k-1]].Date, c.t.Meetings[j].Date)
	}
	// The open stretch up to the check date.
	open := func(p Path, from Date) {
		if days, over := c.now.Over(from, max); over {
			c.f.Add(CodeTeamMeetingGap, p, "team", c.name(), "days", strconv.Itoa(days),
				"from", from.String(), "to", c.now.String(), "max", strconv.Itoa(max))
		}
	}
	switch {
	case len(held) > 0:
		open(c.tp.Key("meetings"), c.t.Meetings[held[len(held)-1]].Date)
	case !c.t.Formed.IsZero():
		open(c.tp, c.t.Formed)
	}
}

// isPowiatLevel reports whether institution id satisfies a rule that asks
// for a powiat-level institution: its level is powiat, or it is the OPS/CUS
// of a city with powiat rights (IsCityWithPowiatRights).
func (ix *Index) isPowiatLevel(id string) bool {
	in, ok := ix.Institution(id)
	if !ok {
		return false
	}
	return in.EffectiveLevel() == LevelPowiat || (in.Kind.IsOPS() && IsCityWithPowiatRights(ix.P.Municipality.TERYT))
}

// composition checks the PZK as it stands at asOf: its leader, the OPS, the
// powiat, the animators, size and sectors, and the agreements that cover its
// members. A PZK formed after asOf is not checked yet. A PZK with no active
// member at asOf gives one finding, team.too_small with count 0.
func (c *teamCheck) composition() {
	if !c.t.Formed.IsZero() && !c.now.Reached(c.t.Formed) {
		return
	}
	date := c.now.String()
	active, institutions, unknown := c.roster()
	if unknown {
		// A member that is an unknown institution (ref.unknown), or whose
		// dates cannot be read (team.member_dates_invalid), may be the one
		// each rule below would find missing; only a second leader is
		// certain.
		c.leader(active, date, false)
		c.coverage(active, date)
		return
	}
	if len(institutions) < c.s.Team.MinInstitutions {
		c.f.Add(CodeTeamTooSmall, c.tp.Key("members"), "team", c.name(), "count", strconv.Itoa(len(institutions)),
			"min", strconv.Itoa(c.s.Team.MinInstitutions), "date", date)
	}
	if len(active) == 0 {
		return
	}
	c.sectors(active, date)
	hasOPS := slices.ContainsFunc(active, func(j int) bool { return c.ix.IsOPS(c.t.Members[j].Institution) })
	hasPowiat := slices.ContainsFunc(active, func(j int) bool { return c.ix.isPowiatLevel(c.t.Members[j].Institution) })
	c.leader(active, date, hasOPS)
	if !hasOPS {
		c.f.Add(CodeTeamOPSMissing, c.tp, "team", c.name(), "date", date)
	}
	if c.s.Team.RequirePowiat && !hasPowiat {
		c.f.Add(CodeTeamPowiatMissing, c.tp, "team", c.name(), "date", date)
	}
	// An animator who must come from an institution the team lacks is
	// already reported as that institution missing.
	if c.s.Team.RequireAnimators && hasOPS {
		c.role(active, RoleGminaAnimator, c.ix.IsOPS, CodeTeamAnimatorMissing,
			"animatora gminnego z OPS lub CUS", "gmina animator from the OPS or CUS", "date", date)
	}
	if c.s.Team.RequireAnimators && (hasPowiat || !c.s.Team.RequirePowiat) {
		c.role(active, RolePowiatAnimator, c.ix.isPowiatLevel, CodeTeamAnimatorMissing,
			"animatora powiatowego z instytucji powiatowej", "powiat animator from a powiat-level institution", "date", date)
	}
	c.coverage(active, date)
}

// sectors checks the number of distinct sectors of the active members,
// local government and unknown sectors not counted (team.sectors_insufficient).
func (c *teamCheck) sectors(active []int, date string) {
	seen := map[Sector]bool{}
	var pl, en []string
	for _, j := range active {
		in, _ := c.ix.Institution(c.t.Members[j].Institution)
		sec := in.EffectiveSector()
		if sec == "" || sec == SectorLocalGovernment || seen[sec] {
			continue
		}
		seen[sec] = true
		p, e := sec.Label(Polish), sec.Label(English)
		pl, en = append(pl, p), append(en, e)
	}
	if len(seen) >= c.s.Team.MinSectors {
		return
	}
	params := []string{"team", c.name(), "count", strconv.Itoa(len(seen)), "min", strconv.Itoa(c.s.Team.MinSectors), "date", date}
	if len(seen) > 0 {
		params = append(params, "sectors.pl", strings.Join(pl, ", "), "sectors.en", strings.Join(en, ", "))
	}
	// the sectors the team could invite from, in the glossary's order
	var absentPL, absentEN []string
	for _, t := range sectorTerms.terms {
		if sec := Sector(t.value); sec != SectorLocalGovernment && !seen[sec] {
			absentPL, absentEN = append(absentPL, t.pl), append(absentEN, t.en)
		}
	}
	if len(absentPL) > 0 {
		params = append(params, "absent.pl", JoinItems(absentPL, ", ", 3, "sector", Polish), "absent.en", JoinItems(absentEN, ", ", 3, "sector", English))
	}
	c.f.Add(CodeTeamSectorsInsufficient, c.tp.Key("members"), params...)
}

// leader checks that the PZK has exactly one leader at asOf
// (team.leader_missing at the team, team.leader_multiple at the second
// leader's roles) and that each leader comes from an OPS or CUS
// (team.leader_not_ops at the leader's institution). In a PZK without an
// OPS or CUS (team.ops_missing) no leader can be right, so only
// team.leader_multiple is looked at.
func (c *teamCheck) leader(active []int, date string, hasOPS bool) {
	var leaders []int
	for _, j := range active {
		if c.t.Members[j].HasRole(RoleLeader) {
			leaders = append(leaders, j)
		}
	}
	switch {
	case len(leaders) == 0 && hasOPS:
		c.f.Add(CodeTeamLeaderMissing, c.tp, "team", c.name(), "date", date)
	case len(leaders) > 1:
		c.f.Add(CodeTeamLeaderMultiple, c.memberPath(leaders[1]).Key("roles"), "team", c.name(),
			"count", strconv.Itoa(len(leaders)), "date", date)
	}
	for _, j := range leaders {
		if id := c.t.Members[j].Institution; hasOPS && !c.ix.IsOPS(id) {
			c.f.Add(CodeTeamLeaderNotOPS, c.memberPath(j).Key("institution"), "team", c.name(), "institution", c.ix.name(id))
		}
	}
}

// role reports code when none of the members (all of them when active is
// nil) has role at an institution that qualifies. The finding points at the
// roles of a member that has the role at the wrong institution, otherwise
// at the team.
func (c *teamCheck) role(members []int, role Role, qualifies func(string) bool, code Code, pl, en string, extra ...string) {
	if members == nil {
		for j := range c.t.Members {
			if c.ix.known(c.t.Members[j].Institution) {
				members = append(members, j)
			}
		}
	}
	at := c.tp
	for _, j := range members {
		m := &c.t.Members[j]
		if !m.HasRole(role) {
			continue
		}
		if qualifies(m.Institution) {
			return
		}
		if at == c.tp {
			at = c.memberPath(j).Key("roles")
		}
	}
	params := []string{"team", c.name()}
	if pl != "" {
		params = append(params, "role.pl", pl, "role.en", en)
	}
	c.f.Add(code, at, append(params, extra...)...)
}

// caseTeam checks a GGK or ZZK: it names its parent PZK
// (team.parent_missing), each member is a PZK member on its joining day
// (team.case_team_member_not_in_pzk), it has a case worker from the OPS/CUS
// (team.case_worker_missing) and a GGK a coordinator from the OPS/CUS
// (team.coordinator_missing). Roles are looked for among all its members,
// past or present: a case team exists for one family and its history counts.
func (c *teamCheck) caseTeam() {
	switch parent, _, ok := c.ix.Team(c.t.ParentTeam); {
	case c.t.ParentTeam == "":
		c.f.Add(CodeTeamParentMissing, c.tp, "team", c.name())
	case !ok:
		// ref.unknown
	case parent.Kind != TeamPZK && c.ix.isPZKUnderOtherKind(parent.ID):
		// The parent is the PZK under a wrong kind (team.pzk_other_kind).
	case parent.Kind != TeamPZK:
		c.f.Add(CodeTeamParentMissing, c.tp.Key("parentTeam"), "team", c.name())
	case c.ix.MembersBroken(parent.ID):
		// A PZK member that is an unknown institution may be any of them.
	default:
		for j := range c.t.Members {
			m := &c.t.Members[j]
			if c.usable(j) && !c.ix.MemberOn(parent.ID, m.Institution, m.Joined) {
				c.f.Add(CodeTeamCaseTeamMemberNotInPZK, c.memberPath(j).Key("institution"),
					"institution", c.ix.name(m.Institution), "team", c.name(),
					"date", m.Joined.String(), "parent", label(parent.Name, parent.ID))
			}
		}
	}
	if c.ix.MembersBroken(c.t.ID) {
		return // the case worker or coordinator may be the unknown member
	}
	// A role held by a member of a PZK reported without an OPS is held by
	// the OPS entered under a wrong kind: team.ops_missing reports it.
	fromOPS := func(id string) bool { return c.ix.IsOPS(id) || c.ix.OPSMissingAround(id, c.now, c.s) }
	c.role(nil, RoleCaseWorker, fromOPS, CodeTeamCaseWorkerMissing, "", "")
	if c.t.Kind == TeamGGK {
		c.role(nil, RoleCoordinator, fromOPS, CodeTeamCoordinatorMissing, "", "")
	}
}

// wzk checks that a WZK has voivodeship-level members only and includes the
// voivodeship or its ROPS (team.wzk_level).
func (c *teamCheck) wzk() {
	hasRegion := false
	for j := range c.t.Members {
		in, ok := c.ix.Institution(c.t.Members[j].Institution)
		if !ok {
			continue
		}
		if in.Kind == KindVoivodeship || in.Kind == KindROPS {
			hasRegion = true
		}
		if lvl := in.EffectiveLevel(); lvl != LevelVoivodeship {
			c.f.Add(CodeTeamWZKLevel, c.memberPath(j).Key("institution"), "team", c.name(),
				"institution", label(in.Name, in.ID), "level", string(lvl), "level.pl", lvl.Label(Polish), "level.en", lvl.Label(English))
		}
	}
	if !hasRegion {
		c.f.Add(CodeTeamWZKLevel, c.tp, "team", c.name())
	}
}
