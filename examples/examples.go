package examples

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.json scenarios/*.json
var files embed.FS

// Names returns the names of the example bundles (file names without
// ".json"), sorted.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			out = append(out, strings.TrimSuffix(e.Name(), ".json"))
		}
	}
	sort.Strings(out)
	return out
}

// Bundle returns the JSON text of the example bundle name (e.g. "rural").
func Bundle(name string) ([]byte, error) {
	b, err := files.ReadFile(name + ".json")
	if err != nil {
		return nil, fmt.Errorf("examples: no example named %q", name)
	}
	return b, nil
}

// ScenarioNames returns the names of the example simulation scenarios
// (scenarios/NAME.json, all written against the rural example), sorted.
func ScenarioNames() []string {
	entries, _ := fs.ReadDir(files, "scenarios")
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			out = append(out, strings.TrimSuffix(e.Name(), ".json"))
		}
	}
	sort.Strings(out)
	return out
}

// Scenario returns the JSON text of the example scenario name (e.g.
// "partner-leaves").
func Scenario(name string) ([]byte, error) {
	b, err := files.ReadFile("scenarios/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("examples: no scenario named %q", name)
	}
	return b, nil
}

// FS returns the embedded example files.
func FS() fs.FS { return files }
