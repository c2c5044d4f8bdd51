package monitor_test

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// leaves returns the JSON Pointers of every leaf of a JSON value (an empty
// array or object counts as a leaf).
func leaves(v any, at string, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		if len(x) == 0 {
			*out = append(*out, at)
		}
		for k, e := range x {
			leaves(e, at+"/"+k, out)
		}
	case []any:
		if len(x) == 0 {
			*out = append(*out, at)
		}
		for i, e := range x {
			leaves(e, at+"/"+strconv.Itoa(i), out)
		}
	default:
		*out = append(*out, at)
	}
}

var termKey = regexp.MustCompile(`\b[a-z]+[./][a-z][a-zA-Z]+\b`)

// TestPreviewCoversTheRecord: the preview shows every figure of the record,
// in both languages, each row labelled and valued in words; a withheld
// count reads as such.
func TestPreviewCoversTheRecord(t *testing.T) {
	b := rich(40)
	b.Stages = append(b.Stages, ipw.StageRecord{Stage: ipw.StagePreparation, Started: cooperation.MustDate("2023-11-06"),
		Completed: cooperation.MustDate("2024-01-08"), Evidence: "uchwała"})
	for _, tr := range []int{3, 12, 1000} {
		r := of(t, b, synth.AsOf, monitor.Period{}, threshold(tr))
		data, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		var all []string
		leaves(doc, "", &all)
		for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
			sections := r.Preview(lang)
			var fields []string
			text := ""
			for _, s := range sections {
				if s.Title == "" || len(s.Rows) == 0 {
					t.Errorf("%s: section %+v", lang, s)
				}
				for _, row := range s.Rows {
					if row.Label == "" || row.Value == "" || row.Field == "" {
						t.Errorf("%s: row %+v", lang, row)
					}
					fields = append(fields, row.Field)
					text += row.Label + " " + row.Value + "\n"
				}
			}
			for _, leaf := range all {
				covered := false
				for _, f := range fields {
					if leaf == f || strings.HasPrefix(leaf, f+"/") {
						covered = true
					}
				}
				if !covered {
					t.Errorf("threshold %d, %s: no row shows %s", tr, lang, leaf)
				}
			}
			if k := termKey.FindString(text); k != "" {
				t.Errorf("%s: a key where a word should be: %q", lang, k)
			}
			fewer := map[cooperation.Lang]string{cooperation.Polish: "mniej niż ", cooperation.English: "fewer than "}[lang]
			if tr == 1000 && !strings.Contains(text, fewer+cooperation.FormatInt(1000, lang)) {
				t.Errorf("%s: no count reads %q:\n%s", lang, fewer, text)
			}
		}
	}
}
