package document

import (
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// An anchor is a place in the bundle a document is made from. A finding
// concerns the document when its path is an anchor's path, or, for an anchor
// that covers a whole value, lies below it:
//
//   - the item the document is made from (the agreement, the team, the IPW,
//     the review…) is anchored by itself: findings about the item as a whole
//     (at its own path, e.g. a team without a leader, an IPW without consent)
//     concern the document;
//   - every value the document prints is anchored with everything below it:
//     the fields of the item it prints (its scope, its signatures, its
//     actions) and the values of other items it prints by reference (an
//     institution's name, a team's name, a service's name).
//
// So a document is not refused for a mistake in a part it does not print
// (an annex does not stop its agreement, nor a late review the IPW), and is
// refused for a mistake in anything it shows.
//
// A finding of the JSON Schema (schema.violation, given by Rejected for a
// bundle read in part) concerns a document also when an anchor lies below
// its path: the value at the path was left out or is incomplete (a required
// property missing from an object reports at the object), so whatever the
// document prints from inside it cannot be trusted. A violation at the
// document's root concerns every document.
type anchor struct {
	path  cooperation.Path
	whole bool
}

// item anchors the item a document is made from.
func (b *builder) item(p cooperation.Path) { b.anchors = append(b.anchors, anchor{p, false}) }

// uses anchors a value the document prints, with everything below it.
func (b *builder) uses(ps ...cooperation.Path) {
	for _, p := range ps {
		b.anchors = append(b.anchors, anchor{p, true})
	}
}

// signedOn lists the codes that say a document is not signed yet. They do
// not concern the document the signatures are to be written on (the
// agreement, the annex, the IPW): printing it is how it gets signed. They
// still refuse every other document that prints from the same item.
var signedOn = map[Kind][]cooperation.Code{
	Agreement:   {cooperation.CodeAgreementUnsignedParty},
	Declaration: {cooperation.CodeAgreementUnsignedParty},
	Annex:       {cooperation.CodeAgreementAnnexUnsigned},
	IPW:         {cooperation.CodeIPWSignatureMissing},
}

// concerning returns the findings among errs (errors of the check) that
// concern a document of kind k with the given anchors.
func concerning(k Kind, anchors []anchor, errs []cooperation.Finding) []cooperation.Finding {
	var out []cooperation.Finding
	for _, f := range errs {
		if isSignedOn(k, f.Code) {
			continue
		}
		for _, a := range anchors {
			if f.Path == a.path || (a.whole && f.Path.Within(a.path)) ||
				(f.Code == cooperation.CodeSchemaViolation && a.path.Within(f.Path)) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

func isSignedOn(k Kind, code cooperation.Code) bool {
	for _, c := range signedOn[k] {
		if c == code {
			return true
		}
	}
	return false
}

// RefusedError is returned when a document is asked for, not as a draft,
// from data the check rejects: Findings are the errors that concern it (see
// the package documentation). Its message, in the document's language,
// lists them for a person.
type RefusedError struct {
	Ref      Ref
	Findings []cooperation.Finding
	Lang     cooperation.Lang
}

var nounError = cooperation.Noun{One: "błąd", Few: "błędy", Many: "błędów", EnOne: "error", EnMany: "errors"}

func (e *RefusedError) Error() string {
	var b strings.Builder
	b.WriteString(e.Summary())
	for _, f := range e.Findings {
		b.WriteString("\n- " + f.Message + " [" + string(f.Code) + "]")
	}
	if e.Lang == cooperation.English {
		b.WriteString("\nCorrect them, or ask for a draft (marked “PROJEKT” on every page).")
	} else {
		b.WriteString("\nPopraw je albo poproś o projekt dokumentu (oznaczony na każdej stronie słowem „PROJEKT”).")
	}
	return b.String()
}

// Summary is the first line of the message: which document is refused and
// how many errors concern it, without the list.
func (e *RefusedError) Summary() string {
	n := len(e.Findings)
	if e.Lang == cooperation.English {
		which := "that concern it"
		if n == 1 {
			which = "that concerns it"
		}
		return "The document cannot be made: " + stop(e.Ref.Title) + " The data it is made from have " +
			nounError.Count(n, e.Lang) + " " + which + ":"
	}
	which := "które go dotyczą"
	if n == 1 {
		which = "który go dotyczy"
	}
	return "Nie można przygotować dokumentu: " + stop(e.Ref.Title) + " Dane, z których powstaje, zawierają " +
		nounError.Count(n, e.Lang) + ", " + which + ":"
}

// NotFoundError is returned when the bundle has no document of the kind and
// id asked for (or no such kind exists).
type NotFoundError struct {
	Kind Kind
	ID   string
	Lang cooperation.Lang
}

func (e *NotFoundError) Error() string {
	if !e.Kind.Valid() {
		if e.Lang == cooperation.English {
			return "there is no document kind “" + string(e.Kind) + "”; the kinds are " + kindList()
		}
		return "Nie ma rodzaju dokumentu „" + string(e.Kind) + "”; rodzaje to: " + kindList()
	}
	if e.Lang == cooperation.English {
		return "the bundle has no document “" + e.Kind.Label(e.Lang) + "” with the id “" + e.ID + "”"
	}
	return "W danych nie ma dokumentu „" + e.Kind.Label(e.Lang) + "” o identyfikatorze „" + e.ID + "”"
}

func kindList() string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}
