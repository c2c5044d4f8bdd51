package region

import (
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/recordsynth"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// record is a small record of gmina code with the counts given.
func record(code string, variant cooperation.Variant, closed, succeeded monitor.Count) monitor.Record {
	r := monitor.Record{
		SchemaVersion: monitor.SchemaVersion,
		Municipality:  monitor.Municipality{TERYT: code, Name: "Gmina " + code, Variant: variant},
		AsOf:          cooperation.MustDate("2026-11-16"),
	}
	r.IPW.Total = closed
	r.IPW.ByStatus.Closed = closed
	r.IPW.ByOutcome = []monitor.OutcomeCount{{Reason: ipw.ClosureGoalsAchieved, Count: succeeded}}
	return r
}

func TestAggregateGroups(t *testing.T) {
	a := NewAggregator()
	recs := []monitor.Record{
		record("2604062", cooperation.VariantRural, monitor.Count{N: 10}, monitor.Count{N: 8}),
		record("2604072", cooperation.VariantRural, monitor.Count{N: 5}, monitor.Count{FewerThan: 3}),
		record("0601013", cooperation.VariantUrbanRural, monitor.Count{N: 20}, monitor.Count{N: 15}),
	}
	for i := range recs {
		if p := a.Add(&recs[i], "r"+recs[i].Municipality.TERYT); p != nil {
			t.Fatalf("Add(%s): %s", recs[i].Municipality.TERYT, p.Message(cooperation.English))
		}
	}
	rep := a.Report()
	if len(rep.Municipalities) != 3 || rep.Municipalities[0].TERYT != "0601013" {
		t.Fatalf("municipalities %+v, want three in TERYT order", rep.Municipalities)
	}
	if got := rep.Total.IPW.Closed; got.Low != 35 || !got.Exact() {
		t.Errorf("total closed %+v, want exactly 35", got)
	}
	s := rep.Total.IPW.Succeeded
	if h, _ := s.High(); s.Low != 23 || h != 25 || s.Withheld != 1 {
		t.Errorf("total succeeded %+v, want 23..25 over one withheld cell", s)
	}
	if rep.Total.IPW.SuccessRate.Value != nil {
		t.Errorf("a success rate resting on a withheld cell has the value %v", *rep.Total.IPW.SuccessRate.Value)
	}
	if len(rep.Voivodeships) != 2 || rep.Voivodeships[1].Code != "26" || rep.Voivodeships[1].Name != "świętokrzyskie" ||
		rep.Voivodeships[1].Municipalities != 2 {
		t.Errorf("voivodeships %+v", rep.Voivodeships)
	}
	if len(rep.Powiats) != 2 || rep.Powiats[1].Code != "2604" || rep.Powiats[1].Municipalities != 2 {
		t.Errorf("powiats %+v", rep.Powiats)
	}
	if len(rep.Variants) != 2 || rep.Variants[0].Code != "rural" || rep.Variants[1].Code != "urban_rural" {
		t.Errorf("variants %+v", rep.Variants)
	}
	urbanRural := rep.Variants[1].IPW.SuccessRate
	if urbanRural.Value == nil || *urbanRural.Value != 0.75 {
		t.Errorf("urban-rural success rate %+v, want 0.75", urbanRural)
	}
}

func TestAggregateRefuses(t *testing.T) {
	a := NewAggregator()
	good := record("2604062", cooperation.VariantRural, monitor.Count{N: 1}, monitor.Count{N: 1})
	if p := a.Add(&good, "a.json"); p != nil {
		t.Fatal(p.Message(cooperation.English))
	}
	tests := []struct {
		name, code string
		variant    cooperation.Variant
		want       string
		words      string
	}{
		{"duplicate", "2604062", cooperation.VariantRural, ProblemDuplicate, "a.json"},
		{"not a gmina", "2604064", cooperation.VariantRural, ProblemTERYT, "2604064"},
		{"no voivodeship", "2704062", cooperation.VariantRural, ProblemTERYT, "2704062"},
		{"unknown variant", "2604072", "village", ProblemVariant, "village"},
		{"implausible", "2604082", cooperation.VariantRural, ProblemImplausible, "2604082"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := record(tt.code, tt.variant, monitor.Count{N: 1}, monitor.Count{N: 1})
			if tt.want == ProblemImplausible {
				huge := float64(1e308)
				r.IPW.Durations.Closed.MeanDays = &huge
			}
			p := a.Add(&r, "b.json")
			if p == nil || p.Code != tt.want {
				t.Fatalf("Add = %+v, want %s", p, tt.want)
			}
			for _, lang := range []cooperation.Lang{cooperation.Polish, cooperation.English} {
				if m := p.Message(lang); !strings.Contains(m, tt.words) {
					t.Errorf("message %q does not name %s", m, tt.words)
				}
			}
		})
	}
	if a.Len() != 1 {
		t.Errorf("%d municipalities counted, want 1", a.Len())
	}
}

// The totals are the sums of the groups: of the variants, of the
// voivodeships and of the powiats, for the generated country.
func TestTotalsAreTheGroupsSums(t *testing.T) {
	a := NewAggregator()
	for _, code := range recordsynth.Codes(300) {
		r := recordsynth.Record(code, 7)
		if p := a.Add(&r, code); p != nil {
			t.Fatal(p.Message(cooperation.English))
		}
	}
	rep := a.Report()
	for name, groups := range map[string][]Group{"variants": rep.Variants, "voivodeships": rep.Voivodeships, "powiats": rep.Powiats} {
		var ipws, done Sum
		n := 0
		for _, g := range groups {
			ipws.Merge(g.IPW.Total)
			done.Merge(g.AllActions.Done)
			n += g.Municipalities
		}
		if n != rep.Total.Municipalities || ipws != rep.Total.IPW.Total || done != rep.Total.AllActions.Done {
			t.Errorf("%s: %d municipalities, IPWs %+v, actions done %+v; total %d, %+v, %+v",
				name, n, ipws, done, rep.Total.Municipalities, rep.Total.IPW.Total, rep.Total.AllActions.Done)
		}
	}
	if len(rep.Voivodeships) != 16 {
		t.Errorf("%d voivodeships, want 16", len(rep.Voivodeships))
	}
	if rep.Total.IPW.Draft.Withheld == 0 || rep.Total.IPW.SuccessRate.Value != nil {
		t.Error("the generated records withhold no count: the test tests nothing withheld")
	}
}
