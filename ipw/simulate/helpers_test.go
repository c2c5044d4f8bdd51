package simulate_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw"
)

// diffKey is what the differential compares: a finding's code, path and
// severity. Parameters are left out, since a finding whose parameters alone
// change (days overdue, the date in a message) persists in a timeline.
func diffKey(f cooperation.Finding) string {
	return string(f.Code) + " " + string(f.Path) + " " + string(f.Severity)
}

func messagesOf(fs []cooperation.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %s %s %s\n", f.Code, f.Path, f.Severity, f.Message)
	}
	return b.String()
}

func exampleBundle(t testing.TB, name string) *ipw.Bundle {
	t.Helper()
	data, err := examples.Bundle(name)
	if err != nil {
		t.Fatal(err)
	}
	var b ipw.Bundle
	if err := json.Unmarshal(data, &b); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &b
}

func exampleScenario(t testing.TB, name string) *ipw.Scenario {
	t.Helper()
	data, err := examples.Scenario(name)
	if err != nil {
		t.Fatal(err)
	}
	var sc ipw.Scenario
	if err := json.Unmarshal(data, &sc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &sc
}

func d(s string) cooperation.Date { return cooperation.MustDate(s) }
