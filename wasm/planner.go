package wasm

import (
	"encoding/json"
	"errors"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/whatif"
	"github.com/kooperacja/kooperacja/schema"
)

// The functions the planner asks while a person edits a bundle: they work
// on a document still being filled in (schema.DecodePartial), so that a
// half-filled item never stops the page from naming a place or adding the
// next item.

// Place is where a finding is (ipw.Place), and whether it says that a value
// is missing (schema.Missing).
type Place struct {
	ipw.Place
	Missing bool `json:"missing,omitempty"`
}

// places locates every finding of fs in the document data.
func places(data []byte, b *ipw.Bundle, fs []cooperation.Finding, lang cooperation.Lang) []Place {
	if len(fs) == 0 {
		return []Place{}
	}
	if b == nil {
		b = schema.DecodePartial(data)
	}
	out := make([]Place, len(fs))
	for i, f := range fs {
		out[i] = Place{Place: ipw.Locate(b, f.Path, lang), Missing: schema.Missing(f)}
	}
	return out
}

// partial decodes a bundle argument for the planner's questions: as much
// of it as can be read.
func partial(bundle Arg) (*ipw.Bundle, *Response) {
	data, bad := document(bundle, "bundle")
	if bad != nil {
		return nil, bad
	}
	b := schema.DecodePartial(data)
	if b == nil {
		r := failf("the bundle cannot be read; validate it for details")
		return nil, &r
	}
	return b, nil
}

// variantOf answers variant({teryt, population}, options).
func variantOf(municipality, opts Arg) Response {
	data, bad := document(municipality, "municipality")
	if bad != nil {
		return *bad
	}
	s, bad := options(opts)
	if bad != nil {
		return *bad
	}
	var m struct {
		TERYT      string `json:"teryt"`
		Population *int   `json:"population"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return failf("municipality must be an object {teryt, population}: %v", err)
	}
	return ok(cooperation.SuggestVariant(m.TERYT, m.Population, s.lang))
}

// newItem answers newItem(bundle, at, what, options).
func newItem(bundle, at, what, opts Arg) Response {
	b, bad := partial(bundle)
	if bad != nil {
		return *bad
	}
	if at.Kind != String {
		return failf("newItem takes a JSON Pointer (a string) where the item goes, not %s", describe(at))
	}
	kind := ""
	switch what.Kind {
	case Absent:
	case String:
		kind = what.text()
	default:
		return failf("newItem's third argument names the kind of item (a string), not %s", describe(what))
	}
	s, bad := options(opts)
	if bad != nil {
		return *bad
	}
	item, err := ipw.NewItem(b, cooperation.Path(at.text()), kind, s.opts...)
	if err != nil {
		return failf("newItem: %v", err)
	}
	return ok(item)
}

// PlanFacts are what the library derives about one IPW for the views.
type PlanFacts struct {
	ID         string           `json:"id"`
	Status     ipw.Status       `json:"status"`
	PlannedEnd cooperation.Date `json:"plannedEnd"`
}

// plans answers plans(bundle, options): each IPW's derived status and
// planned end (ipw.DeriveStatus, ipw.PlannedEnd), in bundle order.
func plans(bundle, opts Arg) Response {
	b, bad := partial(bundle)
	if bad != nil {
		return *bad
	}
	s, bad := options(opts)
	if bad != nil {
		return *bad
	}
	day := s.asOf
	if day.IsZero() {
		day = b.AsOf
	}
	if day.IsZero() {
		day = schema.Today()
	}
	out := make([]PlanFacts, len(b.IPWs))
	for i := range b.IPWs {
		p := &b.IPWs[i]
		out[i] = PlanFacts{ID: p.ID, Status: ipw.DeriveStatus(p, day), PlannedEnd: ipw.PlannedEnd(p)}
	}
	return ok(out)
}

// RuleSeverity is one rule in the profile editor: its description, the
// catalogue's severity and the one in force.
type RuleSeverity struct {
	Code        cooperation.Code     `json:"code"`
	Description string               `json:"description"`
	Default     cooperation.Severity `json:"default"`
	Value       cooperation.Severity `json:"value"`
}

// ProfileView is what the profile editor shows.
type ProfileView struct {
	Variant    cooperation.Variant          `json:"variant"`
	Settings   []cooperation.ProfileSetting `json:"settings"`
	Severities []RuleSeverity               `json:"severities"`
}

// profileView answers profile(bundle, options): every setting with the
// variant's default and the value in force under the bundle's profile and
// the caller's.
func profileView(bundle, opts Arg) Response {
	b, bad := partial(bundle)
	if bad != nil {
		return *bad
	}
	s, bad := options(opts)
	if bad != nil {
		return *bad
	}
	cfg := cooperation.NewConfig(s.opts...)
	cur := ipw.Settings(b, cfg.Profile)
	v := ProfileView{Variant: b.Variant, Settings: cooperation.ProfileSettings(cur, s.lang)}
	for _, r := range cooperation.RulesIn(s.lang) {
		v.Severities = append(v.Severities, RuleSeverity{Code: r.Code, Description: r.Description, Default: r.Severity, Value: cur.SeverityOf(r.Code)})
	}
	return ok(v)
}

// partnerLeaves answers partnerLeaves(bundle, institution, date, options)
// (whatif.PartnerLeaves).
func partnerLeaves(bundle, institution, date, opts Arg) Response {
	b, _, bad := readBundle(bundle, opts)
	if bad != nil {
		return *bad
	}
	s, _ := options(opts)
	if institution.Kind != String {
		return failf("partnerLeaves takes an institution's id (a string), not %s", describe(institution))
	}
	if date.Kind != String {
		return failf("partnerLeaves takes a date YYYY-MM-DD, not %s", describe(date))
	}
	d, err := cooperation.ParseDate(date.text())
	if err != nil {
		return failf("partnerLeaves: %q is not a date in the form YYYY-MM-DD", date.text())
	}
	opt := s.opts
	if s.asOf.IsZero() && b.AsOf.IsZero() {
		opt = append(opt, cooperation.AsOf(schema.Today()))
	}
	r, err := whatif.PartnerLeaves(b, institution.text(), d, opt...)
	if errors.Is(err, whatif.ErrUnknownInstitution) {
		return failf("partnerLeaves: the bundle has no institution %q", institution.text())
	}
	if err != nil {
		return failf("partnerLeaves: %v", err)
	}
	return ok(r)
}
