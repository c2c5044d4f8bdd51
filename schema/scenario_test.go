package schema

import (
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

func TestCheckScenario(t *testing.T) {
	tests := []struct {
		name, doc string
		code      cooperation.Code
		path      cooperation.Path
	}{
		{"valid", `{"horizon":"2026-06-30","assume":"on_time","events":[
			{"date":"2025-07-01","type":"partner_withdraws","institution":"pup"},
			{"date":"2025-08-01","type":"close","ipw":"ipw-1","reason":"goals_achieved","goalOutcomes":{"g1":"achieved"}}]}`, "", ""},
		{"bad json", `{"horizon":`, cooperation.CodeDocumentInvalidJSON, ""},
		{"duplicate key", `{"horizon":"2026-06-30","horizon":"2026-06-30","events":[]}`, cooperation.CodeDocumentDuplicateKey, "/horizon"},
		{"missing field of the type", `{"horizon":"2026-06-30","events":[{"date":"2025-07-01","type":"action_done","ipw":"x"}]}`, cooperation.CodeSchemaViolation, "/events/0"},
		{"unknown type", `{"horizon":"2026-06-30","events":[{"date":"2025-07-01","type":"explode"}]}`, cooperation.CodeSchemaViolation, "/events/0/type"},
		{"bad closure reason", `{"horizon":"2026-06-30","events":[{"date":"2025-07-01","type":"close","ipw":"x","reason":"bored"}]}`, cooperation.CodeSchemaViolation, "/events/0/reason"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sc, fs := CheckScenario([]byte(tt.doc), cooperation.InLanguage(cooperation.English))
			if tt.code == "" {
				if sc == nil || len(fs) != 0 {
					t.Fatalf("CheckScenario() = %v, %v, want a scenario and no findings", sc, fs)
				}
				if sc.Assume != ipw.AssumeOnTime || len(sc.Events) != 2 || sc.Events[1].GoalOutcomes["g1"] != ipw.OutcomeAchieved {
					t.Errorf("CheckScenario() decoded %+v", sc)
				}
				return
			}
			if sc != nil || len(fs) == 0 {
				t.Fatalf("CheckScenario() = %v, %v, want nil and findings", sc, fs)
			}
			if fs[0].Code != tt.code || fs[0].Path != tt.path {
				t.Errorf("CheckScenario() first finding = %s at %q, want %s at %q", fs[0].Code, fs[0].Path, tt.code, tt.path)
			}
		})
	}
}
