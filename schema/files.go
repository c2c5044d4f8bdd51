package schema

import (
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
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

// compiled holds the compiled schemas; they are compiled once, on first use,
// and shared (a compiled schema is safe for concurrent use).
var compiled = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema: refusing to fetch %s: every schema is embedded", url)
	}
	for _, name := range Names() {
		b, err := Schema(name)
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(ID(name), bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("schema: adding %s: %w", name, err)
		}
	}
	out := make(map[string]*jsonschema.Schema, 3)
	for _, name := range Names() {
		s, err := c.Compile(ID(name))
		if err != nil {
			return nil, fmt.Errorf("schema: compiling %s: %w", name, err)
		}
		out[name] = s
	}
	return out, nil
})

// compiledSchema returns the compiled schema name. The embedded schemas are
// tested to compile; an error here means a broken build.
func compiledSchema(name string) *jsonschema.Schema {
	m, err := compiled()
	if err != nil {
		panic(err)
	}
	return m[name]
}
