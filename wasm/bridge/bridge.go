//go:build js && wasm

package bridge

import (
	"fmt"
	"os"
	"runtime/debug"
	"syscall/js"

	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/wasm"
)

// global is the property of globalThis the functions are registered on.
const global = "__kooperacja"

// textClass names the class the module wraps long strings in, as UTF-8
// bytes (property bytes, a Uint8Array): copying bytes into Go costs less
// than syscall/js's conversion of a string, and the bytes become the
// document without another copy.
const textClass = "__kooperacjaText"

// utf8Text is the class of textClass, or undefined.
var utf8Text js.Value

// The garbage collector's settings for a JavaScript host, where it runs on
// the page's one thread rather than beside the program on another core: it
// runs a quarter as often as by default (GOGC=400), and more often again
// as the heap nears 256 MiB, since a WebAssembly memory never gives back
// what it has grown to. An explicit GOGC or GOMEMLIMIT in the Go
// environment (go.env) wins.
const (
	gcPercent   = 400
	memoryLimit = 256 << 20
)

// Serve registers the functions of module (app.MainModule,
// app.DocumentsModule) on globalThis.__kooperacja and then waits for calls.
// The main module also registers, as __modules, the module of each function
// it does not offer ({"document": "documents", …}), so that the ES module
// can offer those too, loading their module when one is first called.
func Serve(module string) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	utf8Text = js.Global().Get(textClass)
	if module == app.MainModule {
		// Warm the validator now rather than in the first call (the schemas
		// themselves are compiled into the program).
		wasm.Prepare()
	}
	object := js.Global().Get("Object")
	api := object.New()
	elsewhere := object.New()
	for _, name := range wasm.Functions() {
		switch m := wasm.ModuleOf(name); {
		case m == module:
			api.Set(name, js.FuncOf(func(_ js.Value, args []js.Value) any {
				return call(name, args)
			}))
		case module == app.MainModule:
			elsewhere.Set(name, m)
		}
	}
	if module == app.MainModule {
		api.Set("__modules", elsewhere)
	}
	js.Global().Set(global, api)
	select {}
}

// call runs one function. Nothing escapes it: a panic in the bridge itself
// (JSON.parse failing, say) is also returned as an error value.
func call(name string, args []js.Value) (out any) {
	jsJSON := js.Global().Get("JSON")
	defer func() {
		if r := recover(); r != nil {
			resp := wasm.Response{Error: &wasm.Error{Message: fmt.Sprint("internal error in the bridge: ", r)}}
			out = jsJSON.Call("parse", string(resp.JSON()))
		}
	}()
	in := make([]wasm.Arg, len(args))
	for i, a := range args {
		in[i] = arg(jsJSON, a)
	}
	return jsJSON.Call("parse", string(wasm.Call(name, in).JSON()))
}

// arg converts one JavaScript value: strings as they are, objects and arrays
// through JSON.stringify, undefined and null as absent.
func arg(jsJSON, v js.Value) (a wasm.Arg) {
	defer func() {
		// Type panics on values it does not know (bigint); stringify throws
		// on cycles.
		if r := recover(); r != nil {
			a = wasm.Arg{Kind: wasm.Other, Text: fmt.Sprint("a value that cannot be passed (", r, ")")}
		}
	}()
	switch v.Type() {
	case js.TypeUndefined, js.TypeNull:
		return wasm.Arg{Kind: wasm.Absent}
	case js.TypeString:
		return wasm.Text(v.String())
	case js.TypeObject:
		if utf8Text.Type() == js.TypeFunction && v.InstanceOf(utf8Text) {
			bytes := v.Get("bytes")
			b := make([]byte, bytes.Length())
			js.CopyBytesToGo(b, bytes)
			return wasm.Bytes(b)
		}
		s := jsJSON.Call("stringify", v)
		if s.Type() != js.TypeString {
			return wasm.Arg{Kind: wasm.Other, Text: "an object that JSON.stringify cannot serialise"}
		}
		return wasm.JSON(s.String())
	}
	return wasm.Arg{Kind: wasm.Other, Text: "a " + v.Type().String()}
}
