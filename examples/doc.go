// Package examples ships complete example bundles of the cooperation model,
// one per variant, built on real municipalities (with their real TERYT codes)
// and fictional people:
//
//   - rural.json: gmina Masłów (2604092), a rural gmina of powiat kielecki in
//     the świętokrzyskie voivodeship, where the rural pilot ("Liderzy
//     kooperacji") worked; a PZK with gmina and powiat animators;
//   - urban_rural.json: gmina Bogoria (2612013), urban-rural since it received
//     town rights on 2024-01-01; a PZK of decision-makers and a GGK per family;
//   - urban.json: Radomsko (1012011), a town of over 20 000 inhabitants; a PZK
//     whose members signed declarations of accession and a ZZK per case.
//
// The scenarios/ folder holds simulation scenarios on the rural example: a
// partner leaving mid-plan (partner-leaves), every plan closed
// (close-all), and more families than the basket's services can take
// (capacity-crunch).
//
// Each bundle is valid at its asOf with no errors and no warnings; tests across the
// project use them as realistic inputs, and the planner can open them. The
// bundles are embedded, so a Go program can use them without the files.
package examples
