package document

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// Date is the civil date of the cooperation package.
type Date = cooperation.Date

// Kind is a kind of document of the model.
type Kind string

// The kinds of document, in the order List gives them for one item.
const (
	// Agreement is a cooperation agreement (porozumienie): a pilot
	// agreement, a local cooperation agreement or a voivodeship team's
	// agreement, by the agreement's id.
	Agreement Kind = "agreement"
	// Annex (aneks) to an agreement, by "AGREEMENT/ANNEX".
	Annex Kind = "annex"
	// Withdrawal notice (wypowiedzenie) of a party, by "AGREEMENT/PARTY".
	Withdrawal Kind = "withdrawal"
	// Declaration of accession to a PZK (deklaracja przystąpienia), by the
	// declaration's (agreement's) id.
	Declaration Kind = "declaration"
	// Team is a team's composition and rules (skład zespołu), by the
	// team's id.
	Team Kind = "team"
	// Consent is the family's consent (zgoda) of an IPW, by the IPW's id.
	Consent Kind = "consent"
	// Diagnosis is the qualification and diagnosis summary of an IPW
	// (kwalifikacja i diagnoza), by the IPW's id.
	Diagnosis Kind = "diagnosis"
	// IPW is the individual cooperation programme itself, by its id.
	IPW Kind = "ipw"
	// Review is the record of one review of an IPW (ocena okresowa), by
	// "IPW/DATE".
	Review Kind = "review"
	// Closure is the closing evaluation of an IPW (zakończenie IPW), by the
	// IPW's id.
	Closure Kind = "closure"
)

var kinds = []Kind{Agreement, Annex, Withdrawal, Declaration, Team, Consent, Diagnosis, IPW, Review, Closure}

// Kinds lists the kinds of document.
func Kinds() []Kind { return append([]Kind(nil), kinds...) }

func (k Kind) String() string { return string(k) }

// Valid reports whether k is a known kind of document.
func (k Kind) Valid() bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

var kindLabels = map[Kind][2]string{
	Agreement:   {"porozumienie", "agreement"},
	Annex:       {"aneks", "annex"},
	Withdrawal:  {"wypowiedzenie", "withdrawal notice"},
	Declaration: {"deklaracja przystąpienia", "declaration of accession"},
	Team:        {"skład zespołu", "team composition"},
	Consent:     {"zgoda", "consent"},
	Diagnosis:   {"kwalifikacja i diagnoza", "qualification and diagnosis"},
	IPW:         {"IPW", "IPW"},
	Review:      {"ocena okresowa", "review record"},
	Closure:     {"zakończenie IPW", "closing evaluation"},
}

// Label names the kind for people.
func (k Kind) Label(lang cooperation.Lang) string {
	l, ok := kindLabels[k]
	if !ok {
		return string(k)
	}
	if lang == cooperation.English {
		return l[1]
	}
	return l[0]
}

// Ref names one document of a bundle: its kind and id (what Build takes),
// its title in the chosen language, the item it is made from, and the
// errors of the check that concern it (when there are any, Build refuses
// it unless a draft is asked for).
type Ref struct {
	Kind     Kind                  `json:"kind"`
	ID       string                `json:"id"`
	Title    string                `json:"title"`
	Path     cooperation.Path      `json:"path"`
	Findings []cooperation.Finding `json:"findings,omitempty"`
}

// Option configures the documents of a Set.
type Option func(*config)

type config struct {
	check     []cooperation.Option
	rejected  []cooperation.Finding
	draft     bool
	generated Date
	previous  *ipw.Bundle
}

// With passes options to the check the documents are judged by: the date
// (cooperation.AsOf; default the bundle's asOf), the language, which is
// also the documents' (cooperation.InLanguage; default Polish), and a
// profile (cooperation.WithProfile).
func With(opts ...cooperation.Option) Option {
	return func(c *config) { c.check = append(c.check, opts...) }
}

// Rejected gives the findings of the JSON Schema (schema.violation) of a
// bundle that could be read only in part (schema.DecodePartial leaves out
// what the schema rejects). Each refuses the documents it concerns, as the
// check's errors do (see the package documentation); a document that
// prints nothing of the rejected parts is made.
func Rejected(fs ...cooperation.Finding) Option {
	return func(c *config) { c.rejected = append(c.rejected, fs...) }
}

// Draft asks for drafts: a document is made even when the check finds
// errors that concern it, and every page is marked "PROJEKT".
func Draft() Option { return func(c *config) { c.draft = true } }

// GeneratedOn sets the date printed at the foot of every page as the day
// the document was made. Default: the date the check is evaluated at. The
// library never reads the clock; a program passes today.
func GeneratedOn(d Date) Option { return func(c *config) { c.generated = d } }

// Previous gives the previous version of the bundle: a review record then
// lists what changed in the IPW since that version (package ipw/diff).
// Without it, a review record lists what the current data date between the
// previous review and this one, and says that no version was compared.
func Previous(b *ipw.Bundle) Option { return func(c *config) { c.previous = b } }

// Set is the documents of one bundle, checked once. Build makes one of
// them, List names them all. A Set does not change the bundle; build a new
// one after changing it.
type Set struct {
	b         *ipw.Bundle
	cfg       config
	lang      cooperation.Lang
	asOf      Date
	generated Date
	settings  cooperation.Settings
	ix        *cooperation.Index
	errs      []cooperation.Finding
}

// New checks b (ipw.Check with the options of With) and returns its
// documents. The error is ipw.ErrNoDate when neither the options nor the
// bundle give a date.
func New(b *ipw.Bundle, opts ...Option) (*Set, error) {
	var c config
	for _, o := range opts {
		o(&c)
	}
	cc := cooperation.NewConfig(c.check...)
	findings, err := ipw.Check(b, c.check...)
	if err != nil {
		return nil, err
	}
	asOf := cc.AsOf
	if asOf.IsZero() {
		asOf = b.AsOf
	}
	s := &Set{
		b:        b,
		cfg:      c,
		lang:     cc.Lang,
		asOf:     asOf,
		settings: ipw.Settings(b, cc.Profile),
		ix:       cooperation.NewIndex(&b.Partnership),
	}
	if !s.lang.Valid() {
		s.lang = cooperation.Polish
	}
	s.generated = c.generated
	if s.generated.IsZero() {
		s.generated = asOf
	}
	for _, f := range append(findings, c.rejected...) {
		if f.Severity == cooperation.SeverityError {
			s.errs = append(s.errs, f)
		}
	}
	cooperation.SortFindings(s.errs)
	return s, nil
}

// Build makes the document of kind with id from b: New and Set.Build.
func Build(b *ipw.Bundle, kind Kind, id string, opts ...Option) (*Document, error) {
	s, err := New(b, opts...)
	if err != nil {
		return nil, err
	}
	return s.Build(kind, id)
}

// List names every document the bundle has the data for, in the bundle's
// order: each team, each agreement or declaration followed by its annexes
// and withdrawals, then each IPW's consent, qualification and diagnosis,
// the IPW, its reviews in date order and its closure.
func (s *Set) List() []Ref {
	srcs := s.sources()
	out := make([]Ref, len(srcs))
	for i, src := range srcs {
		d := s.make(src)
		out[i] = d.Ref
	}
	return out
}

// Build makes the document of kind with id. It returns a *NotFoundError
// when the bundle has no such document, and a *RefusedError when the check
// finds errors that concern it and no draft was asked for.
func (s *Set) Build(kind Kind, id string) (*Document, error) {
	for _, src := range s.sources() {
		if src.kind == kind && src.id == id {
			d := s.make(src)
			if len(d.Findings) > 0 && !s.cfg.draft {
				return nil, &RefusedError{Ref: d.Ref, Findings: d.Findings, Lang: s.lang}
			}
			return d, nil
		}
	}
	return nil, &NotFoundError{Kind: kind, ID: id, Lang: s.lang}
}

// All makes every document List names that is not refused, and returns the
// refusals beside them (every document, as drafts, when Draft was given).
func (s *Set) All() ([]*Document, []*RefusedError) {
	var docs []*Document
	var refused []*RefusedError
	for _, src := range s.sources() {
		d := s.make(src)
		if len(d.Findings) > 0 && !s.cfg.draft {
			refused = append(refused, &RefusedError{Ref: d.Ref, Findings: d.Findings, Lang: s.lang})
			continue
		}
		docs = append(docs, d)
	}
	return docs, refused
}

// source is one document the bundle can make: what List shows of it and
// the function that writes its body.
type source struct {
	kind  Kind
	id    string
	path  cooperation.Path
	build func(*builder)
}

// make writes the document of src and judges it by the check's errors.
func (s *Set) make(src source) *Document {
	b := &builder{lang: s.lang, set: s}
	b.item(src.path)
	src.build(b)
	b.uses(cooperation.Path("/municipality/name"), cooperation.Path("/municipality/teryt"))
	d := &Document{
		Ref:       Ref{Kind: src.kind, ID: src.id, Title: b.title, Path: src.path},
		Draft:     s.cfg.draft,
		Lang:      s.lang,
		heading:   b.heading1,
		subtitle:  b.subtitle,
		place:     s.b.Municipality.Name,
		dated:     b.dated,
		blocks:    b.blocks,
		municipal: s.b.Municipality,
		generated: s.generated,
	}
	d.Findings = concerning(src.kind, b.anchors, s.errs)
	return d
}

// Document is one document of the model, ready to be written as HTML
// (WriteHTML) or as an editable DOCX file (WriteDOCX).
type Document struct {
	Ref
	// Draft is true when the document was asked for as a draft; every page
	// then says "PROJEKT".
	Draft bool
	// Lang is the document's language.
	Lang cooperation.Lang

	heading, subtitle string
	place             string // the place of signing: the municipality's name
	dated             Date   // the date beside the place; zero leaves a line to fill in
	blocks            []block
	municipal         cooperation.Municipality
	generated         Date
}
