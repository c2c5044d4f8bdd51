package mutation

// Table returns every row, grouped as the rule catalogue is: the document,
// identifiers and area, teams, agreements, IPWs, stages, scenarios; then
// the warnings and notes.
func Table() []Mutation {
	var out []Mutation
	for _, part := range [][]Mutation{documentRows(), referenceRows(), identifierRows(), teamRows(),
		agreementRows(), ipwRows(), stageRows(), scenarioRows(), noteRows()} {
		out = append(out, part...)
	}
	return out
}

// ForCode returns the rows that give code, the first being the row where it
// is the mistake's own finding.
func ForCode(code string) []Mutation {
	var own, other []Mutation
	for _, m := range Table() {
		for k, w := range m.Want {
			if string(w.Code) != code {
				continue
			}
			if k == 0 {
				own = append(own, m)
			} else {
				other = append(other, m)
			}
			break
		}
	}
	return append(own, other...)
}
