// Package schema is the document boundary of kooperacja: raw JSON in, typed
// bundle and findings out.
//
// A bundle (pakiet) is one municipality's cooperation as one JSON document;
// its JSON Schema (draft 2020-12) and those of the profile and the simulation
// scenario are embedded in this package and shipped as files under
// schema/schemas. Each schema has an absolute $id under
// https://kooperacja.dev/schema/v1/ that is an identifier only: nothing is
// ever fetched, and the compiler refuses to load anything that is not
// embedded. The schemas are compiled once, on first use, and shared.
//
// Check runs the layers in order (see its documentation): the JSON itself,
// the format version, the schema, then every rule of the model through
// ipw.Check. A layer runs only when the one before let the document through,
// which is how one mistake gives one finding: a misspelt property is one
// schema.violation, not a schema violation plus a cascade of rule findings
// about a field that seems missing. Within the schema layer, jsonschema's
// error tree (which comes in no stable order, and repeats one mistake once per
// oneOf branch) is reduced to its leaves, a failed oneOf/anyOf counting as one
// mistake, and sorted by pointer.
//
// Design choices where the specification is silent:
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
