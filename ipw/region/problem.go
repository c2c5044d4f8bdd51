package region

import (
	"errors"

	"github.com/kooperacja/kooperacja/cooperation"
)

// The codes of the problems that keep a record out of the report.
const (
	// ProblemTERYT: the municipality's TERYT code is not a gmina's, so the
	// record cannot be placed in a powiat and a voivodeship.
	ProblemTERYT = "region.teryt_invalid"
	// ProblemVariant: the municipality's variant is not one of the model's.
	ProblemVariant = "region.variant_unknown"
	// ProblemDuplicate: the report already holds a record of the
	// municipality (the first one read is counted, not the later one).
	ProblemDuplicate = "region.duplicate"
	// ProblemImplausible: a figure of the record is beyond any gmina's
	// (a count above MaxFigure, a negative number, a mean or median of
	// days outside 0..MaxDays), which would overflow the totals.
	ProblemImplausible = "region.implausible"
)

// The largest figures a record may state: far beyond any gmina's, small
// enough that the totals of any number of records cannot overflow.
const (
	MaxFigure = 1 << 31
	MaxDays   = 1_000_000
)

// Problem is why Aggregator.Add did not count a record.
type Problem struct {
	Code        string
	TERYT, Name string
	// Reason is what is wrong with the TERYT code (ProblemTERYT).
	Reason error
	// Variant is the unknown variant (ProblemVariant).
	Variant cooperation.Variant
	// First is where the record counted for the municipality was read
	// (ProblemDuplicate).
	First string
}

// Message says the problem for people in lang.
func (p *Problem) Message(lang cooperation.Lang) string {
	who := p.Name + " (" + p.TERYT + ")"
	if p.Name == "" {
		who = p.TERYT
	}
	pl := lang != cooperation.English
	switch p.Code {
	case ProblemTERYT:
		reason := ""
		var ide *cooperation.IDError
		if errors.As(p.Reason, &ide) {
			reason = ": " + ide.Describe(lang)
		}
		if pl {
			return "Kod TERYT gminy „" + p.TERYT + "” jest niepoprawny" + reason + ". Rekordu nie można przypisać do powiatu ani województwa, więc go nie policzono; poproś gminę o rekord z poprawnym kodem TERYT."
		}
		return "The municipality's TERYT code \"" + p.TERYT + "\" is not valid" + reason + ". The record cannot be placed in a powiat or voivodeship, so it is not counted; ask the municipality for a record with the right TERYT code."
	case ProblemVariant:
		if pl {
			return "Gmina " + who + ": „" + string(p.Variant) + "” nie jest wariantem modelu kooperacji (wiejski, miejsko-wiejski, miejski), więc rekordu nie policzono; poproś gminę o poprawiony rekord."
		}
		return "Municipality " + who + ": \"" + string(p.Variant) + "\" is not a variant of the cooperation model (rural, urban-rural, urban), so the record is not counted; ask the municipality for a corrected record."
	case ProblemImplausible:
		if pl {
			return "Gmina " + who + ": rekord podaje liczbę niemożliwą w żadnej gminie (ujemną lub większą niż " + cooperation.FormatInt(MaxFigure, lang) + " albo średnią lub medianę dni spoza zakresu 0–" + cooperation.FormatInt(MaxDays, lang) + "), więc go nie policzono; poproś gminę o poprawiony rekord."
		}
		return "Municipality " + who + ": the record states a figure no municipality can have (negative, above " + cooperation.FormatInt(MaxFigure, lang) + ", or a mean or median of days outside 0–" + cooperation.FormatInt(MaxDays, lang) + "), so it is not counted; ask the municipality for a corrected record."
	case ProblemDuplicate:
		if pl {
			return "Gmina " + who + " ma już rekord w zestawieniu (" + p.First + "); policzono tamten, a ten pominięto. Jeśli ten jest nowszy, usuń starszy i utwórz raport ponownie."
		}
		return "Municipality " + who + " already has a record in the report (" + p.First + "); that one is counted and this one is left out. If this one is newer, remove the older one and make the report again."
	}
	return p.Code
}
