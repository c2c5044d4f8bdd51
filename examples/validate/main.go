// Command validate shows how a Go program validates a bundle through the
// library API: schema.Check takes the raw JSON and returns the typed bundle
// and every finding, with messages in the chosen language.
//
//	go run ./examples/validate                 # the embedded rural example
//	go run ./examples/validate path/to/bundle.json
package main

import (
	"fmt"
	"os"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/schema"
)

func main() {
	var data []byte
	var err error
	name := "examples/rural.json (embedded)"
	if len(os.Args) > 1 {
		name = os.Args[1]
		data, err = os.ReadFile(name)
	} else {
		data, err = examples.Bundle("rural")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}

	// The date a check is evaluated at is an input: here the bundle's own
	// asOf is used (pass cooperation.AsOf to choose another).
	res := schema.Check(data, cooperation.InLanguage(cooperation.English))
	errs, warns, infos := cooperation.Count(res.Findings)
	fmt.Printf("%s: %d errors, %d warnings, %d notes\n", name, errs, warns, infos)
	for _, f := range res.Findings {
		fmt.Printf("  %-7s %-40s %s\n", f.Severity, f.Path, f.Message)
	}
	if res.Bundle != nil {
		fmt.Printf("%s (%s): %d institutions, %d teams, %d agreements, %d IPWs\n",
			res.Bundle.Municipality.Name, res.Bundle.Variant, len(res.Bundle.Institutions),
			len(res.Bundle.Teams), len(res.Bundle.Agreements), len(res.Bundle.IPWs))
	}
	if !res.Valid() {
		os.Exit(1)
	}
}
