package ipw

import (
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

func TestAlikeIDs(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"pup-kielce", "pup-kielcee", true},
		{"pup-kielce", "PUP-Kielce", true},
		{"gops-maslow", "gops", true},
		{"pcpr-radomsko", "x-pcpr-radomsko", true},
		{"gops", "pcpr", false},
		{"pup-kielce", "pcpr-kielce", false},
		{"sp-maslow", "oz-maslow", false},
	} {
		if got := alikeIDs(c.a, c.b); got != c.want {
			t.Errorf("alikeIDs(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// A changed id is found only when the partnership shows one edit: the old
// id named and missing, the new one named nowhere, alike, and each with no
// other such partner.
func TestRenamedInstitutions(t *testing.T) {
	bundle := func(ids []string, members ...string) *Bundle {
		b := &Bundle{}
		for _, id := range ids {
			b.Institutions = append(b.Institutions, cooperation.Institution{ID: id})
		}
		team := cooperation.Team{ID: "pzk", Kind: cooperation.TeamPZK}
		for _, m := range members {
			team.Members = append(team.Members, cooperation.Member{Institution: m})
		}
		b.Teams = []cooperation.Team{team}
		return b
	}
	for _, c := range []struct {
		name string
		b    *Bundle
		want map[string]int
	}{
		{"renamed", bundle([]string{"gops-maslow", "pup-kielcee"}, "gops-maslow", "pup-kielce"), map[string]int{"pup-kielce": 1}},
		{"typo in a reference", bundle([]string{"gops-maslow", "pup-kielce"}, "gops-maslow", "pup-kielce", "pup-kielc"), nil},
		{"two candidates", bundle([]string{"gops-maslow", "pup-kielcee", "pup-kielcf"}, "gops-maslow", "pup-kielce"), nil},
		{"unlike", bundle([]string{"gops-maslow", "szkola"}, "gops-maslow", "pup-kielce"), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			inst := map[string]bool{}
			for _, in := range c.b.Institutions {
				inst[in.ID] = true
			}
			got := renamedInstitutions(c.b, inst)
			if len(got) != len(c.want) {
				t.Fatalf("renamedInstitutions() = %v, want %v", got, c.want)
			}
			for k, v := range c.want {
				if got[k] != v {
					t.Errorf("renamedInstitutions()[%q] = %d, want %d", k, got[k], v)
				}
			}
		})
	}
}
