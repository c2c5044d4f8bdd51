// Package schema is the document boundary of kooperacja: raw JSON in, typed
// bundle and findings out.
//
// A bundle (pakiet) is one municipality's cooperation as one JSON document;
// its JSON Schema (draft 2020-12) and those of the profile, the simulation
// scenario and the monitoring record (CheckRecord) are embedded in this
// package and shipped as files under
// schema/schemas. Each schema has an absolute $id under
// https://kooperacja.dev/schema/v1/ that is an identifier only: nothing is
// ever fetched: a $ref names a file by its $id or a place in the same file,
// and resolves only to the embedded files.
//
// The schema layer has its own validator (validator.go): the files are
// compiled into a tree of nodes for exactly the part of draft 2020-12 they
// use (type, properties, required, additionalProperties, propertyNames,
// items, minItems, enum, const, minLength, minimum, maximum, format "date",
// $ref, $defs, allOf, anyOf, oneOf, if/then/else, and annotations). The
// compiler refuses any other keyword, naming it, so that an edit of a schema
// cannot be silently ignored. A document is checked first for its verdict
// alone, which allocates nothing; only a document that fails is walked again
// to collect every mistake. Integers are numbers without a fraction,
// minLength counts code points, and a date is YYYY-MM-DD naming a day that
// exists (cooperation.ParseDate).
//
// The schemas are compiled when the package is developed, not when a program
// starts: the tree is generated Go code (compiled_gen.go), which the linker
// lays out as data, so nothing is parsed or compiled at start-up. After
// editing a schema file, regenerate it and review the diff:
//
//	go test ./schema -run TestCompiledGenerated -update
//
// Until then that test fails, saying so.
//
// JSON is read by a fast path first (fastjson.go): one pass builds the value
// the schema validator walks and a second fills the typed bundle, without
// encoding/json, whose per-byte state machine read every document three
// times and was most of a validation in WebAssembly. The fast path takes
// only plain documents (valid JSON, no key twice, numbers any field can
// hold, keys the types know exactly) and gives up on anything else, which
// then goes to the slow path: a byte scan for depth, duplicate keys and
// numbers, then encoding/json. The slow path writes every finding; what the
// fast path accepts it must decode exactly as encoding/json does, which
// differential tests over every shipped document and the fuzz targets
// FuzzFastParse and FuzzFastDecode check.
//
// Check runs the layers in order (see its documentation): the JSON itself,
// the format version, the schema, then every rule of the model through
// ipw.Check. A layer runs only when the one before let the document through,
// which is how one mistake gives one finding: a misspelt property is one
// schema.violation, not a schema violation plus a cascade of rule findings
// about a field that seems missing. Within the schema layer, one mistake is
// one finding: a failed oneOf/anyOf is one finding at the value's location
// (it fits none of the allowed shapes), described by the branch mistake that
// reached furthest into the value; an unknown property is reported at the
// property; a keyword failed twice at one place (a required and the required
// of an if/then) counts once. Findings are sorted by pointer.
//
// Two other validators check this one, in tests only. jsonschema v5
// (santhosh-tekuri/jsonschema), which the layer used before, is the
// reference: with the normalisation of its error tree that the layer used
// (reference_test.go), it must give the same verdict and the same findings
// on every shipped document, on thousands of seeded random mutations of them
// and under FuzzValidatorMatchesReference. The one deliberate difference:
// year 0000 is not a date here (v5 takes it). Ajv (schema/crosscheck) must
// give the same verdict on every example, fixture and made instance.
//
// Design choices where the published model is silent:
//
//   - A UTF-8 byte order mark at the start is skipped (RFC 8259 allows it);
//     invalid UTF-8 is document.invalid_json, because encoding/json would
//     silently replace it and lose data.
//   - Nesting is limited to 64 levels by default (a bundle needs about ten);
//     the scanner never recurses, so any depth is reported, not crashed on.
//   - When neither the caller nor the bundle gives a date, Check evaluates at
//     today's date in Europe/Warsaw (see Today).
//   - Findings of the boundary layers get their severity from the caller's
//     profile only: the bundle's own profile is not known until it decodes.
package schema
