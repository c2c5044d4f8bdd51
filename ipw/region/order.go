package region

import (
	"cmp"
	"slices"
	"sync"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// The orders of the closed sets are the glossary's (the catalogue's order,
// as the records list them); a value the glossary does not know comes
// after the known ones, in the order of its text.
//
// They are made at their first use, not when the package is initialised:
// a program that imports the package without aggregating (the main
// WebAssembly module, through internal/app) then links none of it.
var (
	orderOnce sync.Once
	orders    map[string]map[string]int
	sectors   []cooperation.Sector
)

func makeOrders() {
	orders = map[string]map[string]int{}
	sets := append(cooperation.GlossarySets(), ipw.GlossarySets()...)
	for _, s := range sets {
		m := make(map[string]int, len(s.Terms))
		for i, t := range s.Terms {
			m[t.Value] = i
		}
		if _, seen := orders[s.Name]; seen {
			continue // ipw's sets hold cooperation's too
		}
		orders[s.Name] = m
		if s.Name == "sector" {
			for _, t := range s.Terms {
				if cooperation.Sector(t.Value) != cooperation.SectorLocalGovernment {
					sectors = append(sectors, cooperation.Sector(t.Value))
				}
			}
		}
	}
}

func glossaryOrder() map[string]map[string]int {
	orderOnce.Do(makeOrders)
	return orders
}

// sectorOrder is the sectors a PZK's coverage counts: every sector of the
// catalogue but local government.
func sectorOrder() []cooperation.Sector {
	orderOnce.Do(makeOrders)
	return sectors
}

// position is the place of value in the glossary set name.
func position(set, value string) int {
	if i, ok := glossaryOrder()[set][value]; ok {
		return i
	}
	return len(glossaryOrder()[set])
}

func byGlossary(set string) func(a, b string) int {
	return func(a, b string) int {
		if c := cmp.Compare(position(set, a), position(set, b)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	}
}

// orderedKinds are the owners' kinds in the catalogue's order, the family
// last.
func orderedKinds(m map[string]*kindAcc) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	order := byGlossary("kind")
	slices.SortFunc(keys, func(a, b string) int {
		if (a == monitor.OwnerFamily) != (b == monitor.OwnerFamily) {
			if a == monitor.OwnerFamily {
				return 1
			}
			return -1
		}
		return order(a, b)
	})
	return keys
}

func orderedCapacity(m map[cooperation.Kind]*capAcc) []cooperation.Kind {
	keys := make([]cooperation.Kind, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	order := byGlossary("kind")
	slices.SortFunc(keys, func(a, b cooperation.Kind) int { return order(string(a), string(b)) })
	return keys
}

func sortedOutcomes(os []OutcomeTotal) []OutcomeTotal {
	out := slices.Clone(os)
	if out == nil {
		out = []OutcomeTotal{}
	}
	order := byGlossary("closureReason")
	slices.SortFunc(out, func(a, b OutcomeTotal) int { return order(string(a.Reason), string(b.Reason)) })
	return out
}

func sortedBins(m map[[2]int]*Sum) []BinTotal {
	out := make([]BinTotal, 0, len(m))
	for k, s := range m {
		out = append(out, BinTotal{FromMonths: k[0], ToMonths: k[1], Count: *s})
	}
	slices.SortFunc(out, func(a, b BinTotal) int {
		if c := cmp.Compare(a.FromMonths, b.FromMonths); c != 0 {
			return c
		}
		return cmp.Compare(upper(a.ToMonths), upper(b.ToMonths))
	})
	return out
}

// upper is a bin's upper bound for sorting: an open-ended bin (0) last.
func upper(to int) int {
	if to == 0 {
		return 1 << 30
	}
	return to
}

// sortedStages lists the stage counts by variant, then by the stage's place
// in the variant, the municipalities that completed every stage last.
func sortedStages(m map[stageKey]int) []StageCount {
	out := make([]StageCount, 0, len(m))
	for k, n := range m {
		out = append(out, StageCount{Variant: k.variant, Stage: k.stage, Municipalities: n})
	}
	place := func(s StageCount) int {
		if s.Stage == "" {
			return 1 << 20
		}
		if i := slices.Index(ipw.Stages(s.Variant), s.Stage); i >= 0 {
			return i
		}
		return 1 << 19
	}
	vorder := byGlossary("variant")
	slices.SortFunc(out, func(a, b StageCount) int {
		if c := vorder(string(a.Variant), string(b.Variant)); c != 0 {
			return c
		}
		if c := cmp.Compare(place(a), place(b)); c != 0 {
			return c
		}
		return cmp.Compare(a.Stage, b.Stage)
	})
	return out
}
