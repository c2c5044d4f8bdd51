package cooperation

import (
	"errors"
	"strings"
)

// Kind is the kind of an institution (podmiot): what it is in Polish public
// administration or civil society. The kind gives the default sector and level.
type Kind string

// The institution kinds of the model (REFERENCE.md lists them with their
// default sector and level).
const (
	KindGmina           Kind = "gmina"            // the municipality as a legal entity
	KindPowiat          Kind = "powiat"           // the county
	KindVoivodeship     Kind = "voivodeship"      // samorząd województwa
	KindOPS             Kind = "ops"              // ośrodek pomocy społecznej (OPS, GOPS, MOPS, MGOPS, MOPR)
	KindCUS             Kind = "cus"              // centrum usług społecznych
	KindPCPR            Kind = "pcpr"             // powiatowe centrum pomocy rodzinie
	KindROPS            Kind = "rops"             // regionalny ośrodek polityki społecznej
	KindOIK             Kind = "oik"              // ośrodek interwencji kryzysowej
	KindDPS             Kind = "dps"              // dom pomocy społecznej
	KindSDS             Kind = "sds"              // środowiskowy dom samopomocy
	KindWTZ             Kind = "wtz"              // warsztat terapii zajęciowej
	KindZI              Kind = "zi"               // zespół interdyscyplinarny
	KindGKRPA           Kind = "gkrpa"            // gminna komisja rozwiązywania problemów alkoholowych
	KindPUP             Kind = "pup"              // powiatowy urząd pracy
	KindWUP             Kind = "wup"              // wojewódzki urząd pracy
	KindSchool          Kind = "school"           // szkoła
	KindKindergarten    Kind = "kindergarten"     // przedszkole
	KindPPP             Kind = "ppp"              // poradnia psychologiczno-pedagogiczna
	KindKuratorium      Kind = "kuratorium"       // kuratorium oświaty
	KindHealthCare      Kind = "health_care"      // POZ, przychodnia, szpital, centrum zdrowia psychicznego
	KindPolice          Kind = "police"           // KPP/KMP/KWP, posterunek
	KindMunicipalPolice Kind = "municipal_police" // straż miejska/gminna
	KindCourt           Kind = "court"            // sąd
	KindProbation       Kind = "probation"        // kuratorska służba sądowa
	KindPrison          Kind = "prison"           // zakład karny
	KindNGO             Kind = "ngo"              // stowarzyszenie, fundacja
	KindChurch          Kind = "church"           // parafia, związek wyznaniowy
	KindCulture         Kind = "culture"          // dom kultury, biblioteka
	KindSport           Kind = "sport"            // OSiR
	KindHousing         Kind = "housing"          // zarząd mienia komunalnego
	KindZUS             Kind = "zus"              // Zakład Ubezpieczeń Społecznych
	KindPFRON           Kind = "pfron"            // oddział PFRON
	KindOther           Kind = "other"            // anything else; sector must be given
)

// Sector groups institutions for the team-diversity rule.
type Sector string

// The sectors. Team rules count distinct sectors excluding local_government.
const (
	SectorLocalGovernment  Sector = "local_government"
	SectorSocialAssistance Sector = "social_assistance"
	SectorHealth           Sector = "health"
	SectorLabour           Sector = "labour"
	SectorEducation        Sector = "education"
	SectorPublicSafety     Sector = "public_safety"
	SectorJustice          Sector = "justice"
	SectorCivilSociety     Sector = "civil_society"
	SectorCultureSport     Sector = "culture_sport"
	SectorHousing          Sector = "housing"
	SectorSocialInsurance  Sector = "social_insurance"
)

// Level is the tier of administration an institution works at.
type Level string

// The levels, from the most local.
const (
	LevelGmina       Level = "gmina"
	LevelPowiat      Level = "powiat"
	LevelVoivodeship Level = "voivodeship"
	LevelNational    Level = "national"
)

type kindInfo struct {
	sector Sector
	level  Level
}

var kinds = map[Kind]kindInfo{
	KindGmina:           {SectorLocalGovernment, LevelGmina},
	KindPowiat:          {SectorLocalGovernment, LevelPowiat},
	KindVoivodeship:     {SectorLocalGovernment, LevelVoivodeship},
	KindOPS:             {SectorSocialAssistance, LevelGmina},
	KindCUS:             {SectorSocialAssistance, LevelGmina},
	KindPCPR:            {SectorSocialAssistance, LevelPowiat},
	KindROPS:            {SectorSocialAssistance, LevelVoivodeship},
	KindOIK:             {SectorSocialAssistance, LevelPowiat},
	KindDPS:             {SectorSocialAssistance, LevelPowiat},
	KindSDS:             {SectorSocialAssistance, LevelPowiat},
	KindWTZ:             {SectorSocialAssistance, LevelPowiat},
	KindZI:              {SectorSocialAssistance, LevelGmina},
	KindGKRPA:           {SectorHealth, LevelGmina},
	KindPUP:             {SectorLabour, LevelPowiat},
	KindWUP:             {SectorLabour, LevelVoivodeship},
	KindSchool:          {SectorEducation, LevelGmina},
	KindKindergarten:    {SectorEducation, LevelGmina},
	KindPPP:             {SectorEducation, LevelPowiat},
	KindKuratorium:      {SectorEducation, LevelVoivodeship},
	KindHealthCare:      {SectorHealth, LevelPowiat},
	KindPolice:          {SectorPublicSafety, LevelPowiat},
	KindMunicipalPolice: {SectorPublicSafety, LevelGmina},
	KindCourt:           {SectorJustice, LevelPowiat},
	KindProbation:       {SectorJustice, LevelPowiat},
	KindPrison:          {SectorJustice, LevelPowiat},
	KindNGO:             {SectorCivilSociety, LevelGmina},
	KindChurch:          {SectorCivilSociety, LevelGmina},
	KindCulture:         {SectorCultureSport, LevelGmina},
	KindSport:           {SectorCultureSport, LevelGmina},
	KindHousing:         {SectorHousing, LevelGmina},
	KindZUS:             {SectorSocialInsurance, LevelVoivodeship},
	KindPFRON:           {SectorSocialInsurance, LevelVoivodeship},
	KindOther:           {"", LevelGmina},
}

func (k Kind) String() string { return string(k) }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { _, ok := kinds[k]; return ok }

// DefaultSector returns the sector of k ("" for other and unknown kinds).
func (k Kind) DefaultSector() Sector { return kinds[k].sector }

// DefaultLevel returns the level of k (gmina for unknown kinds).
func (k Kind) DefaultLevel() Level {
	if l := kinds[k].level; l != "" {
		return l
	}
	return LevelGmina
}

// IsOPS reports whether k is a social assistance centre that can lead a PZK
// and employ case workers: an OPS or a CUS that took over its duties.
func (k Kind) IsOPS() bool { return k == KindOPS || k == KindCUS }

func (s Sector) String() string { return string(s) }

// Valid reports whether s is a known sector.
func (s Sector) Valid() bool {
	switch s {
	case SectorLocalGovernment, SectorSocialAssistance, SectorHealth, SectorLabour,
		SectorEducation, SectorPublicSafety, SectorJustice, SectorCivilSociety,
		SectorCultureSport, SectorHousing, SectorSocialInsurance:
		return true
	}
	return false
}

func (l Level) String() string { return string(l) }

// Valid reports whether l is a known level.
func (l Level) Valid() bool {
	switch l {
	case LevelGmina, LevelPowiat, LevelVoivodeship, LevelNational:
		return true
	}
	return false
}

// Institution is a partner entity (podmiot): a public body, an NGO or a
// church body that can join the partnership team and sign agreements.
type Institution struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Kind   Kind   `json:"kind"`
	Level  Level  `json:"level,omitempty"`
	TERYT  string `json:"teryt,omitempty"`
	REGON  string `json:"regon,omitempty"`
	NIP    string `json:"nip,omitempty"`
	Sector Sector `json:"sector,omitempty"`
}

// EffectiveLevel returns the institution's level, or its kind's default.
func (in *Institution) EffectiveLevel() Level {
	if in.Level != "" {
		return in.Level
	}
	return in.Kind.DefaultLevel()
}

// EffectiveSector returns the institution's sector, or its kind's default.
func (in *Institution) EffectiveSector() Sector {
	if in.Sector != "" {
		return in.Sector
	}
	return in.Kind.DefaultSector()
}

// checkInstitutions checks each institution's identifiers (id.teryt_invalid
// against its level, id.regon_invalid, id.nip_invalid, each at its field)
// and whether its TERYT lies in the municipality's area
// (institution.outside_area, a warning). Every institution but a national
// one has a TERYT code (the schema requires it): an empty one is invalid.
// The area is checked only when both codes are valid.
func checkInstitutions(ix *Index, f *Findings) {
	muni := ix.P.Municipality.TERYT
	muniValid := CheckTERYT(muni, LevelGmina) == nil
	for i := range ix.P.Institutions {
		in := &ix.P.Institutions[i]
		ip := Path("").Key("institutions").Index(i)
		level := in.EffectiveLevel()
		if (in.TERYT != "" || level != LevelNational) && level.Valid() && (in.Level != "" || in.Kind.Valid()) {
			if err := CheckTERYT(in.TERYT, level); err != nil {
				f.Add(CodeTERYTInvalid, ip.Key("teryt"), idParams(in.TERYT, err)...)
			} else if area := areaOf(muni, level); muniValid && area != "" && area != in.TERYT {
				f.Add(CodeInstitutionOutside, ip.Key("teryt"),
					"institution", label(in.Name, in.ID), "teryt", in.TERYT,
					"municipality", label(ix.P.Municipality.Name, muni), "area", area)
			}
		}
		if in.REGON != "" {
			if err := CheckREGON(in.REGON); err != nil {
				f.Add(CodeREGONInvalid, ip.Key("regon"), idParams(in.REGON, err)...)
			}
		}
		if in.NIP != "" {
			if err := CheckNIP(in.NIP); err != nil {
				f.Add(CodeNIPInvalid, ip.Key("nip"), idParams(in.NIP, err)...)
			}
		}
	}
}

// areaOf returns the part of the municipality's code an institution at level
// must match: the whole code for a gmina, the powiat's 4 digits, the
// voivodeship's 2; "" for a national institution.
func areaOf(muni string, level Level) string {
	switch level {
	case LevelGmina:
		return muni
	case LevelPowiat:
		return PowiatCode(muni)
	case LevelVoivodeship:
		return VoivodeshipCode(muni)
	}
	return ""
}

// idParams are the parameters of an id.* finding: the value, what is wrong
// in both languages (IDError.Describe: "ma złą liczbę cyfr (9 zamiast 10)",
// "it contains spaces or dashes: write 1234567890"), and the canonical digits
// when the value is a valid number written another way.
func idParams(value string, err error) []string {
	params := []string{"value", value}
	var e *IDError
	if !errors.As(err, &e) {
		return params
	}
	en, pl := e.Describe(English), e.Describe(Polish)
	params = append(params, "reason.en", en)
	if pl != en { // a TERYT reason without Polish words leaves the Polish message without one
		params = append(params, "reason.pl", pl)
	}
	if e.Canonical != "" {
		params = append(params, "canonical", e.Canonical)
	}
	return params
}

// idReasons put the reasons of IDError in words for people; a "%" stands
// for the word that follows the English prefix (a code or a digit), and
// "wrong length for level" takes the number of digits wanted.
var idReasons = []struct{ prefix, pl, en string }{
	{"not all digits", "zawiera znaki inne niż cyfry", "it contains characters other than digits"},
	{"a code of level ", "to kod %, a instytucja tego rodzaju działa na szczeblu %: wpisz kod % albo popraw rodzaj instytucji",
		"it is the code of a %, but an institution of this kind works at % level: enter the code of its %, or correct the institution's kind"},
	{"wrong length for level ", "ma złą liczbę cyfr (dla tego szczebla: %)", "it has the wrong number of digits (% for this level)"},
	{"wrong length", "ma złą liczbę cyfr", "it has the wrong number of digits"},
	{"no such voivodeship code ", "nie ma województwa o kodzie %", "there is no voivodeship with code %"},
	{"no such powiat code ", "nie ma powiatu o kodzie %", "there is no powiat with code %"},
	{"no such gmina code ", "nie ma gminy o kodzie %", "there is no gmina with code %"},
	{"type digit ", "ostatnia cyfra % oznacza część gminy, a nie gminę", "the last digit % marks a part of a gmina, not a gmina"},
	{"no such type digit ", "nie ma gminy o typie %", "there is no gmina of type %"},
	{"level national takes no TERYT code", "instytucja krajowa nie ma kodu TERYT", "a national institution has no TERYT code"},
	{"checksum mismatch in the 9-digit prefix", "błędna cyfra kontrolna w pierwszych 9 cyfrach", "the check digit of the first 9 digits is wrong"},
	{"checksum mismatch", "błędna cyfra kontrolna", "the check digit is wrong"},
	{"checksum remainder 10 is never issued", "taki numer nie istnieje (błędna cyfra kontrolna)", "no such number exists (wrong check digit)"},
}

// levelWords are the Polish words of a level in a reason: the unit in the
// genitive (kod gminy) and the adjective in the locative (na szczeblu
// gminnym).
var levelWords = map[string]struct{ genitive, adjective string }{
	"gmina":       {"gminy", "gminnym"},
	"powiat":      {"powiatu", "powiatowym"},
	"voivodeship": {"województwa", "wojewódzkim"},
}

// KindInDoubt reports whether institution id has a TERYT code that is a good
// code of another level than its own (from its kind, or given): its kind or
// level is then likely wrong, which id.teryt_invalid reports, and the rules
// that read the institution's kind (a team without an OPS, a case worker
// outside the OPS) stay silent about it.
func (ix *Index) KindInDoubt(id string) bool {
	in, ok := ix.Institution(id)
	if !ok || in.TERYT == "" {
		return false
	}
	other, ok := LevelOfTERYT(in.TERYT)
	return ok && other != in.EffectiveLevel() && CheckTERYT(in.TERYT, other) == nil
}

func reasonText(en string) (pl, display string) {
	for _, r := range idReasons {
		if !strings.HasPrefix(en, r.prefix) {
			continue
		}
		rest := strings.TrimPrefix(en, r.prefix)
		switch {
		case r.prefix == "a code of level ":
			// "gmina, not of level powiat"
			code, want, _ := strings.Cut(rest, ", not of level ")
			fill := func(s string, words ...string) string {
				for _, w := range words {
					s = strings.Replace(s, "%", w, 1)
				}
				return s
			}
			return fill(r.pl, levelWords[code].genitive, levelWords[want].adjective, levelWords[want].genitive),
				fill(r.en, code, want, want)
		case r.prefix == "wrong length for level ":
			// "gmina (want 7 digits)"
			_, want, _ := strings.Cut(rest, "want ")
			want, _, _ = strings.Cut(want, " ")
			return strings.Replace(r.pl, "%", want, 1), strings.Replace(r.en, "%", want, 1)
		case strings.HasSuffix(r.prefix, " "):
			word, _, _ := strings.Cut(rest, " ")
			return strings.Replace(r.pl, "%", word, 1), strings.Replace(r.en, "%", word, 1)
		case rest == "":
			return r.pl, r.en
		}
	}
	return "", ""
}
