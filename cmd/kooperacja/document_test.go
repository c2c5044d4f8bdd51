package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDocumentCommand(t *testing.T) {
	dir := t.TempDir()
	rural := "../../examples/rural.json"
	broken := filepath.Join(dir, "broken.json")
	data, _ := os.ReadFile(rural)
	os.WriteFile(broken, []byte(strings.Replace(string(data), `"givenBy": ["a-matka", "a-partner"]`, `"givenBy": ["a-matka", "a-partner", "a-syn"]`, 1)), 0o644)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a part of standard output
		stderr string // a part of standard error
	}{
		{"one document to standard output", []string{"document", "consent", "--id", "ipw-2026-01", "--lang", "pl", rural}, 0, "<h1>Zgoda na przetwarzanie i udostępnianie danych</h1>", ""},
		{"flags after the operands", []string{"document", "ipw", rural, "--id", "ipw-2026-01", "--lang", "en"}, 0, "Individual Cooperation Programme", ""},
		{"the list", []string{"document", "--list", "--lang", "pl", rural}, 0, "review ipw-2026-01/2026-06-22", ""},
		{"the list says what is refused", []string{"document", "--list", "--lang", "pl", broken}, 1, "[nie do wydruku: 1 błąd]", ""},
		{"refused", []string{"document", "consent", "--id", "ipw-2026-01", "--lang", "pl", broken}, 1, "",
			"kooperacja document: Nie można przygotować dokumentu: Zgoda – Rodzina A."},
		{"refused, with the finding", []string{"document", "consent", "--id", "ipw-2026-01", "--lang", "pl", broken}, 1, "", "[ipw.consent_by_minor]"},
		{"a draft", []string{"document", "consent", "--id", "ipw-2026-01", "--draft", "--lang", "pl", broken}, 0, "PROJEKT", ""},
		{"no such id", []string{"document", "consent", "--id", "nope", "--lang", "pl", rural}, 2, "", "o identyfikatorze „nope”"},
		{"no id", []string{"document", "consent", rural}, 2, "", "--id ID is required"},
		{"no kind", []string{"document", "--id", "x", rural}, 2, "", "missing operand: KIND BUNDLE|-"},
		{"a kind with --all", []string{"document", "ipw", "--all", "--out", dir, rural}, 2, "", "give the bundle only"},
		{"--all without --out", []string{"document", "--all", rural}, 2, "", "--all needs --out DIR"},
		{"an unknown format", []string{"document", "ipw", "--id", "ipw-2026-01", "--format", "rtf", rural}, 2, "", `"rtf" is not one of html, docx, odt`},
		{"a file that cannot be read", []string{"document", "ipw", "--id", "x", filepath.Join(dir, "none.json")}, 2, "", "none.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("kooperacja %v: exit %d, want %d\nstdout %.300q (want %q)\nstderr %.500q (want %q)", tt.args, code, tt.code, out, tt.stdout, errOut, tt.stderr)
			}
		})
	}
}

func TestDocumentFiles(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "ipw.docx")
	if code, _, errOut := runCLI(t, "", "document", "ipw", "--id", "ipw-rodzina-c", "--format", "docx", "--out", out, "../../examples/urban.json"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "PK") {
		t.Errorf("%s is not a DOCX file: %v", out, err)
	}
	odt := filepath.Join(dir, "ipw.odt")
	if code, _, errOut := runCLI(t, "", "document", "ipw", "--id", "ipw-rodzina-c", "--format", "odt", "--out", odt, "../../examples/urban.json"); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if b, err := os.ReadFile(odt); err != nil || !strings.HasPrefix(string(b), "PK") || !strings.Contains(string(b[:100]), "mimetypeapplication/vnd.oasis.opendocument.text") {
		t.Errorf("%s is not an ODT file: %v", odt, err)
	}
	all := filepath.Join(dir, "all")
	code, stdout, errOut := runCLI(t, "", "document", "--all", "--out", all, "--lang", "pl", "../../examples/urban_rural.json")
	if code != 0 {
		t.Fatalf("--all: exit %d: %s", code, errOut)
	}
	files, _ := os.ReadDir(all)
	if len(files) != 13 || len(strings.Split(strings.TrimSpace(stdout), "\n")) != 13 {
		t.Errorf("--all wrote %d files and listed %q, want 13", len(files), stdout)
	}
	for _, want := range []string{"agreement-porozumienie-pzk.html", "team-ggk-rodzina-b.html", "review-ipw-rodzina-b-2026-04-27.html"} {
		if _, err := os.Stat(filepath.Join(all, want)); err != nil {
			t.Errorf("--all did not write %s", want)
		}
	}
}
