package ipw

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

var langs = []cooperation.Lang{cooperation.Polish, cooperation.English}

// TestGlossarySets checks every set: each value once, each label non-empty
// in both languages and not repeated within its set, and Glossary giving the
// same labels as GlossarySets.
func TestGlossarySets(t *testing.T) {
	sets := GlossarySets()
	names := map[string]bool{}
	for _, s := range sets {
		t.Run(s.Name, func(t *testing.T) {
			if names[s.Name] {
				t.Fatalf("set %q appears twice", s.Name)
			}
			names[s.Name] = true
			if len(s.Terms) == 0 {
				t.Fatal("the set is empty")
			}
			values := map[string]bool{}
			seen := map[cooperation.Lang]map[string]string{cooperation.Polish: {}, cooperation.English: {}}
			for _, term := range s.Terms {
				if values[term.Value] {
					t.Errorf("value %q appears twice", term.Value)
				}
				values[term.Value] = true
				for _, lang := range langs {
					l := term.Polish
					if lang == cooperation.English {
						l = term.English
					}
					if strings.TrimSpace(l) == "" {
						t.Errorf("%s: no %s label", term.Value, lang)
						continue
					}
					// pzkName is the one set whose values may share a name:
					// two variants call their PZK alike.
					if other, dup := seen[lang][l]; dup && s.Name != "pzkName" {
						t.Errorf("%s label %q names both %s and %s", lang, l, other, term.Value)
					}
					seen[lang][l] = term.Value
					if got := Glossary(lang)[s.Name][term.Value]; got != l {
						t.Errorf("Glossary(%s)[%s][%s] = %q, want %q", lang, s.Name, term.Value, got, l)
					}
				}
			}
			for _, lang := range langs {
				if n := len(Glossary(lang)[s.Name]); n != len(s.Terms) {
					t.Errorf("Glossary(%s)[%s] has %d values, want %d", lang, s.Name, n, len(s.Terms))
				}
			}
		})
	}
	for _, want := range []string{"variant", "kind", "role", "sector", "level", "teamKind", "agreementKind",
		"stage", "status", "area", "closureReason", "outcome", "decision", "actionStatus", "memberRole",
		"beneficiaryKind", "reason", "method", "eventType", "assumption", "severity", "keyword", "field",
		"pzkName", "variantDescription"} {
		if !names[want] {
			t.Errorf("the glossary has no set %q", want)
		}
	}
}

// enumSets maps each enumeration type of cooperation and ipw to its set.
var enumSets = map[string]string{
	"Variant": "variant", "Kind": "kind", "Sector": "sector", "Level": "level", "TeamKind": "teamKind",
	"Role": "role", "AgreementKind": "agreementKind", "Severity": "severity",
	"Stage": "stage", "Status": "status", "ActionStatus": "actionStatus", "Area": "area",
	"ClosureReason": "closureReason", "Outcome": "outcome", "Decision": "decision",
	"MemberRole": "memberRole", "BeneficiaryKind": "beneficiaryKind", "Reason": "reason",
	"Method": "method", "EventType": "eventType", "Assumption": "assumption",
}

// TestGlossaryCoversConstants reads the constants the two packages declare
// for each enumeration type and checks that the glossary labels exactly
// them: a value added to the code without a label fails here.
func TestGlossaryCoversConstants(t *testing.T) {
	declared := map[string]map[string]bool{}
	for _, dir := range []string{".", filepath.Join("..", "cooperation")} {
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, dir, func(fi fs.FileInfo) bool {
			return !strings.HasSuffix(fi.Name(), "_test.go")
		}, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, pkg := range pkgs {
			for _, f := range pkg.Files {
				for _, d := range f.Decls {
					g, ok := d.(*ast.GenDecl)
					if !ok || g.Tok != token.CONST {
						continue
					}
					for _, spec := range g.Specs {
						vs := spec.(*ast.ValueSpec)
						id, ok := vs.Type.(*ast.Ident)
						if !ok {
							continue
						}
						set, ok := enumSets[id.Name]
						if !ok {
							continue
						}
						for _, v := range vs.Values {
							lit, ok := v.(*ast.BasicLit)
							if !ok || lit.Kind != token.STRING {
								t.Fatalf("a constant of %s is not a string literal", id.Name)
							}
							s, _ := strconv.Unquote(lit.Value)
							if declared[set] == nil {
								declared[set] = map[string]bool{}
							}
							declared[set][s] = true
						}
					}
				}
			}
		}
	}
	g := Glossary(cooperation.Polish)
	for _, set := range enumSets {
		if len(declared[set]) == 0 {
			t.Errorf("no constants found for set %s", set)
		}
		for v := range declared[set] {
			if _, ok := g[set][v]; !ok {
				t.Errorf("%s %q has no label", set, v)
			}
		}
		for v := range g[set] {
			if !declared[set][v] {
				t.Errorf("%s %q has a label but no constant", set, v)
			}
		}
	}
}

// TestLabelMethods checks that each type's Label method gives the
// glossary's label for every value, and the value itself for an unknown one.
func TestLabelMethods(t *testing.T) {
	label := map[string]func(v string, l cooperation.Lang) string{
		"variant":       func(v string, l cooperation.Lang) string { return cooperation.Variant(v).Label(l) },
		"kind":          func(v string, l cooperation.Lang) string { return cooperation.Kind(v).Label(l) },
		"sector":        func(v string, l cooperation.Lang) string { return cooperation.Sector(v).Label(l) },
		"level":         func(v string, l cooperation.Lang) string { return cooperation.Level(v).Label(l) },
		"teamKind":      func(v string, l cooperation.Lang) string { return cooperation.TeamKind(v).Label(l) },
		"role":          func(v string, l cooperation.Lang) string { return cooperation.Role(v).Label(l) },
		"agreementKind": func(v string, l cooperation.Lang) string { return cooperation.AgreementKind(v).Label(l) },
		"severity":      func(v string, l cooperation.Lang) string { return cooperation.Severity(v).Label(l) },
		"stage":         func(v string, l cooperation.Lang) string { return Stage(v).Label(l) },
		"status":        func(v string, l cooperation.Lang) string { return Status(v).Label(l) },
		"actionStatus":  func(v string, l cooperation.Lang) string { return ActionStatus(v).Label(l) },
		"area":          func(v string, l cooperation.Lang) string { return Area(v).Label(l) },
		"closureReason": func(v string, l cooperation.Lang) string { return ClosureReason(v).Label(l) },
		"outcome":       func(v string, l cooperation.Lang) string { return Outcome(v).Label(l) },
		"decision":      func(v string, l cooperation.Lang) string { return Decision(v).Label(l) },
		"memberRole":    func(v string, l cooperation.Lang) string { return MemberRole(v).Label(l) },
		"beneficiaryKind": func(v string, l cooperation.Lang) string {
			return BeneficiaryKind(v).Label(l)
		},
		"reason":             func(v string, l cooperation.Lang) string { return Reason(v).Label(l) },
		"method":             func(v string, l cooperation.Lang) string { return Method(v).Label(l) },
		"eventType":          func(v string, l cooperation.Lang) string { return EventType(v).Label(l) },
		"assumption":         func(v string, l cooperation.Lang) string { return Assumption(v).Label(l) },
		"keyword":            func(v string, l cooperation.Lang) string { return cooperation.KeywordLabel(v, l) },
		"pzkName":            func(v string, l cooperation.Lang) string { return cooperation.Variant(v).PZKName(l) },
		"variantDescription": func(v string, l cooperation.Lang) string { return cooperation.Variant(v).Description(l) },
	}
	for _, lang := range langs {
		g := Glossary(lang)
		for set, f := range label {
			for v, want := range g[set] {
				if got := f(v, lang); got != want {
					t.Errorf("%s %q: Label(%s) = %q, want %q", set, v, lang, got, want)
				}
			}
			if set == "pzkName" || set == "assumption" {
				continue
			}
			if got := f("no_such_value", lang); got != "no_such_value" {
				t.Errorf("%s: the label of an unknown value is %q, want the value", set, got)
			}
		}
	}
	if got := Stage("evaluation").Title(cooperation.Polish); got != "ewaluacja" {
		t.Errorf("Title = %q, want ewaluacja", got)
	}
}

func TestPZKName(t *testing.T) {
	for _, c := range []struct {
		v    cooperation.Variant
		lang cooperation.Lang
		want string
	}{
		{cooperation.VariantRural, cooperation.Polish, "Partnerski Zespół Kooperacji"},
		{cooperation.VariantUrbanRural, cooperation.Polish, "Partnerski Zespół Kooperacji"},
		{cooperation.VariantUrban, cooperation.Polish, "Partnerski Zespół Kooperacyjny"},
		{"", cooperation.Polish, "Partnerski Zespół Kooperacji"},
		{cooperation.VariantUrban, cooperation.English, "Partnership Cooperation Team"},
	} {
		if got := c.v.PZKName(c.lang); got != c.want {
			t.Errorf("Variant(%q).PZKName(%s) = %q, want %q", c.v, c.lang, got, c.want)
		}
	}
}
