package ipw

import (
	"slices"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Signers are who signs an IPW, in the order its signature lines are
// printed: each household member adult on the day they signed (a member who
// has not signed yet: adult in the year of day; one without a birth year
// may be), never a child; then the
// case worker's institution; then every other institution owning an
// action, in the order of the actions. Each has the date of its recorded
// signature, zero when it has not signed yet, and for an institution the
// name of who signed for it (the case worker's, for the case worker's
// institution that has not signed).
func Signers(p *Plan, day cooperation.Date) []Signature {
	var out []Signature
	signed := func(match func(*Signer) bool) (Signature, bool) {
		for _, s := range p.Signatures {
			if match(&s.Signer) {
				return s, true
			}
		}
		return Signature{}, false
	}
	for i := range p.Beneficiary.Members {
		m := &p.Beneficiary.Members[i]
		if m.ID == "" {
			continue
		}
		s, ok := signed(func(s *Signer) bool { return s.Member == m.ID })
		year := day.Year()
		if ok && !s.Date.IsZero() {
			year = s.Date.Year()
		}
		if m.BirthYear > 0 && !day.IsZero() && !m.AdultIn(year) {
			continue // a child; a member without a birth year may sign
		}
		out = append(out, Signature{Signer: Signer{Member: m.ID}, Date: s.Date})
	}
	insts := []string{}
	if p.CaseWorker.Institution != "" {
		insts = append(insts, p.CaseWorker.Institution)
	}
	for _, a := range p.Actions {
		if id := a.Responsible.Institution; id != "" && !slices.Contains(insts, id) {
			insts = append(insts, id)
		}
	}
	for k, id := range insts {
		s, _ := signed(func(s *Signer) bool { return s.Institution == id })
		name := s.Signer.Name
		if name == "" && k == 0 && id == p.CaseWorker.Institution {
			name = p.CaseWorker.Name
		}
		out = append(out, Signature{Signer: Signer{Institution: id, Name: name}, Date: s.Date})
	}
	return out
}
