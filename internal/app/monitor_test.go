package app

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

func TestParsePeriod(t *testing.T) {
	d := cooperation.MustDate
	for _, tt := range []struct {
		in   string
		want monitor.Period
		err  string
	}{
		{"2026-01-01..2026-06-30", monitor.Period{From: d("2026-01-01"), To: d("2026-06-30")}, ""},
		{"2026-03-01..", monitor.Period{From: d("2026-03-01")}, ""},
		{"..2026-06-30", monitor.Period{To: d("2026-06-30")}, ""},
		{"..", monitor.Period{}, ""},
		{"2026-01-01", monitor.Period{}, `"2026-01-01" is not a period FROM..TO (YYYY-MM-DD..YYYY-MM-DD)`},
		{"2026-01-01..30.06.2026", monitor.Period{}, `"2026-01-01..30.06.2026" is not a period FROM..TO: "30.06.2026" is not a date`},
	} {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePeriod(tt.in)
			switch {
			case tt.err != "" && (err == nil || !strings.HasPrefix(err.Message, tt.err) || err.Class != Usage):
				t.Errorf("ParsePeriod(%q) error = %v, want %q", tt.in, err, tt.err)
			case tt.err == "" && (err != nil || got != tt.want):
				t.Errorf("ParsePeriod(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestMonitorOf(t *testing.T) {
	bundle := read(t, "../../examples/urban.json")
	day := cooperation.MustDate("2026-11-16")
	m, err := MonitorOf(bundle, Options{AsOf: day})
	if err != nil {
		t.Fatal(err)
	}
	if m.Record.AsOf != day || m.Record.Period != monitor.DefaultPeriod(day) || m.Record.Municipality.Variant != cooperation.VariantUrban {
		t.Errorf("record %+v", m.Record)
	}
	if len(m.Preview) == 0 || m.Preview[0].Title != monitor.Label("municipality", cooperation.Polish) {
		t.Errorf("the preview is not in Polish: %+v", m.Preview)
	}
	var text bytes.Buffer
	if err := m.Text(&text, cooperation.Polish); err != nil || !strings.Contains(text.String(), "mniej niż 3") {
		t.Errorf("Text: %v\n%s", err, text.String())
	}
	// A profile's threshold, given by the caller.
	m, err = MonitorOf(bundle, Options{AsOf: day, Lang: cooperation.English, Profile: []byte(`{"disclosureThreshold": 1}`)})
	if err != nil || m.Record.DisclosureThreshold != 1 || m.Preview[0].Title != monitor.Label("municipality", cooperation.English) {
		t.Errorf("MonitorOf with a threshold of 1: %v, %+v", err, m.Record)
	}
	for _, tt := range []struct {
		name string
		o    Options
		want string
	}{
		{"after the date", Options{AsOf: day, Period: monitor.Period{To: day.AddDays(1)}},
			"okres kończy się (17.11.2026\u00a0r.) po dniu, na który sporządzono rekord (stan na dzień 16.11.2026\u00a0r.)"},
		{"reversed, in English", Options{AsOf: day, Lang: cooperation.English, Period: monitor.Period{From: day, To: day.AddDays(-1)}},
			"the period starts (16 November 2026) after it ends (15 November 2026)"},
		{"a bad profile", Options{AsOf: day, Profile: []byte(`{"disclosureThreshold": 0}`)}, "profil nie jest poprawnym dokumentem profilu"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := MonitorOf(bundle, tt.o)
			if err == nil || !strings.HasPrefix(err.Message, tt.want) {
				t.Errorf("MonitorOf: %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := MonitorOf([]byte(`{`), Options{}); err == nil || err.Class != Invalid {
		t.Errorf("MonitorOf of broken JSON: %v, want an Invalid error", err)
	}
}
