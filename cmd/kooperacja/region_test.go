package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/internal/recordsynth"
)

// recordJSON is the JSON of the generated record of gmina code.
func recordJSON(t *testing.T, code string) string {
	t.Helper()
	data, err := json.Marshal(recordsynth.Record(code, 1))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// regionInputs writes a directory of three records and an NDJSON file of
// two good records around a bad line (line 2), and returns their paths
// and the codes of the next three gminas, for standard input.
func regionInputs(t *testing.T) (dir, stream string, more []string) {
	t.Helper()
	codes := recordsynth.Codes(40)
	dir = t.TempDir()
	for _, code := range codes[:3] {
		if err := os.WriteFile(filepath.Join(dir, code+".json"), []byte(recordJSON(t, code)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a record"), 0o644) // not *.json: not read
	stream = filepath.Join(t.TempDir(), "records.ndjson")
	lines := recordJSON(t, codes[3]) + "\n" + `{"schemaVersion":"1","municipality":{"teryt":1}}` + "\n\n" + recordJSON(t, codes[4]) + "\n"
	if err := os.WriteFile(stream, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, stream, codes[5:8]
}

type regionAnswer struct {
	Report struct {
		Municipalities []struct {
			TERYT  string `json:"teryt"`
			Source string `json:"source"`
		} `json:"municipalities"`
		Total struct {
			Municipalities int `json:"municipalities"`
		} `json:"total"`
	} `json:"report"`
	Problems []struct {
		Source   string            `json:"source"`
		Message  string            `json:"message"`
		Findings []json.RawMessage `json:"findings"`
	} `json:"problems"`
}

// A bad record is a problem naming its file and line, and the others still
// count: exit 1.
func TestRegionBadRecordOthersCount(t *testing.T) {
	dir, stream, more := regionInputs(t)
	stdin := recordJSON(t, more[0]) + "\n" + recordJSON(t, more[1]) + "\n"
	code, out, errOut := runCLI(t, stdin, "region", "--format", "json", "--lang", "en", dir, stream, "-")
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", code, errOut)
	}
	var a regionAnswer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if a.Report.Total.Municipalities != 7 || len(a.Report.Municipalities) != 7 {
		t.Errorf("%d municipalities counted, want 7 (3 files, 2 lines, 2 on standard input)", a.Report.Total.Municipalities)
	}
	if len(a.Problems) != 1 || a.Problems[0].Source != stream+":2" || len(a.Problems[0].Findings) == 0 ||
		!strings.Contains(a.Problems[0].Message, "not a valid monitoring record") {
		t.Errorf("problems %+v, want one at %s:2 with findings", a.Problems, stream)
	}
	sources := map[string]bool{}
	for _, m := range a.Report.Municipalities {
		sources[m.Source] = true
	}
	for _, want := range []string{stream + ":1", stream + ":4", "-:1", "-:2"} {
		if !sources[want] {
			t.Errorf("no municipality read from %s: %v", want, sources)
		}
	}
	// As HTML, the problem goes to standard error, named, in the language asked.
	code, out, errOut = runCLI(t, "", "region", "--lang", "pl", stream)
	if code != 1 || !strings.Contains(errOut, "kooperacja region: "+stream+":2: To nie jest poprawny rekord monitoringu") ||
		!strings.Contains(out, "<!DOCTYPE html>") || !strings.Contains(out, "Rekordy pominięte") {
		t.Errorf("exit %d, stderr %q, stdout %.200q", code, errOut, out)
	}
}

func TestRegionFormats(t *testing.T) {
	dir, _, _ := regionInputs(t)
	code, out, errOut := runCLI(t, "", "region", "--format", "csv", dir)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "level,code,name,variant,") || !strings.HasPrefix(lines[1], "gmina,") ||
		!strings.HasPrefix(lines[len(lines)-1], "total,") {
		t.Errorf("CSV:\n%s", out)
	}
	file := filepath.Join(t.TempDir(), "raport.html")
	code, out, errOut = runCLI(t, "", "region", "--lang", "en", "--out", file, dir)
	if code != 0 || out != "" || errOut != "" {
		t.Fatalf("--out: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	page, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(page), `<html lang="en">`) || !strings.Contains(string(page), "<svg") {
		t.Errorf("--out FILE: %v, %.200q", err, page)
	}
}

func TestRegionExitStatus(t *testing.T) {
	dir, _, _ := regionInputs(t)
	one := filepath.Join(dir, recordsynth.Codes(40)[0]+".json")
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"missing file", []string{"region", "--lang", "en", "no-such.json"}, 2, "no-such.json: Cannot read the file"},
		{"no operand", []string{"region"}, 2, "missing operand"},
		{"unknown format", []string{"region", "--format", "pdf", dir}, 2, "--format"},
		{"twice the same gmina", []string{"region", "--lang", "en", "--format", "csv", dir, one}, 1, "already has a record"},
		{"not JSON", []string{"region", "--lang", "en", "--format", "csv", "-"}, 1, "-:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, "{oops\n", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.err) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tt.code, tt.err)
			}
		})
	}
}

// The records kooperacja monitor writes of the examples are what region
// reads: every one counts.
func TestRegionOfMonitorRecords(t *testing.T) {
	var stream strings.Builder
	for _, v := range []string{"rural", "urban_rural", "urban"} {
		code, out, errOut := runCLI(t, "", "monitor", "../../examples/"+v+".json")
		if code != 0 {
			t.Fatalf("monitor %s: exit %d, %s", v, code, errOut)
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, []byte(out)); err != nil {
			t.Fatal(err)
		}
		stream.WriteString(compact.String() + "\n")
	}
	code, out, errOut := runCLI(t, stream.String(), "region", "--format", "json", "-")
	if code != 0 {
		t.Fatalf("region: exit %d, %s", code, errOut)
	}
	var a regionAnswer
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if a.Report.Total.Municipalities != 3 || len(a.Problems) != 0 {
		t.Errorf("%d municipalities, problems %+v; want 3 and none", a.Report.Total.Municipalities, a.Problems)
	}
}
