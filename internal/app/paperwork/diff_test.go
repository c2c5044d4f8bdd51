package paperwork

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
)

func TestDiffOf(t *testing.T) {
	rural := read(t, "../../../examples/rural.json")
	var doc map[string]any
	if err := json.Unmarshal(rural, &doc); err != nil {
		t.Fatal(err)
	}
	doc["asOf"] = "2026-12-01"
	edited, _ := json.Marshal(doc)

	same, err := DiffOf(rural, rural, app.Options{})
	if err != nil || !same.Equal || len(same.Changes) != 0 || app.ExitStatus(same, nil) != app.ExitOK {
		t.Errorf("DiffOf(b, b) = %+v, %v; want equal, exit 0", same, err)
	}
	d, err := DiffOf(rural, edited, app.Options{Lang: cooperation.English})
	if err != nil || d.Equal || len(d.Changes) != 1 || app.ExitStatus(d, nil) != app.ExitErrors {
		t.Fatalf("DiffOf(b, edited) = %+v, %v; want one change, exit 1", d, err)
	}
	if c := d.Changes[0]; c.Message != "As-of date moved from 16 November 2026 to 1 December 2026" || c.Message != c.English || c.Field != "asOf" {
		t.Errorf("the change = %+v", c)
	}
	var buf bytes.Buffer
	if err := d.Text(&buf, cooperation.Polish); err != nil || buf.String() != "Stan na dzień przesunięty z 16.11.2026\u00a0r. na 01.12.2026\u00a0r.\n\nRazem: 1\u00a0zmiana.\n" {
		t.Errorf("Text() = %q, %v", buf.String(), err)
	}
	buf.Reset()
	same.Text(&buf, cooperation.English)
	if buf.String() != "The bundles do not differ.\n" {
		t.Errorf("Text() of no difference = %q", buf.String())
	}

	// A bundle that cannot be read: trouble (exit 2), with its findings,
	// the old one first.
	for _, tt := range []struct {
		old, new []byte
		want     string
	}{
		{[]byte("{"), rural, "nie można odczytać starszego pakietu"},
		{rural, []byte(`{"schemaVersion":"1","variant":7}`), "nie można odczytać nowszego pakietu"},
		{[]byte("{"), []byte("["), "nie można odczytać starszego pakietu"},
	} {
		_, err := DiffOf(tt.old, tt.new, app.Options{})
		if err == nil || err.Class != app.Trouble || !strings.Contains(err.Message, tt.want) || len(err.Findings) == 0 || app.ExitStatus(nil, err) != app.ExitUsage {
			t.Errorf("DiffOf(%.20s, %.20s) error = %+v; want trouble %q with findings, exit 2", tt.old, tt.new, err, tt.want)
		}
	}
	// A bundle with findings of the rules is compared as it is.
	broken := read(t, "../../../cmd/kooperacja/testdata/rural_broken.json")
	if d, err := DiffOf(rural, broken, app.Options{}); err != nil || d.Equal {
		t.Errorf("DiffOf(b, broken) = %v, %v; want differences", d.Equal, err)
	}
}
