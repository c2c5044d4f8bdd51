package cooperation

// Kind is the kind of an institution (podmiot): what it is in Polish public
// administration or civil society. The kind gives the default sector and level.
type Kind string

// The institution kinds of the model (DOMAIN.md §5).
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
