//go:build !js && !wasip1

// The analysis type-checks the rules from their source, with the go
// command's help: it runs on the host, not under WebAssembly.

package ipw_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// The rules learn the check date only by asking a cooperation.Clock, whose
// answers note when they would change; that is how the simulation knows,
// with no list of dates of its own, when to evaluate again. The date itself
// is out of reach by construction (a field of cooperation/internal/clock,
// which only cooperation/clock.go imports). What remains are the values
// meant for messages — Clock.String, the days of Clock.Over, the days left
// of Clock.Within — which note nothing, since a finding whose parameters
// alone change is the same finding. This test reads the source of the
// rules (packages cooperation and ipw) and fails when one of those values
// is used for anything but a finding's parameters: a verdict drawn from
// it would change on a day the simulation was never told of.
func TestClockValuesOnlyInMessages(t *testing.T) {
	const module = "github.com/kooperacja/kooperacja"
	fset, imp := sourceImporter()
	for _, pkg := range []struct{ dir, path string }{
		{"../cooperation", module + "/cooperation"},
		{".", module + "/ipw"},
	} {
		files := parseDir(t, fset, pkg.dir)
		for _, f := range files {
			for _, is := range f.Imports {
				name := filepath.Base(fset.Position(f.Pos()).Filename)
				if p, _ := strconv.Unquote(is.Path.Value); p == module+"/cooperation/internal/clock" && name != "clock.go" {
					t.Errorf("%s imports the clock's internals: only cooperation/clock.go may", fset.Position(is.Pos()))
				}
			}
		}
		for _, v := range clockLeaks(t, fset, imp, pkg.path, files) {
			t.Errorf("%s: a rule reads the check date without asking the Clock (use Reached, Passed, Covers, Over's verdict…; the date, the days and the days left are for a finding's parameters only)", v)
		}
	}
}

// The analysis finds what it is meant to find.
func TestClockValuesOnlyInMessagesCatches(t *testing.T) {
	const src = `package p

import "github.com/kooperacja/kooperacja/cooperation"

type findings struct{}

func (findings) Add(code cooperation.Code, path cooperation.Path, params ...string) {}

func rules(now cooperation.Clock, from cooperation.Date, f findings) bool {
	f.Add("x", "", "asOf", now.String())                  // allowed: a parameter
	if days, over := now.Over(from, 30); over {             // allowed: the verdict
		f.Add("x", "", "days", itoa(days))
	}
	date := now.String()
	f.Add("x", "", "date", date)                             // allowed
	left, _ := now.Within(from, 10)
	if left < 3 {                                            // leak 1
		return true
	}
	if late(date) {
		return true
	}
	return now.String() > "2026-01-01"                       // leak 3
}

func late(date string) bool { return date > "2026-01-01" } // leak 2

func itoa(int) string { return "" }
`
	fset, imp := sourceImporter()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	leaks := clockLeaks(t, fset, imp, "p", []*ast.File{f})
	var lines []int
	for _, l := range leaks {
		lines = append(lines, l.Line)
	}
	if want := []int{17, 23, 26}; !slices.Equal(lines, want) {
		t.Errorf("leaks found on lines %v, want %v", lines, want)
	}
}

// sourceImporter type-checks imported packages from their source, once
// for the tests of this file.
var sourceImporter = sync.OnceValues(func() (*token.FileSet, types.Importer) {
	fset := token.NewFileSet()
	return fset, importer.ForCompiler(fset, "source", nil)
})

func parseDir(t *testing.T, fset *token.FileSet, dir string) []*ast.File {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, e := range ents {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// clockLeaks type-checks files as package path and returns the places where
// a message-only value of a cooperation.Clock is used outside the
// parameters of a finding (an Add or add call taking ...string).
func clockLeaks(t *testing.T, fset *token.FileSet, imp types.Importer, path string, files []*ast.File) []token.Position {
	t.Helper()
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{},
		Defs:  map[*ast.Ident]types.Object{},
		Uses:  map[*ast.Ident]types.Object{},
	}
	conf := types.Config{Importer: imp}
	if _, err := conf.Check(path, fset, files, info); err != nil {
		t.Fatalf("type-checking %s: %v", path, err)
	}
	isClock := func(e ast.Expr) bool {
		tv, ok := info.Types[e]
		if !ok {
			return false
		}
		typ := tv.Type
		if p, ok := typ.(*types.Pointer); ok {
			typ = p.Elem()
		}
		n, ok := typ.(*types.Named)
		return ok && n.Obj().Name() == "Clock" && n.Obj().Pkg() != nil &&
			n.Obj().Pkg().Path() == "github.com/kooperacja/kooperacja/cooperation"
	}
	// adds reports whether call adds a finding: an Add or add taking the
	// finding's parameters as ...string.
	adds := func(call *ast.CallExpr) bool {
		var name *ast.Ident
		switch fun := call.Fun.(type) {
		case *ast.SelectorExpr:
			name = fun.Sel
		case *ast.Ident:
			name = fun
		}
		if name == nil || (name.Name != "Add" && name.Name != "add") {
			return false
		}
		sig, ok := info.Types[call.Fun].Type.(*types.Signature)
		if !ok || !sig.Variadic() {
			return false
		}
		last := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
		b, ok := last.Elem().(*types.Basic)
		return ok && b.Kind() == types.String
	}
	// callee returns the function of this package that call calls, if any.
	callee := func(call *ast.CallExpr) *types.Func {
		var id *ast.Ident
		switch fun := call.Fun.(type) {
		case *ast.SelectorExpr:
			id = fun.Sel
		case *ast.Ident:
			id = fun
		}
		if id == nil {
			return nil
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != path {
			return nil
		}
		return fn
	}
	// Variables holding message-only values: set from one, or parameters
	// given one.
	held := map[types.Object]bool{}
	hold := func(id *ast.Ident) bool {
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		if obj == nil || held[obj] {
			return false
		}
		held[obj] = true
		return true
	}
	// flow follows a message-only value, the innermost node of stack, up
	// the syntax: into a finding's parameters (fine), into a variable or a
	// parameter of a function of the package (which then hold it), through
	// the building of a list of parameters; anything else is a leak. grew
	// is set when a variable starts holding it.
	flow := func(stack []ast.Node, grew *bool) bool {
		for k := len(stack) - 2; k >= 0; k-- {
			child := stack[k+1]
			switch parent := stack[k].(type) {
			case *ast.ParenExpr, *ast.CompositeLit, *ast.KeyValueExpr:
			case *ast.CallExpr:
				if child == parent.Fun {
					return false
				}
				if adds(parent) {
					return true
				}
				if fn := callee(parent); fn != nil {
					sig := fn.Type().(*types.Signature)
					i := slices.Index(parent.Args, child.(ast.Expr))
					if sig.Variadic() && i >= sig.Params().Len()-1 {
						i = sig.Params().Len() - 1
					}
					obj := sig.Params().At(i)
					if !held[obj] {
						held[obj], *grew = true, true
					}
					return true
				}
				// Building or formatting the parameters (append,
				// strconv.Itoa, label.params) carries the value on.
				res, ok := info.Types[parent].Type.(*types.Slice)
				if b, isBasic := info.Types[parent].Type.(*types.Basic); isBasic && b.Kind() == types.String {
					continue
				}
				if !ok {
					return false
				}
				if b, ok := res.Elem().(*types.Basic); !ok || b.Kind() != types.String {
					return false
				}
			case *ast.AssignStmt:
				if slices.Contains(parent.Lhs, child.(ast.Expr)) {
					return true // written, not read
				}
				i := slices.Index(parent.Rhs, child.(ast.Expr))
				if i < 0 || len(parent.Lhs) != len(parent.Rhs) {
					return false
				}
				id, ok := parent.Lhs[i].(*ast.Ident)
				if !ok {
					return false
				}
				if hold(id) {
					*grew = true
				}
				return true
			default:
				return false
			}
		}
		return false
	}

	var leaks []token.Position
	var uses [][]ast.Node // the stacks of every identifier used
	var calls [][]ast.Node
	for _, f := range files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.Ident:
				if info.Uses[n] != nil {
					uses = append(uses, slices.Clone(stack))
				}
			case *ast.CallExpr:
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && isClock(sel.X) &&
					slices.Contains([]string{"String", "Over", "Within"}, sel.Sel.Name) {
					calls = append(calls, slices.Clone(stack))
				}
			}
			return true
		})
	}
	// The message-only values: the call itself (String), or the first of
	// the two it returns (Over, Within).
	var grew bool
	for _, stack := range calls {
		call := stack[len(stack)-1].(*ast.CallExpr)
		if call.Fun.(*ast.SelectorExpr).Sel.Name == "String" {
			if !flow(stack, &grew) {
				leaks = append(leaks, fset.Position(call.Pos()))
			}
			continue
		}
		as, ok := stack[len(stack)-2].(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 {
			leaks = append(leaks, fset.Position(call.Pos()))
			continue
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok {
			hold(id)
		} else {
			leaks = append(leaks, fset.Position(call.Pos()))
		}
	}
	// Follow the variables until no more start holding a value.
	for grew = true; grew; {
		grew = false
		for _, stack := range uses {
			if held[info.Uses[stack[len(stack)-1].(*ast.Ident)]] {
				flow(stack, &grew)
			}
		}
	}
	for _, stack := range uses {
		id := stack[len(stack)-1].(*ast.Ident)
		if held[info.Uses[id]] && !flow(stack, &grew) {
			leaks = append(leaks, fset.Position(id.Pos()))
		}
	}
	slices.SortFunc(leaks, func(a, b token.Position) int {
		if c := strings.Compare(a.Filename, b.Filename); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	return leaks
}
