package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// This file is the validator's compiler (see validator.go): it turns the
// schema files into the tree of nodes that compiled_gen.go holds.

// compiler turns the embedded files into nodes.
type compiler struct {
	docs  map[string]any // $id → the file's JSON value (numbers as json.Number)
	nodes map[string]*node
}

// compileFiles compiles the given schema files (name → JSON text). Every
// file's root and every entry of its $defs is compiled, referenced or not.
func compileFiles(texts map[string][]byte) (map[string]*node, error) {
	c := &compiler{docs: map[string]any{}, nodes: map[string]*node{}}
	ids := map[string]string{}
	for _, name := range slices.Sorted(mapKeys(texts)) {
		dec := json.NewDecoder(bytes.NewReader(texts[name]))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			return nil, &SchemaError{Location: name, Reason: "not JSON: " + err.Error()}
		}
		m, ok := doc.(map[string]any)
		if !ok {
			return nil, &SchemaError{Location: name, Reason: "not an object"}
		}
		id, _ := m["$id"].(string)
		if id == "" {
			return nil, &SchemaError{Location: name, Reason: "no $id"}
		}
		c.docs[id] = doc
		ids[name] = id
	}
	out := map[string]*node{}
	for _, name := range slices.Sorted(mapKeys(texts)) {
		id := ids[name]
		n, err := c.resolve(id, "")
		if err != nil {
			return nil, err
		}
		out[name] = n
		if defs, ok := c.docs[id].(map[string]any)["$defs"].(map[string]any); ok {
			for _, d := range slices.Sorted(mapKeys(defs)) {
				if _, err := c.resolve(id, "/$defs/"+escapeToken(d)); err != nil {
					return nil, err
				}
			}
		}
	}
	return out, nil
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// resolve returns the node at pointer ptr of the file with $id id, compiling
// it once.
func (c *compiler) resolve(id, ptr string) (*node, error) {
	loc := id + "#" + ptr
	if n, ok := c.nodes[loc]; ok {
		return n, nil
	}
	doc, ok := c.docs[id]
	if !ok {
		return nil, &SchemaError{Location: loc, Reason: "no embedded schema has this $id (nothing is fetched)"}
	}
	v := doc
	if ptr != "" {
		for _, tok := range strings.Split(ptr[1:], "/") {
			tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
			switch x := v.(type) {
			case map[string]any:
				v, ok = x[tok]
			case []any:
				i, err := strconv.Atoi(tok)
				ok = err == nil && i >= 0 && i < len(x)
				if ok {
					v = x[i]
				}
			default:
				ok = false
			}
			if !ok {
				return nil, &SchemaError{Location: loc, Reason: "the reference points at nothing"}
			}
		}
	}
	n := &node{compileLoc: loc}
	c.nodes[loc] = n
	if err := c.compile(n, v, id, ptr); err != nil {
		return nil, err
	}
	return n, nil
}

// compile fills n from the schema value v found at id#ptr.
func (c *compiler) compile(n *node, v any, id, ptr string) error {
	n.minLength, n.minItems = -1, -1
	fail := func(format string, a ...any) error {
		return &SchemaError{Location: id + "#" + ptr, Reason: fmt.Sprintf(format, a...)}
	}
	if b, ok := v.(bool); ok {
		if !b {
			return fail("the schema false is not implemented here (only as additionalProperties)")
		}
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return fail("a schema must be an object or true")
	}
	sub := func(kw string, v any) (*node, error) {
		p := ptr + "/" + kw
		n := &node{compileLoc: id + "#" + p}
		return n, c.compile(n, v, id, p)
	}
	subs := func(kw string, v any) ([]*node, []string, error) {
		list, ok := v.([]any)
		if !ok || len(list) == 0 {
			return nil, nil, fail("%s must be a non-empty array of schemas", kw)
		}
		var ns []*node
		var kws []string
		for i, s := range list {
			k := kw + "/" + strconv.Itoa(i)
			sn, err := sub(k, s)
			if err != nil {
				return nil, nil, err
			}
			ns, kws = append(ns, sn), append(kws, k)
		}
		return ns, kws, nil
	}
	nonNegInt := func(kw string, v any) (int, error) {
		num, ok := v.(json.Number)
		i, err := strconv.Atoi(string(num))
		if !ok || err != nil || i < 0 {
			return 0, fail("%s must be a non-negative integer", kw)
		}
		return i, nil
	}
	number := func(kw string, v any) (*bound, error) {
		num, ok := v.(json.Number)
		f, err := strconv.ParseFloat(string(num), 64)
		if !ok || err != nil {
			return nil, fail("%s must be a number", kw)
		}
		return &bound{v: f, str: fmt.Sprint(f)}, nil
	}
	for _, kw := range slices.Sorted(mapKeys(m)) {
		val := m[kw]
		var err error
		switch kw {
		case "title", "description", "$schema", "$comment", "examples", "default":
		case "$id":
			if ptr != "" {
				err = fail("$id below a file's root is not implemented")
			}
		case "$defs":
			if _, ok := val.(map[string]any); !ok {
				err = fail("$defs must be an object")
			}
		case "type":
			var names []string
			switch t := val.(type) {
			case string:
				names = []string{t}
			case []any:
				for _, x := range t {
					s, _ := x.(string)
					names = append(names, s)
				}
			}
			if len(names) == 0 {
				err = fail("type must be a name or a list of names")
			}
			for _, name := range names {
				bit, ok := typeNames[name]
				if !ok {
					err = fail("unknown type %q", name)
				}
				n.types |= bit
			}
			n.typeNames = strings.Join(names, " or ")
		case "enum":
			list, ok := val.([]any)
			if !ok || len(list) == 0 {
				err = fail("enum must be a non-empty array")
				break
			}
			n.enum = make([]any, len(list))
			strs := make([]string, len(list))
			primitive := true
			for i, x := range list {
				n.enum[i] = plain(x)
				strs[i] = fmt.Sprintf("%#v", x)
				switch x.(type) {
				case map[string]any, []any:
					primitive = false
				}
			}
			for _, x := range list {
				s, ok := x.(string)
				if !ok {
					n.enumStrs = nil
					break
				}
				n.enumStrs = append(n.enumStrs, s)
			}
			slices.Sort(n.enumStrs)
			n.enumStrs = slices.Compact(n.enumStrs)
			switch {
			case !primitive:
				n.enumMsg = "enum failed"
			case len(list) == 1:
				n.enumMsg = "value must be " + strs[0]
			default:
				n.enumMsg = "value must be one of " + strings.Join(strs, ", ")
			}
		case "const":
			n.hasConst, n.constVal = true, plain(val)
			switch val.(type) {
			case map[string]any, []any:
				n.constMsg = "const failed"
			default:
				n.constMsg = fmt.Sprintf("value must be %#v", val)
			}
		case "format":
			if val != "date" {
				err = fail("format %v is not implemented (only date)", val)
			}
			n.date = true
		case "minLength":
			n.minLength, err = nonNegInt(kw, val)
		case "minItems":
			n.minItems, err = nonNegInt(kw, val)
		case "minimum":
			n.minimum, err = number(kw, val)
		case "maximum":
			n.maximum, err = number(kw, val)
		case "required":
			list, ok := val.([]any)
			if !ok {
				err = fail("required must be an array of names")
				break
			}
			for _, x := range list {
				s, ok := x.(string)
				if !ok {
					err = fail("required must be an array of names")
				}
				n.required = append(n.required, s)
			}
		case "properties":
			pm, ok := val.(map[string]any)
			if !ok {
				err = fail("properties must be an object")
				break
			}
			for _, name := range slices.Sorted(mapKeys(pm)) {
				var pn *node
				if pn, err = sub("properties/"+escapeToken(name), pm[name]); err != nil {
					break
				}
				n.props = append(n.props, prop{name: name, kw: "properties/" + name, n: pn})
			}
		case "additionalProperties":
			if b, ok := val.(bool); ok {
				n.noAdditional = !b
				break
			}
			n.additional, err = sub(kw, val)
		case "propertyNames":
			n.propertyNames, err = sub(kw, val)
		case "items":
			if _, ok := val.(map[string]any); !ok {
				err = fail("items must be one schema (the array form is not implemented)")
				break
			}
			n.items, err = sub(kw, val)
		case "$ref":
			ref, ok := val.(string)
			if !ok {
				err = fail("$ref must be a string")
				break
			}
			base, frag, _ := strings.Cut(ref, "#")
			if base == "" {
				base = id
			}
			if frag != "" && frag[0] != '/' {
				err = fail("$ref %q: only JSON Pointer fragments are implemented", ref)
				break
			}
			n.refLoc = base + "#" + frag
			n.ref, err = c.resolve(base, frag)
		case "allOf":
			n.allOf, n.allOfKW, err = subs(kw, val)
		case "anyOf":
			n.anyOf, n.anyOfKW, err = subs(kw, val)
		case "oneOf":
			n.oneOf, n.oneOfKW, err = subs(kw, val)
		case "if":
			n.ifN, err = sub(kw, val)
		case "then":
			n.thenN, err = sub(kw, val)
		case "else":
			n.elseN, err = sub(kw, val)
		default:
			err = fail("keyword %q is not implemented by the validator", kw)
		}
		if err != nil {
			return err
		}
	}
	if n.ifN == nil {
		n.thenN, n.elseN = nil, nil // as in draft 2020-12: then and else need if
	}
	return nil
}

// plain converts the schema's json.Numbers to float64, as instances hold them.
func plain(v any) any {
	switch x := v.(type) {
	case json.Number:
		f, _ := strconv.ParseFloat(string(x), 64)
		return f
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	}
	return v
}

func escapeToken(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// compiledNodes compiles the embedded schema files. Only the tests do: the
// program uses the same tree, generated as Go code into compiled_gen.go (see
// schemaNode), and TestCompiledGenerated renders this one to write that file
// and to check that it is up to date.
func compiledNodes() (map[string]*node, error) {
	texts := map[string][]byte{}
	for _, name := range Names() {
		b, err := Schema(name)
		if err != nil {
			return nil, err
		}
		texts[name] = b
	}
	return compileFiles(texts)
}
