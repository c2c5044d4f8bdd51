package cooperation

import "testing"

func TestFixtureIsClean(t *testing.T) {
	for _, f := range checkAll(t, testPartnership(), fixtureAsOf, nil) {
		t.Errorf("CheckPartnership(fixture) = %s at %s: %s, want no findings", f.Code, f.Path, f.Message)
	}
}
