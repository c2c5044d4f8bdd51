package cooperation

import (
	"slices"
	"strings"
)

// Broken is the set of places in a bundle where a reference does not
// resolve (ref.unknown, ipw.member_unknown) or an id is used twice
// (ref.duplicate_id). The reference check fills it, once, before any rule
// runs; the rules consult it so that one broken reference gives one
// finding: a rule that would conclude something from the absence of an
// institution in a list (a party list, a consent scope, a team's members)
// stays silent when that list holds a reference that does not resolve,
// since the missing institution may be the one that was misspelt.
//
// The zero Broken is empty and ready to use. Reading it is safe for
// concurrent use; filling it is not.
type Broken struct {
	paths []string // sorted, without repeats
}

// Add records a broken reference at p. On a nil Broken it does nothing.
func (b *Broken) Add(p Path) {
	if b == nil {
		return
	}
	if i, found := slices.BinarySearch(b.paths, string(p)); !found {
		b.paths = slices.Insert(b.paths, i, string(p))
	}
}

// Len returns the number of broken references recorded.
func (b *Broken) Len() int {
	if b == nil {
		return 0
	}
	return len(b.paths)
}

// Under reports whether a broken reference lies at p or below it: Under of
// an agreement's path tells whether any of its references is broken.
func (b *Broken) Under(p Path) bool {
	if b == nil || len(b.paths) == 0 {
		return false
	}
	s := string(p)
	if _, found := slices.BinarySearch(b.paths, s); found {
		return true
	}
	i, _ := slices.BinarySearch(b.paths, s+"/")
	return i < len(b.paths) && strings.HasPrefix(b.paths[i], s+"/")
}
