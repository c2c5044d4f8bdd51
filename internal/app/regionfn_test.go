package app

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/recordsynth"
)

// TestRegionOfList: every form of element region takes from a JavaScript
// caller is read as the command line reads a file, and named by its source
// or its place; the answer carries the HTML and CSV reports of the same
// aggregation.
func TestRegionOfList(t *testing.T) {
	codes := recordsynth.Codes(6)
	rec := func(i int) string {
		data, err := json.Marshal(recordsynth.Record(codes[i], 1))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	text := func(s string) string { data, _ := json.Marshal(s); return string(data) }
	list := "[" + strings.Join([]string{
		`{"source":"a.json","text":` + text(rec(0)) + `}`, // a file as read
		`{"source":"b.json","record":` + rec(1) + `}`,     // a record object, named
		rec(2), // a record itself: named by its place
		`{"source":"c.ndjson","text":` + text(rec(3)+"\n\n"+`{"schemaVersion":"1"}`+"\n"+rec(4)+"\n") + `}`,
		`{"source":"d.json","text":"{\"schemaVersion\": "}`, // not JSON
		`{"text":` + text(rec(5)) + `}`,                     // no source: its place
	}, ",") + "]"
	a, err := RegionOfList([]byte(list), Options{Lang: cooperation.English})
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, m := range a.Report.Municipalities {
		sources = append(sources, m.Source)
	}
	var problems []string
	for _, p := range a.Problems {
		problems = append(problems, p.Source)
	}
	if got := strings.Join(sources, " "); !sameWords(got, "a.json b.json records[2] c.ndjson:1 c.ndjson:4 records[5]") {
		t.Errorf("municipalities from %s", got)
	}
	if got := strings.Join(problems, " "); got != "c.ndjson:3 d.json" {
		t.Errorf("problems from %s, want c.ndjson:3 d.json", got)
	}
	var html, csv strings.Builder
	a.Report.WriteHTML(&html, cooperation.English)
	a.Report.WriteCSV(&csv)
	if a.HTML != html.String() || a.CSV != csv.String() || !strings.Contains(a.HTML, "d.json") {
		t.Errorf("the answer's HTML (%d bytes) and CSV (%d) are not the report's (%d, %d), or the HTML does not name d.json", len(a.HTML), len(a.CSV), html.Len(), csv.Len())
	}
	if got := a.Report.Total.Municipalities; got != 6 {
		t.Errorf("total of %d municipalities, want 6", got)
	}
}

// sameWords reports whether a and b hold the same words in any order.
func sameWords(a, b string) bool {
	count := map[string]int{}
	for _, w := range strings.Fields(a) {
		count[w]++
	}
	for _, w := range strings.Fields(b) {
		count[w]--
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}

// TestRegionOfListRefuses: what is not a list is a usage error that says
// what to give; a list with nothing usable is an empty report, not an
// error.
func TestRegionOfListRefuses(t *testing.T) {
	for _, bad := range []string{`{"source":"a.json"}`, `"records"`, `[1,`} {
		if _, err := RegionOfList([]byte(bad), Options{}); err == nil || err.Class != Usage || !strings.Contains(err.Message, "array of records") {
			t.Errorf("%s: %v, want a usage error naming the array", bad, err)
		}
	}
	a, err := RegionOfList([]byte(`[]`), Options{})
	if err != nil || a.Report.Total.Municipalities != 0 || len(a.Problems) != 0 || a.HTML == "" {
		t.Errorf("[]: %v, %+v", err, a.Problems)
	}
	a, err = RegionOfList([]byte(`[1, {"source": "x.json", "text": 3}]`), Options{})
	if err != nil || len(a.Problems) != 2 {
		t.Fatalf("[1, …]: %v, %+v", err, a.Problems)
	}
	if a.Problems[0].Source != "records[0]" || a.Problems[1].Source != "records[1]" {
		t.Errorf("problems named %s, %s; want records[0], records[1]", a.Problems[0].Source, a.Problems[1].Source)
	}
}
