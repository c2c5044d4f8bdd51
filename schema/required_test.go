package schema

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A long list of missing fields is shortened by whole fields, with how
// many more in words, never cut mid-name by characters: a monitoring record
// with only its version has eleven missing, some with long labels.
func TestRequiredListByItems(t *testing.T) {
	l := &leaf{kw: "required", names: []string{"municipality", "asOf", "period", "disclosureThreshold",
		"stages", "pzk", "agreements", "ipw", "actions", "capacity"}}
	pl, en := describe(l)
	for _, tt := range []struct{ lang, msg, more string }{{"pl", pl, "– i jeszcze "}, {"en", en, "– and "}} {
		if !strings.Contains(tt.msg, tt.more) || strings.Contains(tt.msg, "znak") || strings.Contains(tt.msg, "character") {
			t.Errorf("%s: %q: want the list shortened by fields (%q)", tt.lang, tt.msg, tt.more)
		}
		if n := utf8.RuneCountInString(tt.msg); n > 200 {
			t.Errorf("%s: %q is %d characters long, over a parameter's 200", tt.lang, tt.msg, n)
		}
	}
	if !strings.Contains(pl, "\u00a0pól. Uzupełnij je.") || !strings.Contains(en, "\u00a0more fields. Fill them in.") {
		t.Errorf("the count of the rest names fields: %q / %q", pl, en)
	}
}
