package schema

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// records returns the monitoring records of every example and of generated
// bundles, under thresholds that withhold nothing, some counts and all.
func records(t *testing.T) map[string]monitor.Record {
	t.Helper()
	out := map[string]monitor.Record{}
	add := func(name string, b *ipw.Bundle) {
		for _, tr := range []int{1, 3, 20} {
			r, err := monitor.Of(b, b.AsOf, monitor.Period{}, cooperation.WithProfile(&cooperation.Profile{DisclosureThreshold: &tr}))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			out[fmt.Sprintf("%s, threshold %d", name, tr)] = r
		}
	}
	for _, name := range examples.Names() {
		data, _ := examples.Bundle(name)
		b, findings := Decode(data)
		if b == nil {
			t.Fatalf("%s: %v", name, findings)
		}
		add(name, b)
	}
	for _, n := range []int{0, 7, 60} {
		add(fmt.Sprintf("synth.Bundle(%d)", n), synth.Bundle(n))
	}
	for seed := int64(1); seed <= 8; seed++ {
		b, _ := synth.Random(seed)
		add(fmt.Sprintf("synth.Random(%d)", seed), b)
	}
	return out
}

// TestRecordsConform: the record of every example and of generated
// bundles conforms to the schema "monitor" and reads back as itself.
func TestRecordsConform(t *testing.T) {
	for name, r := range records(t) {
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, findings := CheckRecord(data)
		if got == nil {
			t.Errorf("%s: the record does not conform: %v\n%s", name, findings, data)
			continue
		}
		if d := cmp.Diff(r, *got); d != "" {
			t.Errorf("%s: read back differently (-made +read):\n%s", name, d)
		}
	}
}

// TestCheckRecordRefuses: a record that is not one is refused with the
// finding that says why, at its place.
func TestCheckRecordRefuses(t *testing.T) {
	data, _ := examples.Bundle("rural")
	b, _ := Decode(data)
	r, err := monitor.Of(b, b.AsOf, monitor.Period{})
	if err != nil {
		t.Fatal(err)
	}
	good, _ := json.Marshal(r)
	for _, tt := range []struct {
		name, from, to string
		code           cooperation.Code
		path           string
	}{
		{"another version", `"schemaVersion":"1"`, `"schemaVersion":"2"`, cooperation.CodeDocumentVersionUnsupported, "/schemaVersion"},
		{"a negative count", `"meetings":5`, `"meetings":-5`, cooperation.CodeSchemaViolation, "/pzk/meetings"},
		{"a count as text", `"total":{"fewerThan":3}`, `"total":"2"`, cooperation.CodeSchemaViolation, "/ipw/total"},
		{"a withheld count false", `"total":{"fewerThan":3}`, `"total":{"withheld":false}`, cooperation.CodeSchemaViolation, "/ipw/total"},
		{"a count with both", `"total":{"fewerThan":3}`, `"total":{"fewerThan":3,"withheld":true}`, cooperation.CodeSchemaViolation, "/ipw/total"},
		{"a pseudonym", `"asOf"`, `"pseudonym":"Rodzina K.","asOf"`, cooperation.CodeSchemaViolation, "/pseudonym"},
		{"an unknown kind", `"kind":"family"`, `"kind":"neighbours"`, cooperation.CodeSchemaViolation, ""},
		{"a duplicate key", `"asOf"`, `"asOf":"2026-01-01","asOf"`, cooperation.CodeDocumentDuplicateKey, ""},
		{"not JSON", `}`, ``, cooperation.CodeDocumentInvalidJSON, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			bad := strings.Replace(string(good), tt.from, tt.to, 1)
			if bad == string(good) && tt.from != tt.to {
				t.Fatalf("%q is not in the record", tt.from)
			}
			got, findings := CheckRecord([]byte(bad), cooperation.InLanguage(cooperation.English))
			if got != nil || len(findings) == 0 {
				t.Fatalf("CheckRecord accepted it: %+v", got)
			}
			if findings[0].Code != tt.code || tt.path != "" && string(findings[0].Path) != tt.path {
				t.Errorf("CheckRecord: %s at %q (%s), want %s at %q", findings[0].Code, findings[0].Path, findings[0].Message, tt.code, tt.path)
			}
		})
	}
}

// TestFastPathTakesRecords: the fast path reads every record as
// encoding/json does, and takes them whole (they are plain documents).
func TestFastPathTakesRecords(t *testing.T) {
	for name, r := range records(t) {
		data, _ := json.Marshal(r)
		if !checkFastDecode[monitor.Record](t, data) {
			t.Errorf("%s: the fast path refused the record", name)
		}
	}
}

// FuzzCheckRecord: reading any bytes as a record never panics; a record
// read is written back as one that reads the same.
func FuzzCheckRecord(f *testing.F) {
	files, _ := filepath.Glob("../cmd/kooperacja/testdata/monitor/*.json")
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"ipw":{"total":{"fewerThan":3}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, _ := CheckRecord(data)
		checkFastDecode[monitor.Record](t, data)
		if r == nil {
			return
		}
		again, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("a record read cannot be written: %v", err)
		}
		back, findings := CheckRecord(again)
		if back == nil {
			t.Fatalf("a record read and written is refused: %v\n%s", findings, again)
		}
		if d := cmp.Diff(*r, *back); d != "" {
			t.Fatalf("read, written and read again (-first +second):\n%s", d)
		}
	})
}
