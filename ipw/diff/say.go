package diff

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kooperacja/kooperacja/cooperation"
)

// How a change is told. A message starts with the item ("IPW Rodzina K.",
// "Instytucja „…”", "PZK „…”", an agreement's title in quotes), then names
// the parts down to the one concerned ("działanie d4", "aneks A2, podpis
// (…)"), then says what happened:
//
//	IPW Rodzina K.: działanie d4 — termin przesunięty z 01.03.2026 r. na 15.04.2026 r.
//	„Porozumienie o współpracy…”: aneks A2 dodany — Powiatowy Urząd Pracy w Kielcach przystępuje od 01.02.2026 r.
//	PZK „Partnerski Zespół Kooperacji…”: Komenda Powiatowa Policji w Radomsku odchodzi z dniem 31.05.2026 r.
//
// Names are never declined: a name stands quoted after a head noun
// ("Usługa „Asystent rodziny”"), in parentheses ("podpis (Gmina Masłów)"),
// after a colon, or as the subject of its sentence. Participles agree with
// the gender of the noun they follow ("termin przesunięty", "data
// przesunięta", "działanie dodane").

type text struct{ pl, en string }

// mode is how a sentence joins the names of the item and its parts.
type mode uint8

const (
	// predicate: "{item}: {parts} — {sentence}" (a field changed).
	predicate mode = iota
	// subject: the sentence follows the last part's name: "{item}: {part}
	// dodany — …" (a part added or removed).
	subject
	// own: the sentence stands for the last part's name: "{item}: {name}
	// odchodzi z dniem …".
	own
	// alone: the sentence is the whole message ("Dodano instytucję: …").
	alone
)

func (s *scope) compose(m mode, t string, pl bool) string {
	if m == alone {
		return capitalise(t)
	}
	heads := make([]string, len(s.heads))
	for i, h := range s.heads {
		heads[i] = h.en
		if pl {
			heads[i] = h.pl
		}
	}
	var body string
	switch n := len(heads); {
	case n > 0 && m == subject:
		heads[n-1] += " " + t
		body = strings.Join(heads, ", ")
	case n > 0 && m == own:
		heads[n-1] = t
		body = strings.Join(heads, ", ")
	case n > 0:
		body = strings.Join(heads, ", ") + " — " + t
	default:
		body = t
	}
	if s.head == nil {
		return capitalise(body)
	}
	if pl {
		return s.head.pl + ": " + body
	}
	return s.head.en + ": " + body
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// participle returns a Polish passive participle's stem with the ending
// for g: participle("przesunięt", fem) = "przesunięta".
func participle(stem string, g gender) string { return stem + g.ending() }

// changed records a field's change from a to b (either may be empty), told
// by the field's type.
func (w *walker) changed(f *field, s scope, a, b any) {
	if t, m, ok := w.fieldEvent(f, s, a, b); ok {
		w.emit(s, Changed, a, b, m, t)
		return
	}
	g := f.noun.g
	var t text
	switch {
	case f.secret:
		switch {
		case empty(a):
			t = text{participle("uzupełnion", g), "filled in"}
		case empty(b):
			t = text{participle("usunięt", g), "removed"}
		default:
			t = text{participle("zmienion", g), "changed"}
		}
		t = text{f.noun.pl + " " + t.pl, f.noun.en + " " + t.en}
	case f.t == vDate:
		pa, pb := w.show(f, s, a, cooperation.Polish), w.show(f, s, b, cooperation.Polish)
		ea, eb := w.show(f, s, a, cooperation.English), w.show(f, s, b, cooperation.English)
		switch {
		case empty(a):
			t = text{participle("ustalon", g) + " na " + pb, "set to " + eb}
		case empty(b):
			t = text{participle("usunięt", g) + " (poprzednio " + pa + ")", "removed (was " + ea + ")"}
		default:
			t = text{participle("przesunięt", g) + " z " + pa + " na " + pb, "moved from " + ea + " to " + eb}
		}
		t = text{f.noun.pl + " " + t.pl, f.noun.en + " " + t.en}
	default:
		pa, pb := w.show(f, s, a, cooperation.Polish), w.show(f, s, b, cooperation.Polish)
		ea, eb := w.show(f, s, a, cooperation.English), w.show(f, s, b, cooperation.English)
		if (f.t == vText || f.t == vLong) && !empty(a) && !empty(b) {
			x, y := flat(str(a)), flat(str(b))
			pa, pb, ea, eb = quote(x, cooperation.Polish), quote(y, cooperation.Polish), quote(x, cooperation.English), quote(y, cooperation.English)
		}
		switch {
		case empty(a) && (f.t == vText || f.t == vLong):
			t = text{participle("wpisan", g) + ": " + pb, "set to " + eb}
		case empty(a):
			t = text{participle("ustalon", g) + " na " + pb, "set to " + eb}
		case empty(b):
			t = text{participle("usunięt", g) + " (poprzednio " + pa + ")", "removed (was " + ea + ")"}
		default:
			t = text{participle("zmienion", g) + " z " + pa + " na " + pb, "changed from " + ea + " to " + eb}
		}
		t = text{f.noun.pl + " " + t.pl, f.noun.en + " " + t.en}
	}
	w.emit(s, Changed, a, b, predicate, t)
}

// show writes a value of field f for people, in lang.
func (w *walker) show(f *field, s scope, v any, lang cooperation.Lang) string {
	switch f.t {
	case vDate:
		return date(str(v), lang)
	case vInt:
		n, ok := number(v)
		if !ok {
			return str(v)
		}
		if f.unit != nil {
			return f.unit.Count(n, lang)
		}
		return cooperation.FormatInt(n, lang)
	case vYear:
		return str(v)
	case vBool:
		b, _ := v.(bool)
		switch {
		case b && lang == cooperation.English:
			return quote("yes", lang)
		case b:
			return quote("tak", lang)
		case lang == cooperation.English:
			return quote("no", lang)
		}
		return quote("nie", lang)
	case vEnum:
		return quote(label(f.set, str(v), lang), lang)
	case vRef:
		return quote(w.refName(f.ref, s, str(v), lang), lang)
	case vActor:
		return quote(w.actor(s, asMap(v), lang), lang)
	}
	return quote(flat(str(v)), lang)
}

// showAll writes the values of a set, in their order.
func (w *walker) showAll(f *field, s scope, vs []any, lang cooperation.Lang) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		if f.set != "" {
			out[i] = quote(label(f.set, str(v), lang), lang)
		} else {
			out[i] = quote(w.refName(f.ref, s, str(v), lang), lang)
		}
	}
	return strings.Join(out, ", ")
}

// refName returns the name of what id refers to.
func (w *walker) refName(k refKind, s scope, id string, lang cooperation.Lang) string {
	switch k {
	case refHousehold:
		if s.plan != nil {
			return s.plan.member(id, lang)
		}
	case refGoal:
		return id
	}
	return w.names.of(k, id)
}

// actor names who is responsible for an action or signed an IPW: an
// institution (and the person who signed for it), or a household member.
func (w *walker) actor(s scope, v map[string]any, lang cooperation.Lang) string {
	if m := str(v["member"]); m != "" {
		who := m
		if s.plan != nil {
			if r := s.plan.role(m); r != "" {
				who += ", " + label("memberRole", r, lang)
			}
		}
		if lang == cooperation.English {
			return "household member " + who
		}
		return "członek rodziny " + who
	}
	inst := w.names.of(refInstitution, str(v["institution"]))
	if name := str(v["name"]); name != "" {
		return name + ", " + inst
	}
	return inst
}

func number(v any) (int, bool) {
	n, err := strconv.Atoi(str(v))
	return n, err == nil
}

// date writes an ISO date for people; what is not a date is written as it
// is.
func date(s string, lang cooperation.Lang) string {
	d, err := cooperation.ParseDate(s)
	if err != nil {
		return s
	}
	return d.Format(lang)
}

// quote quotes s: „…” in Polish, "…" in English. Quotes within s become
// the inner quotes of each language: «…» in Polish, '…' in English.
func quote(s string, lang cooperation.Lang) string {
	if lang == cooperation.English {
		return `"` + strings.ReplaceAll(s, `"`, "'") + `"`
	}
	if strings.ContainsAny(s, "„”") {
		s = strings.NewReplacer("„", "«", "”", "»").Replace(s)
	}
	return "„" + s + "”"
}

// flat writes a text on one line for a message: its whitespace collapsed,
// never cut, so that the message says the whole of what changed.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// sayJSON tells a change of free-form JSON (the extensions, or a field the
// bundle's shape does not know).
func (w *walker) sayJSON(s scope, op Op, a, b any) text {
	show := func(v any, lang cooperation.Lang) string {
		if s, ok := v.(string); ok {
			return quote(flat(s), lang)
		}
		return flat(str(v))
	}
	xp, yp, xe, ye := show(a, pl), show(b, pl), show(a, en), show(b, en)
	if s.field == "" && s.item.Kind == KindExtensions {
		switch op {
		case Added:
			return text{"dodano rozszerzenia", "extensions added"}
		case Removed:
			return text{"usunięto rozszerzenia", "extensions removed"}
		}
		return text{"zmieniono rozszerzenia z " + xp + " na " + yp, "extensions changed from " + xe + " to " + ye}
	}
	np, ne := quote(s.field, pl), quote(s.field, en)
	switch op {
	case Added:
		return text{"pole " + np + " dodane: " + yp, "field " + ne + " added: " + ye}
	case Removed:
		return text{"pole " + np + " usunięte (poprzednio " + xp + ")", "field " + ne + " removed (was " + xe + ")"}
	}
	return text{"pole " + np + " zmienione z " + xp + " na " + yp, "field " + ne + " changed from " + xe + " to " + ye}
}
