package app

import (
	"reflect"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

func TestFormat(t *testing.T) {
	in := `[{"date":"2026-11-16"},{"month":"2026-09"},{"int":45000},{"decimal":3.14159,"digits":1},{"percent":0.814,"digits":1},{"date":"16.11.2026"},{}]`
	for lang, want := range map[cooperation.Lang][]string{
		cooperation.Polish:  {"16.11.2026\u00a0r.", "wrzesień 2026", "45\u00a0000", "3,1", "81,4\u00a0%", "16.11.2026", ""},
		cooperation.English: {"16 November 2026", "September 2026", "45,000", "3.1", "81.4%", "16.11.2026", ""},
	} {
		got, err := Format([]byte(in), Options{Lang: lang})
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Format(%s) = %q, %v; want %q", lang, got, err, want)
		}
	}
	if _, err := Format([]byte(`{"date":"x"}`), Options{}); err == nil {
		t.Error("Format of an object: no error")
	}
}
