package diff_test

import (
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw/diff"
	"github.com/kooperacja/kooperacja/schema"
)

// Two versions of the rural example: at a review an action's deadline is
// moved, and the police announce they leave the PZK.
func ExampleBundles() {
	data, _ := examples.Bundle("rural")
	old, _ := schema.Decode(data)
	new, _ := schema.Decode(data)

	new.IPWs[0].Actions[3].Due = cooperation.MustDate("2027-03-15")
	new.Teams[0].Members[4].Left = cooperation.MustDate("2027-05-31")

	for _, c := range diff.Bundles(old, new) {
		fmt.Println(c.Item.Kind, c.Item.ID, c.Field, c.Path)
		fmt.Println(c.Message(cooperation.Polish))
		fmt.Println(c.Message(cooperation.English))
	}
	// Output:
	// team pzk-maslow left /teams/0/members/4/left
	// PZK „Partnerski Zespół Kooperacji Gminy Masłów”: Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Masłów odchodzi z dniem 31.05.2027 r.
	// PZK "Partnerski Zespół Kooperacji Gminy Masłów": Komenda Miejska Policji w Kielcach – dzielnicowi rejonu gminy Masłów leaves on 31 May 2027
	// ipw ipw-2026-01 due /ipws/0/actions/3/due
	// IPW Rodzina A.: działanie d4 — termin przesunięty z 26.02.2027 r. na 15.03.2027 r.
	// IPW Rodzina A.: action d4 — due date moved from 26 February 2027 to 15 March 2027
}
