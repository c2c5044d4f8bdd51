package schema

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// CheckRecord reads a monitoring record (package ipw/monitor), as a region
// receives it from a municipality: the JSON layer (size, syntax, nesting,
// duplicate keys), the format version (document.version_unsupported for a
// schemaVersion other than monitor.SchemaVersion), the schema "monitor",
// then the typed record. It returns nil and the findings, with paths into
// the record, when the record does not get that far. Options:
// cooperation.InLanguage, cooperation.WithProfile (severities),
// cooperation.WithLimits.
func CheckRecord(data []byte, opts ...cooperation.Option) (*monitor.Record, []cooperation.Finding) {
	return decodeAs[monitor.Record](data, Monitor, cooperation.NewConfig(opts...))
}
