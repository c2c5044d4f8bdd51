package ipw

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

func TestStages(t *testing.T) {
	tests := []struct {
		variant cooperation.Variant
		want    []Stage
	}{
		{cooperation.VariantRural, []Stage{StagePreparation, StageFormalisation, StageRecruitmentDiagnosis, StageIPWImplementation, StageEvaluation}},
		{cooperation.VariantUrbanRural, []Stage{StageDecisionMakers, StageFamilySelection, StageInstitutionMeeting, StageFormalisation, StageCaseGroups, StageEvaluation}},
		{cooperation.VariantUrban, []Stage{StageResourceDiagnosis, StagePartnerMapping, StagePreselection, StagePZKInitiation, StageFormalisation, StageCaseTeams, StageEvaluation}},
		{"metropolitan", nil},
	}
	for _, tt := range tests {
		t.Run(string(tt.variant), func(t *testing.T) {
			got := Stages(tt.variant)
			if !slices.Equal(got, tt.want) {
				t.Fatalf("Stages(%q) = %v, want %v", tt.variant, got, tt.want)
			}
			for _, s := range got {
				if !s.Valid() || s.Title(cooperation.Polish) == string(s) || s.Title(cooperation.English) == "" {
					t.Errorf("stage %q: Valid() = %v, Title(pl) = %q, Title(en) = %q; want a valid stage with titles",
						s, s.Valid(), s.Title(cooperation.Polish), s.Title(cooperation.English))
				}
			}
		})
	}
	if s := Stage("harvest"); s.Valid() || s.Title(cooperation.Polish) != "harvest" {
		t.Errorf("Stage(harvest): Valid() = %v, Title = %q; want false, the name itself", s.Valid(), s.Title(cooperation.Polish))
	}
}

// stWant is an expected Missing item: its code and path.
type stWant struct {
	code string
	path cooperation.Path
}

type stRow struct {
	name      string
	edit      func(b *Bundle) // nil: the bundle as built
	asOf      string
	completed int // how many stages are completed
	current   Stage
	next      Stage
	missing   []stWant
}

func runProgressRows(t *testing.T, build func() *Bundle, rows []stRow) {
	t.Helper()
	for _, tt := range rows {
		t.Run(tt.name, func(t *testing.T) {
			b := build()
			if tt.edit != nil {
				tt.edit(b)
			}
			r, err := Progress(b, cooperation.AsOf(stDate(tt.asOf)))
			if err != nil {
				t.Fatalf("Progress() error = %v", err)
			}
			all := Stages(b.Variant)
			if want := all[:tt.completed]; !slices.Equal(r.Completed, want) {
				t.Errorf("Progress().Completed = %v, want %v", r.Completed, want)
			}
			if r.Current != tt.current || r.Next != tt.next {
				t.Errorf("Progress() current, next = %q, %q, want %q, %q", r.Current, r.Next, tt.current, tt.next)
			}
			got := make([]stWant, len(r.Missing))
			for i, m := range r.Missing {
				got[i] = stWant{m.Code, m.Path}
				if m.Polish == "" || m.English == "" || m.Polish == m.English {
					t.Errorf("Missing[%d] = %+v: want a sentence in each language", i, m)
				}
			}
			if !slices.Equal(got, tt.missing) && !(len(got) == 0 && len(tt.missing) == 0) {
				t.Errorf("Progress().Missing = %v, want %v\n%s", got, tt.missing, stSentences(r.Missing))
			}
			if r.Variant != b.Variant || !r.Date.Equal(stDate(tt.asOf)) || !slices.Equal(r.Stages, all) {
				t.Errorf("Progress() variant, date, stages = %q, %s, %v; want %q, %s, %v", r.Variant, r.Date, r.Stages, b.Variant, tt.asOf, all)
			}
		})
	}
}

func stSentences(ms []Missing) string {
	var b strings.Builder
	for _, m := range ms {
		b.WriteString("\t" + m.English + "\n")
	}
	return b.String()
}

func TestProgressRural(t *testing.T) {
	noAnimators := func(b *Bundle) {
		for i := range b.Teams[0].Members {
			m := &b.Teams[0].Members[i]
			m.Roles = slices.DeleteFunc(m.Roles, func(r cooperation.Role) bool {
				return r == cooperation.RoleGminaAnimator || r == cooperation.RolePowiatAnimator
			})
			if len(m.Roles) == 0 {
				m.Roles = []cooperation.Role{cooperation.RoleMember}
			}
		}
	}
	notClosed := []stWant{{"stage.ipw_not_closed", "/ipws/0"}, {"stage.ipw_not_closed", "/ipws/1"}}
	runProgressRows(t, stRural, []stRow{
		{name: "PZK not formed yet", asOf: "2024-01-28",
			current: StagePreparation, next: StageFormalisation,
			missing: []stWant{{"stage.pzk_missing", "/teams/0/formed"}}},
		{name: "no PZK at all", edit: func(b *Bundle) { b.Teams = nil }, asOf: "2024-06-01",
			current: StagePreparation, next: StageFormalisation,
			missing: []stWant{{"stage.pzk_missing", "/teams"}}},
		{name: "powiat animator not yet", asOf: "2024-02-10",
			current: StagePreparation, next: StageFormalisation,
			missing: []stWant{{"stage.pzk_powiat_animator_missing", "/teams/0/members"}}},
		{name: "no animators, later stages' evidence does not count", edit: noAnimators, asOf: "2025-06-15",
			current: StagePreparation, next: StageFormalisation,
			missing: []stWant{{"stage.pzk_gmina_animator_missing", "/teams/0/members"}, {"stage.pzk_powiat_animator_missing", "/teams/0/members"}}},
		{name: "powiat animator left: the stage lapses",
			edit: func(b *Bundle) { b.Teams[0].Members[3].Left = stDate("2024-09-30") }, asOf: "2024-10-15",
			current: StagePreparation, next: StageFormalisation,
			missing: []stWant{{"stage.pzk_powiat_animator_missing", "/teams/0/members"}}},
		{name: "gmina and powiat sides in separate agreements",
			edit: func(b *Bundle) {
				b.Agreements = []cooperation.Agreement{
					stAgreement("por-gmina", cooperation.AgreementLocal, "2024-01-25", "gmina", "ops", "school"),
					stAgreement("por-powiat", cooperation.AgreementLocal, "2024-01-25", "powiat", "pcpr", "pup"),
				}
			}, asOf: "2024-03-20",
			completed: 1, current: StageFormalisation, next: StageRecruitmentDiagnosis,
			missing: []stWant{{"stage.agreement_missing", "/agreements"}}},
		{name: "pilot agreement counts",
			edit: func(b *Bundle) {
				b.Institutions = append(b.Institutions, stInst("woj", "Województwo Świętokrzyskie", cooperation.KindVoivodeship, "26"))
				b.Agreements = append(b.Agreements[:0:0],
					stAgreement("pilot", cooperation.AgreementPilot, "2024-01-25", "woj", "powiat", "gmina"),
					stAgreement("por-members", cooperation.AgreementLocal, "2024-01-25", "ops", "school", "pcpr", "pup"))
				b.IPWs = nil
			}, asOf: "2024-03-20",
			completed: 2, current: StageRecruitmentDiagnosis, next: StageIPWImplementation,
			missing: []stWant{{"stage.ipw_missing", "/ipws"}}},
		{name: "no IPW yet", edit: func(b *Bundle) { b.IPWs = nil }, asOf: "2024-03-20",
			completed: 2, current: StageRecruitmentDiagnosis, next: StageIPWImplementation,
			missing: []stWant{{"stage.ipw_missing", "/ipws"}}},
		{name: "IPWs not yet begun: the first is the checklist", asOf: "2024-03-20",
			completed: 2, current: StageRecruitmentDiagnosis, next: StageIPWImplementation,
			missing: []stWant{{"stage.ipw_qualification_missing", "/ipws/0"}, {"stage.ipw_consent_missing", "/ipws/0"}, {"stage.ipw_diagnosis_missing", "/ipws/0"}}},
		{name: "diagnosis pending", asOf: "2024-04-15",
			completed: 2, current: StageRecruitmentDiagnosis, next: StageIPWImplementation,
			missing: []stWant{{"stage.ipw_diagnosis_missing", "/ipws/0"}}},
		{name: "not signed yet", asOf: "2024-04-25",
			completed: 3, current: StageIPWImplementation, next: StageEvaluation,
			missing: []stWant{{"stage.signed_ipw_missing", "/ipws"}}},
		{name: "signed by an institution only",
			edit: func(b *Bundle) {
				for i := range b.IPWs {
					b.IPWs[i].Signatures = b.IPWs[i].Signatures[:1]
				}
			}, asOf: "2024-06-15",
			completed: 3, current: StageIPWImplementation, next: StageEvaluation,
			missing: []stWant{{"stage.signed_ipw_missing", "/ipws"}}},
		{name: "IPWs in progress", asOf: "2024-06-15",
			completed: 4, current: StageEvaluation, missing: notClosed},
		{name: "one IPW closed", asOf: "2025-04-15",
			completed: 4, current: StageEvaluation,
			missing: []stWant{{"stage.ipw_not_closed", "/ipws/1"}}},
		{name: "closure without outcomes",
			edit: func(b *Bundle) { b.IPWs[1].Closure.GoalOutcomes = nil }, asOf: "2025-06-15",
			completed: 4, current: StageEvaluation,
			missing: []stWant{{"stage.ipw_outcomes_missing", "/ipws/1/closure"}}},
		{name: "outcome recorded on the goal counts",
			edit: func(b *Bundle) {
				b.IPWs[1].Closure.GoalOutcomes = nil
				b.IPWs[1].Goals[0].Outcome = OutcomePartiallyAchieved
			}, asOf: "2025-06-15", completed: 5},
		{name: "every stage completed", asOf: "2025-06-15", completed: 5},
	})
}

func TestProgressRuralNearestIPW(t *testing.T) {
	b := stRural()
	b.IPWs[0].Qualification, b.IPWs[0].Consent = nil, nil // ipw-1 lacks two
	b.IPWs[1].Diagnosis = nil                             // ipw-2 lacks one
	r, err := Progress(b, cooperation.AsOf(stDate("2024-06-05")))
	if err != nil {
		t.Fatal(err)
	}
	want := []Missing{{Code: "stage.ipw_diagnosis_missing", Path: "/ipws/1",
		Polish:  "IPW „Rodzina ipw-2” nie ma jeszcze diagnozy. Dodaj diagnozę z datą i opisem obszarów.",
		English: `IPW "Rodzina ipw-2" has no diagnosis yet. Add the diagnosis with its date and the areas.`}}
	if r.Current != StageRecruitmentDiagnosis || !reflect.DeepEqual(r.Missing, want) {
		t.Errorf("Progress() = %q, %+v; want %q, %+v", r.Current, r.Missing, StageRecruitmentDiagnosis, want)
	}
}

func TestProgressUrbanRural(t *testing.T) {
	runProgressRows(t, stUrbanRural, []stRow{
		{name: "decision-makers not recorded", edit: func(b *Bundle) { b.Stages = nil }, asOf: "2024-06-01",
			current: StageDecisionMakers, next: StageFamilySelection,
			missing: []stWant{{"stage.record_missing", "/stages"}}},
		{name: "decision-makers completed after the date", asOf: "2024-01-15",
			current: StageDecisionMakers, next: StageFamilySelection,
			missing: []stWant{{"stage.record_not_completed", "/stages/0/completed"}}},
		{name: "decision-makers without completion date",
			edit: func(b *Bundle) { b.Stages[0].Completed = Date{} }, asOf: "2024-06-01",
			current: StageDecisionMakers, next: StageFamilySelection,
			missing: []stWant{{"stage.record_not_completed", "/stages/0/completed"}}},
		{name: "decision-makers without evidence",
			edit: func(b *Bundle) { b.Stages[0].Evidence = " " }, asOf: "2024-06-01",
			current: StageDecisionMakers, next: StageFamilySelection,
			missing: []stWant{{"stage.record_evidence_missing", "/stages/0/evidence"}}},
		{name: "decision-makers with neither",
			edit: func(b *Bundle) { b.Stages[0].Completed, b.Stages[0].Evidence = Date{}, "" }, asOf: "2024-06-01",
			current: StageDecisionMakers, next: StageFamilySelection,
			missing: []stWant{{"stage.record_not_completed", "/stages/0/completed"}, {"stage.record_evidence_missing", "/stages/0/evidence"}}},
		{name: "a second record with evidence counts",
			edit: func(b *Bundle) {
				b.Stages = append([]StageRecord{{Stage: StageDecisionMakers, Started: stDate("2023-11-02")}}, b.Stages...)
			}, asOf: "2024-02-10",
			completed: 1, current: StageFamilySelection, next: StageInstitutionMeeting,
			missing: []stWant{{"stage.qualified_ipw_missing", "/ipws"}}},
		{name: "no family qualified yet", asOf: "2024-02-10",
			completed: 1, current: StageFamilySelection, next: StageInstitutionMeeting,
			missing: []stWant{{"stage.qualified_ipw_missing", "/ipws"}}},
		{name: "PZK has not met", asOf: "2024-02-25",
			completed: 2, current: StageInstitutionMeeting, next: StageFormalisation,
			missing: []stWant{{"stage.pzk_meeting_missing", "/teams/0/meetings"}}},
		{name: "agreement not signed yet", asOf: "2024-03-10",
			completed: 3, current: StageFormalisation, next: StageCaseGroups,
			missing: []stWant{
				{"stage.member_agreement_missing", "/teams/0/members/0"}, {"stage.member_agreement_missing", "/teams/0/members/1"},
				{"stage.member_agreement_missing", "/teams/0/members/2"}, {"stage.member_agreement_missing", "/teams/0/members/3"},
				{"stage.member_agreement_missing", "/teams/0/members/4"}}},
		{name: "a member outside the agreement",
			edit: func(b *Bundle) {
				b.Institutions = append(b.Institutions, stInst("ngo", "Stowarzyszenie Razem dla Bogorii", cooperation.KindNGO, "2612013"))
				b.Teams[0].Members = append(b.Teams[0].Members, stMember("ngo", "Zofia Bąk", "2024-03-01"))
			}, asOf: "2024-06-01",
			completed: 3, current: StageFormalisation, next: StageCaseGroups,
			missing: []stWant{{"stage.member_agreement_missing", "/teams/0/members/5"}}},
		{name: "a member who left needs no agreement",
			edit: func(b *Bundle) {
				b.Institutions = append(b.Institutions, stInst("ngo", "Stowarzyszenie Razem dla Bogorii", cooperation.KindNGO, "2612013"))
				m := stMember("ngo", "Zofia Bąk", "2024-03-01")
				m.Left = stDate("2024-03-31")
				b.Teams[0].Members = append(b.Teams[0].Members, m)
			}, asOf: "2024-04-15",
			completed: 4, current: StageCaseGroups, next: StageEvaluation,
			missing: []stWant{{"stage.case_team_missing", "/teams"}}},
		{name: "an unresolved member is left to ref.unknown",
			edit: func(b *Bundle) {
				b.Teams[0].Members = append(b.Teams[0].Members, stMember("ghost", "Nikt", "2024-03-01"))
			},
			asOf: "2024-04-15", completed: 4, current: StageCaseGroups, next: StageEvaluation,
			missing: []stWant{{"stage.case_team_missing", "/teams"}}},
		{name: "no GGK yet", asOf: "2024-04-15",
			completed: 4, current: StageCaseGroups, next: StageEvaluation,
			missing: []stWant{{"stage.case_team_missing", "/teams"}}},
		{name: "GGK without a signed IPW", asOf: "2024-04-25",
			completed: 4, current: StageCaseGroups, next: StageEvaluation,
			missing: []stWant{{"stage.case_team_ipw_missing", "/ipws"}}},
		{name: "IPW in progress", asOf: "2024-06-01",
			completed: 5, current: StageEvaluation,
			missing: []stWant{{"stage.ipw_not_closed", "/ipws/0"}}},
		{name: "every stage completed", asOf: "2025-04-15", completed: 6},
	})
}

func TestProgressUrban(t *testing.T) {
	three := 3
	one := 1
	runProgressRows(t, stUrban, []stRow{
		{name: "resource diagnosis not recorded", edit: func(b *Bundle) { b.Stages = nil }, asOf: "2024-06-01",
			current: StageResourceDiagnosis, next: StagePartnerMapping,
			missing: []stWant{{"stage.record_missing", "/stages"}}},
		{name: "empty basket of services", edit: func(b *Bundle) { b.Services = nil }, asOf: "2024-06-01",
			completed: 1, current: StagePartnerMapping, next: StagePreselection,
			missing: []stWant{{"stage.services_missing", "/services"}}},
		{name: "three institutions of one sector",
			edit: func(b *Bundle) { b.Institutions = b.Institutions[:3] }, asOf: "2024-06-01",
			completed: 1, current: StagePartnerMapping, next: StagePreselection,
			missing: []stWant{{"stage.institutions_too_few", "/institutions"}, {"stage.sectors_too_few", "/institutions"}}},
		{name: "the profile sets the bar",
			edit: func(b *Bundle) {
				b.Institutions = b.Institutions[:3]
				b.Profile = &cooperation.Profile{Team: &cooperation.TeamProfile{MinInstitutions: &three, MinSectors: &one}}
			}, asOf: "2024-02-15",
			completed: 2, current: StagePreselection, next: StagePZKInitiation,
			missing: []stWant{{"stage.qualified_ipw_missing", "/ipws"}}},
		{name: "no family preselected yet", asOf: "2024-02-15",
			completed: 2, current: StagePreselection, next: StagePZKInitiation,
			missing: []stWant{{"stage.qualified_ipw_missing", "/ipws"}}},
		{name: "PZK formed later", asOf: "2024-03-10",
			completed: 3, current: StagePZKInitiation, next: StageFormalisation,
			missing: []stWant{{"stage.pzk_missing", "/teams/0/formed"}}},
		{name: "PZK has not met", asOf: "2024-03-17",
			completed: 3, current: StagePZKInitiation, next: StageFormalisation,
			missing: []stWant{{"stage.pzk_meeting_missing", "/teams/0/meetings"}}},
		{name: "no declarations yet", asOf: "2024-03-25",
			completed: 4, current: StageFormalisation, next: StageCaseTeams,
			missing: []stWant{
				{"stage.member_declaration_missing", "/teams/0/members/0"}, {"stage.member_declaration_missing", "/teams/0/members/1"},
				{"stage.member_declaration_missing", "/teams/0/members/2"}, {"stage.member_declaration_missing", "/teams/0/members/3"},
				{"stage.member_declaration_missing", "/teams/0/members/4"}}},
		{name: "every member has left: the PZK is empty",
			edit: func(b *Bundle) {
				for i := range b.Teams[0].Members {
					b.Teams[0].Members[i].Left = stDate("2024-04-30")
				}
			}, asOf: "2024-06-01",
			completed: 4, current: StageFormalisation, next: StageCaseTeams,
			missing: []stWant{{"stage.pzk_empty", "/teams/0/members"}}},
		{name: "police declaration pending", asOf: "2024-04-10",
			completed: 4, current: StageFormalisation, next: StageCaseTeams,
			missing: []stWant{{"stage.member_declaration_missing", "/teams/0/members/4"}}},
		{name: "a cooperation agreement is not a declaration",
			edit: func(b *Bundle) {
				b.Agreements[3] = stAgreement("por-police", cooperation.AgreementLocal, "2024-04-05", "police", "ops")
			}, asOf: "2024-06-01",
			completed: 4, current: StageFormalisation, next: StageCaseTeams,
			missing: []stWant{{"stage.member_declaration_missing", "/teams/0/members/4"}}},
		{name: "no ZZK yet", asOf: "2024-04-25",
			completed: 5, current: StageCaseTeams, next: StageEvaluation,
			missing: []stWant{{"stage.case_team_missing", "/teams"}}},
		{name: "a GGK is not a ZZK",
			edit: func(b *Bundle) { b.Teams[1].Kind = cooperation.TeamGGK }, asOf: "2024-06-01",
			completed: 5, current: StageCaseTeams, next: StageEvaluation,
			missing: []stWant{{"stage.case_team_missing", "/teams"}}},
		{name: "ZZK without a signed IPW", asOf: "2024-05-08",
			completed: 5, current: StageCaseTeams, next: StageEvaluation,
			missing: []stWant{{"stage.case_team_ipw_missing", "/ipws"}}},
		{name: "IPW in progress", asOf: "2024-06-01",
			completed: 6, current: StageEvaluation,
			missing: []stWant{{"stage.ipw_not_closed", "/ipws/0"}}},
		{name: "every stage completed", asOf: "2025-05-15", completed: 7},
	})
}

// TestProgressTeamRules: the rural formalisation needs a PZK that meets the
// team rules; each team.* error in the PZK is one Missing item naming its
// rule, and the profile's severities decide what is an error.
func TestProgressTeamRules(t *testing.T) {
	small := stRural()
	small.Teams[0].Members = slices.Delete(small.Teams[0].Members, 2, 3) // the school leaves: 3 institutions, 2 sectors

	gap := 30
	strict := stRural()
	strict.Profile = &cooperation.Profile{
		Team:     &cooperation.TeamProfile{MeetingMaxGapDays: &gap},
		Severity: map[cooperation.Code]cooperation.Severity{cooperation.CodeTeamMeetingGap: cooperation.SeverityError},
	}
	tests := []struct {
		name  string
		b     *Bundle
		rules []cooperation.Code
	}{
		{"PZK too small and too narrow", small, []cooperation.Code{cooperation.CodeTeamSectorsInsufficient, cooperation.CodeTeamTooSmall}},
		{"a warning made an error by the profile", strict, []cooperation.Code{cooperation.CodeTeamMeetingGap}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Progress(tt.b, cooperation.AsOf(stDate("2024-06-01")))
			if err != nil {
				t.Fatal(err)
			}
			if r.Current != StageFormalisation {
				t.Fatalf("Progress().Current = %q, want %q; missing %+v", r.Current, StageFormalisation, r.Missing)
			}
			var rules []cooperation.Code
			for _, m := range r.Missing {
				if m.Code != "stage.pzk_team_rule" || !m.Path.Within("/teams/0") {
					t.Errorf("Missing %+v: want stage.pzk_team_rule within /teams/0", m)
				}
				if !slices.Contains(rules, m.Rule) {
					rules = append(rules, m.Rule)
				}
			}
			slices.Sort(rules)
			if !slices.Equal(rules, tt.rules) {
				t.Errorf("Progress().Missing rules = %v, want %v", rules, tt.rules)
			}
		})
	}
}

func TestProgressDate(t *testing.T) {
	b := stRural()
	if _, err := Progress(b); !errors.Is(err, ErrNoDate) {
		t.Errorf("Progress() without a date: error = %v, want ErrNoDate", err)
	}
	b.AsOf = stDate("2024-02-10")
	r, err := Progress(b)
	if err != nil || !r.Date.Equal(b.AsOf) || r.Current != StagePreparation {
		t.Errorf("Progress() at the bundle's asOf = %s, %q, %v; want %s, preparation, nil", r.Date, r.Current, err, b.AsOf)
	}
	r, err = Progress(b, cooperation.AsOf(stDate("2025-06-15")))
	if err != nil || r.Date.String() != "2025-06-15" || r.Current != "" {
		t.Errorf("Progress(AsOf) = %s, %q, %v; want the option's date to win", r.Date, r.Current, err)
	}
}

func TestProgressUnknownVariant(t *testing.T) {
	b := stRural()
	b.Variant = "metropolitan"
	r, err := Progress(b, cooperation.AsOf(stDate("2024-06-01")))
	if err != nil {
		t.Fatalf("Progress() error = %v, want a report", err)
	}
	if len(r.Stages) != 0 || len(r.Completed) != 0 || r.Current != "" || len(r.Missing) != 1 ||
		r.Missing[0].Code != "stage.variant_unknown" || r.Missing[0].Path != "/variant" {
		t.Errorf("Progress() = %+v; want no stages and one stage.variant_unknown at /variant", r)
	}
}

func TestStageReportJSON(t *testing.T) {
	for _, tt := range []struct {
		name, asOf string
		want       string
	}{
		{"at the start", "2024-01-28", `{"variant":"rural","date":"2024-01-28",` +
			`"stages":["preparation","formalisation","recruitment_diagnosis","ipw_implementation","evaluation"],` +
			`"completed":[],"current":"preparation","next":"formalisation","missing":[{"code":"stage.pzk_missing","path":"/teams/0/formed",` +
			`"messagePl":"PZK zostanie utworzony dopiero 01.02.2024` + "\u00a0" + `r.; jeśli już działa, popraw datę utworzenia.","messageEn":"The PZK is formed only on 1 February 2024; if it already works, correct the date it was formed."}]}`},
		{"at the end", "2025-06-15", `{"variant":"rural","date":"2025-06-15",` +
			`"stages":["preparation","formalisation","recruitment_diagnosis","ipw_implementation","evaluation"],` +
			`"completed":["preparation","formalisation","recruitment_diagnosis","ipw_implementation","evaluation"],` +
			`"current":"","next":"","missing":[]}`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Progress(stRural(), cooperation.AsOf(stDate(tt.asOf)))
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("json.Marshal(Progress()) =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestProgressDoesNotModify(t *testing.T) {
	b, want := stUrban(), stUrban()
	if _, err := Progress(b, cooperation.AsOf(stDate("2024-06-01"))); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(b, want) {
		t.Error("Progress() modified its bundle")
	}
}

// stageFindings runs Check and keeps the stage.* findings.
func stageFindings(t *testing.T, b *Bundle, asOf string, opts ...cooperation.Option) []cooperation.Finding {
	t.Helper()
	fs, err := Check(b, append([]cooperation.Option{cooperation.AsOf(stDate(asOf))}, opts...)...)
	if err != nil {
		t.Fatalf("Check() error = %v", err)
	}
	return slices.DeleteFunc(fs, func(f cooperation.Finding) bool { return !strings.HasPrefix(string(f.Code), "stage.") })
}

func TestCheckStages(t *testing.T) {
	type want struct {
		code cooperation.Code
		path cooperation.Path
	}
	rec := func(s Stage, completed string) StageRecord {
		return StageRecord{Stage: s, Completed: stDate(completed), Evidence: "protokół"}
	}
	tests := []struct {
		name  string
		build func() *Bundle
		edit  func(b *Bundle)
		want  []want
	}{
		{"stage of another variant", stRural,
			func(b *Bundle) {
				b.Stages = []StageRecord{rec(StagePreparation, "2024-03-15"), rec(StageCaseGroups, "")}
			},
			[]want{{cooperation.CodeStageUnknownForVariant, "/stages/1/stage"}}},
		{"near miss: stages of the variant, one in progress", stRural,
			func(b *Bundle) {
				b.Stages = []StageRecord{rec(StagePreparation, "2024-03-15"), rec(StageFormalisation, "")}
			},
			nil},
		{"unknown variant: no stage findings", stRural,
			func(b *Bundle) {
				b.Variant = "metropolitan"
				b.Stages = []StageRecord{rec(StageCaseGroups, "2024-03-15")}
			},
			nil},
		{"completed before the data show it", stRural,
			func(b *Bundle) { b.Stages = []StageRecord{rec(StagePreparation, "2024-03-10")} },
			[]want{{cooperation.CodeStageEvidenceMissing, "/stages/0"}}},
		{"near miss: completed on the day the data show it", stRural,
			func(b *Bundle) { b.Stages = []StageRecord{rec(StagePreparation, "2024-03-15")} },
			nil},
		{"recorded stage without evidence", stUrbanRural,
			func(b *Bundle) { b.Stages[0].Evidence = "" },
			[]want{{cooperation.CodeStageEvidenceMissing, "/stages/0"}}},
		{"near miss: recorded stage with evidence", stUrbanRural, nil, nil},
		{"completed before the previous stage", stUrbanRural,
			func(b *Bundle) { b.Stages = []StageRecord{rec(StageFamilySelection, "2024-02-25")} },
			[]want{{cooperation.CodeStageOrderViolation, "/stages/0/completed"}}},
		{"previous stage recorded later", stUrbanRural,
			func(b *Bundle) {
				b.Stages = []StageRecord{rec(StageDecisionMakers, "2024-03-01"), rec(StageFamilySelection, "2024-02-25")}
			},
			[]want{{cooperation.CodeStageOrderViolation, "/stages/1/completed"}}},
		{"near miss: previous stage recorded earlier", stUrbanRural,
			func(b *Bundle) { b.Stages = append(b.Stages, rec(StageFamilySelection, "2024-02-25")) },
			nil},
		{"near miss: previous stage shown by the data", stUrban,
			func(b *Bundle) { b.Stages = append(b.Stages, rec(StagePreselection, "2024-03-04")) },
			nil},
		{"one mistake, one finding: the stage itself not done", stRural,
			func(b *Bundle) { b.Stages = []StageRecord{rec(StageIPWImplementation, "2024-04-15")} },
			[]want{{cooperation.CodeStageEvidenceMissing, "/stages/0"}}},
		{"recorded by the dates, not by the evidence: the previous stage recorded later", stUrban,
			func(b *Bundle) {
				b.Stages = append(b.Stages, rec(StagePartnerMapping, "2024-03-10"), rec(StagePreselection, "2024-03-04"))
			},
			[]want{{cooperation.CodeStageOrderViolation, "/stages/2/completed"}}},
		{"formalisation recorded before a party signed", stRural,
			func(b *Bundle) {
				b.Stages = []StageRecord{rec(StagePreparation, "2024-03-15"), rec(StageFormalisation, "2024-04-01")}
				stSign(b, "por-1", "school", "2024-05-10")
			},
			[]want{{cooperation.CodeStageEvidenceMissing, "/stages/1"}}},
		{"near miss: a signature dated after the check date is the agreement's own mistake", stRural,
			func(b *Bundle) {
				b.Stages = []StageRecord{rec(StagePreparation, "2024-03-15"), rec(StageFormalisation, "2024-04-01")}
				stSign(b, "por-1", "school", "2025-09-01")
			},
			nil},
		{"a membership from after the stage's day does not count, though the institution was a member before", stRural,
			func(b *Bundle) {
				b.Stages = []StageRecord{rec(StagePreparation, "2024-03-01")}
				t := &b.Teams[0]
				t.Members = append(t.Members, stMember("pcpr", "Piotr Lis", "2024-02-01"))
				t.Members[len(t.Members)-1].Left = stDate("2024-02-20")
			},
			[]want{{cooperation.CodeStageEvidenceMissing, "/stages/0"}}},
		{"one mistake, one finding: a team rule broken then and now", stRural,
			func(b *Bundle) {
				b.Stages = []StageRecord{rec(StagePreparation, "2024-03-15"), rec(StageFormalisation, "2024-04-01")}
				t := &b.Teams[0]
				for j := range t.Members {
					if t.Members[j].Institution == "ops" {
						t.Members[j].Roles = []cooperation.Role{cooperation.RoleGminaAnimator}
					}
				}
			},
			nil},
		{"every stage recorded in order", stUrban,
			func(b *Bundle) {
				b.Stages = append(b.Stages,
					rec(StagePartnerMapping, "2024-02-01"), rec(StagePreselection, "2024-03-04"),
					rec(StagePZKInitiation, "2024-03-20"), rec(StageFormalisation, "2024-04-20"),
					rec(StageCaseTeams, "2024-05-13"), rec(StageEvaluation, "2025-04-30"))
			},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.build()
			if tt.edit != nil {
				tt.edit(b)
			}
			var got []want
			for _, f := range stageFindings(t, b, "2025-06-30") {
				got = append(got, want{f.Code, f.Path})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Check() stage findings = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCheckStagesMessages(t *testing.T) {
	tests := []struct {
		name   string
		build  func() *Bundle
		stages []StageRecord
		params map[string]string
		pl, en string
	}{
		{"evidence", stRural, []StageRecord{{Stage: StagePreparation, Completed: stDate("2024-03-10")}},
			map[string]string{"stage": "preparation", "stage.pl": "„przygotowanie”", "stage.en": `"preparation"`, "date": "2024-03-10",
				"missing.pl": "W PZK brakuje animatora powiatowego. Nadaj tę rolę przedstawicielowi instytucji powiatowej.",
				"missing.en": "The powiat animator is missing from the PZK. Give the role to a representative of a powiat institution."},
			"Etap „przygotowanie” zapisano jako ukończony 10.03.2024\u00a0r., ale dane nie potwierdzają tego na ten dzień. W PZK brakuje animatora powiatowego. Nadaj tę rolę przedstawicielowi instytucji powiatowej. Uzupełnij dane albo popraw datę ukończenia etapu.",
			"Stage \"preparation\" is recorded as completed on 10 March 2024, but the data do not show it on that day. The powiat animator is missing from the PZK. Give the role to a representative of a powiat institution. Complete the data or correct the date."},
		{"order", stUrbanRural, []StageRecord{{Stage: StageFamilySelection, Completed: stDate("2024-02-25")}},
			map[string]string{"stage": "family_selection", "stage.pl": "„wybór rodzin”", "stage.en": `"selection of families"`, "date": "2024-02-25",
				"previous": "decision_makers", "previous.pl": "„pozyskanie decydentów”", "previous.en": `"engaging the decision-makers"`},
			"Etap „wybór rodzin” zapisano jako ukończony 25.02.2024\u00a0r., a poprzedni etap, „pozyskanie decydentów”, nie był wtedy ukończony. Popraw daty ukończenia etapów.",
			"Stage \"selection of families\" is recorded as completed on 25 February 2024, but the previous stage, \"engaging the decision-makers\", was not completed by then. Correct the dates the stages were completed."},
		{"variant", stRural, []StageRecord{{Stage: "harvest"}},
			map[string]string{"stage": "harvest", "stage.pl": "„harvest”", "stage.en": `"harvest"`,
				"variant": "rural", "variant.pl": "wiejski", "variant.en": "rural"},
			"Etap „harvest” nie występuje w wybranym wariancie modelu (wiejski). Usuń ten etap albo zmień wariant.",
			"Stage \"harvest\" is not a stage of the chosen variant of the model (rural). Remove the stage or change the variant."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := tt.build()
			b.Stages = tt.stages
			for lang, want := range map[cooperation.Lang]string{cooperation.Polish: tt.pl, cooperation.English: tt.en} {
				fs := stageFindings(t, b, "2025-06-30", cooperation.InLanguage(lang))
				if len(fs) != 1 {
					t.Fatalf("Check() stage findings = %+v, want one", fs)
				}
				if fs[0].Message != want || !reflect.DeepEqual(fs[0].Params, tt.params) || fs[0].Severity != cooperation.SeverityError {
					t.Errorf("Check() = %q %v %s\nwant %q %v error", fs[0].Message, fs[0].Params, fs[0].Severity, want, tt.params)
				}
			}
		})
	}
}

// stSign dates institution's signatures under agreement id on day.
func stSign(b *Bundle, id, institution, day string) {
	for i := range b.Agreements {
		if b.Agreements[i].ID != id {
			continue
		}
		for k := range b.Agreements[i].Signatures {
			if b.Agreements[i].Signatures[k].Party == institution {
				b.Agreements[i].Signatures[k].Date = stDate(day)
			}
		}
	}
}
