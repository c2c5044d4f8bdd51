package examples_test

import (
	"fmt"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExamplesAreClean is the promise of the examples: each is a complete
// bundle with no error and no warning at its asOf.
func TestExamplesAreClean(t *testing.T) {
	names := examples.Names()
	if len(names) < 3 {
		t.Fatalf("Names() = %v, want an example per variant", names)
	}
	variants := map[cooperation.Variant]bool{}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data, err := examples.Bundle(name)
			require.NoError(t, err)
			res := schema.Check(data, cooperation.InLanguage(cooperation.English))
			require.NotNil(t, res.Bundle, "%s does not decode: %v", name, res.Findings)
			variants[res.Bundle.Variant] = true
			assert.False(t, res.Bundle.AsOf.IsZero(), "%s has no asOf: examples must be checked at a fixed date", name)
			assert.NotEmpty(t, res.Bundle.IPWs, "%s has no IPW", name)
			for _, f := range res.Findings {
				assert.Equal(t, cooperation.SeverityInfo, f.Severity, "%s: %s at %s: %s", name, f.Code, f.Path, f.Message)
			}
		})
	}
	for _, v := range cooperation.Variants() {
		if !variants[v] {
			t.Errorf("no example of variant %s", v)
		}
	}
}

func ExampleBundle() {
	data, _ := examples.Bundle("urban")
	res := schema.Check(data)
	b := res.Bundle
	fmt.Println(b.Municipality.Name, b.Municipality.TERYT, b.Variant, res.Valid())
	// Output:
	// Radomsko 1012011 urban true
}
