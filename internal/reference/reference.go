// Package reference writes REFERENCE.md, the model's reference as the code
// holds it: the variants with their stages, the institution kinds with
// their sector and level, the profile's settings per variant, the event
// types of a scenario, and every rule of the catalogue with its severity,
// what it checks, its messages in Polish and English and an example of a
// document that breaks it (a row of the mutation table, with the findings
// the check gives for it).
//
// The file is generated, never edited: the package's test fails when it is
// not what Markdown writes, and "go test ./internal/reference -update"
// writes it anew.
package reference

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/internal/mutation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/schema"
)

const (
	pl = cooperation.Polish
	en = cooperation.English
)

// Markdown returns the text of REFERENCE.md.
func Markdown() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`# The cooperation model: reference

This file is generated from the code by ` + "`go test ./internal/reference -update`" + `;
do not edit it. The packages' documentation (` + "`go doc ./cooperation`" + `,
` + "`go doc ./ipw`" + `) explains the model, where each rule comes from and
every choice made where the published model is silent; this file lists what
the code holds: the variants and their stages, the institution kinds, the
profile's settings, the events of a scenario, and every rule of the catalogue
(catalogue version ` + cooperation.CatalogueVersion() + `).

`)
	variants(&b)
	kinds(&b)
	settings(&b)
	events(&b)
	if err := rules(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func variants(b *bytes.Buffer) {
	b.WriteString("## Variants and their stages\n\n")
	b.WriteString("| variant | Polish | English | the PZK | stages, in order |\n|---|---|---|---|---|\n")
	for _, v := range cooperation.Variants() {
		var stages []string
		for _, s := range ipw.Stages(v) {
			stages = append(stages, "`"+string(s)+"` "+s.Label(pl)+" ("+s.Label(en)+")")
		}
		fmt.Fprintf(b, "| `%s` | %s | %s | %s | %s |\n", v, v.Label(pl), v.Label(en), v.PZKName(pl), strings.Join(stages, " → "))
	}
	b.WriteString("\n")
	for _, v := range cooperation.Variants() {
		fmt.Fprintf(b, "- `%s`: %s\n", v, v.Description(en))
	}
	b.WriteString("\n")
}

func kinds(b *bytes.Buffer) {
	b.WriteString("## Institution kinds\n\n")
	b.WriteString("A kind gives an institution its sector and its default level; the sectors\n" +
		"a team counts exclude local government.\n\n")
	b.WriteString("| kind | Polish | English | sector | default level |\n|---|---|---|---|---|\n")
	for _, t := range set("kind") {
		k := cooperation.Kind(t.Value)
		sector := "given by the institution"
		if s := k.DefaultSector(); s != "" {
			sector = "`" + string(s) + "` " + s.Label(pl)
		}
		l := k.DefaultLevel()
		fmt.Fprintf(b, "| `%s` | %s | %s | %s | `%s` %s |\n", k, t.Polish, t.English, sector, l, l.Label(pl))
	}
	b.WriteString("\n")
}

// set returns the glossary set of that name.
func set(name string) []cooperation.GlossaryTerm {
	for _, s := range ipw.GlossarySets() {
		if s.Name == name {
			return s.Terms
		}
	}
	return nil
}

func settings(b *bytes.Buffer) {
	b.WriteString("## The profile's settings\n\n")
	b.WriteString("Every number the rules use is a setting of the profile; a bundle's\n" +
		"`profile` and a caller's profile (`--profile`) change it, and the `severity`\n" +
		"section sets any rule to `error`, `warning`, `info` or `off`.\n\n")
	vs := cooperation.Variants()
	b.WriteString("| setting | what it means |")
	for _, v := range vs {
		fmt.Fprintf(b, " `%s` |", v)
	}
	b.WriteString("\n|---|---|" + strings.Repeat("---|", len(vs)) + "\n")
	per := make([][]cooperation.ProfileSetting, len(vs))
	for i, v := range vs {
		per[i] = cooperation.ProfileSettings(cooperation.DefaultSettings(v), en)
	}
	for j, s := range per[0] {
		fmt.Fprintf(b, "| `%s` | %s |", s.Key, s.Help)
		for i := range vs {
			fmt.Fprintf(b, " %v |", per[i][j].Default)
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
}

func events(b *bytes.Buffer) {
	b.WriteString("## Events of a scenario\n\n| type | Polish | English |\n|---|---|---|\n")
	for _, t := range ipw.EventTypes() {
		fmt.Fprintf(b, "| `%s` | %s | %s |\n", t, t.Label(pl), t.Label(en))
	}
	b.WriteString("\n")
}

func rules(b *bytes.Buffer) error {
	b.WriteString("## Rules\n\n")
	b.WriteString("Each rule has a stable code and a default severity (a profile may change\n" +
		"it). A rule marked *as of the check date* may change its verdict from one\n" +
		"day to the next. Messages name their values in braces; the example is a\n" +
		"single mistake made in one of the example bundles (`examples/`), with every\n" +
		"finding the check gives for it.\n\n")
	for _, r := range cooperation.Rules() {
		fmt.Fprintf(b, "### `%s`\n\n", r.Code)
		fmt.Fprintf(b, "%s, %s", r.Severity.Label(en), r.Severity.Label(pl))
		if r.AsOf {
			b.WriteString("; as of the check date")
		}
		b.WriteString(".\n\n")
		fmt.Fprintf(b, "- %s\n- %s\n\n", r.Description, r.DescriptionPL)
		fmt.Fprintf(b, "Message:\n\n- pl: %s\n- en: %s\n\n", r.Polish, r.English)
		if cooperation.IsStageGap(r.Code) {
			b.WriteString("An item of the stage checklist (`kooperacja stage`, `ipw.Progress`): what the data must still show for the current stage to count as completed. It is not a finding of a check.\n\n")
			continue
		}
		rows := mutation.ForCode(string(r.Code))
		if len(rows) == 0 {
			b.WriteString("No example in the mutation table yet.\n\n")
			continue
		}
		if err := example(b, rows[0]); err != nil {
			return fmt.Errorf("%s: %w", r.Code, err)
		}
	}
	return nil
}

// example writes a row of the mutation table: the mistake, what it changes
// in the example and the findings it gives.
func example(b *bytes.Buffer, m mutation.Mutation) error {
	file := "examples/" + m.Base + ".json"
	if m.Scenario != nil {
		file = "examples/scenarios/" + m.ScenarioBase + ".json over " + file
	}
	fmt.Fprintf(b, "Example (%s): %s\n\n", file, m.Mistake)
	changes, err := changed(m)
	if err != nil {
		return err
	}
	if len(changes) > 0 {
		b.WriteString("What changes:\n\n")
		for _, c := range changes {
			b.WriteString("- " + c + "\n")
		}
		b.WriteString("\n")
	}
	fs, err := m.Run()
	var re *mutation.ReadError
	if errors.As(err, &re) {
		d := app.Unreadable("gmina.json", re.Err, pl)
		fs = d.Findings
	} else if err != nil {
		return err
	}
	b.WriteString("Findings:\n\n")
	for _, f := range fs {
		path := string(f.Path)
		if path == "" {
			path = "(the whole document)"
		} else {
			path = "`" + path + "`"
		}
		fmt.Fprintf(b, "- `%s` at %s:\n  - pl: %s\n  - en: %s\n", f.Code, path,
			oneLine(f.Message), oneLine(cooperation.Message(f.Code, en, f.Params)))
	}
	b.WriteString("\n")
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// changed lists what the row changes in its document, place by place.
func changed(m mutation.Mutation) ([]string, error) {
	if m.Bundle == nil && m.Document == nil && m.Scenario == nil {
		return nil, nil // the text itself, or the file, is the mistake
	}
	after, scenario, err := m.Apply()
	if err != nil {
		return nil, err
	}
	var before []byte
	switch {
	case m.Scenario != nil:
		after = scenario
		text, err := examples.Scenario(m.ScenarioBase)
		if err != nil {
			return nil, err
		}
		sc, _ := schema.CheckScenario(text)
		if before, err = json.Marshal(sc); err != nil {
			return nil, err
		}
	case m.Bundle != nil:
		data, err := examples.Bundle(m.Base)
		if err != nil {
			return nil, err
		}
		bundle, _ := schema.Decode(data)
		if before, err = json.Marshal(bundle); err != nil {
			return nil, err
		}
	default:
		if before, err = examples.Bundle(m.Base); err != nil {
			return nil, err
		}
	}
	var x, y any
	if err := json.Unmarshal(before, &x); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(after, &y); err != nil {
		return nil, err
	}
	var out []string
	diff(cooperation.Path(""), x, y, &out)
	return out, nil
}

// diff appends, for every place where a and b differ, a line saying how.
func diff(p cooperation.Path, a, b any, out *[]string) {
	switch x := a.(type) {
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok {
			break
		}
		keys := map[string]bool{}
		for k := range x {
			keys[k] = true
		}
		for k := range y {
			keys[k] = true
		}
		sorted := make([]string, 0, len(keys))
		for k := range keys {
			sorted = append(sorted, k)
		}
		sort.Strings(sorted)
		for _, k := range sorted {
			va, ina := x[k]
			vb, inb := y[k]
			switch {
			case !ina:
				*out = append(*out, "`"+string(p.Key(k))+"` added: "+show(vb))
			case !inb:
				*out = append(*out, "`"+string(p.Key(k))+"` removed (was "+show(va)+")")
			default:
				diff(p.Key(k), va, vb, out)
			}
		}
		return
	case []any:
		y, ok := b.([]any)
		if !ok {
			break
		}
		head := 0
		for head < len(x) && head < len(y) && equal(x[head], y[head]) {
			head++
		}
		tail := 0
		for tail < len(x)-head && tail < len(y)-head && equal(x[len(x)-1-tail], y[len(y)-1-tail]) {
			tail++
		}
		mx, my := x[head:len(x)-tail], y[head:len(y)-tail]
		if len(my) == 0 && len(mx) == len(x) && len(x) > 1 {
			*out = append(*out, fmt.Sprintf("`%s`: all %d items removed (the list is empty)", p, len(x)))
			return
		}
		if len(mx) == len(my) {
			for i := range mx {
				diff(p.Index(head+i), mx[i], my[i], out)
			}
			return
		}
		for i, v := range mx {
			*out = append(*out, "`"+string(p.Index(head+i))+"` removed (was "+show(v)+")")
		}
		for i, v := range my {
			*out = append(*out, "`"+string(p.Index(head+i))+"` added: "+show(v))
		}
		return
	}
	if !equal(a, b) {
		*out = append(*out, "`"+string(p)+"`: "+show(a)+" → "+show(b))
	}
}

func equal(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// show writes a value as compact JSON; an object or array too long to read
// in a line is named by its size.
func show(v any) string {
	data, _ := json.Marshal(v)
	if len(data) <= 160 {
		return "`" + string(data) + "`"
	}
	switch x := v.(type) {
	case map[string]any:
		return fmt.Sprintf("an object of %d fields", len(x))
	case []any:
		return fmt.Sprintf("a list of %d items", len(x))
	}
	return "`" + string(data) + "`"
}
