package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/synth"
)

// The bad inputs of the hardening issue, through Check: each gives a clear
// finding at a precise place (or, where the input is in fact allowed, a
// result), never a panic, and never a finding whose message repeats a huge
// input. TestCheckBoundary covers the simple cases; these are the extremes.

// checkBad runs Check and the common assertions: no bundle, the first
// finding of code at path, every message rendered and short.
func checkBad(t *testing.T, data []byte, code cooperation.Code, path cooperation.Path, opts ...cooperation.Option) []cooperation.Finding {
	t.Helper()
	res := safeCheck(t, data, append([]cooperation.Option{cooperation.AsOf(synth.ReferenceAsOf)}, opts...)...)
	got := codesAt(res.Findings, code)
	if len(got) == 0 || got[0] != path {
		t.Fatalf("Check() = %s, want %s at %.200q", summary(res.Findings), code, path)
	}
	if res.Bundle != nil || res.Valid() {
		t.Errorf("Check() gave a bundle (valid=%v) for a document stopped at the boundary", res.Valid())
	}
	assertReadable(t, res.Findings)
	return res.Findings
}

// safeCheck runs Check and turns a panic into a test failure, so that one
// crashing input does not take the other tests down with it.
func safeCheck(t *testing.T, data []byte, opts ...cooperation.Option) (res Result) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Check() panicked: %v", r)
		}
	}()
	return Check(data, opts...)
}

// assertReadable: every finding has a message, and no message or parameter
// carries more than a few kilobytes of the input back to the user. (The
// path is exact by definition, even to a key of ten megabytes.)
func assertReadable(t *testing.T, fs []cooperation.Finding) {
	t.Helper()
	for _, f := range fs {
		if f.Message == "" {
			t.Errorf("%s at %.200s has no message", f.Code, f.Path)
		}
		if len(f.Message) > 4096 {
			t.Errorf("%s at %.200s has a message of %d bytes: %.200s…", f.Code, f.Path, len(f.Message), f.Message)
		}
		for k, v := range f.Params {
			if len(v) > 4096 {
				t.Errorf("%s at %.200s: param %s is %d bytes", f.Code, f.Path, k, len(v))
			}
		}
	}
}

func summary(fs []cooperation.Finding) string {
	var b strings.Builder
	for i, f := range fs {
		if i == 5 {
			fmt.Fprintf(&b, " … %d more", len(fs)-5)
			break
		}
		fmt.Fprintf(&b, "[%s %.200s %.200s] ", f.Code, f.Path, f.Message)
	}
	if len(fs) == 0 {
		return "no findings"
	}
	return b.String()
}

func ref1(t *testing.T) obj {
	t.Helper()
	var d obj
	if err := json.Unmarshal(synth.Reference(1), &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestBadInputEncoding(t *testing.T) {
	bomb := []byte{0xEF, 0xBB, 0xBF}
	valid := synth.Reference(1)
	tests := []struct {
		name string
		data []byte
		path cooperation.Path
	}{
		{"BOM only", bomb, ""},
		{"BOM and white space", append(append([]byte{}, bomb...), " \r\n"...), ""},
		{"two BOMs", append(append(append([]byte{}, bomb...), bomb...), valid...), ""},
		{"BOM after white space", append(append([]byte(" "), bomb...), valid...), ""},
		{"UTF-16 BOM", append([]byte{0xFF, 0xFE}, valid...), ""},
		{"invalid byte in a key", []byte("{\"schema\xffVersion\":\"1\"}"), ""},
		{"invalid byte outside strings", append(append([]byte{}, valid[:len(valid)-1]...), 0x80, '}'), ""},
		{"overlong NUL", []byte("{\"a\":\"\xc0\x80\"}"), ""},
		{"UTF-8 encoded surrogate", []byte("{\"a\":\"\xed\xa0\x80\"}"), ""},
		{"truncated multibyte at the end", append(append([]byte{}, valid...), 0xC5), ""},
		{"NUL byte", append([]byte{0}, valid...), ""},
		{"control character in a string", []byte("{\"schemaVersion\":\"1\n\"}"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBad(t, tt.data, cooperation.CodeDocumentInvalidJSON, tt.path)
		})
	}

	t.Run("invalid UTF-8 offset", func(t *testing.T) {
		data := append(append([]byte{}, valid[:100]...), 0xFF)
		data = append(data, valid[100:]...)
		fs := checkBad(t, data, cooperation.CodeDocumentInvalidJSON, "")
		if fs[0].Params["offset"] != "100" {
			t.Errorf("offset = %q, want 100 (the bad byte)", fs[0].Params["offset"])
		}
	})
	t.Run("BOM changes nothing", func(t *testing.T) {
		for _, n := range []int{1, 10} {
			doc := synth.Reference(n)
			later := cooperation.AsOf(cooperation.MustDate("2027-09-01"))
			a, _ := json.Marshal(Check(doc, later).Findings)
			b, _ := json.Marshal(Check(append(append([]byte{}, bomb...), doc...), later).Findings)
			if !bytes.Equal(a, b) {
				t.Errorf("Check(BOM + bundle) = %s, want %s", b, a)
			}
		}
	})
	t.Run("escaped lone surrogate", func(t *testing.T) {
		// Valid JSON text (RFC 8259 allows the escape); it must not crash
		// and the document stays usable.
		d := ref1(t)
		d["municipality"].(obj)["name"] = "Górno"
		data := bytes.Replace(mustJSON(t, d), []byte(`"Górno"`), []byte(`"G\ud800rno"`), 1)
		res := Check(data, cooperation.AsOf(synth.ReferenceAsOf))
		assertReadable(t, res.Findings)
		if res.Bundle == nil {
			t.Errorf("Check(lone surrogate escape) = %s, want the bundle decoded", summary(res.Findings))
		}
	})
}

func TestBadInputNumbers(t *testing.T) {
	// Every integer field of the bundle, with values no int holds, values
	// the schema refuses, and fractions: one schema.violation at the field.
	fields := []struct {
		path cooperation.Path
		set  func(d obj, v json.Number)
	}{
		{"/municipality/population", func(d obj, v json.Number) { d["municipality"].(obj)["population"] = v }},
		{"/services/0/monthlyCapacity", func(d obj, v json.Number) { d["services"].([]any)[0].(obj)["monthlyCapacity"] = v }},
		{"/agreements/1/noticePeriodDays", func(d obj, v json.Number) { d["agreements"].([]any)[1].(obj)["noticePeriodDays"] = v }},
		{"/ipws/0/beneficiary/members/2/birthYear", func(d obj, v json.Number) {
			d["ipws"].([]any)[0].(obj)["beneficiary"].(obj)["members"].([]any)[2].(obj)["birthYear"] = v
		}},
		{"/profile/team/minInstitutions", func(d obj, v json.Number) { d["profile"] = obj{"team": obj{"minInstitutions": v}} }},
		{"/profile/ipw/reviewMaxGapDays", func(d obj, v json.Number) { d["profile"] = obj{"ipw": obj{"reviewMaxGapDays": v}} }},
	}
	values := []json.Number{"1e400", "-1e400", "99999999999999999999", "-99999999999999999999", "9223372036854775808", "1e19", "2.5", "1e-400"}
	for _, f := range fields {
		for _, v := range values {
			t.Run(string(f.path)+"="+string(v), func(t *testing.T) {
				d := ref1(t)
				f.set(d, v)
				checkBad(t, mustJSON(t, d), cooperation.CodeSchemaViolation, f.path)
			})
		}
	}
	t.Run("huge number in extensions is kept", func(t *testing.T) {
		d := ref1(t)
		d["extensions"] = obj{"n": json.Number("1e400"), "m": json.Number("123456789012345678901234567890")}
		res := Check(mustJSON(t, d), cooperation.AsOf(synth.ReferenceAsOf))
		if res.Bundle == nil || !bytes.Contains(res.Bundle.Extensions, []byte("123456789012345678901234567890")) {
			t.Errorf("Check() = %s; extensions = %s, want the numbers kept to the digit", summary(res.Findings), res.Bundle.Extensions)
		}
	})
	// A million digits: converting them to a big.Rat, as the schema library
	// does for "integer", takes seconds (quadratic); the JSON layer must
	// refuse the number before that, in milliseconds.
	t.Run("a number of a million digits", func(t *testing.T) {
		d := ref1(t)
		d["municipality"].(obj)["population"] = json.Number("1" + strings.Repeat("0", 1_000_000))
		checkBad(t, mustJSON(t, d), cooperation.CodeSchemaViolation, "/municipality/population")
	})
	t.Run("a million digits in extensions are kept", func(t *testing.T) {
		d := ref1(t)
		n := "1" + strings.Repeat("0", 1_000_000)
		d["extensions"] = obj{"n": json.Number(n)}
		res := safeCheck(t, mustJSON(t, d), cooperation.AsOf(synth.ReferenceAsOf))
		if res.Bundle == nil || !bytes.Contains(res.Bundle.Extensions, []byte(n)) {
			t.Errorf("Check() = %s, want the bundle with the number kept", summary(res.Findings))
		}
	})
	// big.Rat refuses exponents beyond ±1e6 (SetString returns nil, false)
	// and the schema library then calls a method on the nil: the value must
	// be a finding, not a crash.
	for _, v := range []json.Number{"1e10000000", "-1e10000000", "1e-10000000", "1E+9999999"} {
		t.Run("exponent "+string(v), func(t *testing.T) {
			d := ref1(t)
			d["municipality"].(obj)["population"] = v
			checkBad(t, mustJSON(t, d), cooperation.CodeSchemaViolation, "/municipality/population")
		})
		t.Run("exponent in a profile "+string(v), func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Validate(profile) panicked: %v", r)
				}
			}()
			fs := Validate(Profile, []byte(`{"ipw":{"maxMonths":`+string(v)+`}}`))
			if len(fs) == 0 || fs[0].Path != "/ipw/maxMonths" {
				t.Errorf("Validate(profile) = %s, want schema.violation at /ipw/maxMonths", summary(fs))
			}
		})
	}
}

func TestBadInputNulls(t *testing.T) {
	// null where an object (or array) belongs, at every level: one
	// schema.violation at that place, and the rules never see a nil.
	tests := []struct {
		path cooperation.Path
		set  func(d obj)
	}{
		{"/municipality", func(d obj) { d["municipality"] = nil }},
		{"/institutions", func(d obj) { d["institutions"] = nil }},
		{"/institutions/3", func(d obj) { d["institutions"].([]any)[3] = nil }},
		{"/teams/0/members/1", func(d obj) { d["teams"].([]any)[0].(obj)["members"].([]any)[1] = nil }},
		{"/teams/0/meetings", func(d obj) { d["teams"].([]any)[0].(obj)["meetings"] = nil }},
		{"/agreements/0/annexes/0", func(d obj) { d["agreements"].([]any)[0].(obj)["annexes"].([]any)[0] = nil }},
		{"/agreements/1/signatures/0", func(d obj) { d["agreements"].([]any)[1].(obj)["signatures"].([]any)[0] = nil }},
		{"/ipws/0", func(d obj) { d["ipws"].([]any)[0] = nil }},
		{"/ipws/0/consent", func(d obj) { d["ipws"].([]any)[0].(obj)["consent"] = nil }},
		{"/ipws/0/period", func(d obj) { d["ipws"].([]any)[0].(obj)["period"] = nil }},
		{"/ipws/0/diagnosis/areas/0", func(d obj) { d["ipws"].([]any)[0].(obj)["diagnosis"].(obj)["areas"].([]any)[0] = nil }},
		{"/ipws/0/actions/3/responsible", func(d obj) { d["ipws"].([]any)[0].(obj)["actions"].([]any)[3].(obj)["responsible"] = nil }},
		{"/ipws/0/reviews/0", func(d obj) { d["ipws"].([]any)[0].(obj)["reviews"].([]any)[0] = nil }},
		{"/stages/0", func(d obj) { d["stages"].([]any)[0] = nil }},
		{"/profile", func(d obj) { d["profile"] = nil }},
		{"/extensions", func(d obj) { d["extensions"] = nil }},
		{"/asOf", func(d obj) { d["asOf"] = nil }},
	}
	for _, tt := range tests {
		t.Run(string(tt.path), func(t *testing.T) {
			d := ref1(t)
			tt.set(d)
			checkBad(t, mustJSON(t, d), cooperation.CodeSchemaViolation, tt.path)
		})
	}
}

func TestBadInputHugeStrings(t *testing.T) {
	big := strings.Repeat("ż", 5<<20) // 10 MiB of UTF-8
	t.Run("in a closed set", func(t *testing.T) {
		d := ref1(t)
		d["institutions"].([]any)[4].(obj)["kind"] = big
		checkBad(t, mustJSON(t, d), cooperation.CodeSchemaViolation, "/institutions/4/kind")
	})
	t.Run("as a date", func(t *testing.T) {
		d := ref1(t)
		d["asOf"] = big
		checkBad(t, mustJSON(t, d), cooperation.CodeSchemaViolation, "/asOf")
	})
	t.Run("as an unknown property", func(t *testing.T) {
		d := ref1(t)
		d["municipality"].(obj)[big] = 1
		checkBad(t, mustJSON(t, d), cooperation.CodeSchemaViolation, cooperation.Path("/municipality").Key(big))
	})
	t.Run("as a reference", func(t *testing.T) {
		d := ref1(t)
		d["services"].([]any)[0].(obj)["provider"] = big
		res := Check(mustJSON(t, d), cooperation.AsOf(synth.ReferenceAsOf))
		if got := codesAt(res.Findings, cooperation.CodeRefUnknown); len(got) != 1 || got[0] != "/services/0/provider" {
			t.Fatalf("Check() = %s, want ref.unknown at /services/0/provider", summary(res.Findings))
		}
		assertReadable(t, res.Findings)
	})
	t.Run("in free text is allowed", func(t *testing.T) {
		d := ref1(t)
		d["ipws"].([]any)[0].(obj)["reviews"].([]any)[0].(obj)["notes"] = big
		d["extensions"] = obj{big[:1<<20]: big[:1<<20]}
		res := Check(mustJSON(t, d), cooperation.AsOf(synth.ReferenceAsOf))
		if !res.Valid() || res.Bundle == nil {
			t.Errorf("Check() = %s, want a valid bundle (free text has no limit below the document's)", summary(res.Findings))
		}
	})
	t.Run("in a name", func(t *testing.T) {
		d := ref1(t)
		d["institutions"].([]any)[5].(obj)["name"] = big
		team := d["teams"].([]any)[0].(obj)
		members := team["members"].([]any)
		team["members"] = append(members[:2:2], members[3:]...) // it leaves the PZK: its actions' findings name it
		res := safeCheck(t, mustJSON(t, d), cooperation.AsOf(synth.ReferenceAsOf))
		if len(codesAt(res.Findings, cooperation.CodeIPWActionResponsibleNotMember)) == 0 {
			t.Fatalf("Check() = %s, want ipw.action_responsible_not_member", summary(res.Findings))
		}
		assertReadable(t, res.Findings) // they quote a part of the name
	})
}

func TestBadInputNesting(t *testing.T) {
	const depth = 100000
	limit := cooperation.Path(strings.Repeat("/a", DefaultMaxDepth-1))
	tests := []struct {
		name string
		data string
		path cooperation.Path
	}{
		{"objects", strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth), limit.Key("a")[:len(limit)] + "/a"},
		{"objects unclosed", strings.Repeat(`{"a":`, depth), limit + "/a"},
		{"arrays unclosed", strings.Repeat("[", depth), cooperation.Path(strings.Repeat("/0", DefaultMaxDepth))},
		{"mixed", strings.Repeat(`[{"a":`, depth/2) + strings.Repeat("}]", depth/2), cooperation.Path(strings.Repeat("/0/a", DefaultMaxDepth/2))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBad(t, []byte(tt.data), cooperation.CodeDocumentTooDeep, tt.path)
		})
	}
	t.Run("inside a valid bundle", func(t *testing.T) {
		d := ref1(t)
		doc := mustJSON(t, d)
		deep := strings.Repeat("[", depth) + strings.Repeat("]", depth)
		doc = bytes.Replace(doc, []byte(`"extensions":{`), []byte(`"extensions":{"x":`+deep+`,`), 1)
		// The extensions object is level 2 and x level 3, so the array that
		// would be level 65 is 62 levels below x.
		checkBad(t, doc, cooperation.CodeDocumentTooDeep, cooperation.Path("/extensions/x"+strings.Repeat("/0", DefaultMaxDepth-2)))
	})
	t.Run("at the limit is fine", func(t *testing.T) {
		d := ref1(t)
		doc := mustJSON(t, d)
		ok := strings.Repeat("[", DefaultMaxDepth-2) + strings.Repeat("]", DefaultMaxDepth-2)
		doc = bytes.Replace(doc, []byte(`"extensions":{`), []byte(`"extensions":{"x":`+ok+`,`), 1)
		if res := Check(doc, cooperation.AsOf(synth.ReferenceAsOf)); !res.Valid() {
			t.Errorf("Check(%d levels) = %s, want valid", DefaultMaxDepth, summary(res.Findings))
		}
	})
}

func TestBadInputSize(t *testing.T) {
	valid := synth.Reference(1)
	t.Run("20 MB of bundle", func(t *testing.T) {
		d := ref1(t)
		d["extensions"] = obj{"padding": strings.Repeat("x", 20<<20)}
		fs := checkBad(t, mustJSON(t, d), cooperation.CodeDocumentTooLarge, "")
		if fs[0].Params["limit"] != fmt.Sprint(DefaultMaxBytes) {
			t.Errorf("limit = %q, want %d", fs[0].Params["limit"], DefaultMaxBytes)
		}
	})
	t.Run("20 MB of white space", func(t *testing.T) {
		checkBad(t, append(bytes.Repeat([]byte(" "), 20<<20), valid...), cooperation.CodeDocumentTooLarge, "")
	})
	t.Run("one byte over the limit", func(t *testing.T) {
		checkBad(t, append(valid, ' '), cooperation.CodeDocumentTooLarge, "", cooperation.WithLimits(len(valid), 0))
	})
	t.Run("exactly the limit", func(t *testing.T) {
		res := Check(valid, cooperation.AsOf(synth.ReferenceAsOf), cooperation.WithLimits(len(valid), 0))
		if !res.Valid() {
			t.Errorf("Check(len = limit) = %s, want valid", summary(res.Findings))
		}
	})
	t.Run("many small values", func(t *testing.T) {
		// 2 million array elements in 4 MB: allowed by size and depth, and
		// the schema refuses them in one finding.
		d := ref1(t)
		data := mustJSON(t, d)
		many := "[" + strings.Repeat("0,", 2_000_000) + "0]"
		data = bytes.Replace(data, []byte(`"stages":[`), []byte(`"stages":[`+many+`,`), 1)
		checkBad(t, data, cooperation.CodeSchemaViolation, "/stages/0")
	})
}

// objectPaths lists the JSON Pointer of every object in v, with its keys.
func objectPaths(v any, path cooperation.Path, out map[cooperation.Path][]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k, e := range x {
			keys = append(keys, k)
			objectPaths(e, path.Key(k), out)
		}
		sort.Strings(keys)
		out[path] = keys
	case []any:
		for i, e := range x {
			objectPaths(e, path.Index(i), out)
		}
	}
}

// encodeDup writes v as JSON, with the key dup of the object at target
// written twice (its value first as a decoy, then the real one).
func encodeDup(b *bytes.Buffer, v any, path, target cooperation.Path, dup string, escaped bool) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		if path == target {
			if escaped {
				// The same key spelt with an escape: equal once decoded.
				fmt.Fprintf(b, `"\u%04x%s:null,`, dup[0], quote(dup[1:])[1:])
			} else {
				fmt.Fprintf(b, `%s:null,`, quote(dup))
			}
		}
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(quote(k))
			b.WriteByte(':')
			encodeDup(b, x[k], path.Key(k), target, dup, escaped)
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			encodeDup(b, e, path.Index(i), target, dup, escaped)
		}
		b.WriteByte(']')
	default:
		e, _ := json.Marshal(x)
		b.Write(e)
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestBadInputDuplicateKeys: a key repeated in any object of a real bundle,
// at every level (top, partnership, IPW, diagnosis area, annex signature,
// extensions…), is one document.duplicate_key at that key, also when the
// second spelling uses an escape.
func TestBadInputDuplicateKeys(t *testing.T) {
	d := ref1(t)
	d["extensions"] = obj{"a": obj{"b": []any{obj{"c": obj{"d": 1}}}}}
	var v any
	dec := json.NewDecoder(bytes.NewReader(mustJSON(t, d)))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	objs := map[cooperation.Path][]string{}
	objectPaths(v, "", objs)
	paths := make([]cooperation.Path, 0, len(objs))
	for p := range objs {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool { return cooperation.ComparePaths(paths[i], paths[j]) < 0 })
	if len(paths) < 100 {
		t.Fatalf("only %d objects in the reference bundle", len(paths))
	}
	levels := map[int]bool{}
	for _, p := range paths {
		keys := objs[p]
		if len(keys) == 0 {
			continue
		}
		levels[strings.Count(string(p), "/")] = true
		for _, escaped := range []bool{false, true} {
			key := keys[len(keys)/2]
			var b bytes.Buffer
			encodeDup(&b, v, "", p, key, escaped)
			res := Check(b.Bytes(), cooperation.AsOf(synth.ReferenceAsOf))
			want := p.Key(key)
			if len(res.Findings) != 1 || res.Findings[0].Code != cooperation.CodeDocumentDuplicateKey || res.Findings[0].Path != want {
				t.Errorf("duplicate %q (escaped %v) in %q: Check() = %s, want one document.duplicate_key at %s", key, escaped, p, summary(res.Findings), want)
			}
		}
	}
	if len(levels) < 6 {
		t.Errorf("duplicates tried at %d levels only", len(levels))
	}
}
