package app

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/recordsynth"
	"github.com/kooperacja/kooperacja/schema"
)

func TestRegionOfProblems(t *testing.T) {
	codes := recordsynth.Codes(3)
	good := func(code string) string {
		data, err := json.Marshal(recordsynth.Record(code, 1))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	var wrongVersion map[string]any
	json.Unmarshal([]byte(good(codes[2])), &wrongVersion)
	wrongVersion["schemaVersion"] = "9"
	wv, _ := json.Marshal(wrongVersion)
	stream := strings.Join([]string{
		good(codes[0]),
		`{"schemaVersion":"1","unknown":true}`,
		string(wv),
		"[1,",
		strings.Repeat(" ", schema.DefaultMaxBytes+1),
		good(codes[1]),
	}, "\n")
	r := RegionOf(NDJSONRecords("s", strings.NewReader(stream)), Options{Lang: cooperation.English})
	if got := len(r.Report.Municipalities); got != 2 {
		t.Errorf("%d municipalities, want 2", got)
	}
	want := []struct {
		source string
		code   cooperation.Code
	}{
		{"s:2", cooperation.CodeSchemaViolation},
		{"s:3", cooperation.CodeDocumentVersionUnsupported},
		{"s:4", cooperation.CodeDocumentInvalidJSON},
		{"s:5", cooperation.CodeDocumentTooLarge},
	}
	if len(r.Problems) != len(want) {
		t.Fatalf("problems %+v, want %d", r.Problems, len(want))
	}
	for i, w := range want {
		p := r.Problems[i]
		codes := []cooperation.Code{}
		for _, f := range p.Findings {
			codes = append(codes, f.Code)
		}
		if p.Source != w.source || !slices.Contains(codes, w.code) || p.Message == "" {
			t.Errorf("problem %d: %s %v %q; want %s %s", i, p.Source, codes, p.Message, w.source, w.code)
		}
	}
	if !r.HasErrors() || r.Unread || ExitStatus(r, nil) != ExitErrors {
		t.Errorf("HasErrors %v, Unread %v, exit %d; want a record left out: exit 1", r.HasErrors(), r.Unread, ExitStatus(r, nil))
	}
	if len(r.Report.Excluded) != len(want) {
		t.Errorf("the report lists %d records left out, want %d", len(r.Report.Excluded), len(want))
	}
}
