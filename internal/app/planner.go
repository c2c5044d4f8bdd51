package app

import (
	"encoding/json"
	"errors"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
	"github.com/kooperacja/kooperacja/ipw/whatif"
	"github.com/kooperacja/kooperacja/schema"
)

// The functions the planner asks while a person edits a bundle. They read
// as much of a bundle still being filled in as can be read
// (schema.DecodePartial), so that a half-filled item never stops the page
// from naming a place or adding the next item; none of them holds a rule:
// each asks the library.

// Place is where a finding is (ipw.Place), and whether it says that a value
// is missing (schema.Missing), which a planner shows quietly on an item
// just added.
type Place struct {
	ipw.Place
	Missing bool `json:"missing,omitempty"`
}

// Places locates each finding of fs in the bundle document data, in the
// order of fs; b is the typed bundle when the document got that far (nil:
// read as much as can be read).
func Places(data []byte, b *ipw.Bundle, fs []cooperation.Finding, lang cooperation.Lang) []Place {
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

// readPartial reads a bundle still being filled in: an Invalid error only
// when it is not a bundle document at all.
func readPartial(data []byte, o Options) (*ipw.Bundle, *Error) {
	b := schema.DecodePartial(data)
	if b == nil {
		return nil, invalid(o.Language(), schema.Validate(schema.Bundle, data, cooperation.InLanguage(o.Language())),
			"nie można odczytać pakietu; sprawdź go poleceniem validate",
			"the bundle cannot be read; validate it for details")
	}
	return b, nil
}

// SuggestVariant answers variant: the variant a municipality document
// {teryt, population} suggests (cooperation.SuggestVariant).
func SuggestVariant(municipality []byte, o Options) (cooperation.VariantSuggestion, *Error) {
	var m struct {
		TERYT      string `json:"teryt"`
		Population *int   `json:"population"`
	}
	if err := json.Unmarshal(municipality, &m); err != nil {
		return cooperation.VariantSuggestion{}, usageErrorf("municipality must be an object {teryt, population}: %v", err)
	}
	return cooperation.SuggestVariant(m.TERYT, m.Population, o.Language()), nil
}

// NewItem answers newItem: the new element of the list at the JSON Pointer
// at (ipw.NewItem), what naming the kind where a list holds several.
func NewItem(bundle []byte, at, what string, o Options) (json.RawMessage, *Error) {
	b, err := readPartial(bundle, o)
	if err != nil {
		return nil, err
	}
	opts, err := o.library()
	if err != nil {
		return nil, err
	}
	item, ierr := ipw.NewItem(b, cooperation.Path(at), what, opts...)
	if ierr != nil {
		return nil, usageErrorf("newItem: %v", ierr)
	}
	return item, nil
}

// PlanFacts are what the library derives about one IPW for the views.
type PlanFacts struct {
	ID         string           `json:"id"`
	Status     ipw.Status       `json:"status"`
	PlannedEnd cooperation.Date `json:"plannedEnd"`
}

// PlansView is the answer of plans: the date the bundle is evaluated at
// (Day) and each IPW's facts, in bundle order.
type PlansView struct {
	Day   cooperation.Date `json:"day"`
	Plans []PlanFacts      `json:"plans"`
}

// Plans answers plans: each IPW's derived status at the date of o (Day)
// and its planned end (ipw.DeriveStatus, ipw.PlannedEnd), in bundle order.
func Plans(bundle []byte, o Options) (PlansView, *Error) {
	b, err := readPartial(bundle, o)
	if err != nil {
		return PlansView{}, err
	}
	v := PlansView{Day: Day(o, b), Plans: make([]PlanFacts, len(b.IPWs))}
	for i := range b.IPWs {
		p := &b.IPWs[i]
		v.Plans[i] = PlanFacts{ID: p.ID, Status: ipw.DeriveStatus(p, v.Day), PlannedEnd: ipw.PlannedEnd(p)}
	}
	return v, nil
}

// RuleSeverity is one rule in the profile editor: its description, the
// catalogue's severity and the one in force.
type RuleSeverity struct {
	Code        cooperation.Code     `json:"code"`
	Description string               `json:"description"`
	Default     cooperation.Severity `json:"default"`
	Value       cooperation.Severity `json:"value"`
}

// ProfileView is the answer of profile: what the profile editor shows.
type ProfileView struct {
	Variant    cooperation.Variant          `json:"variant"`
	Settings   []cooperation.ProfileSetting `json:"settings"`
	Severities []RuleSeverity               `json:"severities"`
}

// ProfileOf answers profile: every setting with the variant's default and
// the value in force under the bundle's profile and o's, and every rule's
// severity.
func ProfileOf(bundle []byte, o Options) (ProfileView, *Error) {
	b, err := readPartial(bundle, o)
	if err != nil {
		return ProfileView{}, err
	}
	prepared, err := o.Prepare()
	if err != nil {
		return ProfileView{}, err
	}
	cur := ipw.Settings(b, prepared.profile)
	v := ProfileView{Variant: b.Variant, Settings: cooperation.ProfileSettings(cur, o.Language())}
	for _, r := range cooperation.RulesIn(o.Language()) {
		if cooperation.IsStageGap(r.Code) {
			continue // an item of the stage checklist: no profile changes it
		}
		v.Severities = append(v.Severities, RuleSeverity{Code: r.Code, Description: r.Description, Default: r.Severity, Value: cur.SeverityOf(r.Code)})
	}
	return v, nil
}

// PartnerLeaves answers partnerLeaves: what institution's giving notice on
// date puts at risk (whatif.PartnerLeaves), from the date of o (Day).
func PartnerLeaves(bundle []byte, institution, date string, o Options) (whatif.Result, *Error) {
	b, opts, err := readBundle(bundle, o)
	if err != nil {
		return whatif.Result{}, err
	}
	d, err := ParseDate(date)
	if err != nil {
		return whatif.Result{}, usageErrorf("partnerLeaves: %s", err.Message)
	}
	r, werr := whatif.PartnerLeaves(b, institution, d, opts...)
	if errors.Is(werr, whatif.ErrUnknownInstitution) {
		return whatif.Result{}, usageErrorf("partnerLeaves: the bundle has no institution %q", institution)
	}
	if werr != nil {
		return whatif.Result{}, usageErrorf("partnerLeaves: %v", werr)
	}
	return r, nil
}
