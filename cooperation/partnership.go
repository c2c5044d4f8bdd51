package cooperation

import "sync"

// SchemaVersion is the bundle format version this library reads and writes.
const SchemaVersion = "1"

// Partnership is the cooperation part of a bundle: one municipality, its
// variant, the institutions, the basket of services, the teams and the
// agreements. The ipw package's Bundle embeds it and adds the IPWs and
// implementation stages.
type Partnership struct {
	SchemaVersion string        `json:"schemaVersion"`
	Variant       Variant       `json:"variant"`
	Municipality  Municipality  `json:"municipality"`
	AsOf          Date          `json:"asOf,omitzero"`
	Profile       *Profile      `json:"profile,omitempty"`
	Institutions  []Institution `json:"institutions,omitempty"`
	Services      []Service     `json:"services,omitempty"`
	Teams         []Team        `json:"teams,omitempty"`
	Agreements    []Agreement   `json:"agreements,omitempty"`
}

// Index gives the rules fast lookups into a Partnership by id. Build it once
// per check with NewIndex; it does not change the partnership. Where ids are
// duplicated (reported as ref.duplicate_id) the first element wins.
//
// An Index also caches what the coverage questions derive from the
// agreements (their timelines over time), so it must not outlive a change
// of the partnership: build a new one after changing it. It is safe for
// concurrent use.
type Index struct {
	P            *Partnership
	institutions map[string]int
	services     map[string]int
	teams        map[string]int
	agreements   map[string]int

	broken Broken

	mu            sync.Mutex
	timelines     map[[2]int]*timeline
	intents       map[intentKey]*intent
	coverageCache map[coverageKey]*coverageLines
}

// NewIndex indexes p.
func NewIndex(p *Partnership) *Index {
	ix := &Index{
		P:            p,
		institutions: make(map[string]int, len(p.Institutions)),
		services:     make(map[string]int, len(p.Services)),
		teams:        make(map[string]int, len(p.Teams)),
		agreements:   make(map[string]int, len(p.Agreements)),
	}
	for i := range p.Institutions {
		putFirst(ix.institutions, p.Institutions[i].ID, i)
	}
	for i := range p.Services {
		putFirst(ix.services, p.Services[i].ID, i)
	}
	for i := range p.Teams {
		putFirst(ix.teams, p.Teams[i].ID, i)
	}
	for i := range p.Agreements {
		putFirst(ix.agreements, p.Agreements[i].ID, i)
	}
	return ix
}

func putFirst(m map[string]int, id string, i int) {
	if _, dup := m[id]; !dup {
		m[id] = i
	}
}

// Broken returns the set of broken references of the bundle. The
// reference check (package ipw) fills it before the rules run; the rules
// consult it to stay silent where their input is broken.
func (ix *Index) Broken() *Broken { return &ix.broken }

// Institution returns the institution with id.
func (ix *Index) Institution(id string) (*Institution, bool) {
	i, ok := ix.institutions[id]
	if !ok {
		return nil, false
	}
	return &ix.P.Institutions[i], true
}

// InstitutionIndex returns the position of institution id in the bundle.
func (ix *Index) InstitutionIndex(id string) (int, bool) {
	i, ok := ix.institutions[id]
	return i, ok
}

// Service returns the service with id.
func (ix *Index) Service(id string) (*Service, bool) {
	i, ok := ix.services[id]
	if !ok {
		return nil, false
	}
	return &ix.P.Services[i], true
}

// Team returns the team with id and its position in the bundle.
func (ix *Index) Team(id string) (*Team, int, bool) {
	i, ok := ix.teams[id]
	if !ok {
		return nil, 0, false
	}
	return &ix.P.Teams[i], i, true
}

// Agreement returns the agreement with id and its position in the bundle.
func (ix *Index) Agreement(id string) (*Agreement, int, bool) {
	i, ok := ix.agreements[id]
	if !ok {
		return nil, 0, false
	}
	return &ix.P.Agreements[i], i, true
}

// PZK returns the bundle's partnership team: the first team of kind pzk.
func (ix *Index) PZK() (*Team, int, bool) {
	for i := range ix.P.Teams {
		if ix.P.Teams[i].Kind == TeamPZK {
			return &ix.P.Teams[i], i, true
		}
	}
	return nil, 0, false
}

// IsOPS reports whether institution id is an OPS or CUS.
func (ix *Index) IsOPS(id string) bool {
	in, ok := ix.Institution(id)
	return ok && in.Kind.IsOPS()
}
