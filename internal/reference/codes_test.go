package reference

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// tracked returns the repository's root and its tracked files.
func tracked(t *testing.T) (string, []string) {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("git", "-C", root, "ls-files", "-z").Output()
	if err != nil {
		t.Skipf("git ls-files: %v (the test reads the tracked files)", err)
	}
	return root, strings.Split(strings.TrimRight(string(out), "\x00"), "\x00")
}

// codeLike is what a code looks like: a family the catalogue uses, a dot,
// a name.
var codeLike = regexp.MustCompile(`^(document|schema|ref|id|municipality|institution|privacy|team|agreement|service|ipw|stage|scenario)\.[a-z_]+$`)

// notCodes are strings of that shape that are not codes, each with its
// reason.
var notCodes = map[string]string{
	"document.id":        "the field an ipw_added event must have (ipw/simulate)",
	"municipality.name":  "a field's label key (cooperation/fields.go, the planner)",
	"municipality.teryt": "a field's label key (cooperation/fields.go, the planner)",
	"ipw.total":          "a field's label key (cooperation/fields.go, the monitoring record)",
	"ipw.opened":         "a field's label key (cooperation/fields.go, the monitoring record)",
	"ipw.closed":         "a field's label key (cooperation/fields.go, the monitoring record)",
	"ipw.durations":      "a field's label key (cooperation/fields.go, the monitoring record)",
}

// isParam: a parameter given per language ("institution.pl") is not a code.
func isParam(s string) bool { return strings.HasSuffix(s, ".pl") || strings.HasSuffix(s, ".en") }

// Every code the project's code gives is declared in the catalogue: each
// constant of type Code, each conversion of a literal to Code, and each
// string that looks like a code in the Go and JavaScript sources (tests
// aside).
func TestEveryCodeGivenIsCatalogued(t *testing.T) {
	root, files := tracked(t)
	known := func(s string) bool { _, ok := cooperation.Lookup(cooperation.Code(s)); return ok }
	literal := regexp.MustCompile("[\"'`]([a-z_]+\\.[a-z_]+)[\"'`]")
	fset := token.NewFileSet()
	seen := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || strings.HasSuffix(name, ".test.mjs") || strings.Contains(name, "node_modules/") ||
			strings.Contains(name, "/testdata/") || strings.HasSuffix(name, "wasm_exec.js") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			continue
		}
		switch {
		case strings.HasSuffix(name, ".go"):
			f, err := parser.ParseFile(fset, name, data, 0)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			seen++
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.ValueSpec: // const X Code = "…"
					if isCodeType(n.Type) {
						for _, v := range n.Values {
							if s, ok := stringLit(v); ok && !known(s) {
								t.Errorf("%s: %s declares code %q, which the catalogue lacks", fset.Position(n.Pos()), n.Names[0].Name, s)
							}
						}
					}
				case *ast.CallExpr: // Code("…")
					if len(n.Args) == 1 && isCodeType(n.Fun) {
						if s, ok := stringLit(n.Args[0]); ok && !known(s) {
							t.Errorf("%s: Code(%q), which the catalogue lacks", fset.Position(n.Pos()), s)
						}
					}
				case *ast.BasicLit:
					if s, ok := stringLit(n); ok && codeLike.MatchString(s) && !known(s) && !isParam(s) && notCodes[s] == "" {
						t.Errorf("%s: %q looks like a code, which the catalogue lacks", fset.Position(n.Pos()), s)
					}
				}
				return true
			})
		case strings.HasSuffix(name, ".js") || strings.HasSuffix(name, ".mjs"):
			seen++
			for _, m := range literal.FindAllSubmatchIndex(data, -1) {
				s := string(data[m[2]:m[3]])
				if codeLike.MatchString(s) && !known(s) && !isParam(s) && notCodes[s] == "" {
					line := strings.Count(string(data[:m[0]]), "\n") + 1
					t.Errorf("%s:%d: %q looks like a code, which the catalogue lacks", name, line, s)
				}
			}
		}
	}
	if seen < 100 {
		t.Errorf("read %d source files; the repository has hundreds", seen)
	}
}

func isCodeType(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name == "Code"
	case *ast.SelectorExpr:
		x, ok := e.X.(*ast.Ident)
		return ok && x.Name == "cooperation" && e.Sel.Name == "Code"
	}
	return false
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// Every code of the catalogue is given by some test: named, as what a check
// must report, by a test, a test's golden output or the mutation table
// (whose rows a test runs). The catalogue's own tests, which render every
// message by iterating the catalogue, and the files generated from it do not
// count.
func TestEveryCatalogueCodeIsTested(t *testing.T) {
	root, files := tracked(t)
	var corpus strings.Builder
	for _, name := range files {
		test := strings.HasSuffix(name, "_test.go") || strings.HasSuffix(name, ".test.mjs") ||
			strings.Contains(name, "/testdata/") || strings.HasPrefix(name, "internal/mutation/")
		generated := strings.HasPrefix(name, "cooperation/testdata/messages.") || name == "REFERENCE.md"
		if !test || generated || strings.Contains(name, "node_modules/") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err == nil {
			corpus.Write(data)
			corpus.WriteByte('\n')
		}
	}
	text := corpus.String()
	// A code is named by its string or by its constant.
	constants := codeConstants(t, filepath.Join(root, "cooperation"))
	for _, r := range cooperation.Rules() {
		named := strings.Contains(text, `"`+string(r.Code)+`"`) || strings.Contains(text, string(r.Code)+" ")
		for _, c := range constants[r.Code] {
			named = named || regexp.MustCompile(`\b`+c+`\b`).MatchString(text)
		}
		if !named {
			t.Errorf("%s: no test expects it", r.Code)
		}
	}
}

// codeConstants maps each code to the names of the constants declared for
// it in the package at dir.
func codeConstants(t *testing.T, dir string) map[cooperation.Code][]string {
	t.Helper()
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[cooperation.Code][]string{}
	for _, p := range pkgs {
		for _, f := range p.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if vs, ok := n.(*ast.ValueSpec); ok && isCodeType(vs.Type) {
					for i, v := range vs.Values {
						if s, ok := stringLit(v); ok {
							out[cooperation.Code(s)] = append(out[cooperation.Code(s)], vs.Names[i].Name)
						}
					}
				}
				return true
			})
		}
	}
	return out
}

// Wherever a call gives a message's parameter in both languages, Polish
// comes first ("name.pl" before "name.en"), as in the catalogue's rows:
// one order, so that a reader of the code never has to check which is
// which.
func TestParamsPolishFirst(t *testing.T) {
	root, files := tracked(t)
	fset := token.NewFileSet()
	for _, name := range files {
		if !strings.HasSuffix(name, ".go") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(fset, name, data, 0)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var args []ast.Expr
			switch n := n.(type) {
			case *ast.CallExpr:
				args = n.Args
			case *ast.CompositeLit:
				args = n.Elts
			default:
				return true
			}
			seen := map[string]token.Pos{} // the base names given in English so far
			for _, a := range args {
				s, ok := stringLit(a)
				if !ok {
					continue
				}
				if base, ok := strings.CutSuffix(s, ".en"); ok {
					seen[base] = a.Pos()
				}
				if base, ok := strings.CutSuffix(s, ".pl"); ok {
					if _, after := seen[base]; after {
						t.Errorf("%s: %q comes after %q", fset.Position(a.Pos()), s, base+".en")
					}
				}
			}
			return true
		})
	}
}
