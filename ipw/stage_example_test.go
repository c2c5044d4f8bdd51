package ipw_test

import (
	"encoding/json"
	"fmt"
	"log"
	"slices"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/schema"
)

// Bogoria, an urban-rural gmina, in the spring of 2024: the decision-makers
// are on board, a family is qualified, the PZK has met, and the agreement
// has been signed by every member but the police. (The bundle is abridged:
// Progress reads only what the stages need; schema.Check checks the rest.)
const bogoria = `{
  "schemaVersion": "1",
  "variant": "urban_rural",
  "municipality": {"teryt": "2612013", "name": "Bogoria"},
  "asOf": "2024-05-15",
  "institutions": [
    {"id": "gmina", "name": "Gmina Bogoria", "kind": "gmina", "teryt": "2612013"},
    {"id": "mgops", "name": "MGOPS w Bogorii", "kind": "ops", "teryt": "2612013"},
    {"id": "pcpr", "name": "PCPR w Staszowie", "kind": "pcpr", "teryt": "2612"},
    {"id": "kpp", "name": "KPP w Staszowie", "kind": "police", "teryt": "2612"}
  ],
  "teams": [{
    "id": "pzk", "kind": "pzk", "name": "PZK Bogoria", "formed": "2024-02-01",
    "members": [
      {"institution": "mgops", "representative": "Katarzyna Mazur", "roles": ["leader"], "joined": "2024-02-01"},
      {"institution": "pcpr", "representative": "Tomasz Krawiec", "roles": ["member"], "joined": "2024-02-01"},
      {"institution": "kpp", "representative": "Marek Dudek", "roles": ["member"], "joined": "2024-02-01"}
    ],
    "meetings": [{"date": "2024-03-05", "attendees": ["mgops", "pcpr", "kpp"]}]
  }],
  "agreements": [{
    "id": "por-1", "kind": "local_cooperation", "title": "Porozumienie o współpracy",
    "scope": "wsparcie rodzin", "parties": ["gmina", "mgops", "pcpr"],
    "signatures": [
      {"party": "gmina", "signatory": "Burmistrz", "date": "2024-04-10"},
      {"party": "mgops", "signatory": "Kierownik MGOPS", "date": "2024-04-10"},
      {"party": "pcpr", "signatory": "Dyrektor PCPR", "date": "2024-04-10"}
    ]
  }],
  "ipws": [{"id": "ipw-1", "team": "ggk-1", "qualification": {"date": "2024-02-20"}}],
  "stages": [{"stage": "decision_makers", "completed": "2024-01-30",
              "evidence": "protokół spotkania z burmistrzem i starostą"}]
}`

func ExampleProgress() {
	var b ipw.Bundle
	if err := json.Unmarshal([]byte(bogoria), &b); err != nil {
		log.Fatal(err)
	}
	r, err := ipw.Progress(&b)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("date:", r.Date)
	fmt.Println("completed:", r.Completed)
	fmt.Printf("current: %s (%s)\n", r.Current, r.Current.Title(cooperation.Polish))
	fmt.Println("next:", r.Next)
	for _, m := range r.Missing {
		fmt.Printf("missing at %s: %s\n", m.Path, m.English)
		fmt.Printf("  (pl) %s\n", m.Polish)
	}
	// Output:
	// date: 2024-05-15
	// completed: [decision_makers family_selection institution_meeting]
	// current: formalisation (formalizacja współpracy)
	// next: case_groups
	// missing at /teams/0/members/2: KPP w Staszowie: this PZK member is not a party to any cooperation agreement in force. Add it to an agreement by an annex, or conclude one with it.
	//   (pl) KPP w Staszowie: ta instytucja, członek PZK, nie jest stroną żadnego obowiązującego porozumienia o współpracy. Dołącz ją do porozumienia aneksem albo zawrzyj z nią porozumienie.
}

// TestProgressExamples: the example bundles of examples/ report their real
// stage at their asOf, agree with their own stage records, and draw no
// stage.* finding.
func TestProgressExamples(t *testing.T) {
	type item struct {
		code string
		path cooperation.Path
	}
	tests := []struct {
		name      string
		completed int
		current   ipw.Stage
		missing   []item
	}{
		{"rural", 4, ipw.StageEvaluation, []item{{"stage.ipw_not_closed", "/ipws/0"}}},
		{"urban", 6, ipw.StageEvaluation, []item{{"stage.ipw_not_closed", "/ipws/0"}}},
		{"urban_rural", 5, ipw.StageEvaluation, []item{{"stage.ipw_not_closed", "/ipws/0"}, {"stage.ipw_not_closed", "/ipws/1"}}},
	}
	if names := examples.Names(); len(names) != len(tests) {
		t.Errorf("examples.Names() = %v, want a row here for each", names)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := examples.Bundle(tt.name)
			if err != nil {
				t.Fatal(err)
			}
			res := schema.Check(data)
			if res.Bundle == nil {
				t.Fatalf("schema.Check(%s) did not decode: %v", tt.name, res.Findings)
			}
			for _, f := range res.Findings {
				if strings.HasPrefix(string(f.Code), "stage.") {
					t.Errorf("schema.Check(%s): %s at %s: %s", tt.name, f.Code, f.Path, f.Message)
				}
			}
			b := res.Bundle
			r, err := ipw.Progress(b)
			if err != nil {
				t.Fatal(err)
			}
			if want := ipw.Stages(b.Variant)[:tt.completed]; !slices.Equal(r.Completed, want) || r.Current != tt.current {
				t.Errorf("Progress(%s) = %v, current %q; want %v, current %q", tt.name, r.Completed, r.Current, want, tt.current)
			}
			var got []item
			for _, m := range r.Missing {
				got = append(got, item{m.Code, m.Path})
			}
			if !slices.Equal(got, tt.missing) {
				t.Errorf("Progress(%s).Missing = %v, want %v", tt.name, got, tt.missing)
			}
			for _, rec := range b.Stages {
				if !rec.Completed.IsZero() && !rec.Completed.After(r.Date) && !slices.Contains(r.Completed, rec.Stage) {
					t.Errorf("%s records %s as completed on %s, but Progress does not count it", tt.name, rec.Stage, rec.Completed)
				}
			}
		})
	}
}
