package schema

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed schemas/*.schema.json
var files embed.FS

// The schemas again, as bytes: Schema reads these, so that a program that
// does not call FS links no file system (embed.FS brings io/fs.File, whose
// FileInfo keeps every method of time.Time, the time parser among them: some
// 40 KB of the WebAssembly module). A program that calls FS holds the
// files twice.
var (
	//go:embed schemas/bundle.schema.json
	bundleText []byte
	//go:embed schemas/profile.schema.json
	profileText []byte
	//go:embed schemas/scenario.schema.json
	scenarioText []byte
	//go:embed schemas/monitor.schema.json
	monitorText []byte
)

// The document kinds with a schema. Names are what Schema and the CLI's
// "schema NAME" take.
const (
	Bundle   = "bundle"
	Profile  = "profile"
	Scenario = "scenario"
	// Monitor is the monitoring record (package ipw/monitor).
	Monitor = "monitor"
)

// BaseID is the prefix of every schema's $id. Ids are identifiers only: the
// library never fetches them.
const BaseID = "https://kooperacja.dev/schema/v1/"

// Names returns the names of the shipped schemas.
func Names() []string { return []string{Bundle, Profile, Scenario, Monitor} }

// ID returns the absolute $id of schema name.
func ID(name string) string { return BaseID + name + ".schema.json" }

// Schema returns the JSON text of schema name (bundle, profile, scenario,
// monitor).
func Schema(name string) ([]byte, error) {
	var b []byte
	switch name {
	case Bundle:
		b = bundleText
	case Profile:
		b = profileText
	case Scenario:
		b = scenarioText
	case Monitor:
		b = monitorText
	default:
		return nil, fmt.Errorf("schema: no schema named %q (have bundle, profile, scenario, monitor)", name)
	}
	return append([]byte(nil), b...), nil // a copy, as embed.FS.ReadFile gives
}

// FS returns the shipped schema files as a file system (schemas/NAME.schema.json).
func FS() fs.FS { return files }
