package ipw

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// An institution whose id was changed in the list of institutions, and in
// no place that refers to it, leaves every one of those places pointing
// nowhere: one edit, and as many ref.unknown as there are references. That
// is one mistake, so it is one finding, ref.id_changed at the institution's
// id, and the references to the old id stay silent (their paths still go
// into the broken set, so the rules that read them stay silent too).
//
// The partnership decides it, so that each plan, checked on its own, reads
// it the same way: the old id is named by the partnership (a member, a
// party, a signature, an attendee, a provider, a withdrawal) and by no
// institution; the institution's id is named by nothing in the partnership;
// the two ids are alike (one contains the other, or they differ by a few
// letters, see alikeIDs); and neither has another such partner. A reference that
// only the plans make, or two ids that could each be the other's, stays
// ref.unknown at each place: the library cannot tell which edit was meant.

// renamedInstitutions returns, for each old id, the index of the
// institution that now has its id changed.
func renamedInstitutions(b *Bundle, inst map[string]bool) map[string]int {
	named := map[string]bool{}
	note := func(ids ...string) {
		for _, id := range ids {
			if id != "" {
				named[id] = true
			}
		}
	}
	for _, s := range b.Services {
		note(s.Provider)
	}
	for _, t := range b.Teams {
		for _, m := range t.Members {
			note(m.Institution)
		}
		for _, m := range t.Meetings {
			note(m.Attendees...)
		}
	}
	for _, a := range b.Agreements {
		note(a.Parties...)
		for _, s := range a.Signatures {
			note(s.Party)
		}
		for _, x := range a.Annexes {
			note(x.AddParties...)
			note(x.RemoveParties...)
			for _, s := range x.Signatures {
				note(s.Party)
			}
		}
		for _, w := range a.Withdrawals {
			note(w.Party)
		}
	}
	var unknown []string
	for id := range named {
		if !inst[id] {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) == 0 {
		return nil
	}
	var orphans []int
	seen := map[string]int{}
	for i, in := range b.Institutions {
		seen[in.ID]++
		if in.ID != "" && !named[in.ID] {
			orphans = append(orphans, i)
		}
	}
	var out map[string]int
	partners := map[int]int{}
	candidates := map[string][]int{}
	for _, old := range unknown {
		for _, i := range orphans {
			if id := b.Institutions[i].ID; seen[id] == 1 && alikeIDs(old, id) {
				candidates[old] = append(candidates[old], i)
				partners[i]++
			}
		}
	}
	for old, is := range candidates {
		if len(is) == 1 && partners[is[0]] == 1 {
			if out == nil {
				out = map[string]int{}
			}
			out[old] = is[0]
		}
	}
	return out
}

// alikeIDs reports whether two ids look like one id edited: one contains
// the other (of at least three letters), or they are a few single-letter
// edits apart (one in six letters of the shorter, one to three).
func alikeIDs(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	ra, rb := []rune(a), []rune(b)
	short := min(len(ra), len(rb))
	if short >= 3 && (strings.Contains(a, b) || strings.Contains(b, a)) {
		return true
	}
	// One edit in six letters of the shorter id, one to three: "pup-kielce"
	// and "pup-kielcee" are one id edited; "gops" and "pcpr", "sp-maslow"
	// and "oz-maslow" are two.
	most := min(max(short/6, 1), 3)
	if d := len(ra) - len(rb); d > most || d < -most {
		return false
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= most
}

// reportRenamed reports each institution whose id was changed
// (ref.id_changed), at its id.
func reportRenamed(b *Bundle, renamed map[string]int, f *cooperation.Findings) {
	for old, i := range renamed {
		in := &b.Institutions[i]
		name := in.Name
		if name == "" {
			name = in.ID
		}
		f.Add(cooperation.CodeRefIDChanged, cooperation.Path("").Key("institutions").Index(i).Key("id"),
			"institution", name, "id", in.ID, "old", old)
	}
}
