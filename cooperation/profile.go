package cooperation

import "sort"

// Profile is a partial override of a variant's settings, as it appears in a
// bundle's "profile" field or in a profile document given by a caller.
// Settings it does not name keep the variant's defaults.
type Profile struct {
	Team      *TeamProfile      `json:"team,omitempty"`
	IPW       *IPWProfile       `json:"ipw,omitempty"`
	Agreement *AgreementProfile `json:"agreement,omitempty"`
	Severity  map[Code]Severity `json:"severity,omitempty"`
	// DisclosureThreshold is the smallest count of the families' things
	// (IPWs, their actions, reviews, suspensions, use of services) that a
	// monitoring record states exactly (package ipw/monitor).
	DisclosureThreshold *int `json:"disclosureThreshold,omitempty"`
}

// TeamProfile overrides team settings.
type TeamProfile struct {
	MinInstitutions     *int      `json:"minInstitutions,omitempty"`
	MinSectors          *int      `json:"minSectors,omitempty"`
	RequirePowiat       *bool     `json:"requirePowiat,omitempty"`
	RequireAnimators    *bool     `json:"requireAnimators,omitempty"`
	MeetingMaxGapDays   *int      `json:"meetingMaxGapDays,omitempty"`
	CaseTeamKind        *TeamKind `json:"caseTeamKind,omitempty"`
	RequireDeclarations *bool     `json:"requireDeclarations,omitempty"`
}

// IPWProfile overrides IPW settings.
type IPWProfile struct {
	TypicalMaxMonths *int `json:"typicalMaxMonths,omitempty"`
	MaxMonths        *int `json:"maxMonths,omitempty"`
	ReviewMaxGapDays *int `json:"reviewMaxGapDays,omitempty"`
	MinInstitutions  *int `json:"minInstitutions,omitempty"`
}

// AgreementProfile overrides agreement settings.
type AgreementProfile struct {
	DefaultNoticePeriodDays *int `json:"defaultNoticePeriodDays,omitempty"`
	ExpiryWarningDays       *int `json:"expiryWarningDays,omitempty"`
}

// Settings are the resolved numbers and switches the rules read: a variant's
// built-in defaults with the bundle's and the caller's profiles applied.
type Settings struct {
	Variant Variant

	Team struct {
		MinInstitutions     int
		MinSectors          int
		RequirePowiat       bool
		RequireAnimators    bool
		MeetingMaxGapDays   int
		CaseTeamKind        TeamKind
		RequireDeclarations bool
	}
	IPW struct {
		TypicalMaxMonths int
		MaxMonths        int
		ReviewMaxGapDays int
		MinInstitutions  int
	}
	Agreement struct {
		DefaultNoticePeriodDays int
		ExpiryWarningDays       int
	}
	// DisclosureThreshold is the smallest count of the families' things a
	// monitoring record states exactly; a smaller one is "fewer than" it.
	DisclosureThreshold int
	severity            map[Code]Severity
}

// DefaultSettings returns the built-in profile of variant v (REFERENCE.md lists every setting per
// variant).
// An unknown variant gets the rural numbers with no variant-specific switches.
func DefaultSettings(v Variant) Settings {
	var s Settings
	s.Variant = v
	s.Team.MinInstitutions = 4
	s.Team.MinSectors = 3
	s.Team.MeetingMaxGapDays = 92
	s.IPW.TypicalMaxMonths = 13
	s.IPW.MaxMonths = 24
	s.IPW.ReviewMaxGapDays = 92
	s.IPW.MinInstitutions = 2
	s.Agreement.DefaultNoticePeriodDays = 30
	s.Agreement.ExpiryWarningDays = 60
	s.DisclosureThreshold = 3
	switch v {
	case VariantRural:
		s.Team.RequirePowiat = true
		s.Team.RequireAnimators = true
		s.Team.CaseTeamKind = TeamPZK
	case VariantUrbanRural:
		s.Team.RequirePowiat = true
		s.Team.CaseTeamKind = TeamGGK
	case VariantUrban:
		s.Team.CaseTeamKind = TeamZZK
		s.Team.RequireDeclarations = true
	default:
		s.Team.CaseTeamKind = TeamPZK
	}
	return s
}

// Apply returns s with the settings p names replaced. A nil p changes nothing.
func (s Settings) Apply(p *Profile) Settings {
	if p == nil {
		return s
	}
	setInt := func(dst *int, v *int) {
		if v != nil {
			*dst = *v
		}
	}
	setBool := func(dst *bool, v *bool) {
		if v != nil {
			*dst = *v
		}
	}
	if t := p.Team; t != nil {
		setInt(&s.Team.MinInstitutions, t.MinInstitutions)
		setInt(&s.Team.MinSectors, t.MinSectors)
		setBool(&s.Team.RequirePowiat, t.RequirePowiat)
		setBool(&s.Team.RequireAnimators, t.RequireAnimators)
		setInt(&s.Team.MeetingMaxGapDays, t.MeetingMaxGapDays)
		if t.CaseTeamKind != nil {
			s.Team.CaseTeamKind = *t.CaseTeamKind
		}
		setBool(&s.Team.RequireDeclarations, t.RequireDeclarations)
	}
	if i := p.IPW; i != nil {
		setInt(&s.IPW.TypicalMaxMonths, i.TypicalMaxMonths)
		setInt(&s.IPW.MaxMonths, i.MaxMonths)
		setInt(&s.IPW.ReviewMaxGapDays, i.ReviewMaxGapDays)
		setInt(&s.IPW.MinInstitutions, i.MinInstitutions)
	}
	if a := p.Agreement; a != nil {
		setInt(&s.Agreement.DefaultNoticePeriodDays, a.DefaultNoticePeriodDays)
		setInt(&s.Agreement.ExpiryWarningDays, a.ExpiryWarningDays)
	}
	setInt(&s.DisclosureThreshold, p.DisclosureThreshold)
	if len(p.Severity) > 0 {
		sev := make(map[Code]Severity, len(s.severity)+len(p.Severity))
		for c, v := range s.severity {
			sev[c] = v
		}
		for c, v := range p.Severity {
			sev[c] = v
		}
		s.severity = sev
	}
	return s
}

// SeverityOf returns the severity of code under s: the profile's override, or
// the catalogue's default.
func (s Settings) SeverityOf(code Code) Severity {
	if v, ok := s.severity[code]; ok {
		return v
	}
	if r, ok := Lookup(code); ok {
		return r.Severity
	}
	return SeverityError
}

// SeverityOverrides returns the codes whose severity the profiles changed,
// sorted.
func (s Settings) SeverityOverrides() []Code {
	out := make([]Code, 0, len(s.severity))
	for c := range s.severity {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
