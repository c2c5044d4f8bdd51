package app

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// The WebAssembly modules (see "Two WebAssembly modules" in the package
// documentation). A Function's Module names the one that offers it.
const (
	// MainModule is kooperacja.wasm, which a JavaScript host loads first:
	// every function but those of DocumentsModule.
	MainModule = ""
	// DocumentsModule is kooperacja-documents.wasm, which the ES module
	// loads the first time one of its functions is called: document,
	// documents, diff and monitor, whose Run package paperwork provides.
	DocumentsModule = "documents"
)

// provided are the Runs that packages of their own give the rows of
// functions whose Module is not MainModule (Provide).
var provided = map[string]func(Input) (any, *Error){}

// Provide gives the function name, a row of the table whose Module is not
// MainModule, its Run. Package paperwork calls it as it is initialised, so
// that a program that imports paperwork (the command line, the documents
// module) runs the documents' functions, and one that does not (the main
// WebAssembly module) links none of their code. It panics on a name that is
// not such a row, or that is provided twice: a programming error.
func Provide(name string, run func(Input) (any, *Error)) {
	f, ok := Lookup(name)
	if !ok || f.Module == MainModule || provided[name] != nil || run == nil {
		panic("app.Provide: " + name + " is no function of another module, or is provided twice")
	}
	provided[name] = run
}

// providedRun is the Run of the row name whose implementation Provide gives.
// Without one (a program that does not import its package), the call is a
// usage error that names the module that has it.
func providedRun(name, module string) func(Input) (any, *Error) {
	return func(in Input) (any, *Error) {
		run := provided[name]
		if run == nil {
			return nil, usageErrorf("%s is not in this program: it is in the %s module (kooperacja-%s.wasm)", name, module, module)
		}
		return run(in)
	}
}

// ModuleFunctions returns the functions module offers, in the order of the
// table.
func ModuleFunctions(module string) []Function {
	var out []Function
	for _, f := range functions {
		if f.Module == module {
			out = append(out, f)
		}
	}
	return out
}

// The helpers every function uses, for the functions written in a package
// of their own (paperwork), so that their defaults, errors and words are
// those of the others.

// ReadBundle reads a bundle for a function that needs a usable one (see
// readBundle).
func ReadBundle(data []byte, o Options) (*ipw.Bundle, []cooperation.Option, *Error) {
	return readBundle(data, o)
}

// ReadBundleInPart reads a bundle for its documents, in part when only the
// JSON Schema's findings stop it (see readBundleInPart).
func ReadBundleInPart(data []byte, o Options) (*ipw.Bundle, []cooperation.Option, []cooperation.Finding, *Error) {
	return readBundleInPart(data, o)
}

// UsageErrorf is a Usage error worded in English (see usageErrorf).
func UsageErrorf(format string, args ...any) *Error { return usageErrorf(format, args...) }

// InvalidDocument is an Invalid error about a document (see invalid).
func InvalidDocument(lang cooperation.Lang, findings []cooperation.Finding, pl, en string) *Error {
	return invalid(lang, findings, pl, en)
}

// Say picks the Polish or the English text.
func Say(lang cooperation.Lang, pl, en string) string { return say(lang, pl, en) }

// CountErrors writes n errors for a terminal: "2 błędy", "1 error".
func CountErrors(n int, lang cooperation.Lang) string { return count(n, errorNoun, lang) }
