package mutation_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/internal/mutation"
)

// Each row, run as a user would, gives exactly the findings it lists: the
// mistake's own, and any other only with the reason it is a mistake of its
// own. Any other finding, of any severity, is a cascade.
func TestTable(t *testing.T) {
	for _, m := range mutation.Table() {
		t.Run(m.Name, func(t *testing.T) {
			got, err := m.Run()
			var re *mutation.ReadError
			if errors.As(err, &re) {
				// What the application reports for a file it cannot read.
				got, err = app.Unreadable(re.Path, re.Err, cooperation.Polish).Findings, nil
			}
			if err != nil {
				t.Fatal(err)
			}
			key := func(c cooperation.Code, p cooperation.Path) string { return fmt.Sprintf("%s %s", c, p) }
			var gotKeys, wantKeys []string
			for _, f := range got {
				gotKeys = append(gotKeys, key(f.Code, f.Path))
			}
			for _, w := range m.Want {
				wantKeys = append(wantKeys, key(w.Code, w.Path))
			}
			slices.Sort(gotKeys)
			slices.Sort(wantKeys)
			if !slices.Equal(gotKeys, wantKeys) {
				var b strings.Builder
				for _, f := range got {
					fmt.Fprintf(&b, "\n\t%s %s %s: %s", f.Severity, f.Code, f.Path, f.Message)
				}
				t.Errorf("Run() =%s\nwant %q", b.String(), wantKeys)
			}
		})
	}
}

// The table is well formed: unique names, a known base, one way to make the
// mistake, the mistake told, a reason for every finding but the first and
// none for the first.
func TestTableRows(t *testing.T) {
	const minRows = 60
	rows := mutation.Table()
	if len(rows) < minRows {
		t.Errorf("the table has %d rows, want at least %d", len(rows), minRows)
	}
	names := map[string]bool{}
	for _, m := range rows {
		if names[m.Name] {
			t.Errorf("row name %q is used twice", m.Name)
		}
		names[m.Name] = true
		ways := 0
		for _, set := range []bool{m.Bundle != nil, m.Document != nil, m.Bytes != nil, m.Scenario != nil, m.File != nil} {
			if set {
				ways++
			}
		}
		switch {
		case ways != 1:
			t.Errorf("row %q makes its mistake %d ways, want 1", m.Name, ways)
		case strings.TrimSpace(m.Mistake) == "":
			t.Errorf("row %q does not say what the mistake is", m.Name)
		case len(m.Want) == 0:
			t.Errorf("row %q expects no finding", m.Name)
		case (m.Scenario != nil) != (m.ScenarioBase != ""):
			t.Errorf("row %q: a scenario edit needs a base scenario and the other way round", m.Name)
		}
		for k, w := range m.Want {
			if k == 0 && w.Why != "" {
				t.Errorf("row %q: the mistake's own finding %s needs no reason", m.Name, w.Code)
			}
			if k > 0 && strings.TrimSpace(w.Why) == "" {
				t.Errorf("row %q: finding %s at %s is a second finding without a reason", m.Name, w.Code, w.Path)
			}
			if _, ok := cooperation.Lookup(w.Code); !ok {
				t.Errorf("row %q expects %s, which the catalogue lacks", m.Name, w.Code)
			}
		}
	}
}

// Every code a check gives, whatever its severity, is the mistake's own
// finding of some row: the table is the example of each (REFERENCE.md shows
// them). Only the items of the stage checklist, which no check gives, have
// none.
func TestTableCoversCatalogue(t *testing.T) {
	for _, r := range cooperation.Rules() {
		if cooperation.IsStageGap(r.Code) {
			continue
		}
		rows := mutation.ForCode(string(r.Code))
		if len(rows) == 0 || rows[0].Want[0].Code != r.Code {
			t.Errorf("no row makes a mistake whose own finding is %s", r.Code)
		}
	}
}

func TestApplyGivesTheDocument(t *testing.T) {
	for _, name := range []string{"misspelt party of an agreement", "scenario event before the start"} {
		rows := slices.DeleteFunc(mutation.Table(), func(m mutation.Mutation) bool { return m.Name != name })
		if len(rows) != 1 {
			t.Fatalf("no row %q", name)
		}
		bundle, scenario, err := rows[0].Apply()
		if err != nil || len(bundle) == 0 || (rows[0].Scenario != nil) != (scenario != nil) {
			t.Errorf("Apply(%q) = %d bytes, %d bytes, %v", name, len(bundle), len(scenario), err)
		}
	}
}
