// Command verdict prints the Go schema layer's verdict on documents, for the
// cross-check with Ajv (schema/crosscheck). It reads a JSON array of
// {"kind": "bundle"|"profile"|"scenario"|"monitor", "file": PATH} on standard input
// and prints, in the same order, {"file", "valid", "codes"}: valid when
// schema.Validate (the JSON layer, the version and the JSON Schema; not the
// model's rules) finds nothing.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/kooperacja/kooperacja/schema"
)

type request struct {
	Kind string `json:"kind"`
	File string `json:"file"`
}

type verdict struct {
	File  string   `json:"file"`
	Valid bool     `json:"valid"`
	Codes []string `json:"codes"`
	Paths []string `json:"paths"`
}

func main() {
	var reqs []request
	if err := json.NewDecoder(os.Stdin).Decode(&reqs); err != nil {
		fmt.Fprintf(os.Stderr, "verdict: reading the request: %v\n", err)
		os.Exit(2)
	}
	out := make([]verdict, len(reqs))
	for i, r := range reqs {
		data, err := os.ReadFile(r.File)
		if err != nil {
			fmt.Fprintf(os.Stderr, "verdict: %v\n", err)
			os.Exit(2)
		}
		fs := schema.Validate(r.Kind, data)
		v := verdict{File: r.File, Valid: len(fs) == 0, Codes: []string{}, Paths: []string{}}
		for _, f := range fs {
			v.Codes = append(v.Codes, string(f.Code))
			v.Paths = append(v.Paths, string(f.Path))
		}
		out[i] = v
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintf(os.Stderr, "verdict: %v\n", err)
		os.Exit(2)
	}
}
