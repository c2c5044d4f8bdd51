package app

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/schema"
)

// Validation is the answer of validate: whether the bundle has no error, how
// many errors and warnings it has, and every finding (never nil, so that it
// is an array in JSON).
type Validation struct {
	Valid    bool                  `json:"valid"`
	Errors   int                   `json:"errors"`
	Warnings int                   `json:"warnings"`
	Findings []cooperation.Finding `json:"findings"`
	// Places name where each finding is, in the order of Findings, when
	// Options.Places asked for them (the planner's findings panel).
	Places []Place `json:"places,omitempty"`
}

// HasErrors reports whether the bundle has an error (exit status 1).
func (v Validation) HasErrors() bool { return !v.Valid }

// Validate checks a bundle document against the JSON layer, the schema and
// every rule of the model (schema.Check) at o's date. It fails only on a
// profile that is not valid.
func Validate(bundle []byte, o Options) (Validation, *Error) {
	opts, err := o.library()
	if err != nil {
		return Validation{}, err
	}
	res := schema.Check(bundle, opts...)
	v := Validated(res.Findings)
	if o.Places {
		v.Places = Places(bundle, res.Bundle, v.Findings, o.Language())
	}
	return v, nil
}

// Validated is the Validation of a document with these findings.
func Validated(fs []cooperation.Finding) Validation {
	if fs == nil {
		fs = []cooperation.Finding{}
	}
	e, w, _ := cooperation.Count(fs)
	return Validation{Valid: e == 0, Errors: e, Warnings: w, Findings: fs}
}

// Document is one input of the command line's validate: its name (a file
// name, "-" for standard input, FILE:LINE in a stream) and its Validation.
// Its JSON is the Validation's with "file" first.
type Document struct {
	File string `json:"file"`
	Validation
}
