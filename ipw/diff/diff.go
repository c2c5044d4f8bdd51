package diff

import (
	"encoding/json"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Op says what happened: an item or part added or removed, a field changed,
// or a list put in another order.
type Op string

// The operations.
const (
	Added     Op = "added"
	Removed   Op = "removed"
	Changed   Op = "changed"
	Reordered Op = "reordered"
)

func (o Op) String() string { return string(o) }

// Kind names a kind of item of the bundle (an institution, a team, an IPW…)
// or of part of an item (a team member, an annex, an action…).
type Kind string

// The kinds of items: the bundle itself (for its own fields: variant, asOf,
// schemaVersion and the order of its lists), its municipality and profile,
// the elements of its lists, and its extensions.
const (
	KindBundle       Kind = "bundle"
	KindMunicipality Kind = "municipality"
	KindProfile      Kind = "profile"
	KindInstitution  Kind = "institution"
	KindService      Kind = "service"
	KindTeam         Kind = "team"
	KindAgreement    Kind = "agreement"
	KindIPW          Kind = "ipw"
	KindStage        Kind = "stage"
	KindExtensions   Kind = "extensions"
)

// The kinds of parts of items.
const (
	KindMember          Kind = "member"          // an institution's membership of a team
	KindMeeting         Kind = "meeting"         // a team's meeting
	KindSignature       Kind = "signature"       // a party's signature under an agreement or annex
	KindAnnex           Kind = "annex"           // an annex (aneks) to an agreement
	KindWithdrawal      Kind = "withdrawal"      // a party's notice (wypowiedzenie)
	KindHouseholdMember Kind = "householdMember" // a person of the IPW's household
	KindArea            Kind = "area"            // an area of the IPW's diagnosis
	KindGoal            Kind = "goal"
	KindDeferredArea    Kind = "deferredArea"
	KindAction          Kind = "action"
	KindReview          Kind = "review"
	KindSuspension      Kind = "suspension"
	KindIPWSignature    Kind = "ipwSignature" // a signature under the IPW
)

func (k Kind) String() string { return string(k) }

// Ref names an item or a part: its kind, its id, and its name for people
// where the data has one. The id is the element's own id where it has one
// (institutions, teams, agreements, IPWs, annexes, goals, actions, household
// members); otherwise it is what identifies it within its list: the
// institution of a team member, a signature or a withdrawal, the date of a
// meeting or a review, the first day of a suspension, the area of a
// diagnosis area, the member or institution of an IPW signature, the stage
// of a stage record, the TERYT code of the municipality. The name is the
// institution's, service's or team's name, the agreement's title, the IPW's
// pseudonym, the goal's or action's title, or the name of the institution a
// part belongs to.
type Ref struct {
	Kind Kind   `json:"kind"`
	ID   string `json:"id,omitempty"`
	Name string `json:"name,omitempty"`
}

// Change is one difference between two bundles.
type Change struct {
	Op Op `json:"op"`
	// Item is the item the change concerns; Kind is KindBundle for the
	// bundle's own fields and the order of its lists.
	Item Ref `json:"item"`
	// Parts lead from the item down to the part the change concerns, e.g.
	// an annex, then a signature under it; none when the change concerns
	// the item itself.
	Parts []Ref `json:"parts,omitempty"`
	// Field is the changed field, as its JSON name relative to the last of
	// Parts (or to the item), with "/" between levels ("due",
	// "period/end", "goalOutcomes/c1"); empty when a whole item or part was
	// added or removed.
	Field string `json:"field,omitempty"`
	// Path is where the change lies, as a JSON Pointer into the new bundle,
	// or into the old one for something removed with its item or part.
	Path cooperation.Path `json:"path"`
	// Old and New are the JSON values before and after: a field's value,
	// a whole item or part when it was added or removed, or the ids in
	// their order when a list was reordered. Absent where there was
	// nothing (a field that was empty, an item not yet there).
	Old json.RawMessage `json:"old,omitempty"`
	New json.RawMessage `json:"new,omitempty"`
	// Polish and English are the change told in the model's words.
	Polish  string `json:"messagePl"`
	English string `json:"messageEn"`

	// brief are the messages without the item's name.
	brief [2]string
}

// Message returns the change told in lang (Polish unless lang is English).
func (c *Change) Message(lang cooperation.Lang) string {
	if lang == cooperation.English {
		return c.English
	}
	return c.Polish
}

// Brief returns the change told in lang without the name of its item, for a
// list of one item's changes under that item's heading ("działanie d4 —
// termin przesunięty z … na …" under the IPW's). A change that adds or
// removes a whole item has no name to leave out; Brief is then Message. For
// a Change that Bundles did not make, Brief is Message.
func (c *Change) Brief(lang cooperation.Lang) string {
	i := 0
	if lang == cooperation.English {
		i = 1
	}
	if c.brief[i] == "" {
		return c.Message(lang)
	}
	return c.brief[i]
}

// Option changes how Bundles compares.
type Option func(*config)

type config struct {
	ignoreOrder bool
}

// IgnoreOrder leaves out the changes of order alone (Op Reordered). By
// default a list whose order is the person's own arrangement (see the
// package documentation) reports one change when its common elements stand
// in another order.
func IgnoreOrder() Option { return func(c *config) { c.ignoreOrder = true } }

// Bundles returns the differences from old to new in the model's words,
// in the bundle's own order of sections and items: the bundle's fields,
// the municipality, the profile, the institutions, services, teams,
// agreements and IPWs, the stages and the extensions; within a list, in the
// order of the new bundle, a removed element where it stood. Equal bundles
// give none. A nil bundle counts as an empty one.
func Bundles(old, new *ipw.Bundle, opts ...Option) []Change {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	a, b := trees(old, new)
	w := &walker{cfg: cfg, names: newNames(old, new)}
	w.object(bundleSpec, scope{item: Ref{Kind: KindBundle}, inA: true, inB: true}, a, b)
	return w.out
}
