package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/schema"
)

// The planner's code asks the library for every value of the model: the
// tests below search the page's own files (not the built library under
// web/wasm) for what would be a second copy.

// pageFiles are the planner's JavaScript and CSS files, by path.
func pageFiles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir("web", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p == filepath.Join("web", "wasm") {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".js") || strings.HasSuffix(p, ".css") || strings.HasSuffix(p, ".html")) {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			out[p] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 10 {
		t.Fatalf("the planner's files are missing: %v", out)
	}
	return out
}

// modelSets are the closed sets of the model whose values the page must
// not name: the kinds, roles and stages and every other enumeration.
var modelSets = []string{"variant", "kind", "sector", "level", "teamKind", "role", "agreementKind", "stage", "status",
	"actionStatus", "area", "closureReason", "outcome", "decision", "memberRole", "beneficiaryKind", "reason", "method"}

// propertyNames are the names of the properties of the documents the page
// edits (bundle, profile, scenario): words of the document's structure
// ("member" of responsible), which the page may use. The monitoring record
// is not among them: the page shows its preview, written by the library,
// and reads none of its properties.
func propertyNames(t *testing.T) map[string]bool {
	t.Helper()
	names := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if props, ok := x["properties"].(map[string]any); ok {
				for k := range props {
					names[k] = true
				}
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	for _, name := range schema.Names() {
		if name == schema.Monitor {
			continue
		}
		b, err := schema.Schema(name)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		walk(v)
	}
	return names
}

// jsString matches a JavaScript string literal; cssName a CSS class or
// custom property name.
var (
	jsString   = regexp.MustCompile(`'([^'\\\n]*)'|"([^"\\\n]*)"`)
	cssClass   = regexp.MustCompile(`\.([a-z][a-z0-9_-]*)`)
	jsComment  = regexp.MustCompile(`(?m)^\s*//.*$|\s//\s.*$|/\*[\s\S]*?\*/`)
	cssComment = regexp.MustCompile(`/\*[\s\S]*?\*/`)
)

// TestPageNamesNoModelValue: a search of the page's code for a kind, role,
// stage or other value of the model finds nothing; the page has them from
// the library.
func TestPageNamesNoModelValue(t *testing.T) {
	props := propertyNames(t)
	values := map[string]string{} // value → its set
	for _, set := range modelSets {
		terms := ipw.Glossary(cooperation.Polish)[set]
		if len(terms) == 0 {
			t.Fatalf("the glossary has no set %q", set)
		}
		for v := range terms {
			if !props[v] {
				values[v] = set
			}
		}
	}
	for path, text := range pageFiles(t) {
		var words []string
		if strings.HasSuffix(path, ".css") {
			for _, m := range cssClass.FindAllStringSubmatch(cssComment.ReplaceAllString(text, ""), -1) {
				words = append(words, strings.Split(m[1], "-")...)
			}
		} else {
			for _, m := range jsString.FindAllStringSubmatch(jsComment.ReplaceAllString(text, ""), -1) {
				words = append(words, strings.TrimSpace(m[1]+m[2]))
			}
		}
		for _, w := range words {
			if set, ok := values[w]; ok {
				t.Errorf("%s names %q, a value of the model's set %q: ask the library", path, w, set)
			}
		}
	}
	// The test sees what it looks for.
	if _, ok := values["pzk"]; !ok {
		t.Error("the values searched for leave out pzk")
	}
}

// TestPlannerLabelsComeFromGlossary: i18n.js defines no label of an
// enumeration value nor of a field the glossary names: those come from the
// library.
func TestPlannerLabelsComeFromGlossary(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("web", "i18n.js"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	var found []string
	for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
		g := ipw.Glossary(lang)
		for set, terms := range g {
			if set == "field" || set == "keyword" || set == "variantDescription" || set == "assumption" || set == "eventType" {
				continue
			}
			for value, label := range terms {
				if strings.Contains(text, "'"+label+"'") {
					found = append(found, set+"."+value+" = "+label)
				}
			}
		}
	}
	sort.Strings(found)
	if len(found) > 0 {
		t.Errorf("i18n.js defines labels of the model's values; take them from the library's glossary:\n%s", strings.Join(found, "\n"))
	}
	if strings.Contains(text, "enums") || strings.Contains(text, ".enum") {
		t.Error("i18n.js still has a table of enumeration labels")
	}
}

// TestIndexPreloadsEveryModule: index.html names every module of the page
// for preloading, so that they load side by side rather than import by
// import (a module left out still works, only later).
func TestIndexPreloadsEveryModule(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("web", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	index := string(b)
	for path := range pageFiles(t) {
		rel := strings.TrimPrefix(filepath.ToSlash(path), "web/")
		if !strings.HasSuffix(rel, ".js") || rel == "app.js" {
			continue
		}
		if !strings.Contains(index, `<link rel="modulepreload" href="`+rel+`">`) {
			t.Errorf("index.html does not preload %s", rel)
		}
	}
}
