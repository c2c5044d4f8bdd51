package app

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Stage is the answer of stage: where the municipality stands in
// implementing the model and what the current stage still lacks
// (ipw.Progress). Its JSON is the ipw.StageReport's.
type Stage struct {
	ipw.StageReport
	bundle *ipw.Bundle
	opts   []cooperation.Option
}

// StageOf reports the implementation stage of a bundle at the date of o
// (Day). The bundle must pass the JSON and schema layers; findings of the
// model's rules do not stop it (the report is about the data as they are).
func StageOf(bundle []byte, o Options) (Stage, *Error) {
	b, opts, err := readBundle(bundle, o)
	if err != nil {
		return Stage{}, err
	}
	r, perr := ipw.Progress(b, opts...)
	if perr != nil {
		// Progress fails only without a date, and readBundle gives one.
		return Stage{}, &Error{Class: Usage, Message: perr.Error()}
	}
	return Stage{StageReport: r, bundle: b, opts: opts}, nil
}

// errors counts the errors the model's rules find in the bundle, for the
// note under the text report.
func (s Stage) errors() int {
	if s.bundle == nil {
		return 0
	}
	fs, err := ipw.Check(s.bundle, s.opts...)
	if err != nil {
		return 0
	}
	e, _, _ := cooperation.Count(fs)
	return e
}
