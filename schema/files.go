package schema

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed schemas/*.schema.json
var files embed.FS

// The document kinds with a schema. Names are what Schema and the CLI's
// "schema NAME" take.
const (
	Bundle   = "bundle"
	Profile  = "profile"
	Scenario = "scenario"
)

// BaseID is the prefix of every schema's $id. Ids are identifiers only: the
// library never fetches them.
const BaseID = "https://kooperacja.dev/schema/v1/"

// Names returns the names of the shipped schemas.
func Names() []string { return []string{Bundle, Profile, Scenario} }

// ID returns the absolute $id of schema name.
func ID(name string) string { return BaseID + name + ".schema.json" }

// Schema returns the JSON text of schema name (bundle, profile, scenario).
func Schema(name string) ([]byte, error) {
	b, err := files.ReadFile("schemas/" + name + ".schema.json")
	if err != nil {
		return nil, fmt.Errorf("schema: no schema named %q (have bundle, profile, scenario)", name)
	}
	return b, nil
}

// FS returns the shipped schema files as a file system (schemas/NAME.schema.json).
func FS() fs.FS { return files }
