package cooperation

// CheckPartnership runs the rules of the partnership (municipality,
// institutions, teams, agreements, services) at now's date and adds what it
// finds; now notes when its verdicts can change (see Clock).
// The numbers and switches come from s. References that do not resolve are
// not its business (the ipw package reports them as ref.unknown): the rules
// here skip what they cannot evaluate, so one mistake gives one finding.
// Service capacity needs the IPW actions and is checked by CheckCapacity.
func CheckPartnership(ix *Index, now Clock, s Settings, f *Findings) {
	checkMunicipality(ix.P, f)
	checkInstitutions(ix, f)
	checkTeams(ix, now, s, f)
	checkAgreements(ix, now, s, f)
	checkServices(ix, f)
}

// name returns the label of institution id for messages: its name, or the
// id itself when it is unknown or unnamed.
func (ix *Index) name(id string) string {
	if in, ok := ix.Institution(id); ok {
		return label(in.Name, in.ID)
	}
	return id
}

// known reports whether id names an institution of the bundle.
func (ix *Index) known(id string) bool {
	_, ok := ix.institutions[id]
	return ok
}
