package schema

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// CheckScenario reads a simulation scenario document (see "Scenarios" in
// package ipw): the
// JSON layer (size, syntax, nesting, duplicate keys), the scenario schema,
// then the typed scenario. It returns nil and the findings, with paths into
// the scenario document, when the document does not get that far. Whether
// the events fit the bundle (dates within asOf..horizon, known IPWs and
// actions) is for simulate.Run to say, since it depends on the bundle.
// Options: cooperation.InLanguage, cooperation.WithProfile (severities),
// cooperation.WithLimits.
func CheckScenario(data []byte, opts ...cooperation.Option) (*ipw.Scenario, []cooperation.Finding) {
	return decodeAs[ipw.Scenario](data, Scenario, cooperation.NewConfig(opts...))
}
