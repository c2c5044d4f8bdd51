package cooperation

import "strconv"

// Variant is one of the model's three variants, one per type of municipality
// (gmina): rural, urban-rural and urban (towns over 20 000 inhabitants).
type Variant string

// The variants of the model.
const (
	VariantRural      Variant = "rural"       // gminy wiejskie: "Liderzy kooperacji"
	VariantUrbanRural Variant = "urban_rural" // gminy miejsko-wiejskie: "Kooperacja – efektywna i skuteczna"
	VariantUrban      Variant = "urban"       // gminy miejskie pow. 20 tys.: "Kooperacje 3D"
)

var variants = []Variant{VariantRural, VariantUrbanRural, VariantUrban}

// Variants lists the variants in the model's order.
func Variants() []Variant { return append([]Variant(nil), variants...) }

func (v Variant) String() string { return string(v) }

// Valid reports whether v is one of the known variants.
func (v Variant) Valid() bool { return contains(variants, v) }

// Municipality is the gmina whose cooperation a bundle describes.
type Municipality struct {
	TERYT      string `json:"teryt"`
	Name       string `json:"name"`
	Population *int   `json:"population,omitempty"`
}

func contains[T comparable](set []T, v T) bool {
	for _, s := range set {
		if s == v {
			return true
		}
	}
	return false
}

// checkMunicipality checks the municipality's TERYT code (id.teryt_invalid)
// and compares the declared variant with the one its type digit and
// population suggest (municipality.variant_mismatch, a warning: a gmina may
// keep the model it piloted after a change of status).
func checkMunicipality(p *Partnership, f *Findings) {
	m := &p.Municipality
	mp := Path("").Key("municipality")
	if err := CheckTERYT(m.TERYT, LevelGmina); err != nil {
		f.Add(CodeTERYTInvalid, mp.Key("teryt"), idParams(m.TERYT, err)...)
		return
	}
	if !p.Variant.Valid() {
		return
	}
	derived, ok := DeriveVariant(m.TERYT, m.Population)
	if !ok || derived == p.Variant {
		return
	}
	declPL, declEN := p.Variant.Label(Polish), p.Variant.Label(English)
	derPL, derEN := derived.Label(Polish), derived.Label(English)
	params := []string{
		"declared", string(p.Variant), "declared.pl", declPL, "declared.en", declEN,
		"derived", string(derived), "derived.pl", derPL, "derived.en", derEN,
		"teryt", m.TERYT,
	}
	if m.Population != nil {
		params = append(params, "population", strconv.Itoa(*m.Population))
	}
	f.Add(CodeVariantMismatch, Path("").Key("variant"), params...)
}
