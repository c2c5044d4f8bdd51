package schema

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/santhosh-tekuri/jsonschema/v5"
)

// The reference validator: jsonschema v5, which the schema layer used before
// it had its own validator, with the normalisation of its error tree that
// turned it into findings. The differential tests (validator_test.go)
// compare the two.
//
// Two corrections to what the runtime did with v5's output, both in how
// locations were read, never in the verdict: v5 percent-encodes instance
// locations (a key "a b" is /a%20b) and Go-quotes the unknown property's
// name in its message (it's → it\'s); the runtime took both as they were,
// the reference here decodes them, giving the plain RFC 6901 pointers the
// validator gives.

// refCompiled holds the three schemas compiled by jsonschema v5.
var refCompiled = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("schema: refusing to fetch %s: every schema is embedded", url)
	}
	for _, name := range Names() {
		b, err := Schema(name)
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(ID(name), bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("schema: adding %s: %w", name, err)
		}
	}
	out := make(map[string]*jsonschema.Schema, 3)
	for _, name := range Names() {
		s, err := c.Compile(ID(name))
		if err != nil {
			return nil, fmt.Errorf("schema: compiling %s: %w", name, err)
		}
		out[name] = s
	}
	return out, nil
})

// refCheck validates v against schema name with jsonschema v5 and returns
// the normalised findings (nil when it conforms).
func refCheck(name string, v any) []cooperation.Finding {
	m, err := refCompiled()
	if err != nil {
		panic(err)
	}
	if err := m[name].Validate(v); err != nil {
		return refViolations(err, v)
	}
	return nil
}

// refPath decodes v5's percent-encoded instance location.
func refPath(loc string) cooperation.Path {
	if !strings.Contains(loc, "%") {
		return cooperation.Path(loc)
	}
	segs := strings.Split(loc, "/")
	for i, s := range segs {
		if u, err := url.PathUnescape(s); err == nil {
			segs[i] = u
		}
	}
	return cooperation.Path(strings.Join(segs, "/"))
}

// refUnquote undoes v5's quoting of a name taken from the document.
func refUnquote(q string) string {
	q = strings.ReplaceAll(q, `\'`, `'`)
	q = strings.ReplaceAll(q, `"`, `\"`)
	if u, err := strconv.Unquote(`"` + q + `"`); err == nil {
		return u
	}
	return q
}

// refViolations turns a jsonschema validation error over the document v
// into schema.violation findings, one per mistake, in a stable order.
//
// jsonschema reports a tree of errors in no stable order, and a single
// mistake often shows up several times: once per branch of a oneOf, and
// again through every $ref on the way. The tree is flattened to its leaves;
// a failed oneOf or anyOf counts as one mistake at its own location (the
// value fits none of the allowed shapes), reported with the branch error
// that got furthest; leaves are then de-duplicated by location and keyword.
// Each leaf is read from v5's message into the validator's leaf (what was
// found, what was wanted) and worded by the validator's describe: the
// comparison is of what the two validators found, not of the wording.
func refViolations(err error, v any) []cooperation.Finding {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		var f cooperation.Findings
		f.Add(cooperation.CodeSchemaViolation, "", "keyword", "", "detail.pl", err.Error(), "detail.en", err.Error())
		return f.Raw()
	}
	var leaves []*jsonschema.ValidationError
	refCollect(ve, &leaves)
	seen := map[string]bool{}
	var f cooperation.Findings
	for _, l := range leaves {
		kw := refKeyword(l.KeywordLocation)
		path := refPath(l.InstanceLocation)
		params := []string{"keyword", kw}
		switch kw {
		case "additionalProperties":
			// Point at the unknown property itself: that is the typo.
			for _, name := range refQuoted(l.Message) {
				name = refUnquote(name)
				p := path.Key(name)
				key := string(p) + "\x00" + kw
				if seen[key] {
					continue
				}
				seen[key] = true
				pl, en := unknownField(path, name)
				f.Add(cooperation.CodeSchemaViolation, p, append(params, "property", name, "detail.pl", pl, "detail.en", en)...)
			}
			continue
		}
		key := string(path) + "\x00" + kw
		if seen[key] {
			continue
		}
		seen[key] = true
		lf := refLeaf(kw, l, v)
		pl, en := describe(&lf)
		f.Add(cooperation.CodeSchemaViolation, path, append(params, "detail.pl", pl, "detail.en", en)...)
	}
	return f.Raw()
}

// refLeaf reads a v5 error into the validator's leaf: the names, the value
// found and the values wanted, from its message and from the document v.
func refLeaf(kw string, e *jsonschema.ValidationError, v any) leaf {
	msg := e.Message
	l := leaf{path: refPath(e.InstanceLocation), kw: kw, msg: msg}
	switch kw {
	case "required":
		l.names = refQuoted(msg)
	case "type":
		want, got, _ := strings.Cut(strings.TrimPrefix(msg, "expected "), ", but got ")
		l.value, l.want = got, strings.Split(want, " or ")
	case "enum", "const":
		l.value = shown(refAt(v, l.path))
		for _, q := range refGoQuotedRE.FindAllString(msg, -1) {
			if u, err := strconv.Unquote(q); err == nil {
				l.want = append(l.want, u)
			}
		}
	case "format":
		if q := refQuoted(msg); len(q) > 0 {
			l.value = refUnquote(q[0])
		}
	case "minItems":
		var min, n int
		fmt.Sscanf(msg, "minimum %d items required, but found %d items", &min, &n)
		l.value, l.want = strconv.Itoa(n), []string{strconv.Itoa(min)}
	case "minimum", "maximum":
		bound, found, _ := strings.Cut(msg[len("must be >= "):], " but found ")
		l.value, l.want = found, []string{bound}
	case "oneOf", "anyOf":
		if d := refDeepest(e); d != e {
			if dk := refKeyword(d.KeywordLocation); dk != "oneOf" && dk != "anyOf" {
				c := refLeaf(dk, d, v)
				l.cause = &c
			}
		}
	}
	return l
}

var refGoQuotedRE = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// refAt returns the value of the document v at p.
func refAt(v any, p cooperation.Path) any {
	for _, s := range p.Segments() {
		switch x := v.(type) {
		case map[string]any:
			v = x[s]
		case []any:
			i, err := strconv.Atoi(s)
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

// refCollect gathers the leaves of the error tree; a failed oneOf/anyOf is a
// leaf itself, described by its deepest cause.
func refCollect(ve *jsonschema.ValidationError, out *[]*jsonschema.ValidationError) {
	kw := refKeyword(ve.KeywordLocation)
	if (kw == "oneOf" || kw == "anyOf") && len(ve.Causes) > 0 {
		*out = append(*out, ve)
		return
	}
	if len(ve.Causes) == 0 {
		*out = append(*out, ve)
		return
	}
	causes := append([]*jsonschema.ValidationError(nil), ve.Causes...)
	sort.SliceStable(causes, func(i, j int) bool {
		a, b := causes[i], causes[j]
		if c := cooperation.ComparePaths(cooperation.Path(a.InstanceLocation), cooperation.Path(b.InstanceLocation)); c != 0 {
			return c < 0
		}
		return a.KeywordLocation < b.KeywordLocation
	})
	for _, c := range causes {
		refCollect(c, out)
	}
}

// refKeyword returns the failing keyword: the last segment of the keyword
// location that is not a property name or index of the schema.
func refKeyword(loc string) string {
	segs := strings.Split(loc, "/")
	for i := len(segs) - 1; i >= 0; i-- {
		s := segs[i]
		if s == "" || s == "$ref" || s == "items" || s == "properties" || s == "$defs" || s == "allOf" || s == "then" {
			continue
		}
		if i > 0 && (segs[i-1] == "properties" || segs[i-1] == "$defs" || segs[i-1] == "allOf" || segs[i-1] == "oneOf" || segs[i-1] == "anyOf") {
			continue
		}
		return s
	}
	return ""
}

var refQuotedRE = regexp.MustCompile(`'((?:[^'\\]|\\.)*)'`)

func refQuoted(msg string) []string {
	var out []string
	for _, m := range refQuotedRE.FindAllStringSubmatch(msg, -1) {
		out = append(out, m[1])
	}
	return out
}

// refDeepest returns the cause of a oneOf/anyOf failure that reached furthest
// into the value (the branch the author most likely meant).
func refDeepest(ve *jsonschema.ValidationError) *jsonschema.ValidationError {
	best := ve
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			if len(e.InstanceLocation) > len(best.InstanceLocation) || best == ve {
				best = e
			}
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	for _, c := range ve.Causes {
		walk(c)
	}
	return best
}
