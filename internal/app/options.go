package app

import (
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/monitor"
	"github.com/kooperacja/kooperacja/schema"
)

// Options are what every function takes besides its documents. The zero
// Options are the defaults.
type Options struct {
	// AsOf is the date the bundle is evaluated at. Zero: the bundle's asOf,
	// else today in Europe/Warsaw (see Day).
	AsOf cooperation.Date
	// Lang is the language of messages; "" is Polish.
	Lang cooperation.Lang
	// Profile is a profile document (JSON) applied over the bundle's own
	// profile; nil for none.
	Profile []byte
	// Places asks validate to name where each finding is (Validation.Places).
	Places bool
	// Period is the span the monitoring record's "in the period" figures
	// cover (monitor); zero: from 1 January of the date's year to the date.
	Period monitor.Period

	profile *cooperation.Profile // Profile read, by Prepare
}

// Prepare reads o's profile once, for a caller that runs many functions
// with the same options (a stream of bundles): the Options it returns do
// not read it again. A profile that is not valid is an Invalid error.
func (o Options) Prepare() (Options, *Error) {
	if o.Profile == nil || o.profile != nil {
		return o, nil
	}
	p, findings := schema.ParseProfile(o.Profile, cooperation.InLanguage(o.Language()))
	if p == nil {
		return o, invalidProfile(o.Language(), findings)
	}
	o.profile = p
	return o, nil
}

func invalidProfile(lang cooperation.Lang, findings []cooperation.Finding) *Error {
	return invalid(lang, findings,
		"profil nie jest poprawnym dokumentem profilu",
		"the profile is not a valid profile document")
}

// Language returns the language of o's messages: Polish unless English.
func (o Options) Language() cooperation.Lang {
	if o.Lang == cooperation.English {
		return cooperation.English
	}
	return cooperation.Polish
}

// Today returns today's date in Europe/Warsaw, the default date of every
// function.
func Today() cooperation.Date { return schema.Today() }

// Day returns the date a function evaluates b at: o.AsOf, else the bundle's
// asOf, else today in Europe/Warsaw.
func Day(o Options, b *ipw.Bundle) cooperation.Date {
	switch {
	case !o.AsOf.IsZero():
		return o.AsOf
	case b != nil && !b.AsOf.IsZero():
		return b.AsOf
	}
	return Today()
}

// ParseDate reads a date given by a person or a caller (YYYY-MM-DD). The
// error says what is wrong in English, for an adapter to prefix with the
// name of its flag or key.
func ParseDate(s string) (cooperation.Date, *Error) {
	d, err := cooperation.ParseDate(s)
	if err != nil {
		return cooperation.Date{}, usageErrorf("%s is not a date in the form YYYY-MM-DD", strconv.Quote(s))
	}
	return d, nil
}

// ParseLang reads a language code: pl or en.
func ParseLang(s string) (cooperation.Lang, *Error) {
	l := cooperation.Lang(s)
	if !l.Valid() {
		return "", usageErrorf("%s is neither pl nor en", strconv.Quote(s))
	}
	return l, nil
}

// library turns o into the library's options: the language, the date when
// one is given, and the profile, which must be a valid profile document.
func (o Options) library() ([]cooperation.Option, *Error) {
	lang := o.Language()
	opts := make([]cooperation.Option, 0, 4)
	opts = append(opts, cooperation.InLanguage(lang))
	if !o.AsOf.IsZero() {
		opts = append(opts, cooperation.AsOf(o.AsOf))
	}
	if o.Profile != nil {
		prepared, err := o.Prepare()
		if err != nil {
			return nil, err
		}
		opts = append(opts, cooperation.WithProfile(prepared.profile))
	}
	return opts, nil
}
