package schema

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// TestProfileSettingsMatchSchema: the profile editor's list of settings is
// the profile schema's, with its bounds, every one labelled and explained
// in both languages.
func TestProfileSettingsMatchSchema(t *testing.T) {
	text, err := Schema(Profile)
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties map[string]struct {
			Ref     string `json:"$ref"`
			Type    string `json:"type"`
			Minimum *int   `json:"minimum"`
			Maximum *int   `json:"maximum"`
		} `json:"properties"`
		Defs map[string]struct {
			Properties map[string]struct {
				Type    string `json:"type"`
				Minimum *int   `json:"minimum"`
				Maximum *int   `json:"maximum"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(text, &s); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for section, p := range s.Properties {
		if section == "severity" {
			continue
		}
		if p.Ref == "" { // a top-level setting: disclosureThreshold
			want[section] = true
			continue
		}
		def := s.Defs[strings.TrimPrefix(p.Ref, "#/$defs/")]
		for name, prop := range def.Properties {
			key := section + "." + name
			want[key] = true
			_ = prop
		}
	}
	for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
		got := cooperation.ProfileSettings(cooperation.DefaultSettings(cooperation.VariantUrban), lang)
		seen := map[string]bool{}
		for _, g := range got {
			seen[g.Key] = true
			section, name, nested := strings.Cut(g.Key, ".")
			prop, ok := s.Defs[strings.TrimPrefix(s.Properties[section].Ref, "#/$defs/")].Properties[name]
			if top, found := s.Properties[section]; !nested && found && top.Ref == "" {
				prop.Type, prop.Minimum, prop.Maximum, ok = top.Type, top.Minimum, top.Maximum, true
			}
			if !ok {
				t.Errorf("%s is not a property of the profile schema", g.Key)
				continue
			}
			if prop.Type == "integer" && (prop.Minimum == nil || *prop.Minimum != g.Min || prop.Maximum == nil || *prop.Maximum != g.Max) {
				t.Errorf("%s: bounds %d–%d, the schema says %v–%v", g.Key, g.Min, g.Max, prop.Minimum, prop.Maximum)
			}
			if g.Label == "" || len(g.Help) < 20 || g.Default == nil || g.Value == nil {
				t.Errorf("%s (%s) is not described: %+v", g.Key, lang, g)
			}
		}
		for k := range want {
			if !seen[k] {
				t.Errorf("ProfileSettings(%s) leaves out %s", lang, k)
			}
		}
	}
	// The default is the variant's, the value the one in force.
	ten := 10
	cur := cooperation.DefaultSettings(cooperation.VariantRural).Apply(&cooperation.Profile{IPW: &cooperation.IPWProfile{ReviewMaxGapDays: &ten}})
	for _, g := range cooperation.ProfileSettings(cur, cooperation.Polish) {
		if g.Key == "ipw.reviewMaxGapDays" && (g.Default != 92 || g.Value != 10) {
			t.Errorf("%s: default %v, value %v; want 92 and 10", g.Key, g.Default, g.Value)
		}
	}
}
