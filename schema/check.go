package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// Result is the outcome of checking one document.
type Result struct {
	// Bundle is the typed bundle, or nil when the document did not get past
	// the JSON and schema layers.
	Bundle *ipw.Bundle
	// Findings are every finding, sorted by path then code.
	Findings []cooperation.Finding
}

// Valid reports whether the document has no error.
func (r Result) Valid() bool { return !cooperation.HasErrors(r.Findings) }

// Check checks a bundle document given as raw JSON: bytes in, findings out.
//
// It runs in layers, and a layer runs only when the one before it let the
// document through, so that one mistake gives one finding:
//
//  1. the JSON itself: size (document.too_large), UTF-8 and syntax
//     (document.invalid_json), nesting (document.too_deep) and duplicate keys
//     (document.duplicate_key, which plain encoding/json would silently drop);
//  2. the version: schemaVersion must be "1" (document.version_unsupported);
//  3. the JSON Schema (schema.violation, at the instance pointer, with the
//     failing keyword in params["keyword"]);
//  4. the typed bundle and every rule of the model (ipw.Check): references
//     (ref.unknown, ref.duplicate_id), identifiers, teams, agreements,
//     services, IPWs and stages.
//
// Options: cooperation.AsOf (default: the bundle's asOf, else today in
// Europe/Warsaw), cooperation.InLanguage (default Polish),
// cooperation.WithProfile, cooperation.WithLimits (defaults 16 MiB and 64
// levels). Check never panics on any input.
func Check(data []byte, opts ...cooperation.Option) Result {
	cfg := cooperation.NewConfig(opts...)
	b, findings := decode(data, cfg)
	if b == nil {
		return Result{Findings: findings}
	}
	if cfg.AsOf.IsZero() && b.AsOf.IsZero() {
		opts = append(opts, cooperation.AsOf(Today()))
	}
	fs, err := ipw.Check(b, opts...)
	if err != nil {
		// ipw.Check fails only without a date, which was just supplied.
		panic(err)
	}
	return Result{Bundle: b, Findings: fs}
}

// Decode runs the JSON, version and schema layers of Check and returns the
// typed bundle, or nil with the findings that stopped it. The model's rules
// are not run.
func Decode(data []byte, opts ...cooperation.Option) (*ipw.Bundle, []cooperation.Finding) {
	return decode(data, cooperation.NewConfig(opts...))
}

func decode(data []byte, cfg cooperation.Config) (*ipw.Bundle, []cooperation.Finding) {
	return decodeAs[ipw.Bundle](data, Bundle, cfg)
}

// decodeAs reads a document of kind name into a T: a byte order mark is
// skipped, then the JSON and schema layers run, then the typed decode. The
// schema admits every value the types hold; should the decode still fail,
// that is reported at the field.
func decodeAs[T any](data []byte, name string, cfg cooperation.Config) (*T, []cooperation.Finding) {
	data = bytes.TrimPrefix(data, bom)
	if _, raw := validate(data, name, cfg); raw != nil {
		return nil, finish(raw, cfg)
	}
	var v T
	if fastDecode(data, &v) {
		return &v, nil
	}
	v = *new(T)
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, finish(decodeError(err), cfg)
	}
	return &v, nil
}

// formatVersion returns the format version of the documents named name, for
// those that carry one (bundles and monitoring records).
func formatVersion(name string) (string, bool) {
	switch name {
	case Bundle:
		return cooperation.SchemaVersion, true
	case Monitor:
		return monitor.SchemaVersion, true
	}
	return "", false
}

// validate runs the JSON layer, the version check (for bundles and records) and the
// schema. It returns the generic value, or the raw findings.
func validate(data []byte, name string, cfg cooperation.Config) (any, []cooperation.Finding) {
	maxBytes, maxDepth := cfg.MaxBytes, cfg.MaxDepth
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	v, raw := parse(data, maxBytes, maxDepth)
	if raw != nil {
		return nil, raw
	}
	if supported, versioned := formatVersion(name); versioned {
		if obj, ok := v.(map[string]any); ok {
			if ver, ok := obj["schemaVersion"].(string); ok && ver != supported {
				var f cooperation.Findings
				f.Add(cooperation.CodeDocumentVersionUnsupported, "/schemaVersion", "version", ver, "supported", supported)
				return nil, f.Raw()
			}
		}
	}
	if raw := check(name, v); raw != nil {
		return nil, raw
	}
	return v, nil
}

func decodeError(err error) []cooperation.Finding {
	var f cooperation.Findings
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		path := cooperation.Path("")
		for _, seg := range splitField(te.Field) {
			if seg != "" && seg[0] >= 'A' && seg[0] <= 'Z' {
				continue // an embedded Go struct, not a JSON property
			}
			if n, err := strconv.Atoi(seg); err == nil {
				path = path.Index(n)
			} else {
				path = path.Key(seg)
			}
		}
		at := where(path)
		f.Add(cooperation.CodeSchemaViolation, path, "keyword", "type", "value", te.Value,
			"detail.pl", "Wartości "+at.pl+" nie da się odczytać: nie mieści się w dozwolonym zakresie. Popraw wartość.",
			"detail.en", fmt.Sprintf("The value %s cannot be read: it does not fit the allowed range (%s). Correct the value.", at.en, te.Value))
		return f.Raw()
	}
	// The decoder's words are English: the Polish text does not quote them.
	f.Add(cooperation.CodeSchemaViolation, "", "keyword", "",
		"detail.pl", "Nie udało się odczytać dokumentu. Sprawdź, czy plik nie jest uszkodzony, i zapisz go ponownie.",
		"detail.en", "The document cannot be read: "+err.Error()+".")
	return f.Raw()
}

func splitField(field string) []string {
	if field == "" {
		return nil
	}
	var out []string
	start := 0
	for i := 0; i <= len(field); i++ {
		if i == len(field) || field[i] == '.' {
			out = append(out, field[start:i])
			start = i + 1
		}
	}
	return out
}

// finish gives boundary findings their severity and message. The variant is
// not known yet, so the caller's profile alone decides severities.
func finish(raw []cooperation.Finding, cfg cooperation.Config) []cooperation.Finding {
	var f cooperation.Findings
	f.Append(raw...)
	return f.Finish(cooperation.DefaultSettings("").Apply(cfg.Profile), cfg.Lang)
}

// ParseProfile reads a profile document (the caller's --profile file): JSON
// and schema layers, then the typed profile.
func ParseProfile(data []byte, opts ...cooperation.Option) (*cooperation.Profile, []cooperation.Finding) {
	return decodeAs[cooperation.Profile](data, Profile, cooperation.NewConfig(opts...))
}

// Validate runs the JSON and schema layers of document kind name (bundle,
// profile, scenario) and returns the findings (none when it conforms).
func Validate(name string, data []byte, opts ...cooperation.Option) []cooperation.Finding {
	cfg := cooperation.NewConfig(opts...)
	data = bytes.TrimPrefix(data, bom)
	if _, err := Schema(name); err != nil {
		var f cooperation.Findings
		f.Add(cooperation.CodeSchemaViolation, "", "keyword", "",
			"detail.pl", "Nie ma schematu o nazwie „"+name+"”.",
			"detail.en", "There is no schema named "+strconv.Quote(name)+".")
		return finish(f.Raw(), cfg)
	}
	_, raw := validate(data, name, cfg)
	return finish(raw, cfg)
}

// Today returns today's date in Europe/Warsaw. Polish civil time is CET
// (UTC+1) and CEST (UTC+2) from 01:00 UTC on the last Sunday of March to
// 01:00 UTC on the last Sunday of October; computing it needs no time zone
// database, which keeps WebAssembly builds small.
func Today() cooperation.Date { return warsawDate(time.Now()) }

func warsawDate(t time.Time) cooperation.Date {
	u := t.UTC()
	offset := time.Hour
	start := lastSunday(u.Year(), time.March).Add(time.Hour)
	end := lastSunday(u.Year(), time.October).Add(time.Hour)
	if !u.Before(start) && u.Before(end) {
		offset = 2 * time.Hour
	}
	return cooperation.DateOf(u.Add(offset))
}

func lastSunday(year int, month time.Month) time.Time {
	d := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC)
	for d.Weekday() != time.Sunday {
		d = d.AddDate(0, 0, -1)
	}
	return d
}
