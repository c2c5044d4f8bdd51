package mutation

import (
	"bytes"

	"github.com/kooperacja/kooperacja/cooperation"
)

// want is a finding a row expects; also is one it expects besides, with the
// reason it is a mistake of its own.
func want(code cooperation.Code, path string) Want {
	return Want{Code: code, Path: cooperation.Path(path)}
}

func also(code cooperation.Code, path, why string) Want {
	return Want{Code: code, Path: cooperation.Path(path), Why: why}
}

// documentRows are mistakes in the document itself: its JSON, its version,
// its shape. The layers run one after the other (JSON, version, schema,
// rules), so a document stopped at one layer gets that layer's finding and
// nothing else.
func documentRows() []Mutation {
	return []Mutation{
		{
			Name: "a folder given for the bundle", Base: "rural",
			Mistake: "The folder that holds the bundle is given where the bundle's file belongs: there is no document to read.",
			File:    func(dir string) string { return dir },
			Want:    []Want{want(cooperation.CodeDocumentUnreadable, "")},
		},
		{
			Name: "document cut short", Base: "rural",
			Mistake: "The file was cut off in the middle (a copy that did not finish): the JSON is not complete, so nothing else can be read.",
			Bytes:   func(d []byte) []byte { return d[:len(d)/2] },
			Want:    []Want{want(cooperation.CodeDocumentInvalidJSON, "")},
		},
		{
			Name: "document too large", Base: "rural",
			Mistake: "The document is padded past the 16 MiB limit (here with blank space): it is refused before it is read.",
			Bytes:   func(d []byte) []byte { return append(d, bytes.Repeat([]byte(" "), 16<<20)...) },
			Want:    []Want{want(cooperation.CodeDocumentTooLarge, "")},
		},
		{
			Name: "extensions nested too deep", Base: "urban",
			Mistake: "The free-form extensions hold arrays nested 70 levels deep, past the limit of 64.",
			Bytes: func(d []byte) []byte {
				deep := append(bytes.Repeat([]byte("["), 70), bytes.Repeat([]byte("]"), 70)...)
				return bytes.Replace(d, []byte(`"schemaVersion"`), append(append([]byte(`"extensions": `), deep...), []byte(`, "schemaVersion"`)...), 1)
			},
			Want: []Want{want(cooperation.CodeDocumentTooDeep, "/extensions/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0")},
		},
		{
			Name: "municipality name given twice", Base: "urban_rural",
			Mistake: "The municipality's name is written twice in one object; one of the two values would be lost without a word.",
			Bytes: func(d []byte) []byte {
				return bytes.Replace(d, []byte(`"name": "Bogoria"`), []byte(`"name": "Bogoria", "name": "Bogoria Miasto"`), 1)
			},
			Want: []Want{want(cooperation.CodeDocumentDuplicateKey, "/municipality/name")},
		},
		{
			Name: "schema version 2", Base: "rural",
			Mistake:  "The document says it is written in version 2 of the format, which this library does not read.",
			Document: func(doc map[string]any) { doc["schemaVersion"] = "2" },
			Want:     []Want{want(cooperation.CodeDocumentVersionUnsupported, "/schemaVersion")},
		},
		{
			Name: "misspelt property", Base: "urban",
			Mistake: "An institution's \"name\" is misspelt \"nazwa\": the schema knows no such property, and the name is missing.",
			Document: func(doc map[string]any) {
				in := doc["institutions"].([]any)[2].(map[string]any)
				in["nazwa"] = in["name"]
				delete(in, "name")
			},
			Want: []Want{
				want(cooperation.CodeSchemaViolation, "/institutions/2"),
				also(cooperation.CodeSchemaViolation, "/institutions/2/nazwa",
					"The schema reports both halves of a misspelling: the required name is missing, and a property it does not know is present. Either may be the mistake (a missing name, a stray property), so both are shown."),
			},
		},
		{
			Name: "date in the wrong format", Base: "rural",
			Mistake: "A meeting's date is written the Polish way, 09.11.2026, where the document takes ISO dates (2026-11-09).",
			Document: func(doc map[string]any) {
				t := doc["teams"].([]any)[0].(map[string]any)
				m := t["meetings"].([]any)
				m[len(m)-1].(map[string]any)["date"] = "09.11.2026"
			},
			Want: []Want{want(cooperation.CodeSchemaViolation, "/teams/0/meetings/6/date")},
		},
	}
}
