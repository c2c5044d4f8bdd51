package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kooperacja/kooperacja/schema"
)

// TestMonitorGolden: the record of every example at the golden date, and
// its text in both languages, are those in testdata/monitor (go test
// ./cmd/kooperacja -run TestMonitorGolden -update rewrites them); every
// record conforms to the schema "monitor".
func TestMonitorGolden(t *testing.T) {
	bundles, _ := filepath.Glob("../../examples/*.json")
	if len(bundles) < 3 {
		t.Fatalf("examples missing: %v", bundles)
	}
	for _, b := range bundles {
		name := strings.TrimSuffix(filepath.Base(b), ".json")
		for _, out := range []struct{ file, format, lang string }{
			{name + ".json", "json", "en"}, {name + ".pl.txt", "text", "pl"}, {name + ".en.txt", "text", "en"},
		} {
			t.Run(out.file, func(t *testing.T) {
				code, got, errOut := runCLI(t, "", "monitor", b, "--as-of", goldenAsOf, "--format", out.format, "--lang", out.lang)
				if code != 0 {
					t.Fatalf("kooperacja monitor %s: exit %d: %s", b, code, errOut)
				}
				golden := filepath.Join("testdata", "monitor", out.file)
				if *update {
					if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -run TestMonitorGolden -update)", err)
				}
				if d := cmp.Diff(string(want), got); d != "" {
					t.Errorf("kooperacja monitor %s differs from %s (-want +got):\n%s", b, golden, d)
				}
				if out.format == "json" {
					if r, findings := schema.CheckRecord([]byte(got)); r == nil {
						t.Errorf("the record of %s does not conform: %v", b, findings)
					}
				}
			})
		}
	}
}

func TestMonitorCommand(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "record.json")
	code, out, errOut := runCLI(t, "", "monitor", "--out", file, "--as-of", goldenAsOf, "--period", "2026-06-01..2026-10-31", "../../examples/urban.json")
	if code != 0 || out != "" || errOut != "" {
		t.Fatalf("monitor --out: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	r, findings := schema.CheckRecord(data)
	if r == nil || r.Period.From.String() != "2026-06-01" || r.Period.To.String() != "2026-10-31" {
		t.Fatalf("monitor --out wrote %s (%v)", data, findings)
	}
	profile := filepath.Join(dir, "profile.json")
	os.WriteFile(profile, []byte(`{"disclosureThreshold": 1}`), 0o644)
	code, out, _ = runCLI(t, "", "monitor", "--profile", profile, "--as-of", goldenAsOf, "../../examples/urban.json")
	if code != 0 || !strings.Contains(out, `"disclosureThreshold": 1,`) || strings.Contains(out, "fewerThan") {
		t.Errorf("monitor --profile with a threshold of 1: exit %d\n%s", code, out)
	}
	for _, tt := range []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"a period after the date", []string{"--lang", "en", "--period", "2026-01-01..2026-12-31", "../../examples/rural.json"}, 2,
			"kooperacja monitor: the period ends (31 December 2026) after the record's date (16 November 2026)"},
		{"a reversed period, in Polish", []string{"--lang", "pl", "--period", "2026-06-01..2026-05-01", "../../examples/rural.json"}, 2,
			"kooperacja monitor: początek okresu (01.06.2026\u00a0r.) jest późniejszy niż jego koniec (01.05.2026\u00a0r.); popraw daty okresu"},
		{"not a period", []string{"--period", "2026", "../../examples/rural.json"}, 2, `kooperacja monitor: --period: "2026" is not a period FROM..TO`},
		{"not a date", []string{"--period", "2026-01-01..jutro", "../../examples/rural.json"}, 2, `"jutro" is not a date`},
		{"no bundle", nil, 2, "missing operand"},
		{"a bundle that cannot be read", []string{"--lang", "en", "testdata/schema_violation.json"}, 1, "the bundle cannot be read"},
		{"no such file", []string{"testdata/no-such-file.json"}, 2, "no-such-file.json"},
		{"a bad profile", []string{"--lang", "en", "--profile", profile + ".missing", "../../examples/rural.json"}, 2, "profile.json.missing"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"monitor", "--as-of", goldenAsOf}, tt.args...)
			code, out, errOut := runCLI(t, "", args...)
			if code != tt.code || out != "" || !strings.Contains(errOut, tt.err) {
				t.Errorf("kooperacja %v: exit %d, stdout %.100q, stderr %q; want exit %d and %q", args, code, out, errOut, tt.code, tt.err)
			}
		})
	}
}
