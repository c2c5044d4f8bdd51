package app

import (
	"reflect"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
)

func TestFormat(t *testing.T) {
	in := `[{"date":"2026-11-16"},{"month":"2026-09"},{"int":45000},{"decimal":3.14159,"digits":1},{"percent":0.814,"digits":1},{"date":"16.11.2026"},{}]`
	for lang, want := range map[cooperation.Lang][]string{
		cooperation.Polish:  {"16.11.2026\u00a0r.", "wrzesień 2026", "45\u00a0000", "3,1", "81,4\u00a0%", "16.11.2026", ""},
		cooperation.English: {"16 November 2026", "September 2026", "45,000", "3.1", "81.4%", "16.11.2026", ""},
	} {
		got, err := Format([]byte(in), Options{Lang: lang})
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Format(%s) = %q, %v; want %q", lang, got, err, want)
		}
	}
	if _, err := Format([]byte(`{"date":"x"}`), Options{}); err == nil {
		t.Error("Format of an object: no error")
	}
}

func TestSessions(t *testing.T) {
	data := []byte(`{"schemaVersion":"1","variant":"rural","municipality":{"teryt":"2604092","name":"Masłów"},"asOf":"2026-11-16","institutions":[{"id":"a","name":"A","kind":"ngo","sector":"civil_society","teryt":"2604092"}]}`)
	o, err := Open(data, Options{Places: true})
	if err != nil || o.Session == "" {
		t.Fatalf("Open() = %+v, %v", o, err)
	}
	v, err := Edit(o.Session, []byte(`[{"op":"replace","path":"/institutions/0/name","value":""}]`))
	if err != nil || len(v.Findings) != 1 || v.Findings[0].Path != "/institutions/0/name" || len(v.Places) != 1 || !v.Places[0].Missing {
		t.Fatalf("Edit() = %+v, %v", v, err)
	}
	if _, err := Edit(o.Session, []byte(`[{"op":"remove","path":"/nowhere"}]`)); err == nil {
		t.Error("a patch that does not apply: no error")
	}
	if _, err := Edit(o.Session, []byte(`[]`)); err == nil {
		t.Error("the session was not closed after a failed patch")
	}
	if o, _ := Open([]byte(`{`), Options{}); o.Session != "" || o.Validation.Valid {
		t.Errorf("Open(broken JSON) = %+v", o)
	}
	Close("no such session")
}

// TestParseMonth: a month is read as time.Parse("2006-01") reads it.
func TestParseMonth(t *testing.T) {
	for _, s := range []string{"2026-09", "0000-01", "9999-12", "2026-00", "2026-13", "2026-9", "202-09", "2026/09", "2026-0a", "+026-09", "2026-09-01", "", "２026-09"} {
		y, m, ok := parseMonth(s)
		want, err := time.Parse("2006-01", s)
		if ok != (err == nil) || ok && (y != want.Year() || m != want.Month()) {
			t.Errorf("parseMonth(%q) = %d, %d, %v; time.Parse: %v, %v", s, y, m, ok, want, err)
		}
	}
}
