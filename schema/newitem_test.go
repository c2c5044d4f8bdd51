package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// lists are the places a person adds items to in every example, with the
// kind of item: every list of the bundle, and the IPW's sections that start
// empty.
var lists = []struct{ at, what string }{
	{"/institutions", ""},
	{"/services", ""},
	{"/teams", ""},
	{"/teams/0/members", ""},
	{"/teams/0/meetings", ""},
	{"/agreements", ""},
	{"/agreements", "declaration"},
	{"/agreements/0/signatures", ""},
	{"/agreements/0/annexes", ""},
	{"/agreements/0/withdrawals", ""},
	{"/ipws", ""},
	{"/ipws/0/beneficiary/members", ""},
	{"/ipws/0/diagnosis/areas", ""},
	{"/ipws/0/goals", ""},
	{"/ipws/0/deferredAreas", ""},
	{"/ipws/0/actions", ""},
	{"/ipws/0/reviews", ""},
	{"/ipws/0/suspensions", ""},
	{"/ipws/0/signatures", ""},
	{"/stages", ""},
}

func readExample(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "examples", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestNewItemLeavesOnlyItsMissingFields adds every kind of item to every
// example, as the planner does, and wants no finding but the new item's own
// missing fields: the new item breaks no rule and invents nothing a rule
// could contradict.
func TestNewItemLeavesOnlyItsMissingFields(t *testing.T) {
	for _, name := range []string{"rural", "urban_rural", "urban"} {
		data := readExample(t, name)
		base := Check(data)
		had := map[string]bool{}
		for _, f := range base.Findings {
			had[string(f.Code)+" "+string(f.Path)] = true
		}
		for _, l := range lists {
			t.Run(fmt.Sprintf("%s%s/%s", name, l.at, l.what), func(t *testing.T) {
				item, err := ipw.NewItem(base.Bundle, cooperation.Path(l.at), l.what)
				if err != nil {
					t.Fatalf("NewItem() error %v", err)
				}
				var doc map[string]any
				if err := json.Unmarshal(data, &doc); err != nil {
					t.Fatal(err)
				}
				var v any
				if err := json.Unmarshal(item, &v); err != nil {
					t.Fatalf("NewItem() = %s, not JSON: %v", item, err)
				}
				list, _ := lookup(doc, l.at).([]any)
				at := cooperation.Path(l.at).Index(len(list))
				set(doc, l.at, append(list, v))
				changed, _ := json.Marshal(doc)
				for _, f := range Check(changed).Findings {
					if had[string(f.Code)+" "+string(f.Path)] {
						continue
					}
					if !f.Path.Within(at) || !Missing(f) {
						t.Errorf("after adding %s at %s: %s at %s: %s", item, at, f.Code, f.Path, f.Message)
					}
				}
			})
		}
	}
}

// TestNewItemSections: the IPW's sections start with their required lists.
func TestNewItemSections(t *testing.T) {
	b := Check(readExample(t, "rural")).Bundle
	for at, want := range map[string]string{
		"/ipws/0/consent":       `{"givenBy":[],"scope":[]}`,
		"/ipws/0/diagnosis":     `{"areas":[]}`,
		"/ipws/0/qualification": `{}`,
		"/ipws/0/closure":       `{}`,
	} {
		got, err := ipw.NewItem(b, cooperation.Path(at), "")
		if err != nil || string(got) != want {
			t.Errorf("NewItem(%s) = %s, %v; want %s", at, got, err, want)
		}
	}
	for _, at := range []string{"", "/municipality", "/ipws/9/goals", "/teams/x/members", "/ipws/0/goals/0"} {
		if _, err := ipw.NewItem(b, cooperation.Path(at), ""); !errors.Is(err, ipw.ErrNoItem) {
			t.Errorf("NewItem(%q) error = %v, want ErrNoItem", at, err)
		}
	}
}

// TestNewItemByVariant: what the variant decides.
func TestNewItemByVariant(t *testing.T) {
	for _, tc := range []struct {
		example, at, want string
	}{
		{"rural", "/ipws", `"team":"pzk-maslow"`},
		{"urban_rural", "/teams", `"kind":"ggk","parentTeam":`},
		{"urban", "/teams", `"kind":"zzk","parentTeam":`},
		{"rural", "/teams", `{"id":"zespol-2","members":[]}`},
		{"urban", "/agreements", `"kind":"local_cooperation"`},
	} {
		b := Check(readExample(t, tc.example)).Bundle
		got, err := ipw.NewItem(b, cooperation.Path(tc.at), "")
		if err != nil || !strings.Contains(string(got), tc.want) {
			t.Errorf("%s: NewItem(%s) = %s, %v; want it to hold %s", tc.example, tc.at, got, err, tc.want)
		}
	}
	// In the variants with case teams a new IPW is run by a case team that
	// runs no other IPW, or by none yet: never by the PZK.
	for _, name := range []string{"urban_rural", "urban"} {
		b := Check(readExample(t, name)).Bundle
		got, _ := ipw.NewItem(b, "/ipws", "")
		var x struct{ Team string }
		_ = json.Unmarshal(got, &x)
		for _, p := range b.IPWs {
			if x.Team != "" && p.Team == x.Team {
				t.Errorf("%s: a new IPW is run by %s, which runs %s already", name, x.Team, p.ID)
			}
		}
		for _, tm := range b.Teams {
			if tm.ID == x.Team && tm.Kind == cooperation.TeamPZK {
				t.Errorf("%s: a new IPW is run by the PZK", name)
			}
		}
	}
	// Nothing invented: no birth year, no dates of the period.
	b := Check(readExample(t, "rural")).Bundle
	got, _ := ipw.NewItem(b, "/ipws", "")
	if s := string(got); strings.Contains(s, "birthYear") || strings.Contains(s, "start") || strings.Contains(s, "end") {
		t.Errorf("a new IPW invents data: %s", s)
	}
}

// TestDecodePartial: a document still being filled in is read as far as it
// goes, every index in place.
func TestDecodePartial(t *testing.T) {
	var doc map[string]any
	_ = json.Unmarshal(readExample(t, "rural"), &doc)
	set(doc, "/institutions/1/kind", 7)                              // a wrong type
	set(doc, "/teams/0/formed", "2026-13-45")                        // not a date
	set(doc, "/ipws/0/actions/0", "not an action")                   // an element of the wrong type
	delete(lookup(doc, "/ipws/0/goals/0").(map[string]any), "title") // a missing field
	data, _ := json.Marshal(doc)
	if Check(data).Bundle != nil {
		t.Fatal("the broken document passed the schema")
	}
	b := DecodePartial(data)
	if b == nil {
		t.Fatal("DecodePartial() = nil")
	}
	if b.Institutions[1].Kind != "" || b.Institutions[1].Name == "" {
		t.Errorf("institution 1 = %+v, want its name and no kind", b.Institutions[1])
	}
	if !b.Teams[0].Formed.IsZero() || b.Teams[0].Name == "" {
		t.Errorf("team 0 = %q formed %v, want its name and no date", b.Teams[0].Name, b.Teams[0].Formed)
	}
	if b.IPWs[0].Actions[0].ID != "" || b.IPWs[0].Actions[1].ID == "" {
		t.Errorf("actions = %q, %q; want the first empty and the second in place", b.IPWs[0].Actions[0].ID, b.IPWs[0].Actions[1].ID)
	}
	for _, bad := range []string{``, `[]`, `{"schemaVersion":"2"}`, `{`} {
		if DecodePartial([]byte(bad)) != nil {
			t.Errorf("DecodePartial(%q) != nil", bad)
		}
	}
}

func lookup(doc any, p string) any {
	for _, s := range cooperation.Path(p).Segments() {
		switch x := doc.(type) {
		case map[string]any:
			doc = x[s]
		case []any:
			var i int
			fmt.Sscan(s, &i)
			if i >= len(x) {
				return nil
			}
			doc = x[i]
		default:
			return nil
		}
	}
	return doc
}

func set(doc any, p string, v any) {
	segs := cooperation.Path(p).Segments()
	parent := lookup(doc, "/"+strings.Join(segs[:len(segs)-1], "/"))
	if len(segs) == 1 {
		parent = doc
	}
	last := segs[len(segs)-1]
	switch x := parent.(type) {
	case map[string]any:
		x[last] = v
	case []any:
		var i int
		fmt.Sscan(last, &i)
		x[i] = v
	}
}

// TestNewItemIDs: a fresh id follows the list's own style.
func TestNewItemIDs(t *testing.T) {
	b := Check(readExample(t, "rural")).Bundle
	for at, want := range map[string]string{
		"/ipws":                       `"id":"ipw-2025-02"`,
		"/ipws/0/actions":             `"id":"d13"`,
		"/institutions":               `"id":"instytucja-12"`,
		"/ipws/0/beneficiary/members": `"id":`,
	} {
		got, err := ipw.NewItem(b, cooperation.Path(at), "")
		if err != nil || !strings.Contains(string(got), want) {
			t.Errorf("NewItem(%s) = %s, %v; want %s", at, got, err, want)
		}
	}
}
