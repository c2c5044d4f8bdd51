package diff

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/schema"
)

// schemaDoc is a JSON Schema of the library, with the way to resolve its
// references.
type schemaDoc struct {
	docs map[string]map[string]any // by name: bundle, profile
}

func loadSchemas(t *testing.T) *schemaDoc {
	t.Helper()
	s := &schemaDoc{docs: map[string]map[string]any{}}
	for _, name := range []string{schema.Bundle, schema.Profile} {
		data, err := schema.Schema(name)
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
		s.docs[name] = v
	}
	return s
}

// resolve follows node's $ref, within doc or to another schema of the
// library, and returns the node and the document it lies in.
func (s *schemaDoc) resolve(doc string, node map[string]any) (string, map[string]any) {
	for {
		ref, ok := node["$ref"].(string)
		if !ok {
			return doc, node
		}
		if i := strings.Index(ref, "#"); i > 0 {
			for name := range s.docs {
				if ref[:i] == schema.ID(name) {
					doc = name
				}
			}
			ref = ref[i:]
		} else if i < 0 {
			for name := range s.docs {
				if ref == schema.ID(name) {
					doc, ref = name, "#"
				}
			}
		}
		node = s.docs[doc]
		for _, seg := range strings.Split(strings.TrimPrefix(ref, "#"), "/")[1:] {
			node, _ = node[seg].(map[string]any)
		}
	}
}

// TestSpecCoversSchema checks that the shape the comparison reads names
// every property of the bundle's JSON Schema, and nothing else, with
// every value of a closed set labelled in both languages.
func TestSpecCoversSchema(t *testing.T) {
	s := loadSchemas(t)
	var walk func(o *object, doc string, node map[string]any, at string)
	walk = func(o *object, doc string, node map[string]any, at string) {
		doc, node = s.resolve(doc, node)
		props, _ := node["properties"].(map[string]any)
		var names []string
		for name := range props {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			if !o.has(name) {
				t.Errorf("%s/%s: the schema's property is not in the comparison's shape", at, name)
			}
		}
		for i := range o.fields {
			f := &o.fields[i]
			p, ok := props[f.name].(map[string]any)
			if !ok {
				t.Errorf("%s/%s: the comparison's field is not in the schema", at, f.name)
				continue
			}
			pd, pn := s.resolve(doc, p)
			where := at + "/" + f.name
			if f.t != vObject && f.t != vList && f.t != vMap && f.t != vJSON && (f.noun.pl == "" || f.noun.en == "") {
				t.Errorf("%s: no noun to tell the field by (the glossary has no label for it)", where)
			}
			switch f.t {
			case vObject:
				walk(f.obj, pd, pn, where)
			case vList:
				items, _ := pn["items"].(map[string]any)
				walk(f.obj, pd, items, where)
				if f.obj.key == nil || len(f.obj.keyFields) == 0 {
					t.Errorf("%s: a list without a key", where)
				}
				if f.obj.ordered && f.obj.list.pl == "" {
					t.Errorf("%s: an ordered list without a name for its elements", where)
				}
			case vEnum:
				checkLabels(t, where, f.set, pn)
			case vSet:
				items, _ := pn["items"].(map[string]any)
				_, items = s.resolve(pd, items)
				if f.set != "" {
					checkLabels(t, where, f.set, items)
				} else if f.ref == refNone {
					t.Errorf("%s: a set of neither values nor ids", where)
				}
			case vMap:
				values, _ := pn["additionalProperties"].(map[string]any)
				_, values = s.resolve(pd, values)
				checkLabels(t, where, f.set, values)
			}
		}
	}
	walk(bundleSpec, schema.Bundle, s.docs[schema.Bundle], "")
}

// checkLabels checks that every value of the closed set node lists has a
// label in set, in Polish and in English.
func checkLabels(t *testing.T, where, set string, node map[string]any) {
	t.Helper()
	values, _ := node["enum"].([]any)
	if len(values) == 0 {
		t.Errorf("%s: the schema lists no values of set %q", where, set)
	}
	for _, v := range values {
		for i, lang := range []string{"pl", "en"} {
			if _, ok := glossaries()[i][set][v.(string)]; !ok {
				t.Errorf("%s: value %q of set %q has no %s label", where, v, set, lang)
			}
		}
	}
}

// TestParticiples checks the endings of the participles by gender.
func TestParticiples(t *testing.T) {
	tests := []struct {
		stem string
		g    gender
		want string
	}{
		{"przesunięt", masc, "przesunięty"},
		{"przesunięt", fem, "przesunięta"},
		{"dodan", neut, "dodane"},
		{"zmienion", plural, "zmienione"},
	}
	for _, tt := range tests {
		if got := participle(tt.stem, tt.g); got != tt.want {
			t.Errorf("participle(%q, %c) = %q, want %q", tt.stem, tt.g, got, tt.want)
		}
	}
}

// A long free text is quoted whole in a message, on one line: nothing is cut.
func TestFlatKeepsTheWholeText(t *testing.T) {
	long := "Umowa partnerska województwo–powiat–gmina z 19.09.2025 r.;\n  protokół spotkania inauguracyjnego PZK z 6.10.2025 r."
	want := "Umowa partnerska województwo–powiat–gmina z 19.09.2025 r.; protokół spotkania inauguracyjnego PZK z 6.10.2025 r."
	if got := flat(long); got != want {
		t.Errorf("flat(%q) = %q, want %q", long, got, want)
	}
}
