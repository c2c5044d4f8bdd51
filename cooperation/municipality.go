package cooperation

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
