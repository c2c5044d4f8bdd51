package app

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/schema"
)

// Kind is what a parameter of a function is.
type Kind int

// The kinds of parameter.
const (
	// KindDocument is a JSON document: a bundle, a scenario. The JavaScript
	// caller gives an object or its JSON text; the command line a file name
	// or "-" for standard input.
	KindDocument Kind = iota + 1
	// KindOptions are the Options: in JavaScript an object {asOf, lang,
	// profile} (and period {from, to} for monitor; or its JSON text), on
	// the command line the flags --as-of, --lang and --profile (and
	// --period). Always optional.
	KindOptions
	// KindWord is a short string: a name, a language. It may be absent; the
	// function says whether that is allowed.
	KindWord
)

// Param is one parameter of a function.
type Param struct {
	// Name is the parameter's name in messages and in the JavaScript
	// declarations: "bundle", "scenario", "options", "name", "lang".
	Name string
	Kind Kind
	// Takes says what a KindWord must be, for messages: "a name (bundle,
	// profile, scenario)".
	Takes string
}

// Input is the arguments of one call, as an adapter has read them.
type Input struct {
	// Docs are the KindDocument arguments, in the order of the parameters.
	Docs [][]byte
	// Words are the KindWord arguments, in order; "" for an absent one.
	Words []string
	// Options are the KindOptions argument; the zero Options when absent.
	Options Options
}

// Function is one function of the application, offered by both adapters:
// the WebAssembly module as a JavaScript function of the same name, the
// command line as the command of that name unless WebOnly.
type Function struct {
	Name    string
	Summary string
	// Params are the parameters in the order a JavaScript caller passes
	// them.
	Params []Param
	// WebOnly functions serve the planner and have no command.
	WebOnly bool
	// Module is the WebAssembly module that offers the function:
	// MainModule, or DocumentsModule for the documents and the differences
	// between versions, whose Run package paperwork provides (Provide).
	Module string
	// Run computes the answer: a value whose JSON is the result, or an
	// Error.
	Run func(in Input) (any, *Error)
}

// The parameters most functions share.
var (
	bundleParam   = Param{Name: "bundle", Kind: KindDocument}
	scenarioParam = Param{Name: "scenario", Kind: KindDocument}
	optionsParam  = Param{Name: "options", Kind: KindOptions}
)

// functions is the table of every function, in the order of the help. To
// add one, see "Adding a function" in the package documentation.
var functions = []Function{
	{
		Name:    "validate",
		Summary: "check bundles against the schema and every rule",
		Params:  []Param{bundleParam, optionsParam},
		Run: func(in Input) (any, *Error) {
			return Validate(in.Docs[0], in.Options)
		},
	},
	{
		Name:    "stage",
		Summary: "show the implementation stage and what it still lacks",
		Params:  []Param{bundleParam, optionsParam},
		Run: func(in Input) (any, *Error) {
			return StageOf(in.Docs[0], in.Options)
		},
	},
	{
		Name:    "report",
		Summary: "print the indicators of bundles",
		Params:  []Param{bundleParam, optionsParam},
		Run: func(in Input) (any, *Error) {
			return ReportOf(in.Docs[0], in.Options)
		},
	},
	{
		Name:    "simulate",
		Summary: "replay a scenario over a bundle (timeline, indicators)",
		Params:  []Param{bundleParam, scenarioParam, optionsParam},
		Run: func(in Input) (any, *Error) {
			return Simulate(in.Docs[0], in.Docs[1], in.Options)
		},
	},
	{
		Name:    "monitor",
		Summary: "write the monitoring record that the gmina sends to its region (no personal data)",
		Params:  []Param{bundleParam, optionsParam},
		Module:  DocumentsModule, // 0.05 MB of the main module (wasm/bench/README.md)
		Run:     providedRun("monitor", DocumentsModule),
	},
	{
		Name:    "region",
		Summary: "report on the monitoring records of many municipalities (regional view)",
		// records: an array of {source, text}, {source, record} or records
		// (RegionOfList); the command line reads files, directories and
		// NDJSON instead.
		Params: []Param{{Name: "records", Kind: KindDocument}, optionsParam},
		Module: DocumentsModule,
		Run:    providedRun("region", DocumentsModule),
	},
	{
		Name:    "document",
		Summary: "write a document of the model (agreement, consent, IPW…) as HTML or DOCX",
		Params:  []Param{bundleParam, {Name: "request", Kind: KindDocument}, optionsParam},
		Module:  DocumentsModule,
		Run:     providedRun("document", DocumentsModule),
	},
	{
		Name:    "documents",
		Summary: "list the documents a bundle has the data for",
		Params:  []Param{bundleParam, optionsParam},
		WebOnly: true, // the command line lists them with "document --list"
		Module:  DocumentsModule,
		Run:     providedRun("documents", DocumentsModule),
	},
	{
		Name:    "diff",
		Summary: "tell what changed between two versions of a bundle",
		Params:  []Param{{Name: "older", Kind: KindDocument}, {Name: "newer", Kind: KindDocument}, optionsParam},
		Module:  DocumentsModule,
		Run:     providedRun("diff", DocumentsModule),
	},
	{
		Name:    "schema",
		Summary: "print a JSON Schema (bundle, profile, scenario, monitor)",
		Params:  []Param{{Name: "name", Kind: KindWord, Takes: "a name (" + strings.Join(schema.Names(), ", ") + ")"}},
		Run: func(in Input) (any, *Error) {
			if in.Words[0] == "" {
				return nil, usageErrorf("schema takes a name (%s)", strings.Join(schema.Names(), ", "))
			}
			return Schema(in.Words[0])
		},
	},
	{
		Name:    "rules",
		Summary: "list the rule catalogue",
		Params:  []Param{{Name: "lang", Kind: KindWord, Takes: "a language (pl or en)"}},
		Run: func(in Input) (any, *Error) {
			lang, err := wordLang(in.Words[0])
			if err != nil {
				return nil, err
			}
			return RulesIn(lang), nil
		},
	},
	{
		Name:    "labels",
		Summary: "list the names of every value and field, as the planner shows them",
		Params:  []Param{{Name: "lang", Kind: KindWord, Takes: "a language (pl or en)"}},
		Run: func(in Input) (any, *Error) {
			lang, err := wordLang(in.Words[0])
			if err != nil {
				return nil, err
			}
			return LabelsIn(lang), nil
		},
	},
	{
		Name:    "open",
		Summary: "check a bundle and keep it open for edits",
		Params:  []Param{bundleParam, optionsParam},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return Open(in.Docs[0], in.Options)
		},
	},
	{
		Name:    "edit",
		Summary: "apply a change (a JSON Patch) to an open bundle and check what it can change",
		Params:  []Param{{Name: "session", Kind: KindWord, Takes: "a session's name (a string)"}, {Name: "patch", Kind: KindDocument}},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return Edit(in.Words[0], in.Docs[0])
		},
	},
	{
		Name:    "release",
		Summary: "forget an open bundle",
		Params:  []Param{{Name: "session", Kind: KindWord, Takes: "a session's name (a string)"}},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return Close(in.Words[0]), nil
		},
	},
	{
		Name:    "variant",
		Summary: "suggest the variant of a municipality {teryt, population}",
		Params:  []Param{{Name: "municipality", Kind: KindDocument}, optionsParam},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return SuggestVariant(in.Docs[0], in.Options)
		},
	},
	{
		Name:    "newItem",
		Summary: "start a new element of a list of a bundle, prefilled as the variant and the bundle require",
		Params: []Param{bundleParam, {Name: "at", Kind: KindWord, Takes: "a JSON Pointer to a list (a string)"},
			{Name: "what", Kind: KindWord, Takes: "the kind of item (a string)"}, optionsParam},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return NewItem(in.Docs[0], in.Words[0], in.Words[1], in.Options)
		},
	},
	{
		Name:    "plans",
		Summary: "derive each IPW's status and planned end",
		Params:  []Param{bundleParam, optionsParam},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return Plans(in.Docs[0], in.Options)
		},
	},
	{
		Name:    "profile",
		Summary: "describe the profile's settings with the variant's defaults and the rules' severities",
		Params:  []Param{bundleParam, optionsParam},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return ProfileOf(in.Docs[0], in.Options)
		},
	},
	{
		Name:    "partnerLeaves",
		Summary: "show what a partner's leaving on a date puts at risk",
		Params: []Param{bundleParam, {Name: "institution", Kind: KindWord, Takes: "an institution's id (a string)"},
			{Name: "date", Kind: KindWord, Takes: "a date YYYY-MM-DD (a string)"}, optionsParam},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return PartnerLeaves(in.Docs[0], in.Words[0], in.Words[1], in.Options)
		},
	},
	{
		Name:    "normalize",
		Summary: "write an identifier typed into a field of a bundle (REGON, NIP, PESEL) as the bundle wants it",
		Params: []Param{{Name: "at", Kind: KindWord, Takes: "a JSON Pointer to a field (a string)"},
			{Name: "value", Kind: KindWord, Takes: "the value typed (a string)"}},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return Normalize(in.Words[0], in.Words[1]), nil
		},
	},
	{
		Name:    "format",
		Summary: "write dates, months and numbers for people, as the messages do",
		Params:  []Param{{Name: "values", Kind: KindDocument}, optionsParam},
		WebOnly: true,
		Run: func(in Input) (any, *Error) {
			return Format(in.Docs[0], in.Options)
		},
	},
	{
		Name:    "version",
		Summary: "print the versions of the program, Go and the rule catalogue",
		Run: func(Input) (any, *Error) {
			return Version(), nil
		},
	},
}

// Functions returns every function, in the order of the help.
func Functions() []Function { return functions }

// Lookup returns the function named name.
func Lookup(name string) (Function, bool) {
	for _, f := range functions {
		if f.Name == name {
			return f, true
		}
	}
	return Function{}, false
}

// wordLang reads a language given as a word: pl (also when absent) or en.
func wordLang(s string) (cooperation.Lang, *Error) {
	if s == "" {
		return cooperation.Polish, nil
	}
	return ParseLang(s)
}
