package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// labeled is an enumeration value of the model: the glossary names it.
type labeled interface {
	Label(lang cooperation.Lang) string
}

// label is the glossary's name of an enumeration value.
func (b *builder) label(v labeled) string { return v.Label(b.lang) }

// labels joins the names of values with commas.
func labels[T labeled](b *builder, vs []T) string {
	out := make([]string, 0, len(vs))
	for _, v := range vs {
		out = append(out, v.Label(b.lang))
	}
	return strings.Join(out, ", ")
}

// teamKind names a kind of team; the PZK by its name in the bundle's
// variant ("Partnerski Zespół Kooperacyjny (PZK)" in the urban one).
func (b *builder) teamKind(k cooperation.TeamKind) string {
	if k == cooperation.TeamPZK {
		return b.set.b.Variant.PZKName(b.lang) + " (PZK)"
	}
	return k.Label(b.lang)
}

// upperFirst capitalises the first letter (labels are lower case; headings
// and table cells start with a capital).
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// quoted puts a name in Polish or English quotation marks.
func (b *builder) quoted(s string) string { return b.t("„"+s+"”", "“"+s+"”") }

// institution is the name of institution id (its id when the bundle has no
// such institution), anchoring the name the document prints.
func (b *builder) institution(id string) string {
	in, ok := b.set.ix.Institution(id)
	if !ok {
		return id
	}
	if i, ok := b.set.ix.InstitutionIndex(id); ok {
		b.uses(cooperation.Path("").Key("institutions").Index(i).Key("name"))
	}
	if in.Name == "" {
		return id
	}
	return in.Name
}

// institutionIDs writes the REGON and NIP of an institution, when known.
func (b *builder) institutionIDs(id string) string {
	in, ok := b.set.ix.Institution(id)
	if !ok {
		return ""
	}
	i, _ := b.set.ix.InstitutionIndex(id)
	ip := cooperation.Path("").Key("institutions").Index(i)
	var parts []string
	if in.REGON != "" {
		b.uses(ip.Key("regon"))
		parts = append(parts, "REGON "+in.REGON)
	}
	if in.NIP != "" {
		b.uses(ip.Key("nip"))
		parts = append(parts, "NIP "+in.NIP)
	}
	return strings.Join(parts, ", ")
}

// team is the name of team id, anchoring it.
func (b *builder) team(id string) (*cooperation.Team, string) {
	t, i, ok := b.set.ix.Team(id)
	if !ok {
		return nil, id
	}
	b.uses(cooperation.Path("").Key("teams").Index(i).Key("name"))
	if t.Name == "" {
		return t, id
	}
	return t, t.Name
}

// service is the name of service id, anchoring it.
func (b *builder) service(id string) string {
	sv, ok := b.set.ix.Service(id)
	if !ok {
		return id
	}
	for i := range b.set.b.Services {
		if &b.set.b.Services[i] == sv {
			b.uses(cooperation.Path("").Key("services").Index(i).Key("name"))
		}
	}
	if sv.Name == "" {
		return id
	}
	return sv.Name
}

// member names a household member by role (the bundle names people by role
// and pseudonym only): "wnioskodawca", "dziecko (2)" when the role repeats.
func (b *builder) member(p *ipw.Plan, id string) string {
	for j := range p.Beneficiary.Members {
		m := &p.Beneficiary.Members[j]
		if m.ID != id {
			continue
		}
		role := b.label(m.Role)
		n, same := 0, 0
		for k := range p.Beneficiary.Members {
			if p.Beneficiary.Members[k].Role == m.Role {
				same++
				if k <= j {
					n++
				}
			}
		}
		if same > 1 {
			return role + " (" + cooperation.FormatInt(n, b.lang) + ")"
		}
		return role
	}
	return id
}
