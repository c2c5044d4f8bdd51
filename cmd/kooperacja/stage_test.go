package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/ipw"
)

func TestStageText(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // lines of stdout, in this order
	}{
		{"Polish, at the examples' date", []string{"--lang", "pl", "../../examples/rural.json"}, []string{
			"Masłów (TERYT 2604092), wariant: wiejski, stan na dzień 16.11.2026\u00a0r.",
			"Etap 5 z 5: ewaluacja",
			"  ✓ 1. przygotowanie",
			"  ✓ 4. realizacja IPW",
			"  → 5. ewaluacja",
			"Do zrobienia, by ukończyć etap „ewaluacja”:",
			"  [ ] IPW „Rodzina A.” nie jest jeszcze zakończony. Zakończ go po realizacji programu, z przyczyną zakończenia i oceną celów.",
			"      /ipws/0",
			"To ostatni etap.",
		}},
		{"English, earlier", []string{"--lang", "en", "--as-of", "2025-11-12", "../../examples/urban_rural.json"}, []string{
			"Bogoria (TERYT 2612013), variant: urban-rural, as of 12 November 2025",
			"Stage 3 of 6: meeting of the institutions",
			"  ✓ 2. selection of families",
			"  → 3. meeting of the institutions",
			"    4. formalisation of cooperation",
			`To do, to complete the stage "meeting of the institutions":`,
			"  [ ] The PZK is formed only on 20 November 2025; if it already works, correct the date it was formed.",
			"      /teams/0/formed",
			"Next stage: formalisation of cooperation.",
			`Note: the bundle has 18 errors; "kooperacja validate" shows them.`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", append([]string{"stage"}, tt.args...)...)
			if code != 0 {
				t.Fatalf("stage %v: exit %d, stderr %s", tt.args, code, errOut)
			}
			lines := strings.Split(out, "\n")
			at := 0
			for _, w := range tt.want {
				for at < len(lines) && lines[at] != w {
					at++
				}
				if at == len(lines) {
					t.Fatalf("stage %v: output lacks the line %q (in order):\n%s", tt.args, w, out)
				}
			}
		})
	}
}

func TestStageJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "", "stage", "--format", "json", "--as-of", "2025-11-12", "../../examples/urban.json")
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	var r ipw.StageReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not a stage report: %v\n%s", err, out)
	}
	if r.Variant != "urban" || r.Date.String() != "2025-11-12" || r.Current != ipw.StageCaseTeams ||
		len(r.Missing) != 1 || r.Missing[0].Code != "stage.case_team_missing" {
		t.Errorf("stage --format json = %+v; want urban at 2025-11-12, current case_teams, missing stage.case_team_missing", r)
	}
	for _, key := range []string{`"variant"`, `"date"`, `"stages"`, `"completed"`, `"current"`, `"next"`, `"missing"`} {
		if !strings.Contains(out, key) {
			t.Errorf("output lacks %s:\n%s", key, out)
		}
	}
}

func TestStageExit(t *testing.T) {
	tests := []struct {
		name   string
		stdin  string
		args   []string
		stderr string
		exit   int
	}{
		{"no bundle", "", nil, "missing operand: BUNDLE|-", 2},
		{"two bundles", "", []string{"../../examples/rural.json", "../../examples/urban.json"}, "too many operands", 2},
		{"bad date", "", []string{"--as-of", "2025-02-30", "../../examples/rural.json"}, "--as-of", 2},
		{"bad format", "", []string{"--format", "xml", "../../examples/rural.json"}, "--format", 2},
		{"bad language", "", []string{"--lang", "de", "../../examples/rural.json"}, "--lang", 2},
		{"no such file", "", []string{"testdata/no-such-bundle.json"}, "no-such-bundle.json", 2},
		{"broken bundle", "{", []string{"-"}, "document.invalid_json", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, append([]string{"stage"}, tt.args...)...)
			if code != tt.exit || out != "" || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stage %v: exit %d, stdout %q, stderr %q; want exit %d, no output, stderr with %q",
					tt.args, code, out, errOut, tt.exit, tt.stderr)
			}
		})
	}
}
