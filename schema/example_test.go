package schema_test

import (
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/schema"
)

func ExampleCheck() {
	doc := []byte(`{"schemaVersion":"1","variant":"rural","asOf":"2026-11-16",
	  "municipality":{"teryt":"2604092","name":"Masłów"},
	  "institutions":[{"id":"gops","name":"GOPS w Masłowie","kind":"ops","teryt":"2604092"}],
	  "services":[{"id":"poradnictwo","name":"Poradnictwo rodzinne","provider":"pcpr"}]}`)
	res := schema.Check(doc, cooperation.InLanguage(cooperation.English))
	for _, f := range res.Findings {
		if f.Code == cooperation.CodeRefUnknown {
			fmt.Println(f.Severity, f.Path, f.Message)
		}
	}
	// Output:
	// error /services/0/provider There is no "pcpr" among the institutions. Correct the identifier or add the missing item.
}

func ExampleValidate() {
	fs := schema.Validate(schema.Profile, []byte(`{"team":{"minInstitutions":"five"}}`), cooperation.InLanguage(cooperation.English))
	for _, f := range fs {
		fmt.Println(f.Code, f.Path, f.Params["keyword"])
	}
	// Output:
	// schema.violation /team/minInstitutions type
}
