package ipw

import (
	"errors"

	"github.com/kooperacja/kooperacja/cooperation"
)

// ErrNoDate is returned by Check, Progress and the simulation when neither
// the options nor the bundle say which date to evaluate at. The domain
// never reads the clock: adapters such as the schema package and the CLI
// pass today's date in Europe/Warsaw.
var ErrNoDate = errors.New("ipw: no date to check at: pass cooperation.AsOf or set the bundle's asOf")

// Check runs every rule of the model over a typed bundle and returns the
// findings, sorted, with messages in the configured language. It does not
// modify b. Structural problems of JSON documents are the schema package's
// business; Check assumes a bundle that decodes.
//
// Check is the union of the parts a Checker evaluates one by one; its
// Check method also says when the findings can next change.
func Check(b *Bundle, opts ...cooperation.Option) ([]cooperation.Finding, error) {
	cfg := cooperation.NewConfig(opts...)
	day, err := dateOf(b, cfg)
	if err != nil {
		return nil, err
	}
	return newChecker(b, cfg).Check(day).Findings, nil
}

// check is the context of the rules over one bundle: what every rule needs
// to look things up, and where it adds what it finds. The rules never see
// the date they are evaluated at: they ask a cooperation.Clock.
type check struct {
	b        *Bundle
	cfg      cooperation.Config
	settings cooperation.Settings
	ix       *cooperation.Index
	ids      *idSets
	findings *cooperation.Findings
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
