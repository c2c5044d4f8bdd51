package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

func TestLabelsCommand(t *testing.T) {
	for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
		code, out, _ := runCLI(t, "", "labels", "--format", "json", "--lang", string(lang))
		if code != 0 {
			t.Fatalf("labels --lang %s: exit %d", lang, code)
		}
		var got struct {
			Labels map[string]map[string]string `json:"labels"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ipw.Glossary(lang), got.Labels); diff != "" {
			t.Errorf("labels --lang %s differs from ipw.Glossary (-want +got):\n%s", lang, diff)
		}
	}
	code, text, _ := runCLI(t, "", "labels", "--lang", "pl")
	for _, want := range []string{"closureReason:\n", "  moved_away ", "zmiana miejsca zamieszkania\n", "field:\n", "Zakres współpracy\n"} {
		if code != 0 || !strings.Contains(text, want) {
			t.Errorf("labels --lang pl (exit %d) lacks %q", code, want)
		}
	}
	if code, _, _ := runCLI(t, "", "labels", "--lang", "de"); code != 2 {
		t.Errorf("labels --lang de: exit %d, want 2", code)
	}
	if code, _, _ := runCLI(t, "", "labels", "extra"); code != 2 {
		t.Errorf("labels extra: exit %d, want 2", code)
	}
}
