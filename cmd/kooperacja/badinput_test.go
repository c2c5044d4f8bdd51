package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/internal/app"
)

// TestCLIBadInput builds the real binary and feeds it the bad inputs of the
// hardening issue: each gives a clear finding or error and the documented
// exit code (1: a document has an error; 2: usage or I/O), and never a
// stack trace.
func TestCLIBadInput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "kooperacja")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	rural, err := os.ReadFile("../../examples/rural.json")
	if err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	json.Compact(&compact, rural)
	replace := func(old, new string) []byte {
		if !bytes.Contains(compact.Bytes(), []byte(old)) {
			t.Fatalf("the example has no %s", old)
		}
		return bytes.Replace(compact.Bytes(), []byte(old), []byte(new), 1)
	}
	bigString := strings.Repeat("ż", 5<<20) // 10 MiB
	deep := strings.Repeat(`{"a":`, 100000) + "1" + strings.Repeat("}", 100000)
	huge := append(bytes.Repeat([]byte(" "), 20<<20), compact.Bytes()...)
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	tests := []struct {
		name  string
		data  []byte   // written to a file given as the argument (or piped for "-")
		args  []string // before the file
		stdin bool
		exit  int
		code  string // a finding code expected in the JSON output (on stderr for a profile)
	}{
		{name: "empty file", data: nil, exit: 1, code: "document.invalid_json"},
		{name: "BOM", data: append([]byte{0xEF, 0xBB, 0xBF}, rural...), exit: 0},
		{name: "invalid UTF-8", data: replace(`"Gmina Masłów"`, "\"Gmina Mas\xc5\""), exit: 1, code: "document.invalid_json"},
		{name: "number too large", data: replace(`"monthlyCapacity":6`, `"monthlyCapacity":1e400`), exit: 1, code: "schema.violation"},
		{name: "integer too large", data: replace(`"monthlyCapacity":6`, `"monthlyCapacity":99999999999999999999`), exit: 1, code: "schema.violation"},
		{name: "exponent beyond big.Rat", data: replace(`"monthlyCapacity":6`, `"monthlyCapacity":1e10000000`), exit: 1, code: "schema.violation"},
		{name: "null municipality", data: replace(`"municipality":{`, `"municipality":null,"x":{`), exit: 1, code: "schema.violation"},
		{name: "null institution", data: replace(`"institutions":[`, `"institutions":[null,`), exit: 1, code: "schema.violation"},
		{name: "10 MB string in free text", data: replace(`"notes":"`, `"notes":"`+bigString), exit: 0},
		{name: "10 MB string in a closed set", data: replace(`"kind":"ngo"`, `"kind":"`+bigString+`"`), exit: 1, code: "schema.violation"},
		{name: "100000-deep nesting", data: []byte(deep), exit: 1, code: "document.too_deep"},
		{name: "20 MB file", data: huge, exit: 1, code: "document.too_large"},
		{name: "20 MB on standard input", data: huge, stdin: true, exit: 1, code: "document.too_large"},
		{name: "duplicate key at the top", data: replace(`"variant":"rural"`, `"variant":"rural","variant":"urban"`), exit: 1, code: "document.duplicate_key"},
		{name: "duplicate key in an IPW", data: replace(`"pseudonym":`, `"pseudonym":"X","pseudonym":`), exit: 1, code: "document.duplicate_key"},
		{name: "duplicate key in extensions", data: replace(`{"schemaVersion":"1"`, `{"extensions":{"a":{"b":1,"b":2}},"schemaVersion":"1"`), exit: 1, code: "document.duplicate_key"},
		{name: "not JSON at all", data: []byte("\x00\x01\x02PK\x03\x04"), exit: 1, code: "document.invalid_json"},
		{name: "NDJSON of bad lines", args: []string{"--ndjson"}, data: bytes.Join([][]byte{
			compact.Bytes(), nil, {0xEF, 0xBB, 0xBF, '{', '}'}, []byte("\xff"), []byte(`{"a":1,"a":2}`),
			[]byte(strings.Repeat("[", 100000)), huge, compact.Bytes()}, []byte("\n")), exit: 1, code: "document.too_large"},
		{name: "profile with a huge number", args: []string{"--profile", "PROFILE"}, data: rural, exit: 1, code: "schema.violation"},
	}
	profile := write("profile.json", []byte(`{"team":{"minInstitutions":1e400}}`))
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"validate", "--format", "json", "--lang", "en", "--as-of", goldenAsOf}
			for _, a := range tt.args {
				if a == "PROFILE" {
					a = profile
				}
				args = append(args, a)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, args...)
			if tt.stdin {
				cmd.Args = append(cmd.Args, "-")
				cmd.Stdin = bytes.NewReader(tt.data)
			} else {
				cmd.Args = append(cmd.Args, write("in"+itoa(i)+".json", tt.data))
			}
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			exit := 0
			if ee, ok := err.(*exec.ExitError); ok {
				exit = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			errText := stderr.String()
			if strings.Contains(errText, "goroutine") || strings.Contains(errText, "panic") {
				t.Fatalf("kooperacja %s: a stack trace on stderr (exit %d):\n%.2000s", tt.name, exit, errText)
			}
			if exit != tt.exit {
				t.Errorf("exit = %d, want %d\nstderr: %.2000s\nstdout: %.2000s", exit, tt.exit, errText, stdout.String())
			}
			if tt.exit == 2 {
				if strings.TrimSpace(errText) == "" || len(errText) > 4096 {
					t.Errorf("exit 2 wants a short error on stderr, got %d bytes: %.500s", len(errText), errText)
				}
				return
			}
			if tt.args != nil && tt.args[0] == "--profile" {
				if !strings.Contains(errText, tt.code) || stdout.Len() > 0 {
					t.Errorf("a profile that cannot be used: want %s on stderr and nothing on stdout, got\nstderr: %s\nstdout: %.500s", tt.code, errText, stdout.String())
				}
				return
			}
			var out struct {
				Documents []app.Document `json:"documents"`
			}
			if err := json.Unmarshal(stdout.Bytes(), &out); err != nil || len(out.Documents) == 0 {
				t.Fatalf("stdout is not the JSON report (%v): %.2000s", err, stdout.String())
			}
			if tt.code != "" && !strings.Contains(stdout.String(), `"code":"`+tt.code+`"`) {
				t.Errorf("output lacks %s: %.2000s", tt.code, stdout.String())
			}
		})
	}
}
