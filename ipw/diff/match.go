package diff

// match pairs the elements of an old and a new list of o's elements. It
// returns, for each new element, the index of its old counterpart, and for
// each old element the index of its new one (-1: none).
//
// Elements are matched by identity, never by position:
//
//  1. by key (the id, or what identifies an element without one); among
//     elements of one key (a duplicate id, two meetings on one day) an
//     element equal to its counterpart in every field is paired first,
//     then the rest in their order;
//  2. an element left without a counterpart whose key changed keeps its
//     place among the others: an old and a new element between the same
//     matched neighbours are paired when at least half of their other
//     fields are equal (a meeting moved to another day, an institution
//     given another id). Otherwise the old one was removed and the new
//     one added.
func match(o *object, a, b []any) (oldOf, newOf []int) {
	oldOf, newOf = fillInts(len(b)), fillInts(len(a))
	keysA, keysB := keys(o, a), keys(o, b)

	byKey := map[string][]int{}
	for i, k := range keysA {
		byKey[k] = append(byKey[k], i)
	}
	pair := func(i, j int) { newOf[i], oldOf[j] = j, i }
	for j, k := range keysB {
		for _, i := range byKey[k] {
			if newOf[i] < 0 && equal(a[i], b[j]) {
				pair(i, j)
				break
			}
		}
	}
	for j, k := range keysB {
		if oldOf[j] >= 0 {
			continue
		}
		for _, i := range byKey[k] {
			if newOf[i] < 0 {
				pair(i, j)
				break
			}
		}
	}

	// Step 2: the unpaired elements, grouped by the new index of the
	// nearest paired element before them.
	anchorA := anchors(newOf, func(i int) int { return newOf[i] })
	anchorB := anchors(oldOf, func(j int) int { return j })
	free := map[int][]int{} // anchor → unpaired old elements, in order
	for i := range a {
		if newOf[i] < 0 {
			free[anchorA[i]] = append(free[anchorA[i]], i)
		}
	}
	for j := range b {
		if oldOf[j] >= 0 {
			continue
		}
		// The old elements of the same place, in order; a few are tried
		// so that the work stays linear however many keys changed.
		group := free[anchorB[j]]
		for k := 0; k < len(group) && k < window; k++ {
			if i := group[k]; similar(o, asMap(a[i]), asMap(b[j])) {
				pair(i, j)
				free[anchorB[j]] = append(group[:k:k], group[k+1:]...)
				break
			}
		}
	}
	return oldOf, newOf
}

// window is how many unpaired old elements of one place a new element is
// compared with.
const window = 4

func fillInts(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	return out
}

func keys(o *object, list []any) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = o.key(asMap(v))
	}
	return out
}

// anchors returns, for each element of a list whose pairing is other,
// the new index of the nearest paired element before it (-1 for none);
// newIndex maps a paired element's index to its new index.
func anchors(other []int, newIndex func(int) int) []int {
	out := make([]int, len(other))
	last := -1
	for i, p := range other {
		out[i] = last
		if p >= 0 {
			last = newIndex(i)
		}
	}
	return out
}

// similar reports whether at least half of the fields of a and b that are
// not their key are equal.
func similar(o *object, a, b map[string]any) bool {
	same, differ := 0, 0
	for _, f := range o.fields {
		if isKey(o, f.name) {
			continue
		}
		x, y := a[f.name], b[f.name]
		if x == nil && y == nil {
			continue
		}
		if equal(x, y) {
			same++
		} else {
			differ++
		}
	}
	return differ <= same
}

func isKey(o *object, name string) bool {
	for _, k := range o.keyFields {
		if k == name {
			return true
		}
	}
	return false
}

// reordered reports whether the paired elements stand in another order in
// the new list than in the old one.
func reordered(newOf []int) bool {
	last := -1
	for _, j := range newOf {
		if j < 0 {
			continue
		}
		if j < last {
			return true
		}
		last = j
	}
	return false
}
