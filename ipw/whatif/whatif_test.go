package whatif_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw/whatif"
	"github.com/kooperacja/kooperacja/schema"
)

func TestPartnerLeaves(t *testing.T) {
	data, err := examples.Bundle("rural")
	if err != nil {
		t.Fatal(err)
	}
	b := schema.Check(data).Bundle
	// The school runs d5 of ipw-2026-01 until 2027-03-19; it leaves on
	// 2026-11-20 with the agreement's 30 days of notice.
	r, err := whatif.PartnerLeaves(b, "sp-maslow", cooperation.MustDate("2026-11-20"))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Notices) != 1 || r.Notices[0].Days != 30 || !r.Notices[0].FromAgreement ||
		r.Notices[0].Effective != cooperation.MustDate("2026-12-20") || !strings.Contains(r.Notices[0].Text, "30\u00a0dni") {
		t.Errorf("Notices = %+v, want the local agreement's 30 days, in effect on 2026-12-20", r.Notices)
	}
	if len(r.Affected) != 1 || r.Affected[0].Path != "/ipws/0/actions/4" {
		t.Fatalf("Affected = %+v, want /ipws/0/actions/4 alone", r.Affected)
	}
	codes := map[cooperation.Code]bool{}
	for _, x := range r.Affected[0].Reasons {
		if codes[x.Code] {
			t.Errorf("%s listed twice for the action", x.Code)
		}
		codes[x.Code] = true
	}
	if r.Affected[0].Place.Item == "" || strings.Contains(r.Affected[0].Place.Item, "d5") {
		t.Errorf("the action is named %q", r.Affected[0].Place.Item)
	}
	if !strings.HasPrefix(r.Institution, "Szkoła Podstawowa") || !r.Horizon.After(r.Date) {
		t.Errorf("Institution, Horizon = %q, %v", r.Institution, r.Horizon)
	}

	// The pilot agreement names no notice period: the profile's default applies.
	r, _ = whatif.PartnerLeaves(b, "powiat-kielecki", cooperation.MustDate("2026-11-20"), cooperation.InLanguage(cooperation.English))
	var pilot *whatif.Notice
	for i := range r.Notices {
		if r.Notices[i].Agreement == "/agreements/0" {
			pilot = &r.Notices[i]
		}
	}
	if pilot == nil || pilot.FromAgreement || pilot.Days != 30 || !strings.Contains(pilot.Text, "default") {
		t.Errorf("pilot notice = %+v, want the default 30 days", pilot)
	}

	if _, err := whatif.PartnerLeaves(b, "nobody", cooperation.MustDate("2026-11-20")); !errors.Is(err, whatif.ErrUnknownInstitution) {
		t.Errorf("an unknown institution: error %v", err)
	}
}
