package schema

import (
	"github.com/kooperacja/kooperacja/cooperation"
)

// This file is the schema layer's validator: a compiler that turns the
// schema files into a tree of nodes, and the walk that checks generic JSON
// values (as encoding/json decodes them into an any) against that tree.
// Here are the tree's nodes and the entry point, check; the compiler is in
// compile.go, the walker that records where a mistake is in walk.go, and
// the check of each keyword in validate.go.
//
// It implements exactly the part of JSON Schema draft 2020-12 the shipped
// schemas use, and the compiler refuses any other keyword, so that an edit of
// a schema can never be silently ignored:
//
//	type (a name or a list of names; integer is a number with no fraction)
//	properties, required, additionalProperties (false or a schema),
//	propertyNames, items (one schema for every element), minItems,
//	enum, const, minLength (in Unicode code points), minimum, maximum,
//	format "date" (YYYY-MM-DD, a day that exists: cooperation.ParseDate),
//	$ref (to "#/…" in the same file or to another file by its absolute $id,
//	never fetched), $defs, allOf, anyOf, oneOf, if, then, else;
//	and the annotations title, description, $schema, $id (at a file's root),
//	$comment, examples, default.
//
// The program does not run the compiler: the tree it makes of the embedded
// files is generated as Go code into compiled_gen.go, which the linker lays
// out as data, so nothing is parsed or compiled at start-up. After editing a
// schema file, regenerate that file (the compiler runs, refusing what it does
// not implement) and review the diff:
//
//	go test ./schema -run TestCompiledGenerated -update
//
// Until then TestCompiledGenerated fails, saying so.
//
// A document is first checked for its verdict alone, stopping at the first
// mistake and recording nothing, which costs no allocation; only a document
// that fails is walked again to collect its mistakes.

// node is one compiled (sub)schema.
type node struct {
	types     typeSet
	typeNames string // the type keyword as jsonschema v5 wrote it: "string", "integer or null"

	hasConst bool
	constVal any
	constMsg string
	enum     []any
	enumStrs []string // the enum sorted (a binary search), when it holds strings only
	enumMsg  string

	date      bool
	minLength int // -1: none
	minItems  int // -1: none
	minimum   *bound
	maximum   *bound

	required      []string
	props         []prop // sorted by name (see hasProp)
	noAdditional  bool   // additionalProperties: false
	additional    *node  // additionalProperties: a schema
	propertyNames *node
	items         *node

	ref                *node
	allOf, anyOf       []*node
	oneOf              []*node
	ifN, thenN, elseN  *node
	allOfKW, oneOfKW   []string // "allOf/0", …: keyword locations
	anyOfKW            []string
	refLoc, compileLoc string // for messages about the schema itself
}

type prop struct {
	name string
	kw   string // "properties/NAME"
	n    *node
}

type bound struct {
	v   float64
	str string // as v5 prints it
}

// typeSet is a set of JSON types.
type typeSet uint8

const (
	tNull typeSet = 1 << iota
	tBoolean
	tNumber
	tInteger
	tString
	tArray
	tObject
)

var typeNames = map[string]typeSet{
	"null": tNull, "boolean": tBoolean, "number": tNumber, "integer": tInteger,
	"string": tString, "array": tArray, "object": tObject,
}

// A SchemaError reports a shipped schema file that the validator cannot
// compile: a keyword it does not implement, a broken $ref, a malformed value.
type SchemaError struct {
	Location string // absolute location: $id#pointer
	Reason   string
}

func (e *SchemaError) Error() string {
	return "schema: " + e.Location + ": " + e.Reason
}

// schemaNode returns the compiled schema name, from compiled_gen.go: nothing
// is parsed or compiled at run time.
func schemaNode(name string) *node { return compiledRoot(name) }

// check validates v against schema name and returns its schema.violation
// findings (nil when it conforms).
func check(name string, v any) []cooperation.Finding {
	n := schemaNode(name)
	if n.validate(nil, v) {
		return nil
	}
	w := &walker{}
	n.validate(w, v)
	return findings(w.out)
}
