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
			return "kod TERYT gminy „" + p.TERYT + "” jest niepoprawny" + reason + "; rekordu nie można przypisać do powiatu ani województwa, więc go nie policzono"
		}
		return "the gmina's TERYT code \"" + p.TERYT + "\" is not valid" + reason + "; the record cannot be placed in a powiat or voivodeship and is not counted"
	case ProblemVariant:
		if pl {
			return "gmina " + who + ": wariant „" + string(p.Variant) + "” nie jest wariantem modelu; rekordu nie policzono"
		}
		return "gmina " + who + ": \"" + string(p.Variant) + "\" is not a variant of the model; the record is not counted"
	case ProblemImplausible:
		if pl {
			return "gmina " + who + ": rekord podaje liczbę, jakiej nie ma żadna gmina (ujemną lub większą niż " + cooperation.FormatInt(MaxFigure, lang) + ", albo średnią lub medianę dni spoza 0–" + cooperation.FormatInt(MaxDays, lang) + "); rekordu nie policzono"
		}
		return "gmina " + who + ": the record states a figure no gmina has (negative, above " + cooperation.FormatInt(MaxFigure, lang) + ", or a mean or median of days outside 0–" + cooperation.FormatInt(MaxDays, lang) + "); the record is not counted"
	case ProblemDuplicate:
		if pl {
			return "gmina " + who + " ma już rekord (" + p.First + "); policzono tamten, ten pominięto"
		}
		return "gmina " + who + " already has a record (" + p.First + "); that one is counted, this one is left out"
	}
	return p.Code
}
