package app

import (
	"encoding/json"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/schema"
)

// Schema returns the JSON Schema named name (bundle, profile, scenario, monitor) as
// JSON.
func Schema(name string) (json.RawMessage, *Error) {
	b, err := schema.Schema(name)
	if err != nil {
		return nil, usageErrorf("no schema named %s (the names are %s)", strconv.Quote(name), strings.Join(schema.Names(), ", "))
	}
	return json.RawMessage(b), nil
}

// Rules is the answer of rules: the rule catalogue in one language, sorted
// by code. Its JSON is the array of rules.
type Rules []cooperation.RuleText

// RulesIn returns the rule catalogue with descriptions and message templates
// in lang.
func RulesIn(lang cooperation.Lang) Rules { return cooperation.RulesIn(lang) }

// ModulePath is the path of the Go module the project is published as.
const ModulePath = "github.com/kooperacja/kooperacja"

// VersionInfo is the answer of version.
type VersionInfo struct {
	// Version is the module's version as the Go toolchain stamped it into the
	// program: a release (v1.2.3) or a pseudo-version for a build installed
	// with go install, the commit's pseudo-version for a build in a checkout
	// with version control, "(devel)" otherwise.
	Version string `json:"version"`
	// Go is the version of the Go toolchain that built the program.
	Go string `json:"go"`
	// Catalogue identifies the rule catalogue (cooperation.CatalogueVersion).
	Catalogue string `json:"catalogue"`
}

// Version returns the versions of the program, its toolchain and its rule
// catalogue.
func Version() VersionInfo {
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Path == ModulePath && bi.Main.Version != "" {
			v = bi.Main.Version
		} else {
			for _, d := range bi.Deps {
				if d.Path == ModulePath {
					v = d.Version
					if d.Replace != nil && d.Replace.Version != "" {
						v = d.Replace.Version
					}
				}
			}
		}
	}
	return VersionInfo{Version: v, Go: runtime.Version(), Catalogue: cooperation.CatalogueVersion()}
}
