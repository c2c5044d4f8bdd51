package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The shipped JSON Schema files, by file name and absolute $id.
var schemaFilesIDs = []struct{ file, id string }{
	{"bundle.schema.json", "https://kooperacja.dev/schema/v1/bundle.schema.json"},
	{"profile.schema.json", "https://kooperacja.dev/schema/v1/profile.schema.json"},
	{"scenario.schema.json", "https://kooperacja.dev/schema/v1/scenario.schema.json"},
}

const (
	schemaFilesBundleID   = "https://kooperacja.dev/schema/v1/bundle.schema.json"
	schemaFilesProfileID  = "https://kooperacja.dev/schema/v1/profile.schema.json"
	schemaFilesScenarioID = "https://kooperacja.dev/schema/v1/scenario.schema.json"
)

// schemaFilesRead returns the raw bytes of one shipped schema file.
func schemaFilesRead(t *testing.T, file string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("schemas", file))
	if err != nil {
		t.Fatalf("read %s: %v", file, err)
	}
	return b
}

// schemaFilesCompile compiles the three files with one compiler (so that the
// cross-file references resolve by absolute id, never by fetching) and returns
// the compiled schemas by id.
func schemaFilesCompile(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	for _, f := range schemaFilesIDs {
		if err := c.AddResource(f.id, bytes.NewReader(schemaFilesRead(t, f.file))); err != nil {
			t.Fatalf("add %s: %v", f.file, err)
		}
	}
	out := make(map[string]*jsonschema.Schema)
	for _, f := range schemaFilesIDs {
		s, err := c.Compile(f.id)
		if err != nil {
			t.Fatalf("compile %s: %#v", f.file, err)
		}
		out[f.id] = s
	}
	return out
}

// schemaFilesDecode decodes an instance the way the validator expects
// (numbers as json.Number).
func schemaFilesDecode(t *testing.T, doc string) any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("instance is not JSON: %v\n%s", err, doc)
	}
	return v
}

// schemaFilesMerge overwrites the top-level keys of the object base with those
// of the object patch; a patch value null deletes the key.
func schemaFilesMerge(base, patch string) string {
	var b, p map[string]json.RawMessage
	if err := json.Unmarshal([]byte(base), &b); err != nil {
		panic("schemaFilesMerge base: " + err.Error())
	}
	if err := json.Unmarshal([]byte(patch), &p); err != nil {
		panic("schemaFilesMerge patch: " + err.Error())
	}
	for k, v := range p {
		if string(v) == "null" {
			delete(b, k)
			continue
		}
		b[k] = v
	}
	out, err := json.Marshal(b)
	if err != nil {
		panic(err)
	}
	return string(out)
}

const schemaFilesMinimalBundle = `{
  "schemaVersion": "1",
  "variant": "rural",
  "municipality": {"teryt": "2612012", "name": "Bogoria"}
}`

const schemaFilesMinimalIPW = `{
  "id": "ipw1",
  "team": "pzk",
  "caseWorker": {"institution": "ops", "name": "Anna Nowak"},
  "beneficiary": {
    "kind": "person",
    "pseudonym": "K-1",
    "members": [{"id": "m1", "role": "applicant", "birthYear": 1980}]
  },
  "period": {"start": "2026-01-01", "end": "2026-12-31"}
}`

// schemaFilesBundle returns the minimal bundle patched with the top-level
// properties of patch.
func schemaFilesBundle(patch string) string {
	return schemaFilesMerge(schemaFilesMinimalBundle, patch)
}

// schemaFilesIPW returns the minimal bundle holding one IPW: the minimal IPW
// patched with the properties of patch.
func schemaFilesIPW(patch string) string {
	return schemaFilesBundle(`{"ipws": [` + schemaFilesMerge(schemaFilesMinimalIPW, patch) + `]}`)
}

// schemaFilesEvent returns a scenario holding the single event ev.
func schemaFilesEvent(ev string) string {
	return `{"horizon": "2026-12-31", "events": [` + ev + `]}`
}

// A bundle that uses every part of the bundle schema.
const schemaFilesFullBundle = `{
  "schemaVersion": "1",
  "variant": "rural",
  "municipality": {"teryt": "2612012", "name": "Bogoria", "population": 7500},
  "asOf": "2026-03-31",
  "profile": {
    "team": {"minInstitutions": 5, "requireAnimators": true},
    "severity": {"ipw.single_institution": "error", "team.meeting_gap": "off"}
  },
  "institutions": [
    {"id": "gmina", "name": "Gmina Bogoria", "kind": "gmina", "teryt": "2612012"},
    {"id": "ops", "name": "GOPS w Bogorii", "kind": "ops", "level": "gmina", "teryt": "2612012",
     "regon": "123456785", "nip": "1234563218", "sector": "social_assistance"},
    {"id": "pcpr", "name": "PCPR w Staszowie", "kind": "pcpr", "teryt": "2612"},
    {"id": "pup", "name": "PUP w Staszowie", "kind": "pup", "teryt": "2612"},
    {"id": "coop", "name": "Spółdzielnia socjalna", "kind": "other", "sector": "civil_society", "teryt": "2612012"},
    {"id": "zus", "name": "ZUS Centrala", "kind": "zus", "level": "national"}
  ],
  "services": [
    {"id": "s1", "name": "Poradnictwo zawodowe", "provider": "pup", "monthlyCapacity": 10},
    {"id": "s2", "name": "Terapia rodzinna", "provider": "pcpr"}
  ],
  "teams": [
    {
      "id": "pzk", "kind": "pzk", "name": "PZK Bogoria", "formed": "2025-01-15",
      "members": [
        {"institution": "ops", "representative": "Anna Nowak", "roles": ["leader", "gmina_animator", "case_worker"], "joined": "2025-01-15"},
        {"institution": "pcpr", "representative": "Jan Kowalski", "roles": ["powiat_animator"], "joined": "2025-01-15"},
        {"institution": "pup", "representative": "Ewa Lis", "roles": ["member"], "joined": "2025-02-01", "left": "2026-02-28"}
      ],
      "meetings": [
        {"date": "2025-01-15", "attendees": ["ops", "pcpr"], "notes": "Spotkanie inauguracyjne"},
        {"date": "2025-04-10"}
      ]
    },
    {
      "id": "ggk1", "kind": "ggk", "name": "GGK 1", "formed": "2025-03-01", "parentTeam": "pzk",
      "members": [{"institution": "ops", "representative": "Anna Nowak", "roles": ["coordinator", "network_officer"], "joined": "2025-03-01"}]
    }
  ],
  "agreements": [
    {
      "id": "a1", "kind": "local_cooperation", "title": "Porozumienie o współpracy",
      "scope": "Realizacja modelu kooperacji", "parties": ["gmina", "pcpr", "pup"],
      "signatures": [
        {"party": "gmina", "signatory": "Wójt", "function": "wójt", "date": "2025-01-10"},
        {"party": "pcpr", "signatory": "Dyrektor PCPR", "date": "2025-01-12"},
        {"party": "pup", "signatory": "Dyrektor PUP", "date": "2025-01-12"}
      ],
      "effectiveFrom": "2025-01-15", "validUntil": "2026-12-31", "noticePeriodDays": 30,
      "annexes": [
        {"id": "an1", "date": "2025-06-01", "effectiveFrom": "2025-06-15", "addParties": ["coop"],
         "removeParties": [], "validUntil": "2027-12-31",
         "signatures": [{"party": "coop", "signatory": "Prezes", "date": "2025-06-01"}]}
      ],
      "withdrawals": [
        {"party": "pup", "noticeDate": "2026-01-29", "effectiveDate": "2026-02-28"},
        {"party": "coop", "noticeDate": "2026-03-01"}
      ]
    },
    {
      "id": "d1", "kind": "accession_declaration", "title": "Deklaracja przystąpienia", "team": "pzk",
      "parties": ["pcpr", "ops"], "signatures": [{"party": "pcpr", "signatory": "Dyrektor PCPR", "date": "2025-01-12"}]
    }
  ],
  "ipws": [
    {
      "id": "ipw1", "team": "pzk",
      "caseWorker": {"institution": "ops", "name": "Anna Nowak"},
      "beneficiary": {
        "kind": "family", "pseudonym": "Rodzina A",
        "members": [
          {"id": "m1", "role": "applicant", "birthYear": 1985, "pesel": "85010112345"},
          {"id": "m2", "role": "spouse", "birthYear": 1983},
          {"id": "m3", "role": "child", "birthYear": 2012}
        ]
      },
      "qualification": {"date": "2025-03-01", "referredBy": "pcpr", "reasons": ["multiple_problems", "crisis"], "notes": "…"},
      "consent": {"date": "2025-03-02", "givenBy": ["m1", "m2"], "scope": ["ops", "pcpr", "pup"]},
      "diagnosis": {
        "date": "2025-03-10", "methods": ["genogram", "psr", "interview"],
        "areas": [
          {"area": "employment", "problem": true, "causes": "Długotrwałe bezrobocie", "strengths": "Motywacja",
           "weaknesses": "Brak kwalifikacji", "resources": "Wsparcie rodziny", "deficits": "Brak transportu",
           "expectations": "Stała praca", "needs": "Kurs zawodowy"},
          {"area": "housing", "problem": true},
          {"area": "health", "problem": false}
        ]
      },
      "period": {"start": "2025-04-01", "end": "2026-03-31"},
      "goals": [
        {"id": "g1", "title": "Zatrudnienie", "areas": ["employment"], "measure": "umowa o pracę", "target": "1 umowa",
         "targetDate": "2026-01-31", "outcome": "achieved"}
      ],
      "deferredAreas": [{"area": "housing", "reason": "Oczekiwanie na lokal komunalny"}],
      "actions": [
        {"id": "a1", "goal": "g1", "title": "Kurs zawodowy", "responsible": {"institution": "pup"}, "service": "s1",
         "start": "2025-04-15", "due": "2025-09-30", "status": "done", "completed": "2025-09-20", "notes": "ukończony"},
        {"id": "a2", "goal": "g1", "title": "Udział w rozmowach kwalifikacyjnych", "responsible": {"member": "m1"},
         "start": "2025-10-01", "due": "2026-01-31", "status": "in_progress"}
      ],
      "reviews": [
        {"date": "2025-06-30", "participants": ["ops", "pup"], "decision": "continue", "notes": "bez zmian"},
        {"date": "2025-09-30", "decision": "extend", "newEnd": "2026-06-30"}
      ],
      "suspensions": [{"from": "2025-12-01", "to": "2025-12-31", "reason": "pobyt w szpitalu"}],
      "signatures": [
        {"signer": {"member": "m1"}, "date": "2025-03-20"},
        {"signer": {"institution": "ops", "name": "Anna Nowak"}, "date": "2025-03-20"}
      ],
      "closure": {"date": "2026-03-31", "reason": "goals_achieved", "goalOutcomes": {"g1": "achieved"}, "summary": "Cel osiągnięty"},
      "status": "closed"
    }
  ],
  "stages": [
    {"stage": "preparation", "started": "2025-01-01", "completed": "2025-01-15", "evidence": "Zarządzenie wójta nr 1/2025"},
    {"stage": "formalisation"}
  ],
  "extensions": {"vendor": {"anything": [1, "two", null, true]}}
}`

const schemaFilesFullProfile = `{
  "team": {
    "minInstitutions": 5, "minSectors": 3, "requirePowiat": true, "requireAnimators": false,
    "meetingMaxGapDays": 92, "caseTeamKind": "zzk", "requireDeclarations": true
  },
  "ipw": {"typicalMaxMonths": 13, "maxMonths": 24, "reviewMaxGapDays": 92, "minInstitutions": 0},
  "agreement": {"defaultNoticePeriodDays": 0, "expiryWarningDays": 60},
  "severity": {
    "document.invalid_json": "error",
    "schema.violation": "error",
    "ipw.single_institution": "error",
    "team.meeting_gap": "off",
    "ipw.action_due_non_working_day": "warning",
    "privacy.pesel_present": "info",
    "stage.evidence_missing": "warning"
  }
}`

const schemaFilesFullScenario = `{
  "horizon": "2026-12-31",
  "assume": "on_time",
  "events": [
    {"date": "2026-04-01", "type": "action_started", "ipw": "ipw1", "action": "a1"},
    {"date": "2026-04-02", "type": "action_done", "ipw": "ipw1", "action": "a1"},
    {"date": "2026-04-03", "type": "action_not_done", "ipw": "ipw1", "action": "a2"},
    {"date": "2026-04-04", "type": "action_cancelled", "ipw": "ipw1", "action": "a3"},
    {"date": "2026-04-05", "type": "review", "ipw": "ipw1", "decision": "extend", "newEnd": "2026-09-30"},
    {"date": "2026-04-06", "type": "suspend", "ipw": "ipw1", "reason": "pobyt w szpitalu"},
    {"date": "2026-04-07", "type": "resume", "ipw": "ipw1"},
    {"date": "2026-04-08", "type": "close", "ipw": "ipw1", "reason": "goals_partially_achieved",
     "goalOutcomes": {"g1": "achieved", "g2": "not_achieved"}},
    {"date": "2026-04-09", "type": "consent_withdrawn", "ipw": "ipw2"},
    {"date": "2026-04-10", "type": "partner_withdraws", "institution": "pup"},
    {"date": "2026-04-11", "type": "partner_joins", "institution": "ngo", "agreement": "a1"},
    {"date": "2026-04-12", "type": "agreement_expires", "agreement": "a1"},
    {"date": "2026-04-13", "type": "ipw_added", "document": ` + schemaFilesMinimalIPW + `}
  ]
}`

type schemaFilesCase struct {
	name    string
	schema  string // $id of the schema, or $id plus a fragment
	doc     string
	pointer string // instance location of the expected error; unused when keyword is ""
	keyword string // expected keyword (a suffix of its keyword location); "" means valid
}

func schemaFilesCases() []schemaFilesCase {
	B, P, S := schemaFilesBundleID, schemaFilesProfileID, schemaFilesScenarioID
	return []schemaFilesCase{
		// Valid documents.
		{name: "bundle/minimal", schema: B, doc: schemaFilesMinimalBundle},
		{name: "bundle/full", schema: B, doc: schemaFilesFullBundle},
		{name: "bundle/empty collections", schema: B, doc: schemaFilesBundle(`{"institutions":[],"services":[],"teams":[],"agreements":[],"ipws":[],"stages":[],"extensions":{}}`)},
		{name: "bundle/minimal ipw", schema: B, doc: schemaFilesIPW(`{}`)},
		{name: "bundle/identifiers are not checked by the schema", schema: B, doc: schemaFilesBundle(`{
			"schemaVersion": "99",
			"municipality": {"teryt": "x", "name": "X"},
			"institutions": [{"id": "i", "name": "I", "kind": "ngo", "teryt": "", "regon": "1", "nip": "abc"}],
			"ipws": [` + schemaFilesMerge(schemaFilesMinimalIPW, `{"beneficiary": {"kind": "person", "pseudonym": "P", "members": [{"id": "m", "role": "other", "birthYear": 2299, "pesel": "00000000000"}]}}`) + `]}`)},
		{name: "bundle/birthYear lower bound", schema: B, doc: schemaFilesIPW(`{"beneficiary": {"kind": "family", "pseudonym": "P", "members": [{"id": "m", "role": "parent", "birthYear": 1800}]}}`)},
		{name: "bundle/leap day", schema: B, doc: schemaFilesBundle(`{"asOf": "2028-02-29"}`)},
		{name: "bundle/every stage name", schema: B, doc: schemaFilesBundle(`{"stages": [
			{"stage": "preparation"}, {"stage": "formalisation"}, {"stage": "recruitment_diagnosis"},
			{"stage": "ipw_implementation"}, {"stage": "evaluation"}, {"stage": "decision_makers"},
			{"stage": "family_selection"}, {"stage": "institution_meeting"}, {"stage": "case_groups"},
			{"stage": "resource_diagnosis"}, {"stage": "partner_mapping"}, {"stage": "preselection"},
			{"stage": "pzk_initiation"}, {"stage": "case_teams"}]}`)},
		{name: "profile/empty", schema: P, doc: `{}`},
		{name: "profile/full", schema: P, doc: schemaFilesFullProfile},
		{name: "scenario/minimal", schema: S, doc: `{"horizon": "2026-12-31", "events": []}`},
		{name: "scenario/every event type", schema: S, doc: schemaFilesFullScenario},
		{name: "scenario/suspend reason is free text", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "suspend", "ipw": "i", "reason": "any text at all"}`)},

		// Bundle: top level.
		{name: "bundle/not an object", schema: B, doc: `[]`, pointer: "", keyword: "type"},
		{name: "bundle/schemaVersion missing", schema: B, doc: schemaFilesBundle(`{"schemaVersion": null}`), pointer: "", keyword: "required"},
		{name: "bundle/schemaVersion not a string", schema: B, doc: schemaFilesBundle(`{"schemaVersion": 1}`), pointer: "/schemaVersion", keyword: "type"},
		{name: "bundle/variant missing", schema: B, doc: schemaFilesBundle(`{"variant": null}`), pointer: "", keyword: "required"},
		{name: "bundle/variant unknown", schema: B, doc: schemaFilesBundle(`{"variant": "city"}`), pointer: "/variant", keyword: "enum"},
		{name: "bundle/unknown property", schema: B, doc: schemaFilesBundle(`{"institution": []}`), pointer: "", keyword: "additionalProperties"},
		{name: "bundle/asOf impossible date", schema: B, doc: schemaFilesBundle(`{"asOf": "2025-02-30"}`), pointer: "/asOf", keyword: "format"},
		{name: "bundle/asOf not a leap day", schema: B, doc: schemaFilesBundle(`{"asOf": "2026-02-29"}`), pointer: "/asOf", keyword: "format"},
		{name: "bundle/asOf with time", schema: B, doc: schemaFilesBundle(`{"asOf": "2026-01-01T00:00:00Z"}`), pointer: "/asOf", keyword: "format"},
		{name: "bundle/asOf without zero padding", schema: B, doc: schemaFilesBundle(`{"asOf": "2026-1-5"}`), pointer: "/asOf", keyword: "format"},
		{name: "bundle/extensions not an object", schema: B, doc: schemaFilesBundle(`{"extensions": [1]}`), pointer: "/extensions", keyword: "type"},
		{name: "bundle/institutions not an array", schema: B, doc: schemaFilesBundle(`{"institutions": {}}`), pointer: "/institutions", keyword: "type"},

		// Municipality.
		{name: "municipality/teryt missing", schema: B, doc: schemaFilesBundle(`{"municipality": {"name": "X"}}`), pointer: "/municipality", keyword: "required"},
		{name: "municipality/teryt not a string", schema: B, doc: schemaFilesBundle(`{"municipality": {"teryt": 2612012, "name": "X"}}`), pointer: "/municipality/teryt", keyword: "type"},
		{name: "municipality/unknown property", schema: B, doc: schemaFilesBundle(`{"municipality": {"teryt": "2612012", "name": "X", "typ": 2}}`), pointer: "/municipality", keyword: "additionalProperties"},
		{name: "municipality/negative population", schema: B, doc: schemaFilesBundle(`{"municipality": {"teryt": "2612012", "name": "X", "population": -1}}`), pointer: "/municipality/population", keyword: "minimum"},
		{name: "municipality/fractional population", schema: B, doc: schemaFilesBundle(`{"municipality": {"teryt": "2612012", "name": "X", "population": 1.5}}`), pointer: "/municipality/population", keyword: "type"},

		// Institutions and services.
		{name: "institution/kind unknown", schema: B, doc: schemaFilesBundle(`{"institutions": [{"id": "i", "name": "I", "kind": "bank", "teryt": "2612012"}]}`), pointer: "/institutions/0/kind", keyword: "enum"},
		{name: "institution/teryt missing", schema: B, doc: schemaFilesBundle(`{"institutions": [{"id": "i", "name": "I", "kind": "ngo"}]}`), pointer: "/institutions/0", keyword: "required"},
		{name: "institution/kind missing", schema: B, doc: schemaFilesBundle(`{"institutions": [{"id": "i", "name": "I"}]}`), pointer: "/institutions/0", keyword: "required"},
		{name: "institution/empty id", schema: B, doc: schemaFilesBundle(`{"institutions": [{"id": "", "name": "I", "kind": "ops", "teryt": "2612012"}]}`), pointer: "/institutions/0/id", keyword: "minLength"},
		{name: "institution/level unknown", schema: B, doc: schemaFilesBundle(`{"institutions": [{"id": "i", "name": "I", "kind": "ops", "level": "regional", "teryt": "2612012"}]}`), pointer: "/institutions/0/level", keyword: "enum"},
		{name: "institution/sector unknown", schema: B, doc: schemaFilesBundle(`{"institutions": [{"id": "i", "name": "I", "kind": "other", "sector": "banking", "teryt": "2612012"}]}`), pointer: "/institutions/0/sector", keyword: "enum"},
		{name: "institution/regon not a string", schema: B, doc: schemaFilesBundle(`{"institutions": [{"id": "i", "name": "I", "kind": "ops", "regon": 123456785, "teryt": "2612012"}]}`), pointer: "/institutions/0/regon", keyword: "type"},
		{name: "institution/unknown property", schema: B, doc: schemaFilesBundle(`{"institutions": [{"id": "i", "name": "I", "kind": "ops", "krs": "1", "teryt": "2612012"}]}`), pointer: "/institutions/0", keyword: "additionalProperties"},
		{name: "service/provider missing", schema: B, doc: schemaFilesBundle(`{"services": [{"id": "s", "name": "S"}]}`), pointer: "/services/0", keyword: "required"},
		{name: "service/negative capacity", schema: B, doc: schemaFilesBundle(`{"services": [{"id": "s", "name": "S", "provider": "p", "monthlyCapacity": -1}]}`), pointer: "/services/0/monthlyCapacity", keyword: "minimum"},

		// Teams.
		{name: "team/kind unknown", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "zi", "name": "T", "formed": "2025-01-01", "members": []}]}`), pointer: "/teams/0/kind", keyword: "enum"},
		{name: "team/members missing", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "pzk", "name": "T", "formed": "2025-01-01"}]}`), pointer: "/teams/0", keyword: "required"},
		{name: "team/formed impossible date", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "pzk", "name": "T", "formed": "2025-04-31", "members": []}]}`), pointer: "/teams/0/formed", keyword: "format"},
		{name: "team member/no roles", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "pzk", "name": "T", "formed": "2025-01-01",
			"members": [{"institution": "ops", "representative": "A", "roles": [], "joined": "2025-01-01"}]}]}`), pointer: "/teams/0/members/0/roles", keyword: "minItems"},
		{name: "team member/role unknown", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "pzk", "name": "T", "formed": "2025-01-01",
			"members": [{"institution": "ops", "representative": "A", "roles": ["boss"], "joined": "2025-01-01"}]}]}`), pointer: "/teams/0/members/0/roles/0", keyword: "enum"},
		{name: "team member/left month 13", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "pzk", "name": "T", "formed": "2025-01-01",
			"members": [{"institution": "ops", "representative": "A", "roles": ["leader"], "joined": "2025-01-01", "left": "2026-13-01"}]}]}`), pointer: "/teams/0/members/0/left", keyword: "format"},
		{name: "team member/joined missing", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "pzk", "name": "T", "formed": "2025-01-01",
			"members": [{"institution": "ops", "representative": "A", "roles": ["leader"]}]}]}`), pointer: "/teams/0/members/0", keyword: "required"},
		{name: "meeting/unknown property", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "pzk", "name": "T", "formed": "2025-01-01", "members": [],
			"meetings": [{"date": "2025-02-01", "place": "GOPS"}]}]}`), pointer: "/teams/0/meetings/0", keyword: "additionalProperties"},
		{name: "meeting/attendee empty", schema: B, doc: schemaFilesBundle(`{"teams": [{"id": "t", "kind": "pzk", "name": "T", "formed": "2025-01-01", "members": [],
			"meetings": [{"date": "2025-02-01", "attendees": [""]}]}]}`), pointer: "/teams/0/meetings/0/attendees/0", keyword: "minLength"},

		// Agreements.
		{name: "agreement/kind unknown", schema: B, doc: schemaFilesBundle(`{"agreements": [{"id": "a", "kind": "contract", "title": "A", "parties": [], "signatures": []}]}`), pointer: "/agreements/0/kind", keyword: "enum"},
		{name: "agreement/signatures missing", schema: B, doc: schemaFilesBundle(`{"agreements": [{"id": "a", "kind": "pilot", "title": "A", "parties": []}]}`), pointer: "/agreements/0", keyword: "required"},
		{name: "agreement/negative notice period", schema: B, doc: schemaFilesBundle(`{"agreements": [{"id": "a", "kind": "pilot", "title": "A", "parties": [], "signatures": [], "noticePeriodDays": -5}]}`), pointer: "/agreements/0/noticePeriodDays", keyword: "minimum"},
		{name: "agreement/validUntil impossible date", schema: B, doc: schemaFilesBundle(`{"agreements": [{"id": "a", "kind": "pilot", "title": "A", "parties": [], "signatures": [], "validUntil": "2026-06-31"}]}`), pointer: "/agreements/0/validUntil", keyword: "format"},
		{name: "agreement signature/signatory missing", schema: B, doc: schemaFilesBundle(`{"agreements": [{"id": "a", "kind": "pilot", "title": "A", "parties": ["g"],
			"signatures": [{"party": "g", "date": "2025-01-01"}]}]}`), pointer: "/agreements/0/signatures/0", keyword: "required"},
		{name: "annex/effectiveFrom missing", schema: B, doc: schemaFilesBundle(`{"agreements": [{"id": "a", "kind": "pilot", "title": "A", "parties": [], "signatures": [],
			"annexes": [{"id": "an", "date": "2025-01-01", "signatures": []}]}]}`), pointer: "/agreements/0/annexes/0", keyword: "required"},
		{name: "annex/signature unknown property", schema: B, doc: schemaFilesBundle(`{"agreements": [{"id": "a", "kind": "pilot", "title": "A", "parties": [], "signatures": [],
			"annexes": [{"id": "an", "date": "2025-01-01", "effectiveFrom": "2025-01-01", "signatures": [{"party": "g", "signatory": "W", "date": "2025-01-01", "place": "X"}]}]}]}`), pointer: "/agreements/0/annexes/0/signatures/0", keyword: "additionalProperties"},
		{name: "withdrawal/unknown property", schema: B, doc: schemaFilesBundle(`{"agreements": [{"id": "a", "kind": "pilot", "title": "A", "parties": [], "signatures": [],
			"withdrawals": [{"party": "p", "noticeDate": "2025-01-01", "reason": "x"}]}]}`), pointer: "/agreements/0/withdrawals/0", keyword: "additionalProperties"},

		// Stages.
		{name: "stage/name unknown", schema: B, doc: schemaFilesBundle(`{"stages": [{"stage": "launch"}]}`), pointer: "/stages/0/stage", keyword: "enum"},
		{name: "stage/completed impossible date", schema: B, doc: schemaFilesBundle(`{"stages": [{"stage": "evaluation", "completed": "2025-00-10"}]}`), pointer: "/stages/0/completed", keyword: "format"},

		// IPW.
		{name: "ipw/period missing", schema: B, doc: schemaFilesIPW(`{"period": null}`), pointer: "/ipws/0", keyword: "required"},
		{name: "ipw/period end missing", schema: B, doc: schemaFilesIPW(`{"period": {"start": "2026-01-01"}}`), pointer: "/ipws/0/period", keyword: "required"},
		{name: "ipw/unknown property", schema: B, doc: schemaFilesIPW(`{"coordinator": "x"}`), pointer: "/ipws/0", keyword: "additionalProperties"},
		{name: "ipw/status unknown", schema: B, doc: schemaFilesIPW(`{"status": "open"}`), pointer: "/ipws/0/status", keyword: "enum"},
		{name: "ipw/caseWorker name missing", schema: B, doc: schemaFilesIPW(`{"caseWorker": {"institution": "ops"}}`), pointer: "/ipws/0/caseWorker", keyword: "required"},
		{name: "beneficiary/kind unknown", schema: B, doc: schemaFilesIPW(`{"beneficiary": {"kind": "group", "pseudonym": "P", "members": [{"id": "m", "role": "applicant", "birthYear": 1980}]}}`), pointer: "/ipws/0/beneficiary/kind", keyword: "enum"},
		{name: "beneficiary/no members", schema: B, doc: schemaFilesIPW(`{"beneficiary": {"kind": "person", "pseudonym": "P", "members": []}}`), pointer: "/ipws/0/beneficiary/members", keyword: "minItems"},
		{name: "beneficiary member/role unknown", schema: B, doc: schemaFilesIPW(`{"beneficiary": {"kind": "family", "pseudonym": "P", "members": [{"id": "m", "role": "cousin", "birthYear": 1980}]}}`), pointer: "/ipws/0/beneficiary/members/0/role", keyword: "enum"},
		{name: "beneficiary member/birthYear too early", schema: B, doc: schemaFilesIPW(`{"beneficiary": {"kind": "family", "pseudonym": "P", "members": [{"id": "m", "role": "child", "birthYear": 1799}]}}`), pointer: "/ipws/0/beneficiary/members/0/birthYear", keyword: "minimum"},
		{name: "beneficiary member/birthYear too late", schema: B, doc: schemaFilesIPW(`{"beneficiary": {"kind": "family", "pseudonym": "P", "members": [{"id": "m", "role": "child", "birthYear": 2300}]}}`), pointer: "/ipws/0/beneficiary/members/0/birthYear", keyword: "maximum"},
		{name: "beneficiary member/pesel not a string", schema: B, doc: schemaFilesIPW(`{"beneficiary": {"kind": "family", "pseudonym": "P", "members": [{"id": "m", "role": "child", "birthYear": 2010, "pesel": 10210112345}]}}`), pointer: "/ipws/0/beneficiary/members/0/pesel", keyword: "type"},
		{name: "qualification/reason unknown", schema: B, doc: schemaFilesIPW(`{"qualification": {"date": "2025-12-01", "reasons": ["poverty"]}}`), pointer: "/ipws/0/qualification/reasons/0", keyword: "enum"},
		{name: "consent/scope missing", schema: B, doc: schemaFilesIPW(`{"consent": {"date": "2025-12-01", "givenBy": ["m1"]}}`), pointer: "/ipws/0/consent", keyword: "required"},
		{name: "consent/withdrawn impossible date", schema: B, doc: schemaFilesIPW(`{"consent": {"date": "2025-12-01", "givenBy": ["m1"], "scope": [], "withdrawn": "2026-09-31"}}`), pointer: "/ipws/0/consent/withdrawn", keyword: "format"},
		{name: "diagnosis/method unknown", schema: B, doc: schemaFilesIPW(`{"diagnosis": {"date": "2025-12-01", "methods": ["test"], "areas": []}}`), pointer: "/ipws/0/diagnosis/methods/0", keyword: "enum"},
		{name: "diagnosis/areas missing", schema: B, doc: schemaFilesIPW(`{"diagnosis": {"date": "2025-12-01"}}`), pointer: "/ipws/0/diagnosis", keyword: "required"},
		{name: "diagnosis area/unknown", schema: B, doc: schemaFilesIPW(`{"diagnosis": {"date": "2025-12-01", "areas": [{"area": "money", "problem": true}]}}`), pointer: "/ipws/0/diagnosis/areas/0/area", keyword: "enum"},
		{name: "diagnosis area/problem not boolean", schema: B, doc: schemaFilesIPW(`{"diagnosis": {"date": "2025-12-01", "areas": [{"area": "income", "problem": "yes"}]}}`), pointer: "/ipws/0/diagnosis/areas/0/problem", keyword: "type"},
		{name: "diagnosis area/unknown facet", schema: B, doc: schemaFilesIPW(`{"diagnosis": {"date": "2025-12-01", "areas": [{"area": "income", "problem": true, "threats": "x"}]}}`), pointer: "/ipws/0/diagnosis/areas/0", keyword: "additionalProperties"},
		{name: "goal/areas missing", schema: B, doc: schemaFilesIPW(`{"goals": [{"id": "g", "title": "G"}]}`), pointer: "/ipws/0/goals/0", keyword: "required"},
		{name: "goal/area unknown", schema: B, doc: schemaFilesIPW(`{"goals": [{"id": "g", "title": "G", "areas": ["work"]}]}`), pointer: "/ipws/0/goals/0/areas/0", keyword: "enum"},
		{name: "goal/outcome unknown", schema: B, doc: schemaFilesIPW(`{"goals": [{"id": "g", "title": "G", "areas": ["income"], "outcome": "done"}]}`), pointer: "/ipws/0/goals/0/outcome", keyword: "enum"},
		{name: "deferred area/reason missing", schema: B, doc: schemaFilesIPW(`{"deferredAreas": [{"area": "housing"}]}`), pointer: "/ipws/0/deferredAreas/0", keyword: "required"},
		{name: "action/status unknown", schema: B, doc: schemaFilesIPW(`{"actions": [{"id": "a", "goal": "g", "title": "A", "responsible": {"institution": "ops"}, "start": "2026-01-01", "due": "2026-02-01", "status": "open"}]}`), pointer: "/ipws/0/actions/0/status", keyword: "enum"},
		{name: "action/due impossible date", schema: B, doc: schemaFilesIPW(`{"actions": [{"id": "a", "goal": "g", "title": "A", "responsible": {"institution": "ops"}, "start": "2026-01-01", "due": "2026-02-30", "status": "planned"}]}`), pointer: "/ipws/0/actions/0/due", keyword: "format"},
		{name: "action/status missing", schema: B, doc: schemaFilesIPW(`{"actions": [{"id": "a", "goal": "g", "title": "A", "responsible": {"institution": "ops"}, "start": "2026-01-01", "due": "2026-02-01"}]}`), pointer: "/ipws/0/actions/0", keyword: "required"},
		{name: "action/responsible both", schema: B, doc: schemaFilesIPW(`{"actions": [{"id": "a", "goal": "g", "title": "A", "responsible": {"institution": "ops", "member": "m1"}, "start": "2026-01-01", "due": "2026-02-01", "status": "planned"}]}`), pointer: "/ipws/0/actions/0/responsible", keyword: "oneOf"},
		{name: "action/responsible neither", schema: B, doc: schemaFilesIPW(`{"actions": [{"id": "a", "goal": "g", "title": "A", "responsible": {}, "start": "2026-01-01", "due": "2026-02-01", "status": "planned"}]}`), pointer: "/ipws/0/actions/0/responsible", keyword: "oneOf"},
		{name: "action/responsible a string", schema: B, doc: schemaFilesIPW(`{"actions": [{"id": "a", "goal": "g", "title": "A", "responsible": "ops", "start": "2026-01-01", "due": "2026-02-01", "status": "planned"}]}`), pointer: "/ipws/0/actions/0/responsible", keyword: "oneOf"},
		{name: "review/decision unknown", schema: B, doc: schemaFilesIPW(`{"reviews": [{"date": "2026-03-01", "decision": "stop"}]}`), pointer: "/ipws/0/reviews/0/decision", keyword: "enum"},
		{name: "review/newEnd impossible date", schema: B, doc: schemaFilesIPW(`{"reviews": [{"date": "2026-03-01", "decision": "extend", "newEnd": "2027-02-29"}]}`), pointer: "/ipws/0/reviews/0/newEnd", keyword: "format"},
		{name: "suspension/from missing", schema: B, doc: schemaFilesIPW(`{"suspensions": [{"to": "2026-03-01"}]}`), pointer: "/ipws/0/suspensions/0", keyword: "required"},
		{name: "signature/institution without name", schema: B, doc: schemaFilesIPW(`{"signatures": [{"signer": {"institution": "ops"}, "date": "2025-12-20"}]}`), pointer: "/ipws/0/signatures/0/signer", keyword: "oneOf"},
		{name: "signature/member with name", schema: B, doc: schemaFilesIPW(`{"signatures": [{"signer": {"member": "m1", "name": "Jan"}, "date": "2025-12-20"}]}`), pointer: "/ipws/0/signatures/0/signer", keyword: "oneOf"},
		{name: "signature/date missing", schema: B, doc: schemaFilesIPW(`{"signatures": [{"signer": {"member": "m1"}}]}`), pointer: "/ipws/0/signatures/0", keyword: "required"},
		{name: "closure/reason unknown", schema: B, doc: schemaFilesIPW(`{"closure": {"date": "2026-12-31", "reason": "finished"}}`), pointer: "/ipws/0/closure/reason", keyword: "enum"},
		{name: "closure/goal outcome unknown", schema: B, doc: schemaFilesIPW(`{"closure": {"date": "2026-12-31", "goalOutcomes": {"g1": "ok"}}}`), pointer: "/ipws/0/closure/goalOutcomes/g1", keyword: "enum"},
		{name: "closure/date missing", schema: B, doc: schemaFilesIPW(`{"closure": {"reason": "death"}}`), pointer: "/ipws/0/closure", keyword: "required"},

		// Profile, standalone and inside a bundle.
		{name: "profile/unknown section", schema: P, doc: `{"teams": {}}`, pointer: "", keyword: "additionalProperties"},
		{name: "profile/unknown team setting", schema: P, doc: `{"team": {"maxInstitutions": 9}}`, pointer: "/team", keyword: "additionalProperties"},
		{name: "profile/negative minInstitutions", schema: P, doc: `{"team": {"minInstitutions": -1}}`, pointer: "/team/minInstitutions", keyword: "minimum"},
		{name: "profile/fractional minSectors", schema: P, doc: `{"team": {"minSectors": 2.5}}`, pointer: "/team/minSectors", keyword: "type"},
		{name: "profile/requirePowiat not boolean", schema: P, doc: `{"team": {"requirePowiat": "yes"}}`, pointer: "/team/requirePowiat", keyword: "type"},
		{name: "profile/caseTeamKind wzk", schema: P, doc: `{"team": {"caseTeamKind": "wzk"}}`, pointer: "/team/caseTeamKind", keyword: "enum"},
		{name: "profile/zero maxMonths", schema: P, doc: `{"ipw": {"maxMonths": 0}}`, pointer: "/ipw/maxMonths", keyword: "minimum"},
		{name: "profile/zero reviewMaxGapDays", schema: P, doc: `{"ipw": {"reviewMaxGapDays": 0}}`, pointer: "/ipw/reviewMaxGapDays", keyword: "minimum"},
		{name: "profile/negative expiryWarningDays", schema: P, doc: `{"agreement": {"expiryWarningDays": -1}}`, pointer: "/agreement/expiryWarningDays", keyword: "minimum"},
		{name: "profile/severity unknown rule code", schema: P, doc: `{"severity": {"team.unknown_rule": "off"}}`, pointer: "/severity/team.unknown_rule", keyword: "propertyNames/$ref/enum"},
		{name: "profile/severity unknown level", schema: P, doc: `{"severity": {"team.meeting_gap": "fatal"}}`, pointer: "/severity/team.meeting_gap", keyword: "enum"},
		{name: "profile/in bundle", schema: B, doc: schemaFilesBundle(`{"profile": {"ipw": {"maxMonths": 0}}}`), pointer: "/profile/ipw/maxMonths", keyword: "minimum"},

		// Scenario.
		{name: "scenario/horizon missing", schema: S, doc: `{"events": []}`, pointer: "", keyword: "required"},
		{name: "scenario/horizon impossible date", schema: S, doc: `{"horizon": "2026-02-29", "events": []}`, pointer: "/horizon", keyword: "format"},
		{name: "scenario/assume unknown", schema: S, doc: `{"horizon": "2026-12-31", "assume": "late", "events": []}`, pointer: "/assume", keyword: "enum"},
		{name: "scenario/unknown property", schema: S, doc: `{"horizon": "2026-12-31", "events": [], "asOf": "2026-01-01"}`, pointer: "", keyword: "additionalProperties"},
		{name: "event/type unknown", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "action_late", "ipw": "i", "action": "a"}`), pointer: "/events/0/type", keyword: "enum"},
		{name: "event/date missing", schema: S, doc: schemaFilesEvent(`{"type": "resume", "ipw": "i"}`), pointer: "/events/0", keyword: "required"},
		{name: "event/date impossible", schema: S, doc: schemaFilesEvent(`{"date": "2026-11-31", "type": "resume", "ipw": "i"}`), pointer: "/events/0/date", keyword: "format"},
		{name: "event/unknown property", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "resume", "ipw": "i", "ipwId": "i"}`), pointer: "/events/0", keyword: "additionalProperties"},
		{name: "event/action_done without action", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "action_done", "ipw": "i"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/action_started without ipw", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "action_started", "action": "a"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/review without decision", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "review", "ipw": "i"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/review decision unknown", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "review", "ipw": "i", "decision": "stop"}`), pointer: "/events/0/decision", keyword: "enum"},
		{name: "event/review newEnd impossible", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "review", "ipw": "i", "decision": "extend", "newEnd": "2026-06-31"}`), pointer: "/events/0/newEnd", keyword: "format"},
		{name: "event/suspend without ipw", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "suspend"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/close reason unknown", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "close", "ipw": "i", "reason": "finished"}`), pointer: "/events/0/reason", keyword: "enum"},
		{name: "event/close goal outcome unknown", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "close", "ipw": "i", "goalOutcomes": {"g1": "ok"}}`), pointer: "/events/0/goalOutcomes/g1", keyword: "enum"},
		{name: "event/consent_withdrawn without ipw", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "consent_withdrawn"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/partner_withdraws without institution", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "partner_withdraws"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/partner_joins without institution", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "partner_joins", "agreement": "a"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/agreement_expires without agreement", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "agreement_expires"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/ipw_added without document", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "ipw_added"}`), pointer: "/events/0", keyword: "then/required"},
		{name: "event/ipw_added document invalid", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "ipw_added", "document": ` + schemaFilesMerge(schemaFilesMinimalIPW, `{"team": null}`) + `}`), pointer: "/events/0/document", keyword: "required"},
		{name: "event/ipw_added document bad date", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "ipw_added", "document": ` + schemaFilesMerge(schemaFilesMinimalIPW, `{"period": {"start": "2026-01-01", "end": "2026-04-31"}}`) + `}`), pointer: "/events/0/document/period/end", keyword: "format"},
		{name: "event/empty ipw id", schema: S, doc: schemaFilesEvent(`{"date": "2026-05-01", "type": "resume", "ipw": ""}`), pointer: "/events/0/ipw", keyword: "minLength"},
	}
}

// schemaFilesWalkErrors calls f for the error and every nested cause.
func schemaFilesWalkErrors(e *jsonschema.ValidationError, f func(*jsonschema.ValidationError)) {
	f(e)
	for _, c := range e.Causes {
		schemaFilesWalkErrors(c, f)
	}
}

// schemaFilesUnder reports whether the JSON Pointer p equals prefix or lies
// below it.
func schemaFilesUnder(p, prefix string) bool {
	return p == prefix || strings.HasPrefix(p, prefix+"/")
}

func TestSchemaFilesInstances(t *testing.T) {
	schemas := schemaFilesCompile(t)
	seen := make(map[string]bool)
	for _, tc := range schemaFilesCases() {
		if seen[tc.name] {
			t.Fatalf("duplicate case name %q", tc.name)
		}
		seen[tc.name] = true
		t.Run(tc.name, func(t *testing.T) {
			s := schemas[tc.schema]
			if s == nil {
				t.Fatalf("no schema %s", tc.schema)
			}
			err := s.Validate(schemaFilesDecode(t, tc.doc))
			if tc.keyword == "" {
				if err != nil {
					t.Fatalf("want valid, got %#v", err)
				}
				return
			}
			var ve *jsonschema.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("want a %s error at %q, got %v", tc.keyword, tc.pointer, err)
			}
			found := false
			var stray []string
			schemaFilesWalkErrors(ve, func(e *jsonschema.ValidationError) {
				if e.InstanceLocation == tc.pointer && strings.HasSuffix("/"+e.KeywordLocation, "/"+tc.keyword) {
					found = true
				}
				if len(e.Causes) == 0 && !schemaFilesUnder(e.InstanceLocation, tc.pointer) {
					stray = append(stray, e.InstanceLocation+" "+e.KeywordLocation+": "+e.Message)
				}
			})
			if !found {
				t.Errorf("want a %s error at %q, got %#v", tc.keyword, tc.pointer, err)
			}
			if len(stray) > 0 {
				t.Errorf("errors outside %q (the rest of the instance should be valid): %v", tc.pointer, stray)
			}
		})
	}
}

// TestSchemaFilesConventions checks the conventions every shipped schema
// follows: absolute $id, closed objects, documented $defs, absolute or
// local references, no identifier patterns, duplicate-free enums.
func TestSchemaFilesConventions(t *testing.T) {
	for _, f := range schemaFilesIDs {
		t.Run(f.file, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(schemaFilesRead(t, f.file), &doc); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
				t.Errorf("$schema = %v, want draft 2020-12", doc["$schema"])
			}
			if doc["$id"] != f.id {
				t.Errorf("$id = %v, want %s", doc["$id"], f.id)
			}
			defs, _ := doc["$defs"].(map[string]any)
			if len(defs) == 0 {
				t.Errorf("no $defs")
			}
			names := make([]string, 0, len(defs))
			for name := range defs {
				names = append(names, name)
			}
			sort.Strings(names)
			for _, name := range names {
				def, _ := defs[name].(map[string]any)
				for _, k := range []string{"title", "description"} {
					if s, _ := def[k].(string); s == "" {
						t.Errorf("$defs/%s has no %s", name, k)
					}
				}
			}
			schemaFilesCheckNode(t, f.file, "", doc)
		})
	}
}

// schemaFilesCheckNode walks a schema document and reports breaches of the
// conventions at their JSON Pointer within the file.
func schemaFilesCheckNode(t *testing.T, file, ptr string, node any) {
	t.Helper()
	switch n := node.(type) {
	case []any:
		for i, v := range n {
			schemaFilesCheckNode(t, file, ptr+"/"+strconv.Itoa(i), v)
		}
	case map[string]any:
		if id, ok := n["$id"].(string); ok && !strings.HasPrefix(id, "https://kooperacja.dev/schema/v1/") {
			t.Errorf("%s#%s: $id %q is not absolute", file, ptr, id)
		}
		if ref, ok := n["$ref"].(string); ok && !strings.HasPrefix(ref, "#/") && !strings.HasPrefix(ref, "https://kooperacja.dev/schema/v1/") {
			t.Errorf("%s#%s: $ref %q is neither local nor an absolute kooperacja id", file, ptr, ref)
		}
		if _, ok := n["pattern"]; ok {
			t.Errorf("%s#%s: pattern: identifiers are checked by the library, not the schema", file, ptr)
		}
		if n["type"] == "object" && !(file == "bundle.schema.json" && ptr == "/properties/extensions") {
			ap, hasAP := n["additionalProperties"]
			up, hasUP := n["unevaluatedProperties"]
			switch {
			case !hasAP && !hasUP:
				t.Errorf("%s#%s: object without additionalProperties", file, ptr)
			case n["properties"] != nil && ap != false && up != false:
				t.Errorf("%s#%s: object with properties is not closed", file, ptr)
			}
		}
		if e, ok := n["enum"].([]any); ok {
			dup := make(map[any]bool)
			for _, v := range e {
				if dup[v] {
					t.Errorf("%s#%s: enum value %v repeated", file, ptr, v)
				}
				dup[v] = true
			}
		}
		keys := make([]string, 0, len(n))
		for k := range n {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if k == "enum" || k == "const" || k == "required" {
				continue
			}
			schemaFilesCheckNode(t, file, ptr+"/"+strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1"), n[k])
		}
	}
}
