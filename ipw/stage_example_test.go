package ipw_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
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
	// missing at /teams/0/members/2: PZK member KPP w Staszowie is not a party to any cooperation agreement in force
	//   (pl) członek PZK KPP w Staszowie nie jest stroną żadnego obowiązującego porozumienia o współpracy
}
