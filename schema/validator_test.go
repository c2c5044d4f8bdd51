package schema

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The validator is tested three ways: its compiler against schemas it must
// refuse, small cases of each keyword, and differentially against the
// reference validator (jsonschema v5 with the normalisation the runtime used
// before, reference_test.go) on every shipped document, thousands of mutated
// ones and a fuzz target.

func TestCompileShippedSchemas(t *testing.T) {
	m, err := compiledNodes()
	if err != nil {
		t.Fatalf("compiledNodes() error = %v", err)
	}
	for _, name := range Names() {
		if m[name] == nil {
			t.Errorf("compiledNodes()[%q] = nil", name)
		}
	}
}

func TestCompileRejects(t *testing.T) {
	const id = "https://kooperacja.dev/schema/v1/t.schema.json"
	tests := []struct {
		name, schema, want string
	}{
		{"pattern", `{"type": "string", "pattern": "^a"}`, `keyword "pattern"`},
		{"maxLength", `{"properties": {"a": {"maxLength": 3}}}`, `keyword "maxLength"`},
		{"unevaluatedProperties", `{"unevaluatedProperties": false}`, `keyword "unevaluatedProperties"`},
		{"patternProperties in a def", `{"$defs": {"x": {"patternProperties": {}}}}`, `keyword "patternProperties"`},
		{"format email", `{"format": "email"}`, `format email`},
		{"prefixItems", `{"prefixItems": [{}]}`, `keyword "prefixItems"`},
		{"items as an array", `{"items": [{}]}`, `items must be one schema`},
		{"ref to another id", `{"$ref": "https://example.com/x.json"}`, `nothing is fetched`},
		{"ref to nothing", `{"$ref": "#/$defs/missing"}`, `points at nothing`},
		{"ref to an anchor", `{"$ref": "#a"}`, `only JSON Pointer`},
		{"nested $id", `{"properties": {"a": {"$id": "x"}}}`, `$id below`},
		{"unknown type", `{"type": "int"}`, `unknown type`},
		{"false schema", `{"properties": {"a": false}}`, `false`},
		{"misspelt keyword", `{"require": ["a"]}`, `keyword "require"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := `{"$id": "` + id + `", "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "t",` + tt.schema[1:]
			_, err := compileFiles(map[string][]byte{"t": []byte(text)})
			var se *SchemaError
			if !errors.As(err, &se) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("compileFiles(%s) error = %v, want a *SchemaError naming %s", tt.schema, err, tt.want)
			}
		})
	}
}

func TestValidatorKeywords(t *testing.T) {
	const schema = `{
		"$id": "https://kooperacja.dev/schema/v1/t.schema.json",
		"type": "object",
		"properties": {
			"n": {"type": "integer", "minimum": 1, "maximum": 10},
			"s": {"type": "string", "minLength": 2},
			"d": {"type": "string", "format": "date"},
			"e": {"enum": ["a", "b"]},
			"c": {"const": "x"},
			"l": {"type": "array", "minItems": 1, "items": {"type": "boolean"}},
			"o": {"oneOf": [{"type": "string"}, {"type": "object", "required": ["k"]}]},
			"m": {"type": "object", "propertyNames": {"minLength": 2}, "additionalProperties": {"type": "number"}},
			"t": {"type": ["string", "null"]},
			"k": {"$ref": "#/$defs/k"}
		},
		"additionalProperties": false,
		"if": {"properties": {"c": {"const": "x"}}, "required": ["c"]},
		"then": {"required": ["n"]},
		"else": {"required": ["s"]},
		"$defs": {"k": {"anyOf": [{"type": "number"}, {"type": "boolean"}]}}
	}`
	m, err := compileFiles(map[string][]byte{"t": []byte(schema)})
	if err != nil {
		t.Fatal(err)
	}
	root := m["t"]
	tests := []struct {
		name, doc string
		want      []string // path keyword
	}{
		{"all good", `{"n": 3, "s": "ab", "d": "2024-02-29", "e": "a", "c": "x", "l": [true], "o": "s", "m": {"ab": 1}, "t": null, "k": true}`, nil},
		{"integer with a zero fraction", `{"s": "ab", "n": 2.0}`, nil},
		{"integer with a fraction", `{"s": "ab", "n": 2.5}`, []string{"/n type"}},
		{"range", `{"c": "x", "n": 0, "s": "ab"}`, []string{"/n minimum"}},
		{"code points, not bytes", `{"s": "ż"}`, []string{"/s minLength"}},
		{"a day that does not exist", `{"s": "ab", "d": "2025-02-29"}`, []string{"/d format"}},
		{"year zero", `{"s": "ab", "d": "0000-01-01"}`, []string{"/d format"}},
		{"month 13", `{"s": "ab", "d": "2024-13-01"}`, []string{"/d format"}},
		{"enum and const", `{"e": "z", "c": "y", "s": "ab"}`, []string{"/c const", "/e enum"}},
		{"if then", `{"c": "x"}`, []string{" required"}},
		{"if else", `{}`, []string{" required"}},
		{"items", `{"s": "ab", "l": [true, 1]}`, []string{"/l/1 type"}},
		{"minItems", `{"s": "ab", "l": []}`, []string{"/l minItems"}},
		{"oneOf none", `{"s": "ab", "o": {}}`, []string{"/o oneOf"}},
		{"anyOf none", `{"s": "ab", "k": "x"}`, []string{"/k anyOf"}},
		{"propertyNames and additionalProperties", `{"s": "ab", "m": {"a": 1, "bb": "x"}}`, []string{"/m/a minLength", "/m/bb type"}},
		{"unknown properties", `{"s": "ab", "zz": 1, "a/b": 2}`, []string{"/a~1b additionalProperties", "/zz additionalProperties"}},
		{"type list", `{"s": "ab", "t": 1}`, []string{"/t type"}},
		{"not an object", `[]`, []string{" type"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v any
			if err := json.Unmarshal([]byte(tt.doc), &v); err != nil {
				t.Fatal(err)
			}
			var got []string
			if !root.validate(nil, v) {
				w := &walker{}
				root.validate(w, v)
				for _, f := range findings(w.out) {
					got = append(got, string(f.Path)+" "+f.Params["keyword"])
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.want) {
				t.Errorf("validate(%s) = %q, want %q", tt.doc, got, tt.want)
			}
		})
	}
}

// TestValidatorNoAllocation: a valid document costs no allocation.
func TestValidatorNoAllocation(t *testing.T) {
	for _, name := range []string{"rural", "urban", "urban_rural"} {
		data, err := os.ReadFile(filepath.Join("..", "examples", name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		v, raw := parse(data, DefaultMaxBytes, DefaultMaxDepth)
		if raw != nil {
			t.Fatal(raw)
		}
		if got := testing.AllocsPerRun(10, func() { check(Bundle, v) }); got != 0 {
			t.Errorf("check(%s) allocates %v times, want 0", name, got)
		}
	}
}

// --- the differential tests ---------------------------------------------------

// corpusDoc is one document of the differential corpus.
type corpusDoc struct {
	name string
	kind string // the schema it is meant for
	data []byte
}

// differentialCorpus returns every shipped document: examples, fixtures of
// the CLI, of the wasm adapter and of this package (fuzz seeds included),
// the scenarios, and a set of profiles.
func differentialCorpus(t testing.TB) []corpusDoc {
	var out []corpusDoc
	add := func(kind string, patterns ...string) {
		for _, p := range patterns {
			files, err := filepath.Glob(filepath.Join("..", p))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasPrefix(string(data), "go test fuzz v1\n") {
					data = fuzzSeedBytes(t, f, data)
				}
				out = append(out, corpusDoc{name: f, kind: kind, data: data})
			}
		}
	}
	add(Bundle, "examples/*.json", "cmd/kooperacja/testdata/*.json", "wasm/testdata/*.json",
		"schema/testdata/*/*.json", "schema/testdata/fuzz/*/*")
	add(Scenario, "examples/scenarios/*.json")
	for i, p := range profileSet(t) {
		out = append(out, corpusDoc{name: "profile " + strconv.Itoa(i), kind: Profile, data: p})
	}
	if len(out) < 30 {
		t.Fatalf("differential corpus has %d documents, want the shipped ones", len(out))
	}
	return out
}

func fuzzSeedBytes(t testing.TB, file string, data []byte) []byte {
	s := strings.TrimSpace(strings.TrimPrefix(string(data), "go test fuzz v1\n"))
	s = strings.TrimSuffix(strings.TrimPrefix(s, "[]byte("), ")")
	u, err := strconv.Unquote(s)
	if err != nil {
		t.Fatalf("%s: not a []byte seed: %v", file, err)
	}
	return []byte(u)
}

// profileSet returns profiles: empty, every setting, every rule code's
// severity, and each of the bundles' own profiles.
func profileSet(t testing.TB) [][]byte {
	text, _ := Schema(Profile)
	var s struct {
		Defs struct {
			RuleCode struct {
				Enum []string `json:"enum"`
			} `json:"ruleCode"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(text, &s); err != nil {
		t.Fatal(err)
	}
	sev := map[string]string{}
	for i, c := range s.Defs.RuleCode.Enum {
		sev[c] = []string{"error", "warning", "info", "off"}[i%4]
	}
	full := map[string]any{
		"team": map[string]any{"minInstitutions": 3, "minSectors": 2, "requirePowiat": true, "requireAnimators": false,
			"meetingMaxGapDays": 90, "caseTeamKind": "zi", "requireDeclarations": true},
		"ipw":       map[string]any{"typicalMaxMonths": 12, "maxMonths": 24, "reviewMaxGapDays": 90, "minInstitutions": 2},
		"agreement": map[string]any{"defaultNoticePeriodDays": 30, "expiryWarningDays": 60},
		"severity":  sev,
	}
	out := [][]byte{[]byte(`{}`)}
	b, _ := json.Marshal(full)
	out = append(out, b)
	files, _ := filepath.Glob(filepath.Join("..", "examples", "*.json"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		var doc map[string]json.RawMessage
		if json.Unmarshal(data, &doc) == nil && doc["profile"] != nil {
			out = append(out, doc["profile"])
		}
	}
	return out
}

// outcome is one validator's answer, as a set of "path keyword" lines.
func outcome(fs []cooperation.Finding) []string {
	out := make([]string, 0, len(fs))
	for _, f := range fs {
		out = append(out, comparablePath(f.Path)+" "+f.Params["keyword"])
	}
	slices.Sort(out)
	return out
}

// comparablePath drops empty reference tokens: v5 loses the token of an
// empty key (a severity named "" is reported at /severity, not at the
// /severity/ that RFC 6901 gives and the validator reports), and nothing in
// its output says one was there. The comparison therefore reads paths
// without them, on both sides; everything else about the finding is still
// compared.
func comparablePath(p cooperation.Path) string {
	if !strings.Contains(string(p), "//") && !strings.HasSuffix(string(p), "/") {
		return string(p)
	}
	var kept []string
	for _, seg := range strings.Split(string(p), "/")[1:] {
		if seg != "" {
			kept = append(kept, "/"+seg)
		}
	}
	return strings.Join(kept, "")
}

// knownDifference reports a finding of ours that the reference misses by
// design: jsonschema v5 takes year 0000 for a date (time.Parse does), the
// validator follows cooperation.ParseDate (years 1 to 9999), as the typed
// decode does.
func knownDifference(v any, f cooperation.Finding) bool {
	if f.Params["keyword"] != "format" {
		return false
	}
	s, ok := valueAt(v, f.Path).(string)
	if !ok {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil && strings.HasPrefix(s, "0000")
}

// hasBackslashKey reports whether any object of v has a key with a
// backslash.
func hasBackslashKey(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if strings.Contains(k, `\`) || hasBackslashKey(e) {
				return true
			}
		}
	case []any:
		for _, e := range x {
			if hasBackslashKey(e) {
				return true
			}
		}
	}
	return false
}

func valueAt(v any, p cooperation.Path) any {
	for _, seg := range p.Segments() {
		switch x := v.(type) {
		case map[string]any:
			v = x[seg]
		case []any:
			i, err := strconv.Atoi(seg)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// compareWithReference validates v against schema name with both validators
// and returns a description of any disagreement ("" when they agree). With
// details, the messages' details and the property are compared too.
func compareWithReference(name string, v any, details bool) string {
	ours := check(name, v)
	ref := refCheck(name, v)
	// v5 quotes unknown property names with fmt %q and then unescapes \"
	// blindly: a name with a backslash comes out unreadable (\\ as '\\\')
	// and garbles the other names of its message. For such a document only
	// the verdict can be compared.
	if hasBackslashKey(v) {
		if (len(ours) == 0) != (len(ref) == 0) {
			return fmt.Sprintf("verdicts differ: validator %d findings, reference %d", len(ours), len(ref))
		}
		return ""
	}
	var kept []cooperation.Finding
	for _, f := range ours {
		if !knownDifference(v, f) {
			kept = append(kept, f)
		}
	}
	a, b := outcome(kept), outcome(ref)
	if (len(a) == 0) != (len(b) == 0) || !slices.Equal(a, b) {
		return fmt.Sprintf("validator %q\nreference %q", a, b)
	}
	if details {
		// v5 drops empty keys from its locations, so where the path has one
		// the place the details name differs: there only the rest counts.
		collapsed := map[string]bool{}
		for _, f := range kept {
			if cp := comparablePath(f.Path); cp != string(f.Path) {
				collapsed[cp] = true
			}
		}
		key := func(f cooperation.Finding) string {
			cp := comparablePath(f.Path)
			if collapsed[cp] {
				return cp + " " + f.Params["keyword"] + " " + f.Params["property"]
			}
			return cp + " " + f.Params["keyword"] + " " + f.Params["property"] + " " + f.Params["detail.en"] + " | " + f.Params["detail.pl"]
		}
		var da, db []string
		for _, f := range kept {
			da = append(da, key(f))
		}
		for _, f := range ref {
			db = append(db, key(f))
		}
		slices.Sort(da)
		slices.Sort(db)
		if !slices.Equal(da, db) {
			return fmt.Sprintf("details differ:\nvalidator %q\nreference %q", da, db)
		}
	}
	return ""
}

// TestValidatorMatchesReference: on every shipped document, against each of
// the three schemas, the validator gives the reference's findings, details
// included.
func TestValidatorMatchesReference(t *testing.T) {
	for _, d := range differentialCorpus(t) {
		v, raw := parse(d.data, DefaultMaxBytes, DefaultMaxDepth)
		if raw != nil {
			continue // the JSON layer stops it: no schema runs
		}
		for _, name := range Names() {
			t.Run(filepath.Base(d.name)+"/"+name, func(t *testing.T) {
				if diff := compareWithReference(name, v, true); diff != "" {
					t.Errorf("check(%s) disagrees with the reference:\n%s", name, diff)
				}
			})
		}
	}
}

// TestValidatorMatchesReferenceMutated: thousands of documents made from the
// corpus by seeded random mutations, each a likely mistake, give the same
// locations and keywords (details may differ where v5's choice depended on
// map order).
func TestValidatorMatchesReferenceMutated(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	var docs []corpusDoc
	var values []any
	for _, d := range differentialCorpus(t) {
		if v, raw := parse(d.data, DefaultMaxBytes, DefaultMaxDepth); raw == nil {
			docs, values = append(docs, d), append(values, v)
		}
	}
	r := rand.New(rand.NewSource(1))
	invalid, failures := 0, 0
	for i := 0; i < n && failures < 10; i++ {
		k := r.Intn(len(docs))
		v := deepCopy(values[k])
		var did []string
		for range 1 + r.Intn(3) {
			var what string
			v, what = mutate(r, v)
			did = append(did, what)
		}
		if diff := compareWithReference(docs[k].kind, v, false); diff != "" {
			failures++
			t.Errorf("mutant %d of %s (%s) against %s:\n%s", i, docs[k].name, strings.Join(did, "; "), docs[k].kind, diff)
		}
		if check(docs[k].kind, v) != nil {
			invalid++
		}
	}
	if invalid < n/2 {
		t.Errorf("only %d of %d mutants are invalid: the mutations are too weak", invalid, n)
	}
}

func deepCopy(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = deepCopy(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = deepCopy(e)
		}
		return out
	}
	return v
}

// slot is a place in a document that holds a value.
type slot struct {
	path string
	get  func() any
	set  func(any)
	del  func() // nil for array elements
}

func slots(v any, path string, out *[]slot) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(mapKeys(x)) {
			*out = append(*out, slot{path + "/" + k, func() any { return x[k] }, func(e any) { x[k] = e }, func() { delete(x, k) }})
			slots(x[k], path+"/"+k, out)
		}
	case []any:
		for i := range x {
			p := path + "/" + strconv.Itoa(i)
			*out = append(*out, slot{p, func() any { return x[i] }, func(e any) { x[i] = e }, nil})
			slots(x[i], p, out)
		}
	}
}

// mutate makes one likely mistake in v (in place where it can) and says
// what it did.
func mutate(r *rand.Rand, v any) (any, string) {
	var all []slot
	slots(v, "", &all)
	root := slot{"", func() any { return v }, func(e any) { v = e }, nil}
	pick := func(ok func(any) bool) (slot, bool) {
		var c []slot
		for _, s := range append(all, root) {
			if ok(s.get()) {
				c = append(c, s)
			}
		}
		if len(c) == 0 {
			return slot{}, false
		}
		return c[r.Intn(len(c))], true
	}
	isObj := func(e any) bool { _, ok := e.(map[string]any); return ok }
	isStr := func(e any) bool { _, ok := e.(string); return ok }
	any_ := func(any) bool { return true }
	switch r.Intn(9) {
	case 0: // delete a key (a required one, often)
		var c []slot
		for _, s := range all {
			if s.del != nil {
				c = append(c, s)
			}
		}
		if len(c) > 0 {
			s := c[r.Intn(len(c))]
			s.del()
			return v, "delete " + s.path
		}
	case 1: // an unknown key
		if s, ok := pick(isObj); ok {
			s.get().(map[string]any)["zzUnknown"] = "x"
			return v, "add " + s.path + "/zzUnknown"
		}
	case 2: // a value of another type
		if s, ok := pick(any_); ok {
			swap := map[string]any{"string": 42.0, "number": "42", "boolean": "true", "object": []any{}, "array": map[string]any{}, "null": false}
			s.set(swap[jsonType(s.get())])
			return v, "retype " + s.path
		}
	case 3: // a date that does not exist
		looksDate := func(e any) bool { s, ok := e.(string); return ok && len(s) == 10 && s[4] == '-' }
		if s, ok := pick(looksDate); ok {
			bad := []string{"2025-02-29", "2024-13-01", "2024-04-31", "2024-00-10", "2024-1-011", "20240101xx"}[r.Intn(6)]
			s.set(bad)
			return v, "date " + s.path + " " + bad
		}
	case 4: // a value outside an enum
		if s, ok := pick(isStr); ok {
			s.set("zz_not_allowed")
			return v, "enum " + s.path
		}
	case 5: // both shapes of a oneOf
		oneKey := func(e any) bool {
			m, ok := e.(map[string]any)
			return ok && len(m) == 1 && (m["institution"] != nil || m["member"] != nil)
		}
		if s, ok := pick(oneKey); ok {
			m := s.get().(map[string]any)
			m["institution"], m["member"] = "x", "y"
			return v, "both " + s.path
		}
		if s, ok := pick(isObj); ok {
			s.get().(map[string]any)["member"] = "y"
			return v, "member " + s.path
		}
	case 6: // null
		if s, ok := pick(any_); ok {
			s.set(nil)
			return v, "null " + s.path
		}
	case 7: // empty string or list
		if s, ok := pick(func(e any) bool { _, a := e.([]any); return a || isStr(e) }); ok {
			if isStr(s.get()) {
				s.set("")
			} else {
				s.set([]any{})
			}
			return v, "empty " + s.path
		}
	case 8: // a number out of range or with a fraction
		if s, ok := pick(func(e any) bool { _, n := e.(float64); return n }); ok {
			x := []float64{-1, 2.5, 1e9, 0}[r.Intn(4)]
			s.set(x)
			return v, fmt.Sprintf("number %s %v", s.path, x)
		}
	}
	return v, "nothing"
}

// FuzzValidatorMatchesReference: whatever the JSON layer lets through, the
// validator and the reference agree on the verdict and the findings, against
// each of the three schemas.
func FuzzValidatorMatchesReference(f *testing.F) {
	for _, d := range differentialCorpus(f) {
		f.Add(d.data)
	}
	f.Add([]byte(`{"responsible": {"institution": "a", "member": "b"}}`))
	f.Add([]byte(`{"severity": {"a b": "off", "it's": "on"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, raw := parse(data, DefaultMaxBytes, DefaultMaxDepth)
		if raw != nil {
			return
		}
		for _, name := range Names() {
			if diff := compareWithReference(name, v, false); diff != "" {
				t.Errorf("check(%s) disagrees with the reference on %q:\n%s", name, data, diff)
			}
		}
	})
}

// BenchmarkValidator compares the validator with the reference on the
// examples, same value, same run: ours/reference in ns/op and allocations.
func BenchmarkValidator(b *testing.B) {
	for _, name := range []string{"rural", "urban", "urban_rural"} {
		data, err := os.ReadFile(filepath.Join("..", "examples", name+".json"))
		if err != nil {
			b.Fatal(err)
		}
		v, raw := parse(data, DefaultMaxBytes, DefaultMaxDepth)
		if raw != nil {
			b.Fatal(raw)
		}
		b.Run(name+"/validator", func(b *testing.B) {
			for b.Loop() {
				if check(Bundle, v) != nil {
					b.Fatal("invalid")
				}
			}
		})
		b.Run(name+"/reference", func(b *testing.B) {
			for b.Loop() {
				if refCheck(Bundle, v) != nil {
					b.Fatal("invalid")
				}
			}
		})
	}
}
