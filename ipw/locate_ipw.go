package ipw

import (
	"strconv"
	"strings"

	"github.com/kooperacja/kooperacja/cooperation"
)

// This file names the places inside an IPW (see Locate in locate.go).

func (l *locator) ipwTitle(x *Plan, i int) string {
	if x != nil && strings.TrimSpace(x.Beneficiary.Pseudonym) != "" {
		return "IPW " + l.quoted(x.Beneficiary.Pseudonym)
	}
	return l.nth("IPW", "IPW", i)
}

// ipwSections are the IPW's own objects, named as items by their labels.
var ipwSections = map[string]bool{
	"caseWorker": true, "beneficiary": true, "qualification": true, "consent": true,
	"diagnosis": true, "period": true, "closure": true,
}

func (l *locator) ipwItem(x *Plan) string {
	if x == nil {
		x = &Plan{}
	}
	sec := l.seg(2)
	switch sec {
	case "beneficiary":
		if l.seg(3) == "members" {
			if j, ok := l.index(4, -1); ok {
				return l.householdMember(x, j)
			}
		}
	case "diagnosis":
		if l.seg(3) == "areas" {
			if j, ok := l.index(4, -1); ok {
				var a Area
				if x.Diagnosis != nil && j < len(x.Diagnosis.Areas) {
					a = x.Diagnosis.Areas[j].Area
				}
				return l.labelled("Obszar diagnozy", "Diagnosis area", areaName(a, l.lang), j)
			}
		}
	case "goals":
		if j, ok := l.index(3, -1); ok {
			title := ""
			if j < len(x.Goals) {
				title = x.Goals[j].Title
			}
			return l.named("Cel", "Goal", title, j)
		}
		return ""
	case "deferredAreas":
		if j, ok := l.index(3, -1); ok {
			var a Area
			if j < len(x.DeferredAreas) {
				a = x.DeferredAreas[j].Area
			}
			return l.labelled("Obszar odroczony", "Deferred area", areaName(a, l.lang), j)
		}
		return ""
	case "actions":
		if j, ok := l.index(3, -1); ok {
			title := ""
			if j < len(x.Actions) {
				title = x.Actions[j].Title
			}
			return l.named("Działanie", "Action", title, j)
		}
		return ""
	case "reviews":
		if j, ok := l.index(3, -1); ok {
			var d Date
			if j < len(x.Reviews) {
				d = x.Reviews[j].Date
			}
			return l.dated("Przegląd", "Review", d, "z", "of", j)
		}
		return ""
	case "suspensions":
		if j, ok := l.index(3, -1); ok {
			var d Date
			if j < len(x.Suspensions) {
				d = x.Suspensions[j].From
			}
			return l.dated("Zawieszenie", "Suspension", d, "od", "from", j)
		}
		return ""
	case "signatures":
		if j, ok := l.index(3, -1); ok {
			name := ""
			if j < len(x.Signatures) {
				name = l.signerName(x, x.Signatures[j].Signer)
			}
			return l.labelled("Podpis", "Signature", name, j)
		}
		return ""
	case "closure":
		if l.seg(3) == "goalOutcomes" && len(l.segs) > 4 {
			title := ""
			for _, g := range x.Goals {
				if g.ID == l.seg(4) {
					title = g.Title
				}
			}
			if title == "" {
				return l.words("Realizacja celu", "Outcome of a goal")
			}
			return l.words("Realizacja celu ", "Outcome of the goal ") + l.quoted(title)
		}
	}
	if ipwSections[sec] {
		return cooperation.FieldLabel(cooperation.Path("/ipws/0").Key(sec), l.lang)
	}
	return ""
}

func (l *locator) householdMember(x *Plan, j int) string {
	if j >= len(x.Beneficiary.Members) {
		return l.nth("Członek rodziny", "Household member", j)
	}
	m := x.Beneficiary.Members[j]
	name := ""
	if m.Role != "" {
		name = m.Role.Label(l.lang)
	}
	if m.BirthYear > 0 {
		if name != "" {
			name += ", "
		}
		name += l.words("ur. ", "born ") + strconv.Itoa(m.BirthYear)
	}
	return l.labelled("Członek rodziny", "Household member", name, j)
}

func (l *locator) signerName(x *Plan, s Signer) string {
	if s.Member != "" {
		for j := range x.Beneficiary.Members {
			if x.Beneficiary.Members[j].ID == s.Member {
				return l.householdMember(x, j)
			}
		}
		return l.words("członek rodziny", "household member")
	}
	if s.Institution != "" {
		name := l.institutionName(s.Institution)
		if s.Name != "" {
			if name != "" {
				return s.Name + " (" + name + ")"
			}
			return s.Name
		}
		return name
	}
	return ""
}

func areaName(a Area, lang cooperation.Lang) string {
	if a == "" {
		return ""
	}
	return a.Label(lang)
}
