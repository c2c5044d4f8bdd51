package paperwork

import (
	"io"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/internal/app"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/diff"
	"github.com/kooperacja/kooperacja/schema"
)

// Diff is the answer of diff (a function of the documents module: the
// review records compare versions with the same package): the differences between two versions of a
// bundle in the model's words (package ipw/diff), in the bundle's order.
type Diff struct {
	// Equal is true when the bundles do not differ.
	Equal   bool         `json:"equal"`
	Changes []DiffChange `json:"changes"`
}

// DiffChange is one difference, with its message in the language of the
// call besides the Polish and the English one.
type DiffChange struct {
	diff.Change
	Message string `json:"message"`
}

// DiffOf compares two versions of a bundle, old and new. Only the language
// of o counts: a comparison has no date and no profile.
//
// Each bundle must pass the JSON and schema layers (schema.Decode); the
// model's rules are not run, so a bundle with findings is compared as it
// is: a version with mistakes in it is one a person wants to compare. A
// bundle that cannot be read is an Error of class Trouble with its
// findings (the old bundle's when neither can be read).
func DiffOf(old, new []byte, o app.Options) (Diff, *app.Error) {
	lang := o.Language()
	a, err := readVersion(old, lang, "starszego", "old")
	if err != nil {
		return Diff{}, err
	}
	b, err := readVersion(new, lang, "nowszego", "new")
	if err != nil {
		return Diff{}, err
	}
	changes := diff.Bundles(a, b)
	out := Diff{Equal: len(changes) == 0, Changes: make([]DiffChange, len(changes))}
	for i, c := range changes {
		out.Changes[i] = DiffChange{Change: c, Message: c.Message(lang)}
	}
	return out, nil
}

// readVersion reads one of the two bundles of a comparison; which says
// which one, in the genitive in Polish.
func readVersion(data []byte, lang cooperation.Lang, whichPL, whichEN string) (*ipw.Bundle, *app.Error) {
	b, findings := schema.Decode(data, cooperation.InLanguage(lang))
	if b == nil {
		err := app.InvalidDocument(lang, findings,
			"nie można odczytać "+whichPL+" pakietu; sprawdź go poleceniem validate",
			"the "+whichEN+" bundle cannot be read; validate it for details")
		err.Class = app.Trouble
		return nil, err
	}
	return b, nil
}

// Differs reports whether the bundles differ: the command then exits 1, as
// diff(1) does.
func (d Diff) Differs() bool { return !d.Equal }

var changeNoun = cooperation.Noun{One: "zmiana", Few: "zmiany", Many: "zmian", EnOne: "change", EnMany: "changes"}

// Text writes the changes, one a line, and how many there are.
func (d Diff) Text(w io.Writer, lang cooperation.Lang) error {
	var buf []byte
	for _, c := range d.Changes {
		buf = append(buf, c.Change.Message(lang)...)
		buf = append(buf, '\n')
	}
	if d.Equal {
		buf = append(buf, app.Say(lang, "Pakiety nie różnią się.", "The bundles do not differ.")...)
	} else {
		buf = append(buf, '\n')
		buf = append(buf, app.Say(lang, "Razem: ", "In all: ")...)
		buf = append(buf, changeNoun.Count(len(d.Changes), lang)...)
		buf = append(buf, '.')
	}
	buf = append(buf, '\n')
	_, err := w.Write(buf)
	return err
}
