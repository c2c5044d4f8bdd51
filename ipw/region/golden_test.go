package region

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/recordsynth"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenReport is the report over a fixed set of generated records: 24
// gminas over the 16 voivodeships, one with a name that must be escaped.
func goldenReport(t testing.TB) *Report {
	a := NewAggregator()
	for i, code := range recordsynth.Codes(24) {
		r := recordsynth.Record(code, 1)
		if i == 3 {
			r.Municipality.Name = `Gmina "<b>Nowa</b>" & Co`
		}
		if p := a.Add(&r, code+".json"); p != nil {
			t.Fatal(p.Message(cooperation.English))
		}
	}
	return a.Report()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ipw/region -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test ./ipw/region -update, and review the diff)", name)
	}
}

func TestGolden(t *testing.T) {
	rep := goldenReport(t)
	data, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "region.json", append(data, '\n'))
	var csv bytes.Buffer
	if err := rep.WriteCSV(&csv); err != nil {
		t.Fatal(err)
	}
	golden(t, "region.csv", csv.Bytes())
	for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
		var h bytes.Buffer
		if err := rep.WriteHTML(&h, lang); err != nil {
			t.Fatal(err)
		}
		golden(t, "region."+string(lang)+".html", h.Bytes())
	}
}

// The HTML page loads nothing and runs nothing, and writes the names of the
// records as text.
func TestHTMLSelfContainedAndEscaped(t *testing.T) {
	var h bytes.Buffer
	if err := goldenReport(t).WriteHTML(&h, cooperation.Polish); err != nil {
		t.Fatal(err)
	}
	page := h.String()
	for _, bad := range []string{"<script", "<b>Nowa", "src=", "href=", "@import", "url(", "<link"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	if !strings.Contains(page, "Gmina &#34;&lt;b&gt;Nowa&lt;/b&gt;&#34; &amp; Co") {
		t.Error("the name with markup is not written escaped")
	}
	for _, want := range []string{"<svg", "@page", "size: A4", "140 z 172 (81,4\u00a0%)", "świętokrzyskie"} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// A withheld count is never written as 0: in the CSV a municipality's
// withheld count is a range, and no total resting on one is a bare number.
func TestCSVNeverZeroForWithheld(t *testing.T) {
	rep := goldenReport(t)
	var csv bytes.Buffer
	rep.WriteCSV(&csv)
	lines := strings.Split(strings.TrimSpace(csv.String()), "\n")
	if len(lines) != 1+len(rep.Municipalities)+len(rep.Powiats)+len(rep.Voivodeships)+len(rep.Variants)+1 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, m := range rep.Municipalities {
		if !m.Succeeded.Exact() {
			row := lines[1+indexRow(rep, m.TERYT)]
			if !strings.Contains(row, ",0..2,") && !strings.Contains(row, "..,") {
				t.Errorf("%s: withheld succeeded count not written as a range: %s", m.TERYT, row)
			}
			return
		}
	}
	t.Error("no municipality with a withheld count of successes: the test tests nothing")
}

func indexRow(rep *Report, teryt string) int {
	for i, m := range rep.Municipalities {
		if m.TERYT == teryt {
			return i
		}
	}
	return -1
}
