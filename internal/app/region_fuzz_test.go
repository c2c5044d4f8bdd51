package app

import (
	"encoding/json"
	"io"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/recordsynth"
)

// FuzzRegion: any stream of lines is read, checked, aggregated and written
// in every format without a panic, and every line with text is either
// counted or a problem.
func FuzzRegion(f *testing.F) {
	for _, code := range recordsynth.Codes(3) {
		data, _ := json.Marshal(recordsynth.Record(code, 2))
		f.Add(string(data))
		f.Add(string(data) + "\n" + string(data))
		f.Add(strings.Replace(string(data), code, "2604064", 1))
		f.Add(strings.Replace(string(data), `"fewerThan":3`, `"withheld":true`, -1))
	}
	f.Add("{}\n[1,\n\n")
	data, _ := json.Marshal(recordsynth.Record(recordsynth.Codes(1)[0], 3))
	f.Add(strings.Replace(string(data), `"meanDays":null`, `"meanDays":1e308`, 1) + "\n" +
		strings.Replace(string(data), `"population":`, `"population":9`, 1))
	f.Fuzz(func(t *testing.T, stream string) {
		r := RegionOf(NDJSONRecords("f", strings.NewReader(stream)), Options{Lang: cooperation.English})
		lines := 0
		for _, l := range strings.Split(stream, "\n") {
			if strings.TrimSpace(l) != "" {
				lines++
			}
		}
		if got := len(r.Report.Municipalities) + len(r.Problems); got != lines {
			t.Fatalf("%d lines with text, %d counted and %d problems", lines, len(r.Report.Municipalities), len(r.Problems))
		}
		for _, format := range []string{"json", "csv", "html"} {
			if err := WriteRegion(io.Discard, r, format, cooperation.Polish); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
		}
	})
}
