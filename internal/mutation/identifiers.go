package mutation

import (
	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw"
)

// identifierRows are identifiers that fail their check (TERYT, REGON, NIP,
// PESEL). None of the numbers is a real one: the examples hold no REGON,
// NIP or PESEL, and these are made up with wrong check digits.
func identifierRows() []Mutation {
	return []Mutation{
		{
			Name: "powiat code given to a gmina-level institution", Base: "rural",
			Mistake: "The school, a gmina-level institution, is given the powiat's code 2604 where its gmina's seven-digit code 2604092 belongs.",
			Bundle:  func(b *ipw.Bundle) { institution(b, "sp-maslow").TERYT = "2604" },
			Want:    []Want{want(cooperation.CodeTERYTInvalid, "/institutions/5/teryt")},
		},
		{
			Name: "institution without its TERYT code", Base: "urban",
			Mistake: "The school's TERYT code is left out: every institution but a national one names the unit it serves by its code.",
			Document: func(doc map[string]any) {
				delete(doc["institutions"].([]any)[6].(map[string]any), "teryt")
			},
			Want: []Want{want(cooperation.CodeSchemaViolation, "/institutions/6")},
		},
		{
			Name: "TERYT of a town within a gmina", Base: "urban_rural",
			Mistake: "The municipality is given the code of the town of Bogoria within the gmina (type digit 4), 2612014, instead of the gmina's 2612013.",
			Bundle:  func(b *ipw.Bundle) { b.Municipality.TERYT = "2612014" },
			Want:    []Want{want(cooperation.CodeTERYTInvalid, "/municipality/teryt")},
		},
		{
			Name: "REGON with a wrong check digit", Base: "urban",
			Mistake: "The MOPS is given a REGON whose last digit does not match the others (123456786; the check digit would be 5).",
			Bundle:  func(b *ipw.Bundle) { institution(b, "mops-radomsko").REGON = "123456786" },
			Want:    []Want{want(cooperation.CodeREGONInvalid, "/institutions/1/regon")},
		},
		{
			Name: "NIP with a wrong check digit", Base: "rural",
			Mistake: "The NGO is given a NIP whose last digit does not match the others.",
			Bundle:  func(b *ipw.Bundle) { institution(b, "ngo-razem").NIP = "1234567891" },
			Want:    []Want{want(cooperation.CodeNIPInvalid, "/institutions/8/nip")},
		},
		{
			Name: "NIP written as people write it", Base: "rural",
			Mistake: "The NGO's NIP is written \"PL 123-456-32-18\", with the country prefix and dashes; a bundle keeps the 10 digits alone, and the finding says which to write.",
			Bundle:  func(b *ipw.Bundle) { institution(b, "ngo-razem").NIP = "PL 123-456-32-18" },
			Want:    []Want{want(cooperation.CodeNIPInvalid, "/institutions/8/nip")},
		},
		{
			Name: "REGON written in groups", Base: "urban",
			Mistake: "The MOPS's REGON is written in groups of three, \"123 456 785\"; a bundle keeps the digits alone.",
			Bundle:  func(b *ipw.Bundle) { institution(b, "mops-radomsko").REGON = "123 456 785" },
			Want:    []Want{want(cooperation.CodeREGONInvalid, "/institutions/1/regon")},
		},
		{
			Name: "PESEL written with a space", Base: "urban",
			Mistake: "A child's PESEL is written with a space after the birth date; a bundle keeps the 11 digits alone (the finding does not repeat them: a PESEL is personal data).",
			Bundle: func(b *ipw.Bundle) {
				plan(b, "ipw-rodzina-c").Beneficiary.Members[2].PESEL = "504615 00007"
			},
			Want: []Want{want(cooperation.CodePESELInvalid, "/ipws/0/beneficiary/members/2/pesel")},
		},
		{
			Name: "PESEL with a wrong check digit", Base: "urban",
			Mistake: "A child of the Rodzina C. household is given a PESEL whose last digit does not match the others.",
			Bundle: func(b *ipw.Bundle) {
				p := plan(b, "ipw-rodzina-c")
				p.Beneficiary.Members[2].PESEL = "15231512346"
			},
			Want: []Want{want(cooperation.CodePESELInvalid, "/ipws/0/beneficiary/members/2/pesel")},
		},
	}
}
