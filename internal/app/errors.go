package app

import (
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
)

// Class says what kind of failure an Error is, and so the exit status of a
// command that meets it.
type Class int

// The classes of Error.
const (
	// Usage is a call that cannot be run as made: an argument of the wrong
	// kind, a date that is not one, an unknown language or name, a file that
	// cannot be read. Exit status 2.
	Usage Class = iota + 1
	// Invalid is a document that cannot be used: a bundle that stops at the
	// JSON or schema layer, a scenario or profile that is not valid. The
	// Error carries the findings. Exit status 1.
	Invalid
	// Trouble is a document that cannot be used by a function whose answer
	// is itself a yes or a no (diff: the bundles differ, exit status 1), so
	// that it exits 2, as diff(1) does on trouble. The Error carries the
	// findings.
	Trouble
)

// The exit statuses of the command line (see the package documentation).
const (
	ExitOK     = 0
	ExitErrors = 1
	ExitUsage  = 2
)

// Error is a function that could not answer: a message for people, in the
// language of the call, and the findings of the document that could not be
// used.
type Error struct {
	Class    Class
	Message  string
	Findings []cooperation.Finding
}

func (e *Error) Error() string { return e.Message }

// ExitStatus is the exit status of a command that got answer or err: 2 for a
// usage error (or trouble), 1 for a document that cannot be used, an answer
// that reports errors (HasErrors) or bundles that differ (Differs), 0
// otherwise.
func ExitStatus(answer any, err *Error) int {
	switch {
	case err != nil && err.Class == Invalid:
		return ExitErrors
	case err != nil:
		return ExitUsage
	}
	if a, ok := answer.(interface{ HasErrors() bool }); ok && a.HasErrors() {
		return ExitErrors
	}
	if a, ok := answer.(interface{ Differs() bool }); ok && a.Differs() {
		return ExitErrors
	}
	return ExitOK
}

// usageErrorf is a Usage error worded in English: a misuse of a flag or an
// argument, which an adapter prefixes with its name.
func usageErrorf(format string, args ...any) *Error {
	return &Error{Class: Usage, Message: fmt.Sprintf(format, args...)}
}

// findingNoun counts findings in messages ("uwagi" in the planner).
var findingNoun = cooperation.Noun{One: "uwaga", Few: "uwagi", Many: "uwag", EnOne: "finding", EnMany: "findings"}

// invalid is an Invalid error about a document: what is wrong in lang, and
// how many findings say why.
func invalid(lang cooperation.Lang, findings []cooperation.Finding, pl, en string) *Error {
	msg := en
	if lang == cooperation.Polish {
		msg = pl
	}
	return &Error{
		Class:    Invalid,
		Message:  msg + " (" + findingNoun.Count(len(findings), lang) + ")",
		Findings: findings,
	}
}
