package region

import (
	"strconv"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/ipw/monitor"
)

// The forms in which the report writes sums and rates for people (HTML)
// and for programs (CSV). A withheld figure is never written as a number
// alone: a person reads a range (0–2, 120–126, ≥ 120) or "< 3", a program
// reads low..high with an empty high when unbounded.

// people writes a Sum for people: the number when exact; in a
// municipality's row (one record) "< T" for a count withheld as fewer than
// T, "utajniona"/"withheld" for one withheld with no bound; in a total the
// range "low–high", or "≥ low" when unbounded, but "utajniona" when that
// low is 0: "≥ 0" tells a person nothing.
func people(s Sum, lang cooperation.Lang) string {
	high, bounded := s.High()
	switch {
	case s.Exact():
		return cooperation.FormatInt(s.Low, lang)
	case s.Withheld == 1 && s.Low == 0 && bounded:
		return "<\u00a0" + cooperation.FormatInt(high+1, lang)
	case s.Low == 0 && !bounded:
		return word(wWithheld, lang)
	case bounded:
		return cooperation.FormatInt(s.Low, lang) + "–" + cooperation.FormatInt(high, lang)
	}
	return "≥\u00a0" + cooperation.FormatInt(s.Low, lang)
}

// peopleRate writes a Rate for people: "81,4 %", "78,0–83,1 %", or "–"
// when there is nothing to divide.
func peopleRate(r Rate, lang cooperation.Lang) string {
	switch {
	case r.Value != nil:
		return cooperation.FormatPercent(*r.Value, 1, lang)
	case r.Low == nil || r.High == nil:
		return "–"
	}
	return cooperation.FormatDecimal(*r.Low*100, 1, lang) + "–" + cooperation.FormatPercent(*r.High, 1, lang)
}

// peopleMean writes a mean with one decimal, "–" when there is none.
func peopleMean(v *float64, lang cooperation.Lang) string {
	if v == nil {
		return "–"
	}
	return cooperation.FormatDecimal(*v, 1, lang)
}

// csvSum writes a Sum for programs: "123" when exact, "low..high" when
// withheld cells stand behind it, "low.." when one has no bound.
func csvSum(s Sum) string {
	if s.Exact() {
		return strconv.Itoa(s.Low)
	}
	high, ok := s.High()
	if !ok {
		return strconv.Itoa(s.Low) + ".."
	}
	return strconv.Itoa(s.Low) + ".." + strconv.Itoa(high)
}

// csvRate writes a Rate for programs: "0.8140", "0.7800..0.8310", or ""
// when there is nothing to divide.
func csvRate(r Rate) string {
	switch {
	case r.Value != nil:
		return csvFloat(r.Value)
	case r.Low == nil || r.High == nil:
		return ""
	}
	return csvFloat(r.Low) + ".." + csvFloat(r.High)
}

// csvFloat writes a number with four decimals, "" for none.
func csvFloat(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', 4, 64)
}

func csvInt(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

// kindLabel names the owner of actions: an institution kind, or the
// family.
func kindLabel(kind string, lang cooperation.Lang) string {
	if kind == monitor.OwnerFamily {
		return word(wFamily, lang)
	}
	return cooperation.Kind(kind).Label(lang)
}

// groupName names a group for people: a variant by its label, a
// voivodeship by its name, a powiat by its code and voivodeship.
func groupName(level string, g Group, lang cooperation.Lang) string {
	switch level {
	case levelVariant:
		return cooperation.Variant(g.Code).Label(lang)
	case levelVoivodeship:
		return g.Name + " (" + g.Code + ")"
	case levelPowiat:
		name, _ := cooperation.VoivodeshipName(g.Code)
		return word(wPowiat, lang) + " " + g.Code + " (" + name + ")"
	}
	return word(wTotal, lang)
}

// The levels of the CSV's rows.
const (
	levelGmina       = "gmina"
	levelPowiat      = "powiat"
	levelVoivodeship = "voivodeship"
	levelVariant     = "variant"
	levelTotal       = "total"
)
