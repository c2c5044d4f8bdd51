package document

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/ipw"
)

// TestMinimisation checks that each document holds only the data it needs
// (data minimisation, GDPR art. 5(1)(c)): the family's consent names the
// institutions and the scope, never the diagnosis; the IPW prints the plan,
// not the descriptions of the diagnosis; no document prints a PESEL; the
// partnership's documents name no family. Every example is checked, with a
// PESEL added to every household member.
func TestMinimisation(t *testing.T) {
	for _, name := range []string{"rural", "urban_rural", "urban"} {
		b := example(t, name)
		for i := range b.IPWs {
			for j := range b.IPWs[i].Beneficiary.Members {
				b.IPWs[i].Beneficiary.Members[j].PESEL = pesel(1980+j, j+1, 10+i)
			}
		}
		s, err := New(b)
		if err != nil {
			t.Fatal(err)
		}
		docs, refused := s.All()
		for _, r := range refused {
			t.Fatalf("%s: %v", name, r)
		}
		for _, d := range docs {
			html, text := render(t, d)
			forbidden := func(what string, values ...string) {
				for _, v := range values {
					if strings.TrimSpace(v) == "" {
						continue
					}
					if strings.Contains(text, v) || strings.Contains(html, escapeHTML("html", v)) {
						t.Errorf("%s %s %s holds %s: %q", name, d.Kind, d.ID, what, v)
					}
				}
			}
			required := func(what string, values ...string) {
				for _, v := range values {
					if !strings.Contains(text, v) {
						t.Errorf("%s %s %s lacks %s: %q", name, d.Kind, d.ID, what, v)
					}
				}
			}
			mine := map[string]bool{} // texts of the document's own IPW
			for i := range b.IPWs {
				if p := &b.IPWs[i]; d.ID == p.ID || strings.HasPrefix(d.ID, p.ID+"/") {
					for _, v := range secretsOf(p).all() {
						mine[v] = true
					}
				}
			}
			for i := range b.IPWs {
				p := &b.IPWs[i]
				s := secretsOf(p)
				forbidden("a PESEL", s.pesel...)
				own := d.ID == p.ID || strings.HasPrefix(d.ID, p.ID+"/")
				switch {
				case !own:
					var others []string
					for _, v := range s.all() {
						if !mine[v] && len([]rune(v)) >= 20 { // short texts ("Brak.") recur by chance
							others = append(others, v)
						}
					}
					if d.Kind != Team || !strings.Contains(d.Title, p.Beneficiary.Pseudonym) { // a case team may be named after its family
						others = append(others, p.Beneficiary.Pseudonym)
					}
					forbidden("another family's pseudonym or plan", others...)
				case d.Kind == Consent:
					forbidden("the diagnosis", s.facets...)
					forbidden("the qualification notes", s.qualification...)
					forbidden("the plan", append(append(s.goals, s.actions...), s.deferred...)...)
					forbidden("review notes or the closure", append(s.reviews, s.closure...)...)
					forbidden("a birth year", s.birthYears...)
					for _, id := range p.Consent.Scope {
						in, _ := s.institution(b, id)
						required("an institution of the scope", in)
					}
				case d.Kind == Diagnosis:
					forbidden("the plan", append(s.goals, s.actions...)...)
					forbidden("review notes or the closure", append(s.reviews, s.closure...)...)
				case d.Kind == IPW:
					forbidden("the diagnosis", s.facets...)
					forbidden("the qualification notes", s.qualification...)
					forbidden("review notes or the closure", append(s.reviews, s.closure...)...)
					forbidden("a birth year", s.birthYears...)
				case d.Kind == Review:
					forbidden("the diagnosis", s.facets...)
					forbidden("the qualification notes", s.qualification...)
					forbidden("the closure", s.closure...)
				case d.Kind == Closure:
					forbidden("the diagnosis", s.facets...)
					forbidden("the qualification notes", s.qualification...)
					forbidden("review notes", s.reviews...)
				}
			}
			if d.Kind == Team {
				for _, tm := range b.Teams {
					for _, m := range tm.Meetings {
						forbidden("a meeting's notes", m.Notes)
					}
				}
			}
		}
	}
}

// secrets are the texts of one IPW, by part.
type secrets struct {
	pesel, birthYears, qualification, facets, goals, actions, deferred, reviews, closure []string
}

func (s secrets) all() []string {
	var out []string
	for _, part := range [][]string{s.qualification, s.facets, s.goals, s.actions, s.deferred, s.reviews, s.closure} {
		out = append(out, part...)
	}
	return out
}

func (secrets) institution(b *ipw.Bundle, id string) (string, bool) {
	for _, in := range b.Institutions {
		if in.ID == id {
			return in.Name, true
		}
	}
	return id, false
}

func secretsOf(p *ipw.Plan) secrets {
	var s secrets
	for _, m := range p.Beneficiary.Members {
		s.pesel = append(s.pesel, m.PESEL)
		s.birthYears = append(s.birthYears, "ur. "+strconv.Itoa(m.BirthYear), ">"+strconv.Itoa(m.BirthYear)+"<", "| "+strconv.Itoa(m.BirthYear))
	}
	if q := p.Qualification; q != nil {
		s.qualification = append(s.qualification, q.Notes)
	}
	if d := p.Diagnosis; d != nil {
		for _, a := range d.Areas {
			s.facets = append(s.facets, a.Causes, a.Strengths, a.Weaknesses, a.Resources, a.Deficits, a.Expectations, a.Needs)
		}
	}
	for _, g := range p.Goals {
		s.goals = append(s.goals, g.Title, g.Measure, g.Target)
	}
	for _, a := range p.Actions {
		s.actions = append(s.actions, a.Title)
	}
	for _, d := range p.DeferredAreas {
		s.deferred = append(s.deferred, d.Reason)
	}
	for _, r := range p.Reviews {
		s.reviews = append(s.reviews, r.Notes)
	}
	if c := p.Closure; c != nil {
		s.closure = append(s.closure, c.Summary)
	}
	return s
}

// render writes d as HTML and as the texts of its DOCX and ODT files, one
// after the other.
func render(t *testing.T, d *Document) (html, text string) {
	t.Helper()
	var h, x, o bytes.Buffer
	if err := d.WriteHTML(&h); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteDOCX(&x); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteODT(&o); err != nil {
		t.Fatal(err)
	}
	text, err := docxText(x.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	otext, err := odtFileText(o.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return h.String(), text + otext
}

// pesel makes a valid PESEL for a birth date in the 1900s or 2000s.
func pesel(year, month, day int) string {
	if year >= 2000 {
		month += 20
	}
	s := strconv.Itoa(year%100 + 100)[1:] + strconv.Itoa(month + 100)[1:] + strconv.Itoa(day + 100)[1:] + "0123"
	weights := []int{1, 3, 7, 9, 1, 3, 7, 9, 1, 3}
	sum := 0
	for i, w := range weights {
		sum += int(s[i]-'0') * w
	}
	return s + strconv.Itoa((10-sum%10)%10)
}
