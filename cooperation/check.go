package cooperation

// CheckPartnership runs the rules of the partnership (municipality,
// institutions, teams, agreements, services) at asOf and adds what it finds.
func CheckPartnership(ix *Index, asOf Date, s Settings, f *Findings) {
}
