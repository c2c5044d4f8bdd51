package cooperation

import (
	"strconv"
	"strings"
)

// Path is an RFC 6901 JSON Pointer into a bundle, such as
// "/ipws/0/actions/2/responsible". The empty Path is the whole document.
type Path string

// Key returns p extended by an object member name, escaped per RFC 6901.
func (p Path) Key(name string) Path {
	if strings.ContainsAny(name, "~/") {
		name = strings.ReplaceAll(name, "~", "~0")
		name = strings.ReplaceAll(name, "/", "~1")
	}
	return p + "/" + Path(name)
}

// Index returns p extended by an array index.
func (p Path) Index(i int) Path {
	return p + "/" + Path(strconv.Itoa(i))
}

// Within reports whether p is q or lies below it.
func (p Path) Within(q Path) bool {
	return p == q || strings.HasPrefix(string(p), string(q)+"/")
}

// Segments returns the unescaped reference tokens of p.
func (p Path) Segments() []string {
	if p == "" {
		return nil
	}
	parts := strings.Split(string(p)[1:], "/")
	for i, s := range parts {
		s = strings.ReplaceAll(s, "~1", "/")
		parts[i] = strings.ReplaceAll(s, "~0", "~")
	}
	return parts
}

// ComparePaths orders pointers segment by segment, array indices numerically,
// so that /ipws/2 comes before /ipws/10 and a parent before its children.
func ComparePaths(a, b Path) int {
	as, bs := a.Segments(), b.Segments()
	for i := 0; i < len(as) && i < len(bs); i++ {
		if c := compareSegment(as[i], bs[i]); c != 0 {
			return c
		}
	}
	return len(as) - len(bs)
}

func compareSegment(a, b string) int {
	ai, aerr := strconv.Atoi(a)
	bi, berr := strconv.Atoi(b)
	switch {
	case aerr == nil && berr == nil:
		return ai - bi
	case aerr == nil:
		return -1
	case berr == nil:
		return 1
	}
	return strings.Compare(a, b)
}
