//go:build !js && !wasip1

package document

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

// TestLibreOffice opens every DOCX and ODT file of every example in a real
// office suite: LibreOffice converts them all to PDF in one run, without
// error, and the text of each PDF holds the document's title, the date of
// signing, every party or institution that signs with the person and the
// date recorded, and the page numbers of the footer. It needs Debian's
// libreoffice-writer-nogui and poppler-utils (pdftotext), which
// scripts/setup installs; without them it fails, saying so. With -short
// (go test -short ./..., which needs only Go) it is left out.
func TestLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("opens the documents in LibreOffice: run without -short (scripts/test does)")
	}
	soffice := tool(t, "LibreOffice (soffice, Debian's libreoffice-writer-nogui)", "soffice", "libreoffice")
	pdftotext := tool(t, "pdftotext (Debian's poppler-utils)", "pdftotext")
	dir := t.TempDir()
	in, out := filepath.Join(dir, "docx"), filepath.Join(dir, "pdf")
	for _, d := range []string{in, out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]*Document{} // file name without extension → the document it holds
	var files []string
	for _, set := range goldenSets {
		b := example(t, set.example)
		if set.mutate != nil {
			set.mutate(b)
		}
		opts := []Option{With(cooperation.InLanguage(set.lang))}
		if set.draft {
			opts = append(opts, Draft())
		}
		s, err := New(b, opts...)
		if err != nil {
			t.Fatal(err)
		}
		docs, _ := s.All()
		for _, d := range docs {
			if !set.keeps(d.Ref) {
				continue
			}
			for _, format := range []Format{DOCX, ODT} {
				// one PDF per file: "rural-ipw-ipw-2026-01~odt.pdf"
				name := set.dir + "-" + strings.TrimSuffix(d.FileName(format), "."+string(format)) + "~" + string(format)
				path := filepath.Join(in, name+"."+string(format))
				f, err := os.Create(path)
				if err != nil {
					t.Fatal(err)
				}
				if err := d.Write(f, format); err != nil {
					t.Fatal(err)
				}
				f.Close()
				files = append(files, path)
				want[name] = d
			}
		}
	}
	args := append([]string{"--headless", "--norestore", "--nolockcheck",
		"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", out}, files...)
	cmd := exec.Command(soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if output, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice failed: %v\n%s", err, output)
	}
	for name, d := range want {
		pdf := filepath.Join(out, name+".pdf")
		if _, err := os.Stat(pdf); err != nil {
			t.Errorf("LibreOffice made no PDF of %s", name)
			continue
		}
		raw, err := exec.Command(pdftotext, "-raw", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Errorf("pdftotext %s: %v", name, err)
			continue
		}
		got := normalise(string(raw))
		for _, s := range expectedText(d) {
			if !strings.Contains(got, normalise(s)) {
				t.Errorf("%s.pdf lacks %q", name, s)
			}
		}
		// Every page has its number of the whole, and a draft's PROJEKT.
		pages := strings.Split(strings.TrimRight(string(raw), "\f"), "\f")
		w := d.view().W
		for i, p := range pages {
			p = normalise(p)
			if n := w.Page + " " + strconv.Itoa(i+1) + " " + w.Of + " " + strconv.Itoa(len(pages)); !strings.Contains(p, n) {
				t.Errorf("%s.pdf, page %d lacks %q", name, i+1, n)
			}
			if d.Draft && !strings.Contains(p, "PROJEKT") {
				t.Errorf("%s.pdf, page %d of a draft lacks PROJEKT", name, i+1)
			}
		}
	}
	t.Logf("LibreOffice converted %d DOCX and ODT files", len(files))
}

// tool finds a program the test needs, or fails saying how to get it.
func tool(t *testing.T, what string, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	t.Fatalf("%s is not installed: scripts/setup installs it; the editable documents cannot be checked in a real office suite without it", what)
	return ""
}

// expectedText lists what a person must find in the printed document: its
// heading, the date of signing, each signer with the name and the date
// recorded, the footer's source id and the page numbers.
func expectedText(d *Document) []string {
	v := d.view()
	out := []string{v.Heading, v.PlaceLine, d.ID, v.W.Page + " 1 " + v.W.Of}
	if d.Draft {
		out = append(out, "PROJEKT")
	}
	for _, s := range signers(d) {
		out = append(out, s.Caption)
		if s.Name != "" {
			out = append(out, s.Name)
		}
		if s.Signed != "" {
			out = append(out, s.Signed)
		}
	}
	return out
}

// normalise makes text comparable across layouts: every run of spaces,
// no-break spaces and line ends is one space, and a line broken after a
// hyphen ("Psychologiczno-⏎Pedagogiczna") is joined again.
func normalise(s string) string {
	s = strings.ReplaceAll(s, "-\n", "-")
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}
