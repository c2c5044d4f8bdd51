package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every command with --out writes there what it would print, and a file it
// cannot write is exit status 2 with the command's name on standard error.
func TestOut(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string // in the file written
	}{
		{"monitor", []string{"monitor", "--as-of", "2026-11-16", "../../examples/rural.json"}, `"schemaVersion": "1"`},
		{"document", []string{"document", "team", "--id", "pzk-maslow", "../../examples/rural.json"}, "<!DOCTYPE html>"},
		{"region", []string{"region", "--format", "csv", "testdata/monitor/rural.json"}, "Masłów"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, tt.name+".out")
			code, stdout, stderr := runCLI(t, "", append(append([]string{tt.args[0]}, "--out", file), tt.args[1:]...)...)
			if code != 0 || stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q; want 0 and nothing printed", code, stdout, stderr)
			}
			data, err := os.ReadFile(file)
			if err != nil || !strings.Contains(string(data), tt.want) {
				t.Errorf("the file written (%v) lacks %q: %.200s", err, tt.want, data)
			}
			bad := filepath.Join(dir, "no-such-dir", "x")
			code, _, stderr = runCLI(t, "", append(append([]string{tt.args[0]}, "--out", bad), tt.args[1:]...)...)
			if code != 2 || !strings.Contains(stderr, "kooperacja "+tt.name+":") {
				t.Errorf("--out into a missing directory: exit %d, stderr %q; want 2 naming the command", code, stderr)
			}
		})
	}
}
