package wasm

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/schema"
)

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
// be used, the findings that stopped it.
type Error struct {
	Message  string                `json:"message"`
	Findings []cooperation.Finding `json:"findings,omitempty"`
}

// JSON encodes r. The result is encoded by app.AppendJSON, as the command
// line encodes it. JSON never fails: a result that cannot be encoded
// becomes an error response.
func (r Response) JSON() []byte {
	if r.OK && r.Error == nil {
		b := append(make([]byte, 0, 512), `{"ok":true,"result":`...)
		b, err := app.AppendJSON(b, r.Result)
		if err == nil {
			return append(b, '}')
		}
		r = failf("internal error: encoding the result: %v", err)
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

func fail(e *app.Error) Response {
	return Response{Error: &Error{Message: e.Message, Findings: e.Findings}}
}

// Functions returns the names of the functions Call runs: app.Functions, in
// its order.
func Functions() []string {
	fs := app.Functions()
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out
}

// ModuleOf returns the WebAssembly module that offers the function name
// (app.MainModule, app.DocumentsModule), as its row of app.Functions says;
// "" also for a name that is no function.
func ModuleOf(name string) string {
	f, _ := app.Lookup(name)
	return f.Module
}

// Call runs function name of app.Functions with args. Missing trailing
// arguments are Absent; extra ones are an error. Call never panics: a panic
// below it becomes an error response.
func Call(name string, args []Arg) (resp Response) {
	defer func() {
		if r := recover(); r != nil {
			resp = failf("internal error in %s: %v", name, r)
		}
	}()
	fn, found := app.Lookup(name)
	if !found {
		return failf("no function named %q", name)
	}
	if len(args) > len(fn.Params) {
		names := make([]string, len(fn.Params))
		for i, p := range fn.Params {
			names[i] = p.Name
		}
		return failf("%s takes at most %d arguments (%s), got %d", name, len(fn.Params), strings.Join(names, ", "), len(args))
	}
	var in app.Input
	for i, p := range fn.Params {
		var a Arg
		if i < len(args) {
			a = args[i]
		}
		switch p.Kind {
		case app.KindDocument:
			data, bad := document(a, p.Name)
			if bad != nil {
				return *bad
			}
			in.Docs = append(in.Docs, data)
		case app.KindOptions:
			o, bad := options(a)
			if bad != nil {
				return *bad
			}
			in.Options = o
		case app.KindWord:
			switch a.Kind {
			case Absent:
				in.Words = append(in.Words, "")
			case String:
				in.Words = append(in.Words, a.text())
			default:
				return failf("%s takes %s, not %s", name, p.Takes, describe(a))
			}
		}
	}
	answer, err := fn.Run(in)
	if err != nil {
		return fail(err)
	}
	return ok(answer)
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

// describe names the kind of an argument for a message.
func describe(a Arg) string {
	switch a.Kind {
	case Absent:
		return "nothing"
	case Object:
		return "an object"
	case String:
		return "a string"
	}
	return a.Text
}

// Prepare runs the validator once, on an empty document, so that the first
// call does not pay for running its code the first time. It compiles
// nothing: package schema holds the JSON Schemas compiled, as generated Go
// code that the linker lays out as data. A JavaScript host calls it once at
// load.
func Prepare() { schema.Validate(schema.Bundle, []byte("{}")) }
