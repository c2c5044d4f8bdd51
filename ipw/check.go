package ipw

import (
	"errors"

	"github.com/kooperacja/kooperacja/cooperation"
)

// ErrNoDate is returned by Check, Progress and Simulate when neither the
// options nor the bundle say which date to evaluate at. The domain never reads the clock: adapters such
// as the schema package and the CLI pass today's date in Europe/Warsaw.
var ErrNoDate = errors.New("ipw: no date to check at: pass cooperation.AsOf or set the bundle's asOf")

// Check runs every rule of the model over a typed bundle and returns the
// findings, sorted, with messages in the configured language. It does not
// modify b. Structural problems of JSON documents are the schema package's
// business; Check assumes a bundle that decodes.
func Check(b *Bundle, opts ...cooperation.Option) ([]cooperation.Finding, error) {
	c, err := newCheck(b, opts...)
	if err != nil {
		return nil, err
	}
	c.run()
	return c.findings.Finish(c.settings, c.cfg.Lang), nil
}

// check is the state of one run of the rules over one bundle.
type check struct {
	b        *Bundle
	cfg      cooperation.Config
	asOf     Date
	settings cooperation.Settings
	ix       *cooperation.Index
	findings *cooperation.Findings
	// uncoveredMembers are the institutions the PZK rule reports without
	// cover at asOf, gathered on first use (memberCoverReported).
	uncoveredMembers map[string]bool
}

func newCheck(b *Bundle, opts ...cooperation.Option) (*check, error) {
	cfg := cooperation.NewConfig(opts...)
	asOf, err := dateOf(b, cfg)
	if err != nil {
		return nil, err
	}
	return &check{
		b:        b,
		cfg:      cfg,
		asOf:     asOf,
		settings: Settings(b, cfg.Profile),
		ix:       cooperation.NewIndex(&b.Partnership),
		findings: &cooperation.Findings{},
	}, nil
}

// dateOf is the date a bundle is evaluated at: the caller's, else the
// bundle's asOf, else ErrNoDate.
func dateOf(b *Bundle, cfg cooperation.Config) (Date, error) {
	switch {
	case !cfg.AsOf.IsZero():
		return cfg.AsOf, nil
	case !b.AsOf.IsZero():
		return b.AsOf, nil
	}
	return Date{}, ErrNoDate
}

// Settings resolves the settings a bundle is checked with: its variant's
// built-in profile, then the bundle's profile, then the caller's.
func Settings(b *Bundle, caller *cooperation.Profile) cooperation.Settings {
	return cooperation.DefaultSettings(b.Variant).Apply(b.Profile).Apply(caller)
}

func (c *check) run() {
	checkReferences(c.b, c.findings, c.ix.Broken())
	cooperation.CheckPartnership(c.ix, c.asOf, c.settings, c.findings)
	c.checkPlans()
	c.checkStages()
}
