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
// It is what sorting every list of findings costs, so it walks the two
// pointers in place rather than splitting them.
func ComparePaths(a, b Path) int {
	as, bs := string(a), string(b)
	switch {
	case as == bs:
		return 0
	case as == "":
		return -1
	case bs == "":
		return 1
	}
	as, bs = as[1:], bs[1:]
	for {
		sa, restA, moreA := strings.Cut(as, "/")
		sb, restB, moreB := strings.Cut(bs, "/")
		if c := compareSegment(unescapeToken(sa), unescapeToken(sb)); c != 0 {
			return c
		}
		switch {
		case moreA && moreB:
			as, bs = restA, restB
		case moreA:
			return 1
		case moreB:
			return -1
		default:
			return 0
		}
	}
}

// unescapeToken undoes RFC 6901 escaping in one reference token.
func unescapeToken(s string) string {
	if !strings.Contains(s, "~") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

func compareSegment(a, b string) int {
	ai, aok := segmentInt(a)
	bi, bok := segmentInt(b)
	switch {
	case aok && bok:
		return ai - bi
	case aok:
		return -1
	case bok:
		return 1
	}
	return strings.Compare(a, b)
}

// segmentInt reads a token as strconv.Atoi does, without its error value
// for the tokens that are names.
func segmentInt(s string) (int, bool) {
	if s == "" || (s[0] != '+' && s[0] != '-' && (s[0] < '0' || s[0] > '9')) {
		return 0, false
	}
	if len(s) < 19 {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				if i == 0 {
					break // a sign: strconv.Atoi decides
				}
				return 0, false
			}
			n = n*10 + int(c-'0')
			if i == len(s)-1 {
				return n, true
			}
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
