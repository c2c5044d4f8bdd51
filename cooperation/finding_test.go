package cooperation

import (
	"strconv"
	"strings"
	"testing"
)

func TestFindingParamsAreShortened(t *testing.T) {
	var f Findings
	long := strings.Repeat("ż", 10000)
	f.Add(CodeRefUnknown, "/services/0/provider", "id", long, "collection.en", "the institutions")
	p := f.Raw()[0].Params
	if got := p["id"]; len([]rune(got)) != maxParamRunes || !strings.HasPrefix(long, got) {
		t.Errorf("Params[id] = %d runes, want the first %d of the value", len([]rune(got)), maxParamRunes)
	}
	// The message says, in its language, how much is left out; nothing
	// ends in an ellipsis.
	for lang, want := range map[Lang]string{Polish: " (i jeszcze 9800\u00a0znaków)", English: " (and 9,800\u00a0more characters)"} {
		m := Message(CodeRefUnknown, lang, p)
		if !strings.Contains(m, p["id"]+want) || strings.Contains(m, "…") {
			t.Errorf("%s: %q lacks %q after the value, or has an ellipsis", lang, m[len(m)-120:], want)
		}
	}
	f.Add(CodeRefUnknown, "/y", "why.pl", long, "why.en", long)
	if q := f.Raw()[1].Params; !strings.HasSuffix(q["why.pl"], "znaków)") || !strings.HasSuffix(q["why.en"], "characters)") {
		t.Errorf("a value given per language says it in that language: %q, %q", q["why.pl"][len(q["why.pl"])-30:], q["why.en"][len(q["why.en"])-30:])
	}
	f.Add(CodeRefUnknown, "/x", "id", "gops")
	if got := f.Raw()[2].Params["id"]; got != "gops" {
		t.Errorf("a short value changed: %q", got)
	}
}

func TestMessageTemplates(t *testing.T) {
	params := map[string]string{"agreement": "p1", "party": "gops", "x.pl": "tak", "x.en": "yes"}
	tests := []struct {
		tmpl string
		lang Lang
		want string
	}{
		{"{party} did not sign {agreement}", English, "gops did not sign p1"},
		{"{x}", Polish, "tak"},
		{"{x.en}", Polish, "tak"},
		{"{x}", English, "yes"},
		{"a[ b {missing}] c", English, "a c"},
		{"a[ b {party}] c", English, "a b gops c"},
		{"{missing}", English, "{missing}"},
		{"unclosed {party", English, "unclosed {party"},
	}
	for _, tt := range tests {
		t.Run(tt.tmpl, func(t *testing.T) {
			if got, _ := expand(tt.tmpl, tt.lang, params); got != tt.want {
				t.Errorf("expand(%q) = %q, want %q", tt.tmpl, got, tt.want)
			}
		})
	}
}

func TestCatalogueIsComplete(t *testing.T) {
	seen := map[Code]bool{}
	for _, r := range Rules() {
		if seen[r.Code] {
			t.Errorf("%s declared twice", r.Code)
		}
		seen[r.Code] = true
		if r.Description == "" || r.DescriptionPL == "" || r.English == "" || r.Polish == "" || !r.Severity.Valid() || r.Severity == SeverityOff {
			t.Errorf("%s: incomplete entry %+v", r.Code, r)
		}
		if strings.Count(r.English, "{") != strings.Count(r.English, "}") || strings.Count(r.Polish, "[") != strings.Count(r.Polish, "]") {
			t.Errorf("%s: unbalanced template", r.Code)
		}
	}
}

func TestComparePaths(t *testing.T) {
	ordered := []Path{"", "/agreements/0", "/ipws/2", "/ipws/2/actions/1", "/ipws/10", "/ipws/10/actions/0"}
	for i := 1; i < len(ordered); i++ {
		if ComparePaths(ordered[i-1], ordered[i]) >= 0 {
			t.Errorf("ComparePaths(%q, %q) >= 0, want < 0", ordered[i-1], ordered[i])
		}
	}
	if p := Path("").Key("a/b~c").Index(3); p != "/a~1b~0c/3" || p.Segments()[0] != "a/b~c" {
		t.Errorf("escaping: %q %q", p, p.Segments())
	}
}

// ComparePaths, which walks the pointers in place, orders every pair as
// comparing their Segments one by one does.
func TestComparePathsAsSegments(t *testing.T) {
	reference := func(a, b Path) int {
		as, bs := a.Segments(), b.Segments()
		for i := 0; i < len(as) && i < len(bs); i++ {
			x, xerr := strconv.Atoi(as[i])
			y, yerr := strconv.Atoi(bs[i])
			switch {
			case xerr == nil && yerr == nil && x != y:
				return x - y
			case xerr == nil && yerr != nil:
				return -1
			case xerr != nil && yerr == nil:
				return 1
			case xerr != nil && yerr != nil:
				if c := strings.Compare(as[i], bs[i]); c != 0 {
					return c
				}
			}
		}
		return len(as) - len(bs)
	}
	paths := []Path{"", "/", "//", "/0", "/00", "/007", "/7", "/-1", "/+1", "/-", "/+", "/1a", "/a1", "/a", "/b",
		"/a~0b", "/a~1b", "/a/b", "/ipws/2", "/ipws/10", "/ipws/2/actions", "/ipws/2/actions/1", "/ipws/10/actions/0",
		"/99999999999999999999", "/9223372036854775807", "/9223372036854775808", "/ipws/-0", "/ipws/", "/ipws//x"}
	sign := func(n int) int {
		switch {
		case n < 0:
			return -1
		case n > 0:
			return 1
		}
		return 0
	}
	for _, a := range paths {
		for _, b := range paths {
			if got, want := sign(ComparePaths(a, b)), sign(reference(a, b)); got != want {
				t.Errorf("ComparePaths(%q, %q) = %d, want the sign %d", a, b, got, want)
			}
		}
	}
}
