package wasm

import (
	"encoding/json"
	"fmt"
	"runtime"
	"sort"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/schema"
)

// Version is the version of the library that this package reports.
const Version = "0.1.0-dev"

// Kind says what a JavaScript argument was.
type Kind int

// The kinds of argument.
const (
	// Absent is undefined or null, or an argument not given.
	Absent Kind = iota
	// String is a JavaScript string; Text is the string (for a document, its
	// JSON text).
	String
	// Object is an object or array; Text is its JSON.stringify.
	Object
	// Other is any other value (number, boolean, function, symbol, bigint,
	// or an object that JSON.stringify cannot serialise); Text describes it.
	Other
)

// Arg is one argument as the JavaScript caller gave it.
type Arg struct {
	Kind Kind
	Text string
	// Data is a String's text as UTF-8 bytes, when the bridge passed it so
	// (Text is then empty): the JavaScript module hands long strings over as
	// bytes, which spares the copies of a string.
	Data []byte
}

// Bytes returns a String argument given as its UTF-8 text.
func Bytes(b []byte) Arg { return Arg{Kind: String, Data: b} }

// text returns a String's or an Object's text, however it was passed.
func (a Arg) text() string {
	if a.Data != nil {
		return string(a.Data)
	}
	return a.Text
}

// Text returns a String argument.
func Text(s string) Arg { return Arg{Kind: String, Text: s} }

// JSON returns an Object argument holding the JSON text s.
func JSON(s string) Arg { return Arg{Kind: Object, Text: s} }

// Response is the answer to every call: OK with a Result, or not OK with an
// Error. It marshals as {"ok":true,"result":…} or {"ok":false,"error":{…}}.
type Response struct {
	OK     bool   `json:"ok"`
	Result any    `json:"result,omitempty"`
	Error  *Error `json:"error,omitempty"`
}

// Error is a failed call: a message for people and, when a document could not
// be read, the findings that stopped it.
type Error struct {
	Message  string                `json:"message"`
	Findings []cooperation.Finding `json:"findings,omitempty"`
}

// JSON encodes r. It never fails: a result that cannot be encoded becomes an
// error response.
func (r Response) JSON() []byte {
	if v, ok := r.Result.(Validation); ok && r.OK && r.Error == nil {
		return appendValidation(nil, v)
	}
	b, err := json.Marshal(r)
	if err != nil {
		b, _ = json.Marshal(failf("internal error: encoding the result: %v", err))
	}
	return b
}

func ok(result any) Response { return Response{OK: true, Result: result} }

func failf(format string, args ...any) Response {
	return Response{Error: &Error{Message: fmt.Sprintf(format, args...)}}
}

// function is one entry of the table: its parameter names (for messages and
// arity) and its body, which gets exactly len(params) arguments.
type function struct {
	params []string
	run    func(args []Arg) Response
}

var functions = map[string]function{
	"validate": {[]string{"bundle", "options"}, func(a []Arg) Response { return validate(a[0], a[1]) }},
	"stage":    {[]string{"bundle", "options"}, func(a []Arg) Response { return stage(a[0], a[1]) }},
	"report":   {[]string{"bundle", "options"}, func(a []Arg) Response { return report(a[0], a[1]) }},
	"simulate": {[]string{"bundle", "scenario", "options"}, func(a []Arg) Response { return simulate(a[0], a[1], a[2]) }},
	"schema":   {[]string{"name"}, func(a []Arg) Response { return schemaText(a[0]) }},
	"rules":    {[]string{"lang"}, func(a []Arg) Response { return rules(a[0]) }},
	"labels":   {[]string{"lang"}, func(a []Arg) Response { return labels(a[0]) }},
	"version":  {nil, func([]Arg) Response { return version() }},
}

// Functions returns the names of the functions Call runs, sorted.
func Functions() []string {
	out := make([]string, 0, len(functions))
	for n := range functions {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Call runs function name with args. Missing trailing arguments are Absent;
// extra ones are an error. Call never panics: a panic below it becomes an
// error response.
func Call(name string, args []Arg) (resp Response) {
	defer func() {
		if r := recover(); r != nil {
			resp = failf("internal error in %s: %v", name, r)
		}
	}()
	fn, found := functions[name]
	if !found {
		return failf("no function named %q", name)
	}
	if len(args) > len(fn.params) {
		return failf("%s takes at most %d arguments (%s), got %d", name, len(fn.params), strings.Join(fn.params, ", "), len(args))
	}
	full := make([]Arg, len(fn.params))
	copy(full, args)
	return fn.run(full)
}

// document returns the JSON text of a document argument (bundle, scenario).
func document(a Arg, param string) ([]byte, *Response) {
	switch a.Kind {
	case String, Object:
		if a.Data != nil {
			return a.Data, nil
		}
		return []byte(a.Text), nil
	case Absent:
		r := failf("%s is missing: give a JSON string or an object", param)
		return nil, &r
	}
	r := failf("%s must be a JSON string or an object, not %s", param, a.Text)
	return nil, &r
}

func version() Response {
	return ok(struct {
		Version string `json:"version"`
		Go      string `json:"go"`
	}{Version, runtime.Version()})
}

// Prepare runs the validator once, on an empty document, so that the first
// call does not pay for running its code the first time. It compiles
// nothing: package schema holds the JSON Schemas compiled, as generated Go
// code that the linker lays out as data. A JavaScript host calls it once at
// load.
func Prepare() { schema.Validate(schema.Bundle, []byte("{}")) }
