package document_test

import (
	"bytes"
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw/document"
	"github.com/kooperacja/kooperacja/schema"
)

// The documents of a bundle, one of them as a DOCX file, and a refusal.
func Example() {
	data, _ := examples.Bundle("rural")
	b, _ := schema.Decode(data)
	set, err := document.New(b, document.GeneratedOn(cooperation.MustDate("2026-11-16")))
	if err != nil {
		panic(err)
	}
	for _, r := range set.List()[:5] {
		fmt.Println(r.Kind, r.ID)
	}

	d, err := set.Build(document.Consent, "ipw-2026-01")
	if err != nil {
		panic(err)
	}
	var file bytes.Buffer
	if err := d.WriteDOCX(&file); err != nil {
		panic(err)
	}
	fmt.Println(d.FileName(document.DOCX), "–", d.Title)

	// The consent of a child is wrong: the document is refused.
	b.IPWs[0].Consent.GivenBy = append(b.IPWs[0].Consent.GivenBy, "a-syn")
	_, err = document.Build(b, document.Consent, "ipw-2026-01", document.With(cooperation.InLanguage(cooperation.English)))
	fmt.Println(err)
	// Output:
	// team pzk-maslow
	// agreement umowa-pilotazowa
	// agreement porozumienie-pzk
	// annex porozumienie-pzk/aneks-1
	// consent ipw-2026-01
	// consent-ipw-2026-01.docx – Zgoda – Rodzina A.
	// The document cannot be made: Consent – Rodzina A. The data it is made from have 1 error that concerns it:
	// - In IPW "Rodzina A." consent is given by a minor: child, born 2012, who does not turn 18 in 2026. Consent must come from an adult member of the family: correct the list of those who gave it. [ipw.consent_by_minor]
	// Correct them, or ask for a draft (marked “PROJEKT” on every page).
}
