package schema

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The program does not compile the schema files: it uses the tree that the
// compiler (validator.go) makes of them, written out as Go in
// compiled_gen.go. This test is the generator, and checks that the file is
// up to date.

var update = flag.Bool("update", false, "rewrite compiled_gen.go from the schema files")

const regenerate = "go test ./schema -run TestCompiledGenerated -update"

// TestCompiledGenerated renders the tree compiled from the embedded schema
// files as Go source and compares it with compiled_gen.go (with -update it
// rewrites the file), then checks that the tree the program uses is, for
// every schema, the compiled one: equal nodes, shared and cyclic in the same
// places.
func TestCompiledGenerated(t *testing.T) {
	roots, err := compiledNodes()
	if err != nil {
		t.Fatalf("compiledNodes() error = %v", err)
	}
	src, err := renderCompiled(roots)
	if err != nil {
		t.Fatalf("renderCompiled() error = %v", err)
	}
	const file = "compiled_gen.go"
	if *update {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s; run the tests again to check it", file)
		return
	}
	have, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, src) {
		line, got, want := firstDiff(have, src)
		t.Fatalf("%s is not the tree compiled from schemas/*.schema.json; first difference, line %d:\n\thave %s\n\twant %s\nAfter editing a schema, run\n\t%s\nand review the diff", file, line, got, want, regenerate)
	}
	for _, name := range Names() {
		if diff := sameGraph(roots[name], schemaNode(name)); diff != "" {
			t.Errorf("schemaNode(%q) is not the compiled tree: %s", name, diff)
		}
	}
}

// TestRenderCompiledCycle: a $ref back to an enclosing schema cannot be a
// pointer in a variable's initialiser (Go refuses an initialisation cycle),
// so the generator sets it in init instead.
func TestRenderCompiledCycle(t *testing.T) {
	const schema = `{
		"$id": "https://kooperacja.dev/schema/v1/t.schema.json",
		"type": "object",
		"properties": {"children": {"type": "array", "items": {"$ref": "#"}}}
	}`
	roots, err := compileFiles(map[string][]byte{"t": []byte(schema)})
	if err != nil {
		t.Fatal(err)
	}
	src, err := renderCompiled(roots)
	if err != nil {
		t.Fatalf("renderCompiled() error = %v", err)
	}
	for _, want := range []string{"\tref:        nil,\n", "func init() {\n\ttNode2.ref = &tNode0\n}"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("renderCompiled() =\n%s\nwant it to contain\n%s", src, want)
		}
	}
	if strings.Contains(string(src), "ref: &tNode0") {
		t.Errorf("renderCompiled() =\n%s\nrefers to tNode0 in an initialiser that tNode0 depends on", src)
	}
}

// firstDiff returns the first line (from 1) where a and b differ, and that
// line of each, trimmed ("(end of file)" past the end).
func firstDiff(a, b []byte) (int, string, string) {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	line := func(l []string, i int) string {
		if i < len(l) {
			return strings.TrimSpace(l[i])
		}
		return "(end of file)"
	}
	i := 0
	for i < len(al) && i < len(bl) && al[i] == bl[i] {
		i++
	}
	return i + 1, line(al, i), line(bl, i)
}

// children returns the nodes n points to, in a fixed order.
func children(n *node) []*node {
	var out []*node
	for _, p := range n.props {
		out = append(out, p.n)
	}
	out = append(out, n.additional, n.propertyNames, n.items, n.ref)
	out = append(out, n.allOf...)
	out = append(out, n.anyOf...)
	out = append(out, n.oneOf...)
	return append(out, n.ifN, n.thenN, n.elseN)
}

// shallow returns a copy of n without its pointers to other nodes.
func shallow(n *node) node {
	c := *n
	c.props = slices.Clone(n.props)
	for i := range c.props {
		c.props[i].n = nil
	}
	c.additional, c.propertyNames, c.items, c.ref = nil, nil, nil, nil
	c.allOf, c.anyOf, c.oneOf = make([]*node, len(n.allOf)), make([]*node, len(n.anyOf)), make([]*node, len(n.oneOf))
	c.ifN, c.thenN, c.elseN = nil, nil, nil
	return c
}

// sameGraph describes how the graphs from a and b differ, or returns "" when
// they are the same: each node of one stands for exactly one node of the
// other, with equal values and pointers to corresponding nodes.
func sameGraph(a, b *node) string {
	fwd, rev := map[*node]*node{}, map[*node]*node{}
	var walk func(a, b *node) string
	walk = func(a, b *node) string {
		switch {
		case a == nil && b == nil:
			return ""
		case a == nil || b == nil:
			return fmt.Sprintf("compiled %v, generated %v", a, b)
		}
		if m, seen := fwd[a]; seen {
			if m != b {
				return a.compileLoc + ": one compiled node, two generated"
			}
			return ""
		}
		if _, seen := rev[b]; seen {
			return b.compileLoc + ": one generated node, two compiled"
		}
		fwd[a], rev[b] = b, a
		if sa, sb := shallow(a), shallow(b); !reflect.DeepEqual(sa, sb) {
			return fmt.Sprintf("%s: compiled %+v, generated %+v", a.compileLoc, sa, sb)
		}
		ca, cb := children(a), children(b)
		for i := range ca { // the same length: shallow compared the slices
			if d := walk(ca[i], cb[i]); d != "" {
				return d
			}
		}
		return ""
	}
	return walk(a, b)
}

// renderCompiled returns the Go source of compiled_gen.go for the compiled
// schemas roots (name → root). Each node reachable from a root becomes one
// variable, named after the schema file of its location and numbered in
// depth-first order from the roots (bundleNode0 is the root of bundle), so
// that an edit of one file mostly renumbers its own variables. A pointer is
// &variable, which the linker lays out, with no code run at start-up; only a
// pointer that closes a cycle (a $ref to an enclosing schema) is set by an
// init function, since a variable's initialiser cannot depend on itself.
func renderCompiled(roots map[string]*node) ([]byte, error) {
	names := slices.Sorted(maps.Keys(roots))
	fileOf := map[string]string{} // $id → schema name
	for _, name := range names {
		id, ok := strings.CutSuffix(roots[name].compileLoc, "#")
		if !ok {
			return nil, fmt.Errorf("root of %s is at %s, not at a file's root", name, roots[name].compileLoc)
		}
		fileOf[id] = name
	}

	// Name the nodes and find the edges that close a cycle: those to a node
	// on the path from the root (a depth-first search's back edges).
	varName := map[*node]string{}
	fileOfNode := map[*node]string{}
	count := map[string]int{}
	var order []*node
	back := map[[2]*node]bool{}
	onPath := map[*node]bool{}
	var visit func(n *node) error
	visit = func(n *node) error {
		id, _, _ := strings.Cut(n.compileLoc, "#")
		file, ok := fileOf[id]
		if !ok {
			return fmt.Errorf("node at %s: its file is not one of the roots", n.compileLoc)
		}
		varName[n], fileOfNode[n] = file+"Node"+strconv.Itoa(count[file]), file
		count[file]++
		order = append(order, n)
		onPath[n] = true
		for _, c := range children(n) {
			switch {
			case c == nil:
			case onPath[c]:
				back[[2]*node{n, c}] = true
			case varName[c] == "":
				if err := visit(c); err != nil {
					return err
				}
			}
		}
		onPath[n] = false
		return nil
	}
	for _, name := range names {
		if varName[roots[name]] == "" {
			if err := visit(roots[name]); err != nil {
				return nil, err
			}
		}
	}
	slices.SortStableFunc(order, func(a, b *node) int { return strings.Compare(fileOfNode[a], fileOfNode[b]) })

	var b strings.Builder
	b.WriteString("// Code generated by " + regenerate + "; DO NOT EDIT.\n\n")
	b.WriteString("package schema\n\n")
	b.WriteString("// The schemas of schemas/*.schema.json as the compiler in validator.go\n")
	b.WriteString("// compiles them, one variable per node, laid out by the linker: nothing\n")
	b.WriteString("// is parsed or compiled at start-up. TestCompiledGenerated writes this\n")
	b.WriteString("// file and checks that it is up to date.\n\n")
	b.WriteString("// compiledRoot returns the root of schema name (see Names), or nil.\n")
	b.WriteString("func compiledRoot(name string) *node {\n\tswitch name {\n")
	for _, name := range names {
		fmt.Fprintf(&b, "\tcase %q:\n\t\treturn &%s\n", name, varName[roots[name]])
	}
	b.WriteString("\t}\n\treturn nil\n}\n")

	var fixups []string
	var err error
	for _, n := range order {
		// ptr renders a pointer to c, in field field of n.
		ptr := func(c *node, field string) string {
			if back[[2]*node{n, c}] {
				fixups = append(fixups, varName[n]+"."+field+" = &"+varName[c])
				return "nil"
			}
			return "&" + varName[c]
		}
		fmt.Fprintf(&b, "\nvar %s = node{\n\tcompileLoc: %q,\n", varName[n], n.compileLoc)
		field := func(name, value string) { fmt.Fprintf(&b, "\t%s: %s,\n", name, value) }
		if n.types != 0 {
			field("types", renderTypes(n.types))
		}
		if n.typeNames != "" {
			field("typeNames", strconv.Quote(n.typeNames))
		}
		if n.hasConst {
			field("hasConst", "true")
			var v string
			if v, err = renderAny(n.constVal); err != nil {
				return nil, fmt.Errorf("%s: const: %w", n.compileLoc, err)
			}
			field("constVal", v)
		}
		if n.constMsg != "" {
			field("constMsg", strconv.Quote(n.constMsg))
		}
		if n.enum != nil {
			var v string
			if v, err = renderAny(n.enum); err != nil {
				return nil, fmt.Errorf("%s: enum: %w", n.compileLoc, err)
			}
			field("enum", v)
		}
		if n.enumStrs != nil {
			field("enumStrs", renderStrings(n.enumStrs))
		}
		if n.enumMsg != "" {
			field("enumMsg", strconv.Quote(n.enumMsg))
		}
		if n.date {
			field("date", "true")
		}
		if n.minLength != 0 {
			field("minLength", strconv.Itoa(n.minLength))
		}
		if n.minItems != 0 {
			field("minItems", strconv.Itoa(n.minItems))
		}
		if n.minimum != nil {
			field("minimum", renderBound(n.minimum))
		}
		if n.maximum != nil {
			field("maximum", renderBound(n.maximum))
		}
		if n.required != nil {
			field("required", renderStrings(n.required))
		}
		if n.props != nil {
			var s strings.Builder
			s.WriteString("[]prop{\n")
			for i, p := range n.props {
				fmt.Fprintf(&s, "{name: %q, kw: %q, n: %s},\n", p.name, p.kw, ptr(p.n, "props["+strconv.Itoa(i)+"].n"))
			}
			s.WriteString("}")
			field("props", s.String())
		}
		if n.noAdditional {
			field("noAdditional", "true")
		}
		for _, f := range []struct {
			name string
			c    *node
		}{{"additional", n.additional}, {"propertyNames", n.propertyNames}, {"items", n.items}, {"ref", n.ref}} {
			if f.c != nil {
				field(f.name, ptr(f.c, f.name))
			}
		}
		for _, f := range []struct {
			name string
			cs   []*node
		}{{"allOf", n.allOf}, {"anyOf", n.anyOf}, {"oneOf", n.oneOf}} {
			if f.cs == nil {
				continue
			}
			var s []string
			for i, c := range f.cs {
				s = append(s, ptr(c, f.name+"["+strconv.Itoa(i)+"]"))
			}
			field(f.name, "[]*node{"+strings.Join(s, ", ")+"}")
		}
		for _, f := range []struct {
			name string
			c    *node
		}{{"ifN", n.ifN}, {"thenN", n.thenN}, {"elseN", n.elseN}} {
			if f.c != nil {
				field(f.name, ptr(f.c, f.name))
			}
		}
		for _, f := range []struct {
			name string
			kws  []string
		}{{"allOfKW", n.allOfKW}, {"anyOfKW", n.anyOfKW}, {"oneOfKW", n.oneOfKW}} {
			if f.kws != nil {
				field(f.name, renderStrings(f.kws))
			}
		}
		if n.refLoc != "" {
			field("refLoc", strconv.Quote(n.refLoc))
		}
		b.WriteString("}\n")
	}
	if fixups != nil {
		b.WriteString("\n// init closes the cycles: a variable's initialiser cannot depend on the\n")
		b.WriteString("// variable itself.\nfunc init() {\n")
		for _, f := range fixups {
			b.WriteString("\t" + f + "\n")
		}
		b.WriteString("}\n")
	}
	return format.Source([]byte(b.String()))
}

func renderTypes(t typeSet) string {
	var s []string
	for _, c := range []struct {
		bit  typeSet
		name string
	}{{tNull, "tNull"}, {tBoolean, "tBoolean"}, {tNumber, "tNumber"}, {tInteger, "tInteger"}, {tString, "tString"}, {tArray, "tArray"}, {tObject, "tObject"}} {
		if t&c.bit != 0 {
			s = append(s, c.name)
			t &^= c.bit
		}
	}
	if t != 0 {
		s = append(s, "typeSet("+strconv.Itoa(int(t))+")")
	}
	return strings.Join(s, " | ")
}

func renderStrings(list []string) string {
	s := make([]string, len(list))
	for i, x := range list {
		s[i] = strconv.Quote(x)
	}
	return "[]string{" + strings.Join(s, ", ") + "}"
}

func renderFloat(f float64) string {
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func renderBound(b *bound) string {
	return "&bound{v: " + renderFloat(b.v) + ", str: " + strconv.Quote(b.str) + "}"
}

// renderAny renders a value of a schema's const or enum, as plain gives it,
// keeping its dynamic type.
func renderAny(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "nil", nil
	case string:
		return strconv.Quote(x), nil
	case bool:
		return strconv.FormatBool(x), nil
	case float64:
		return "float64(" + renderFloat(x) + ")", nil
	case []any:
		s := make([]string, len(x))
		for i, e := range x {
			var err error
			if s[i], err = renderAny(e); err != nil {
				return "", err
			}
		}
		return "[]any{" + strings.Join(s, ", ") + "}", nil
	case map[string]any:
		var s []string
		for _, k := range slices.Sorted(maps.Keys(x)) {
			e, err := renderAny(x[k])
			if err != nil {
				return "", err
			}
			s = append(s, strconv.Quote(k)+": "+e)
		}
		return "map[string]any{" + strings.Join(s, ", ") + "}", nil
	}
	return "", fmt.Errorf("cannot render %T", v)
}
