package document

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// teamDoc is a team's composition and the rules it works by (skład
// zespołu): its members with their sectors, representatives, roles and
// dates; who holds the roles the variant requires; and the model's rules
// for this kind of team with the profile's numbers. It names no family
// and none of the team's meeting notes.
func (b *builder) teamDoc(t *cooperation.Team, i int) {
	tp := cooperation.Path("").Key("teams").Index(i)
	b.uses(tp.Key("name"), tp.Key("kind"), tp.Key("formed"), tp.Key("members"), tp.Key("parentTeam"))
	name := t.Name
	if strings.TrimSpace(name) == "" {
		name = t.ID
	}
	b.title = b.t("Skład zespołu ", "Composition of the team ") + b.quoted(name)
	b.heading1 = b.t("Skład zespołu", "Team composition")
	b.subtitle = b.quoted(name)
	b.dated = b.set.asOf
	parent := ""
	if t.ParentTeam != "" {
		_, pn := b.team(t.ParentTeam)
		parent = b.quoted(pn)
	}
	b.facts(
		fact{b.t("Rodzaj zespołu", "Kind of team"), upperFirst(b.teamKind(t.Kind))},
		fact{b.t("Data utworzenia", "Formed on"), b.day(t.Formed)},
		fact{b.t("Zespół nadrzędny", "Parent team"), parent},
		fact{b.t("Stan na dzień", "As of"), b.day(b.set.asOf)},
	)

	b.heading(b.t("Członkowie zespołu", "Members"))
	var rows [][]cell
	for j := range t.Members {
		m := &t.Members[j]
		sector := ""
		if in, ok := b.set.ix.Institution(m.Institution); ok {
			sector = upperFirst(b.label(in.EffectiveSector()))
		}
		rows = append(rows, []cell{
			text(cooperation.FormatInt(j+1, b.lang)), text(b.institution(m.Institution)), text(sector),
			text(m.Representative), text(labels(b, m.Roles)), date(m.Joined, b.lang), date(m.Left, b.lang),
		})
	}
	b.table([]string{b.t("Lp.", "No."), b.t("Instytucja", "Institution"), b.t("Sektor", "Sector"),
		b.t("Przedstawiciel", "Representative"), b.t("Funkcje w zespole", "Roles"), b.t("Od", "From"), b.t("Do", "Until")}, rows)

	var roles []fact
	for _, r := range b.requiredRoles(t.Kind) {
		holders := b.holders(t, r)
		if holders == "" {
			holders = b.t("nie wskazano", "none named")
		}
		roles = append(roles, fact{upperFirst(b.label(r)), holders})
	}
	if len(roles) > 0 { // a WZK has no role the model requires
		b.heading(b.t("Obsada funkcji", "Who holds the roles"))
		b.facts(roles...)
	}

	b.heading(b.t("Zasady działania zespołu", "How the team works"))
	b.facts(b.teamRules(t, parent)...)

	if r := b.signingRole(t.Kind); r != "" {
		for j := range t.Members {
			m := &t.Members[j]
			if m.HasRole(r) && (m.Left.IsZero() || !m.Left.Before(b.set.asOf)) {
				b.heading(b.t("Podpis", "Signature"))
				b.signatures([]signer{{Caption: upperFirst(b.label(r)) + ": " + b.institution(m.Institution), Name: m.Representative}})
				break
			}
		}
	}
}

// requiredRoles are the roles the variant requires of a team of kind k.
func (b *builder) requiredRoles(k cooperation.TeamKind) []cooperation.Role {
	s := b.set.settings.Team
	switch k {
	case cooperation.TeamPZK:
		if s.RequireAnimators {
			return []cooperation.Role{cooperation.RoleLeader, cooperation.RoleGminaAnimator, cooperation.RolePowiatAnimator}
		}
		return []cooperation.Role{cooperation.RoleLeader}
	case cooperation.TeamGGK:
		return []cooperation.Role{cooperation.RoleCoordinator, cooperation.RoleCaseWorker}
	case cooperation.TeamZZK:
		return []cooperation.Role{cooperation.RoleCaseWorker}
	}
	return nil
}

// signingRole is the role whose holder signs the composition.
func (b *builder) signingRole(k cooperation.TeamKind) cooperation.Role {
	switch k {
	case cooperation.TeamPZK:
		return cooperation.RoleLeader
	case cooperation.TeamGGK:
		return cooperation.RoleCoordinator
	case cooperation.TeamZZK:
		return cooperation.RoleCaseWorker
	}
	return ""
}

// holders names the members holding role r on the day of the document.
func (b *builder) holders(t *cooperation.Team, r cooperation.Role) string {
	var out []string
	for j := range t.Members {
		m := &t.Members[j]
		if m.HasRole(r) && m.ActiveOn(b.set.asOf) {
			out = append(out, joinNonEmpty(" – ", b.institution(m.Institution), m.Representative))
		}
	}
	return strings.Join(out, "; ")
}

// teamRules states the model's rules for a team of t's kind, with the
// numbers of the profile the bundle is checked with.
func (b *builder) teamRules(t *cooperation.Team, parent string) []fact {
	s := b.set.settings
	ops := b.t("ośrodek pomocy społecznej (OPS) lub centrum usług społecznych (CUS)", "the social assistance centre (OPS) or the social services centre (CUS)")
	switch t.Kind {
	case cooperation.TeamPZK:
		size := ipw.Indicators(b.set.b, b.set.asOf).PZK
		now := func(n int) string {
			if first, _, ok := b.set.ix.PZK(); !ok || first != t {
				return ""
			}
			return b.t(" (obecnie: ", " (now: ") + cooperation.FormatInt(n, b.lang) + ")"
		}
		rules := []fact{
			{b.t("Lider zespołu", "Leader"), upperFirst(ops)},
			{b.t("Instytucje członkowskie", "Member institutions"), b.t("co najmniej ", "at least ") + cooperation.FormatInt(s.Team.MinInstitutions, b.lang) + now(size.Institutions)},
			{b.t("Sektory (bez samorządu terytorialnego)", "Sectors (local government not counted)"), b.t("co najmniej ", "at least ") + cooperation.FormatInt(s.Team.MinSectors, b.lang) + now(size.Sectors)},
			{b.t("Członek obowiązkowy", "Required member"), b.t("OPS lub CUS gminy", "the gmina's OPS or CUS")},
		}
		if s.Team.RequirePowiat {
			rules = append(rules, fact{b.t("Szczebel powiatowy", "Powiat level"), b.t("co najmniej jedna instytucja powiatowa (zwykle PCPR)", "at least one powiat institution (usually the PCPR)")})
		}
		if s.Team.RequireAnimators {
			rules = append(rules, fact{b.t("Animatorzy", "Animators"), b.t("animator gminny z OPS lub CUS i animator powiatowy z instytucji powiatowej", "a gmina animator from the OPS or CUS and a powiat animator from a powiat institution")})
		}
		basis := b.t("porozumienie o współpracy albo umowa pilotażowa", "a local cooperation agreement or the pilot agreement")
		if s.Team.RequireDeclarations {
			basis = b.t("deklaracja przystąpienia każdej instytucji", "each institution's declaration of accession")
		}
		return append(rules,
			fact{b.t("Podstawa współpracy", "Basis of membership"), upperFirst(basis)},
			fact{b.t("Spotkania", "Meetings"), b.t("nie rzadziej niż co ", "at least every ") + nounDays.Count(s.Team.MeetingMaxGapDays, b.lang)},
			fact{b.t("IPW prowadzi", "IPWs are run by"), upperFirst(b.teamKind(s.Team.CaseTeamKind))},
		)
	case cooperation.TeamGGK, cooperation.TeamZZK:
		rules := []fact{{b.t("Członkowie", "Members"), b.t("wyłącznie instytucje należące do zespołu ", "only institutions that belong to the team ") + parent}}
		if t.Kind == cooperation.TeamGGK {
			rules = append(rules, fact{upperFirst(b.label(cooperation.RoleCoordinator)), b.t("z OPS lub CUS", "from the OPS or CUS")})
		}
		rules = append(rules, fact{upperFirst(b.label(cooperation.RoleCaseWorker)), b.t("z OPS lub CUS", "from the OPS or CUS")})
		if t.Kind == cooperation.TeamZZK {
			rules = append(rules, fact{b.t("Zadanie", "Task"), b.t("zespół prowadzi IPW, które go wskazują", "the team runs the IPWs that name it")})
		}
		return rules
	case cooperation.TeamWZK:
		return []fact{{b.t("Członkowie", "Members"), b.t("instytucje szczebla wojewódzkiego, w tym samorząd województwa lub ROPS", "voivodeship-level institutions, including the voivodeship or its ROPS")}}
	}
	return nil
}
