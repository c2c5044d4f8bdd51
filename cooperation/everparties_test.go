package cooperation

import (
	"slices"
	"testing"
)

func TestEverParties(t *testing.T) {
	a := Agreement{Parties: []string{"gmina", "gops", "gmina"}, Annexes: []Annex{
		{AddParties: []string{"pup", "gops"}},
		{RemoveParties: []string{"pup"}},
		{AddParties: []string{"szkola"}},
	}}
	want := []string{"gmina", "gops", "pup", "szkola"}
	if got := a.EverParties(); !slices.Equal(got, want) {
		t.Errorf("EverParties() = %v, want %v (each once, originals first, removed ones kept)", got, want)
	}
	if got := (&Agreement{}).EverParties(); len(got) != 0 {
		t.Errorf("EverParties() of no parties = %v, want none", got)
	}
}
