package monitor

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Section is a part of the preview of a record: a title and its rows.
type Section struct {
	Title string `json:"title"`
	Rows  []Row  `json:"rows"`
}

// Row is one figure of a record as a person reads it: its label and its
// value written for people ("mniej niż 3", "16.11.2026 r.", "81,4 dnia").
// Field is a JSON Pointer to what the row shows in the record's JSON (a
// figure, or an object all of whose figures the row shows), for a program
// to relate the two; it is not for people.
type Row struct {
	Label string `json:"label"`
	Value string `json:"value"`
	Field string `json:"field"`
}

var (
	dayNoun    = cooperation.Noun{One: "dzień", Few: "dni", Many: "dni", EnOne: "day", EnMany: "days"}
	monthsNoun = cooperation.Noun{One: "miesiąc", Few: "miesiące", Many: "miesięcy", EnOne: "month", EnMany: "months"}
)

// Preview writes r for people in lang, in sections, every figure of the
// record in a row: exactly what leaves the gmina, as the planner shows it
// before the record is saved. Withheld counts read "mniej niż 3" or
// "utajniona (ochrona danych rodzin)"; nothing withheld is shown, since a
// record's withheld counts hold no number.
func (r Record) Preview(lang cooperation.Lang) []Section {
	w := writer{lang: lang}
	l := func(key string) string { return Label(key, lang) }
	m := r.Municipality
	pop := l("value/notGiven")
	if m.Population != nil {
		pop = cooperation.FormatInt(*m.Population, lang)
	}
	t := r.DisclosureThreshold
	out := []Section{{Title: l("municipality"), Rows: []Row{
		{l("municipality/name"), m.Name, "/municipality/name"},
		{l("municipality/teryt"), m.TERYT, "/municipality/teryt"},
		{l("municipality/variant"), m.Variant.Label(lang), "/municipality/variant"},
		{l("municipality/population"), pop, "/municipality/population"},
		{l("asOf"), r.AsOf.Format(lang), "/asOf"},
		{l("period"), r.Period.From.Format(lang) + " – " + r.Period.To.Format(lang), "/period"},
		{l("disclosureThreshold"), fmt.Sprintf(l("disclosureThreshold/v"), t, t), "/disclosureThreshold"},
		{l("schemaVersion"), r.SchemaVersion, "/schemaVersion"},
	}}}
	out = append(out, w.stages(r.Stages), w.pzk(r.PZK, m.Variant), Section{Title: l("agreements"), Rows: []Row{
		{l("agreements/inForce"), cooperation.FormatInt(r.Agreements.InForce, lang), "/agreements/inForce"},
		{l("agreements/parties"), cooperation.FormatInt(r.Agreements.Parties, lang), "/agreements/parties"},
	}})
	out = append(out, w.ipws(r.IPW), w.durations(r.IPW.Durations, t), w.reviews(r.IPW.Reviews, r.AsOf),
		w.actions(r.Actions), w.capacity(r.Capacity))
	return out
}

type writer struct{ lang cooperation.Lang }

func (w writer) l(key string) string { return Label(key, w.lang) }

// count writes a count for people.
func (w writer) count(c Count) string {
	switch {
	case c.FewerThan > 0:
		return w.l("count/fewerThan") + " " + cooperation.FormatInt(c.FewerThan, w.lang)
	case c.Withheld:
		return w.l("count/withheld")
	}
	return cooperation.FormatInt(c.N, w.lang)
}

// list is the labels of values joined by commas, or the words of none
// when there are no values.
func list[V interface{ Label(cooperation.Lang) string }](w writer, values []V, none string) string {
	labels := make([]string, len(values))
	for i, v := range values {
		labels[i] = v.Label(w.lang)
	}
	if len(labels) == 0 {
		return w.l(none)
	}
	return strings.Join(labels, ", ")
}

func (w writer) stages(s Stages) Section {
	completed := list(w, s.Completed, "stages/noneCompleted")
	current := s.Current.Label(w.lang)
	if s.Current == "" {
		current = w.l("stages/allCompleted")
	}
	out := Section{Title: w.l("stages"), Rows: []Row{
		{w.l("stages/completed"), completed, "/stages/completed"},
		{w.l("stages/current"), current, "/stages/current"},
	}}
	if len(s.Recorded) == 0 {
		out.Rows = append(out.Rows, Row{w.l("stages/recorded"), w.l("value/none"), "/stages/recorded"})
	}
	for i, rec := range s.Recorded {
		var parts []string
		if !rec.Started.IsZero() {
			parts = append(parts, w.l("started")+" "+rec.Started.Format(w.lang))
		}
		if !rec.Completed.IsZero() {
			parts = append(parts, w.l("finished")+" "+rec.Completed.Format(w.lang))
		}
		v := strings.Join(parts, ", ")
		if v == "" {
			v = w.l("value/notGiven")
		}
		out.Rows = append(out.Rows, Row{w.l("stages/stage") + " " + w.quote(rec.Stage.Label(w.lang)), v, "/stages/recorded/" + strconv.Itoa(i)})
	}
	return out
}

// pzk's title is the team's proper name in the gmina's variant
// ("Partnerski Zespół Kooperacyjny (PZK)" in a town).
func (w writer) pzk(p PZK, v cooperation.Variant) Section {
	formed := w.l("pzk/none")
	if !p.Formed.IsZero() {
		formed = p.Formed.Format(w.lang)
	}
	sec := list(w, p.Sectors, "value/none")
	return Section{Title: v.PZKName(w.lang) + " (PZK)", Rows: []Row{
		{w.l("pzk/formed"), formed, "/pzk/formed"},
		{w.l("pzk/workingMonths"), cooperation.FormatInt(p.WorkingMonths, w.lang), "/pzk/workingMonths"},
		{w.l("pzk/institutions"), cooperation.FormatInt(p.Institutions, w.lang), "/pzk/institutions"},
		{w.l("pzk/sectors"), sec, "/pzk/sectors"},
		{w.l("pzk/meetings"), cooperation.FormatInt(p.Meetings, w.lang), "/pzk/meetings"},
	}}
}

func (w writer) ipws(f IPWFigures) Section {
	rows := []Row{{w.l("ipw/total"), w.count(f.Total), "/ipw/total"}}
	s := f.ByStatus
	for _, st := range []struct {
		status ipw.Status
		c      Count
		key    string
	}{{ipw.StatusDraft, s.Draft, "draft"}, {ipw.StatusAgreed, s.Agreed, "agreed"}, {ipw.StatusInProgress, s.InProgress, "inProgress"},
		{ipw.StatusSuspended, s.Suspended, "suspended"}, {ipw.StatusClosed, s.Closed, "closed"}} {
		rows = append(rows, Row{w.l("ipw/byStatus") + " " + w.quote(st.status.Label(w.lang)), w.count(st.c), "/ipw/byStatus/" + st.key})
	}
	for i, o := range f.ByOutcome {
		rows = append(rows, Row{w.l("ipw/byOutcome") + " " + w.quote(o.Reason.Label(w.lang)), w.count(o.Count), "/ipw/byOutcome/" + strconv.Itoa(i)})
	}
	rows = append(rows,
		Row{w.l("ipw/opened"), w.count(f.Opened), "/ipw/opened"},
		Row{w.l("ipw/closed"), w.count(f.Closed), "/ipw/closed"},
		Row{w.l("ipw/suspensions"), w.count(f.Suspensions), "/ipw/suspensions"})
	return Section{Title: w.l("ipw"), Rows: rows}
}

func (w writer) durations(d Durations, threshold int) Section {
	days := func(x *float64) string {
		if x == nil {
			return fmt.Sprintf(w.l("value/notEnough"), threshold)
		}
		if n := int(*x); float64(n) == *x {
			return dayNoun.Count(n, w.lang)
		}
		// A fraction takes the genitive in Polish: "81,5 dnia".
		unit := "dnia"
		if w.lang == cooperation.English {
			unit = "days"
		}
		return cooperation.FormatDecimal(*x, 1, w.lang) + "\u00a0" + unit
	}
	rows := []Row{}
	for _, part := range []struct {
		key string
		d   Duration
	}{{"closed", d.Closed}, {"open", d.Open}} {
		at := "/ipw/durations/" + part.key
		rows = append(rows,
			Row{w.l("durations/" + part.key + "/count"), w.count(part.d.Count), at + "/count"},
			Row{w.l("durations/" + part.key + "/mean"), days(part.d.MeanDays), at + "/meanDays"},
			Row{w.l("durations/" + part.key + "/median"), days(part.d.MedianDays), at + "/medianDays"})
	}
	for i, b := range d.Histogram {
		var span string
		switch {
		case b.FromMonths == 0 && b.ToMonths > 0:
			span = w.l("months/under") + " " + monthsNoun.Count(b.ToMonths, w.lang)
		case b.ToMonths == 0:
			span = monthsNoun.Count(b.FromMonths, w.lang) + " " + w.l("months/orMore")
		default:
			// Whole months: the bin [3, 6) holds 3, 4 and 5 months, "od 3
			// do niespełna 6 miesięcy" ("do" takes the genitive whatever
			// the number).
			unit := "miesięcy"
			if w.lang == cooperation.English {
				unit = "months"
			}
			span = w.l("months/from") + " " + strconv.Itoa(b.FromMonths) + " " + w.l("months/toUnder") + " " +
				strconv.Itoa(b.ToMonths) + "\u00a0" + unit
		}
		rows = append(rows, Row{w.l("durations/histogram") + " " + span, w.count(b.Count), "/ipw/durations/histogram/" + strconv.Itoa(i)})
	}
	return Section{Title: w.l("durations"), Rows: rows}
}

func (w writer) reviews(r Reviews, asOf cooperation.Date) Section {
	return Section{Title: w.l("reviews"), Rows: []Row{
		{fmt.Sprintf(w.l("reviews/total"), asOf.Format(w.lang)), w.count(r.Total), "/ipw/reviews/total"},
		{w.l("reviews/onTime"), w.count(r.OnTime), "/ipw/reviews/onTime"},
	}}
}

func (w writer) actions(list []ActionFigures) Section {
	rows := []Row{}
	for i, a := range list {
		name := w.l("family")
		if a.Kind != OwnerFamily {
			name = cooperation.Kind(a.Kind).Label(w.lang)
		}
		v := w.parts("actions/total", w.count(a.Total), "actions/done", w.count(a.Done), "actions/onTime", w.count(a.OnTime),
			"actions/late", w.count(a.Late), "actions/openMonths", w.count(a.OpenMonths))
		rows = append(rows, Row{name, v, "/actions/" + strconv.Itoa(i)})
	}
	return Section{Title: w.l("actions"), Rows: rows}
}

func (w writer) capacity(list []CapacityFigures) Section {
	rows := []Row{}
	for i, c := range list {
		places := w.l("capacity/unlimited")
		if c.PlaceMonths != nil {
			places = cooperation.FormatInt(*c.PlaceMonths, w.lang)
		}
		v := w.parts("capacity/services", cooperation.FormatInt(c.Services, w.lang), "capacity/placeMonths", places,
			"capacity/usedMonths", w.count(c.UsedMonths))
		rows = append(rows, Row{c.Kind.Label(w.lang), v, "/capacity/" + strconv.Itoa(i)})
	}
	if len(rows) == 0 {
		rows = append(rows, Row{w.l("capacity"), w.l("value/none"), "/capacity"})
	}
	return Section{Title: w.l("capacity"), Rows: rows}
}

// quote puts a value's label in the language's quotation marks.
func (w writer) quote(s string) string {
	if w.lang == cooperation.English {
		return "\u201c" + s + "\u201d"
	}
	return "„" + s + "”"
}

// parts writes label: value pairs, separated by semicolons.
func (w writer) parts(kv ...string) string {
	var b strings.Builder
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(w.l(kv[i]) + ": " + kv[i+1])
	}
	return b.String()
}
