package document

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// The documents of one IPW. Each names the family by its pseudonym only
// (the bundle holds no names) and prints only what it needs: the consent
// names the institutions and the scope, never the diagnosis; the IPW prints
// goals and actions, not the diagnosis' descriptions; no document prints a
// PESEL.

// pseudonym is the family's pseudonym, anchored.
func (b *builder) pseudonym(p *ipw.Plan, pp cooperation.Path) string {
	b.uses(pp.Key("beneficiary").Key("pseudonym"))
	if strings.TrimSpace(p.Beneficiary.Pseudonym) == "" {
		return p.ID
	}
	return p.Beneficiary.Pseudonym
}

// caseWorker is the case worker and their institution, anchored.
func (b *builder) caseWorker(p *ipw.Plan, pp cooperation.Path) (name, institution string) {
	b.uses(pp.Key("caseWorker"))
	return p.CaseWorker.Name, b.institution(p.CaseWorker.Institution)
}

// adult reports whether member m signs p as an adult (ipw.Plan.SignsAsAdult
// at the check's date).
func (b *builder) adult(p *ipw.Plan, m *ipw.HouseholdMember) bool {
	return p.SignsAsAdult(m, b.set.asOf)
}

// consentDoc is the family's consent (zgoda) to process its data and share
// them with the institutions of the scope, signed by the adults who give it.
func (b *builder) consentDoc(p *ipw.Plan, pp cooperation.Path) {
	cs := p.Consent
	cp := pp.Key("consent")
	b.uses(cp)
	name := b.pseudonym(p, pp)
	worker, ops := b.caseWorker(p, pp)
	b.title = b.t("Zgoda – ", "Consent – ") + name
	b.heading1 = b.t("Zgoda na przetwarzanie i udostępnianie danych", "Consent to the processing and sharing of data")
	b.subtitle = b.t("w indywidualnym programie współpracy (IPW) ", "in the individual cooperation programme (IPW) ") + p.ID
	b.dated = cs.Date
	b.uses(pp.Key("beneficiary").Key("kind"))
	b.facts(
		fact{b.beneficiaryKind(p), name},
		fact{b.t("Zgodę przyjmuje", "Received by"), joinNonEmpty(", ", ops, worker)},
	)
	var givers []*ipw.HouseholdMember
	for _, id := range distinct(cs.GivenBy) {
		for j := range p.Beneficiary.Members {
			if m := &p.Beneficiary.Members[j]; m.ID == id && m.AdultIn(b.set.asOf.Year()) {
				givers = append(givers, m)
				b.uses(pp.Key("beneficiary").Key("members").Index(j).Key("role"))
			}
		}
	}
	if len(cs.GivenBy) == 0 { // not given yet: a line for every adult
		for j := range p.Beneficiary.Members {
			if m := &p.Beneficiary.Members[j]; b.adult(p, m) {
				givers = append(givers, m)
				b.uses(pp.Key("beneficiary").Key("members").Index(j))
			}
		}
	}
	person := p.Beneficiary.Kind == ipw.BeneficiaryPerson
	switch {
	case person:
		b.para(b.t("Wyrażam zgodę na przetwarzanie moich danych osobowych w związku z indywidualnym programem współpracy (IPW) oraz na udostępnianie tych danych instytucjom wymienionym poniżej, w zakresie niezbędnym do opracowania i realizacji programu.",
			"I consent to the processing of my personal data for the individual cooperation programme (IPW) and to their sharing with the institutions listed below, to the extent needed to draw up and carry out the programme."))
	case len(givers) == 1:
		b.para(b.t("Wyrażam zgodę na przetwarzanie moich danych osobowych i danych mojej rodziny w związku z indywidualnym programem współpracy (IPW) oraz na udostępnianie tych danych instytucjom wymienionym poniżej, w zakresie niezbędnym do opracowania i realizacji programu.",
			"I consent to the processing of my personal data and my family's for the individual cooperation programme (IPW) and to their sharing with the institutions listed below, to the extent needed to draw up and carry out the programme."))
	default:
		b.para(b.t("Wyrażamy zgodę na przetwarzanie naszych danych osobowych i danych naszej rodziny w związku z indywidualnym programem współpracy (IPW) oraz na udostępnianie tych danych instytucjom wymienionym poniżej, w zakresie niezbędnym do opracowania i realizacji programu.",
			"We consent to the processing of our personal data and our family's for the individual cooperation programme (IPW) and to their sharing with the institutions listed below, to the extent needed to draw up and carry out the programme."))
	}
	b.heading(b.t("Instytucje, którym można udostępniać dane", "Institutions the data may be shared with"))
	var rows [][]cell
	for k, id := range distinct(cs.Scope) {
		rows = append(rows, []cell{text(cooperation.FormatInt(k+1, b.lang)), text(b.institution(id))})
	}
	b.table([]string{b.t("Lp.", "No."), b.t("Instytucja", "Institution")}, rows)
	b.para(b.t("Zgodę można w każdej chwili wycofać. Wycofanie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem.",
		"The consent may be withdrawn at any time. Withdrawing it does not affect the lawfulness of the processing done before."))
	if !cs.Withdrawn.IsZero() {
		b.note(stop(b.t("Zgodę wycofano dnia ", "The consent was withdrawn on ") + b.day(cs.Withdrawn)))
	}
	b.heading(b.t("Podpisy", "Signatures"))
	var ss []signer
	for _, m := range givers {
		s := signer{Caption: b.t("Osoba wyrażająca zgodę: ", "Giving consent: ") + b.member(p, m.ID)}
		if len(cs.GivenBy) > 0 {
			s.Signed = b.day(cs.Date)
		}
		ss = append(ss, s)
	}
	ss = append(ss, signer{Caption: b.t("Zgodę przyjął(-ęła), za: ", "Received, for: ") + ops, Name: worker,
		Function: b.label(cooperation.RoleCaseWorker)})
	b.signatures(ss)
}

// diagnosisDoc is the qualification and the multidimensional diagnosis by
// area with the model's four facets (kwalifikacja i diagnoza).
func (b *builder) diagnosisDoc(p *ipw.Plan, pp cooperation.Path) {
	name := b.pseudonym(p, pp)
	worker, ops := b.caseWorker(p, pp)
	b.title = b.t("Kwalifikacja i diagnoza – ", "Qualification and diagnosis – ") + name
	b.heading1 = b.t("Kwalifikacja i diagnoza", "Qualification and diagnosis")
	b.subtitle = name + " – IPW " + p.ID
	b.facts(
		fact{b.t("Pracownik socjalny", "Case worker"), joinNonEmpty(", ", worker, ops)},
	)
	if q := p.Qualification; q != nil {
		b.uses(pp.Key("qualification"))
		b.dated = q.Date
		b.heading("1. " + b.t("Kwalifikacja", "Qualification"))
		ref := ""
		if q.ReferredBy != "" {
			ref = b.institution(q.ReferredBy)
		}
		b.facts(
			fact{b.t("Data kwalifikacji", "Qualified on"), b.day(q.Date)},
			fact{b.t("Instytucja kierująca", "Referred by"), ref},
			fact{b.t("Przesłanki", "Reasons"), upperFirst(labels(b, q.Reasons))},
			fact{b.t("Uwagi", "Notes"), q.Notes},
		)
	}
	b.heading("2. " + b.t("Skład gospodarstwa domowego", "Household"))
	var rows [][]cell
	for j := range p.Beneficiary.Members {
		m := &p.Beneficiary.Members[j]
		mp := pp.Key("beneficiary").Key("members").Index(j)
		b.uses(mp.Key("role"), mp.Key("birthYear"))
		rows = append(rows, []cell{text(cooperation.FormatInt(j+1, b.lang)), text(upperFirst(b.member(p, m.ID))), text(itoa(m.BirthYear))})
	}
	b.table([]string{b.t("Lp.", "No."), b.t("Rola w rodzinie", "Role in the family"), b.t("Rok urodzenia", "Born in")}, rows)
	d := p.Diagnosis
	if d == nil {
		return
	}
	dp := pp.Key("diagnosis")
	b.uses(dp.Key("date"), dp.Key("methods"))
	b.dated = d.Date
	b.heading("3. " + b.t("Diagnoza wielowymiarowa", "Multidimensional diagnosis"))
	b.facts(
		fact{b.t("Data diagnozy", "Diagnosed on"), b.day(d.Date)},
		fact{b.t("Metody", "Methods"), upperFirst(labels(b, d.Methods))},
	)
	for k := range d.Areas {
		a := &d.Areas[k]
		ap := dp.Key("areas").Index(k)
		for _, f := range []string{"area", "problem", "causes", "strengths", "weaknesses", "resources", "deficits", "expectations", "needs"} {
			b.uses(ap.Key(f))
		}
		problem := b.t(" – obszar problemowy", " – a problem area")
		if !a.Problem {
			problem = b.t(" – bez problemu", " – no problem")
		}
		b.sub("3." + itoa(k+1) + ". " + upperFirst(b.label(a.Area)) + problem)
		b.facts(
			fact{b.t("Przyczyny", "Causes"), a.Causes},
			fact{b.t("Mocne strony", "Strengths"), a.Strengths},
			fact{b.t("Słabe strony", "Weaknesses"), a.Weaknesses},
			fact{b.t("Zasoby", "Resources"), a.Resources},
			fact{b.t("Deficyty", "Deficits"), a.Deficits},
			fact{b.t("Oczekiwania", "Expectations"), a.Expectations},
			fact{b.t("Potrzeby", "Needs"), a.Needs},
		)
	}
	b.heading(b.t("Podpis", "Signature"))
	b.signatures([]signer{{Caption: b.t("Sporządził(a), za: ", "Prepared for: ") + ops, Name: worker, Function: b.label(cooperation.RoleCaseWorker)}})
}

// beneficiaryKind says whether the IPW supports a person or a family.
func (b *builder) beneficiaryKind(p *ipw.Plan) string {
	if p.Beneficiary.Kind == ipw.BeneficiaryPerson {
		return b.t("Osoba", "Person")
	}
	return b.t("Rodzina", "Family")
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return cooperation.FormatInt(n, cooperation.Polish)
}
