package wasm_test

import (
	"fmt"

	"github.com/kooperacja/kooperacja/wasm"
)

// Call answers with a value in every case: a result, or an error message.
func ExampleCall() {
	r := wasm.Call("validate", []wasm.Arg{
		wasm.Text(`{"schemaVersion": "2"}`),
		wasm.JSON(`{"asOf": "2026-11-16", "lang": "en"}`),
	})
	fmt.Println(string(r.JSON()))

	r = wasm.Call("validate", []wasm.Arg{{Kind: wasm.Other, Text: "a number"}})
	fmt.Println(string(r.JSON()))
	// Output:
	// {"ok":true,"result":{"valid":false,"errors":1,"warnings":0,"findings":[{"code":"document.version_unsupported","severity":"error","path":"/schemaVersion","message":"Schema version \"2\" is not supported: this program reads version 1. Save the data in version 1.","params":{"supported":"1","version":"2"}}]}}
	// {"ok":false,"error":{"message":"bundle must be a JSON string or an object, not a number"}}
}
