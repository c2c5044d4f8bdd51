package monitor_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
	"github.com/kooperacja/kooperacja/schema"
)

// anonymityBundles are the examples and generated bundles of several seeds
// and sizes.
func anonymityBundles(t *testing.T) map[string]*ipw.Bundle {
	t.Helper()
	out := map[string]*ipw.Bundle{}
	for _, name := range examples.Names() {
		data, _ := examples.Bundle(name)
		b, findings := schema.Decode(data)
		if b == nil {
			t.Fatalf("%s: %v", name, findings)
		}
		out["examples/"+name] = b
	}
	for _, n := range []int{1, 4, 40} {
		out[fmt.Sprintf("synth.Bundle(%d)", n)] = synth.Bundle(n)
	}
	for seed := int64(1); seed <= 24; seed++ {
		b, _ := synth.Random(seed)
		out[fmt.Sprintf("synth.Random(%d)", seed)] = b
	}
	for _, n := range []int{3, 25} {
		out[fmt.Sprintf("synth.ReferenceBundle(%d)", n)] = synth.ReferenceBundle(n)
	}
	rich := rich(60)
	out["rich(60)"] = rich
	return out
}

// personal returns every string of the IPWs of b (the bundle's personal
// section): pseudonyms, household members, free texts, the case worker's
// name, the ids of IPWs, goals and actions, every date, PESEL numbers.
// Left out are only the values of the model's closed sets (statuses,
// reasons, areas…, named by the glossary) and the ids of the bundle's
// institutions, services and teams, which are not the families'.
func personal(t *testing.T, b *ipw.Bundle) map[string]bool {
	t.Helper()
	public := map[string]bool{}
	for _, set := range ipw.GlossarySets() {
		if set.Name == "field" {
			continue
		}
		for _, term := range set.Terms {
			public[term.Value] = true
		}
	}
	for _, in := range b.Institutions {
		public[in.ID] = true
	}
	for _, s := range b.Services {
		public[s.ID] = true
	}
	for _, tm := range b.Teams {
		public[tm.ID] = true
	}
	data, err := json.Marshal(b.IPWs)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case string:
			if x != "" && !public[x] {
				out[x] = true
			}
		}
	}
	walk(doc)
	return out
}

var dateShaped = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// TestAnonymity: no string of the bundle's personal section appears in the
// record's JSON nor in its preview; the only dates of the record are its
// date, its period and the institutions' (stages, the PZK's formation),
// each equal to its institutional source.
func TestAnonymity(t *testing.T) {
	checked := 0
	for name, b := range anonymityBundles(t) {
		strs := personal(t, b)
		if len(b.IPWs) > 0 && len(strs) == 0 {
			t.Fatalf("%s: no personal string found: the walk is broken", name)
		}
		for _, tr := range []int{1, 3} {
			r, err := monitor.Of(b, b.AsOf, monitor.Period{}, threshold(tr))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			data, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
				p, _ := json.Marshal(r.Preview(lang))
				text += "\n" + string(p)
			}
			for s := range strs {
				if dateShaped.MatchString(s) && len(s) == 10 {
					continue // dates: below
				}
				quoted, _ := json.Marshal(s)
				if strings.Contains(text, string(quoted)) || len([]rune(s)) >= 5 && strings.Contains(text, strings.Trim(string(quoted), `"`)) {
					t.Errorf("%s (threshold %d): the record holds %q from the IPWs", name, tr, s)
				}
				checked++
			}
			institutionalDates(t, name, b, r, data)
		}
	}
	if checked < 1000 {
		t.Errorf("only %d personal strings checked", checked)
	}
}

// institutionalDates checks that every date of the record is one of the
// institutional fields, each equal to its source, so that no date of a
// family's matter can be in it.
func institutionalDates(t *testing.T, name string, b *ipw.Bundle, r monitor.Record, data []byte) {
	t.Helper()
	if r.AsOf != b.AsOf || r.Period != monitor.DefaultPeriod(b.AsOf) {
		t.Errorf("%s: asOf %s, period %+v", name, r.AsOf, r.Period)
	}
	for _, rec := range r.Stages.Recorded {
		found := false
		for _, src := range b.Stages {
			found = found || src.Stage == rec.Stage && src.Started == rec.Started && src.Completed == rec.Completed
		}
		if !found {
			t.Errorf("%s: recorded stage %+v is not the bundle's", name, rec)
		}
	}
	if !r.PZK.Formed.IsZero() {
		pzk := cooperation.NewIndex(&b.Partnership)
		team, _, _ := pzk.PZK()
		ok := team.Formed == r.PZK.Formed
		for _, m := range team.Members {
			ok = ok || team.Formed.IsZero() && m.Joined == r.PZK.Formed
		}
		if !ok {
			t.Errorf("%s: the PZK formed %s, not the team's date", name, r.PZK.Formed)
		}
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	delete(doc, "asOf")
	delete(doc, "period")
	delete(doc["pzk"].(map[string]any), "formed")
	for _, rec := range doc["stages"].(map[string]any)["recorded"].([]any) {
		delete(rec.(map[string]any), "started")
		delete(rec.(map[string]any), "completed")
	}
	rest, _ := json.Marshal(doc)
	if d := dateShaped.FindString(string(rest)); d != "" {
		t.Errorf("%s: the record holds the date %s outside the institutional fields", name, d)
	}
}
