package cooperation

// TeamKind is the kind of a team (zespół) in the model.
type TeamKind string

// The team kinds (DOMAIN.md §7).
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
