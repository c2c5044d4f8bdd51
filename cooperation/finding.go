package cooperation

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Severity says how much a finding matters. A document is valid when it has
// no finding of severity error. SeverityOff is used only in profiles, to
// switch a rule off.
type Severity string

// The severities.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
	SeverityOff     Severity = "off"
)

func (s Severity) String() string { return string(s) }

// Valid reports whether s is a known severity (off included).
func (s Severity) Valid() bool {
	return s == SeverityError || s == SeverityWarning || s == SeverityInfo || s == SeverityOff
}

// Lang is the language of messages: Polish or English.
type Lang string

// The languages of messages.
const (
	Polish  Lang = "pl"
	English Lang = "en"
)

// Valid reports whether l is pl or en.
func (l Lang) Valid() bool { return l == Polish || l == English }

// Finding is one problem found in a document: a stable code, a severity, a
// JSON Pointer to the most specific element concerned, a message for people
// and the values that appear in the message.
type Finding struct {
	Code     Code              `json:"code"`
	Severity Severity          `json:"severity"`
	Path     Path              `json:"path"`
	Message  string            `json:"message"`
	Params   map[string]string `json:"params,omitempty"`
}

// Findings collects findings while rules run. Rules add findings with a code,
// a path and parameters; severity and message are filled in by Finish from
// the catalogue and the profile. A rule may set a severity explicitly (for
// example info for the missing sections of a draft IPW) with AddAs.
type Findings struct {
	list []Finding
}

// Add records a finding of code at path. params are name, value pairs that
// fill the message template, e.g. Add(CodeTeamTooSmall, p, "count", "3", "min", "4").
func (fs *Findings) Add(code Code, path Path, params ...string) {
	fs.AddAs(code, "", path, params...)
}

// AddAs records a finding with an explicit severity; "" means the rule's
// severity from the profile.
func (fs *Findings) AddAs(code Code, severity Severity, path Path, params ...string) {
	f := Finding{Code: code, Severity: severity, Path: path}
	if len(params) > 0 {
		f.Params = make(map[string]string, len(params)/2)
		for i := 0; i+1 < len(params); i += 2 {
			name, v := params[i], params[i+1]
			cut, more := shorten(v)
			switch {
			case more == 0:
				f.Params[name] = v
			case strings.HasSuffix(name, ".pl"):
				f.Params[name] = cut + leftOut(more, Polish)
			case strings.HasSuffix(name, ".en"):
				f.Params[name] = cut + leftOut(more, English)
			default: // the value as it is cut, and in each language saying so
				f.Params[name] = cut
				f.Params[name+".pl"] = cut + leftOut(more, Polish)
				f.Params[name+".en"] = cut + leftOut(more, English)
			}
		}
	}
	fs.list = append(fs.list, f)
}

// maxParamRunes bounds a parameter's length: a value taken from the input
// (an id, a property name, a date that is not one) may be megabytes long,
// and a message should quote it, not carry it back whole. A longer value is
// cut at the last space before the bound (mid-word only when a word is
// longer than half the bound), and the message says in words how much is
// left out ("(i jeszcze 4 800 znaków)", "(and 4,800 more characters)"):
// no message ends in an ellipsis. The path stays exact. Lists are
// shortened by items before they get here (JoinItems).
const maxParamRunes = 200

// characters counts what a cut value leaves out.
var characters = Noun{"znak", "znaki", "znaków", "character", "characters"}

// leftOut says how many characters a cut value leaves out.
func leftOut(n int, lang Lang) string {
	if lang == English {
		return " (and " + FormatInt(n, lang) + nbsp + "more " + characters.Form(n, lang) + ")"
	}
	return " (i jeszcze " + characters.Count(n, lang) + ")"
}

// shorten cuts v to the bound and returns what is kept and how many
// characters are left out (0: v is whole).
func shorten(v string) (string, int) {
	if len(v) <= maxParamRunes {
		return v, 0
	}
	n, lastSpace := 0, -1
	for i, r := range v {
		if n == maxParamRunes {
			if lastSpace > len(v[:i])/2 {
				i = lastSpace
			}
			kept := strings.TrimRight(v[:i], " ,;:")
			return kept, utf8.RuneCountInString(v) - utf8.RuneCountInString(kept)
		}
		if r == ' ' {
			lastSpace = i
		}
		n++
	}
	return v, 0
}

// JoinItems joins the items of a list for a message with sep: every item
// when there are at most max of them, else the first max and how many more
// there are, counted with the noun named more ("gap", "party", "sector",
// "facet", "institution", …: "a; b – i jeszcze 2 braki", "a; b – and 2
// more gaps"). Messages shorten lists this way, by items, never in the
// middle of a word.
func JoinItems(items []string, sep string, max int, more string, lang Lang) string {
	noun, ok := nouns[more]
	if !ok {
		noun = Noun{"element", "elementy", "elementów", "item", "items"}
	}
	if max < 1 {
		max = 1
	}
	if len(items) <= max {
		return strings.Join(items, sep)
	}
	rest := len(items) - max
	if lang == English {
		return strings.Join(items[:max], sep) + " – and " + FormatInt(rest, lang) + nbsp + "more " + noun.Form(rest, lang)
	}
	return strings.Join(items[:max], sep) + " – i jeszcze " + noun.Count(rest, lang)
}

// Append adds findings that are already complete.
func (fs *Findings) Append(more ...Finding) { fs.list = append(fs.list, more...) }

// Len returns the number of findings recorded so far.
func (fs *Findings) Len() int { return len(fs.list) }

// Raw returns the findings as recorded, unsorted and without messages.
func (fs *Findings) Raw() []Finding { return fs.list }

// Finish resolves every finding's severity from settings (dropping those
// whose rule is off), renders its message in lang and returns them sorted.
func (fs *Findings) Finish(settings Settings, lang Lang) []Finding {
	out := make([]Finding, 0, len(fs.list))
	for _, f := range fs.list {
		sev := settings.SeverityOf(f.Code)
		if sev == SeverityOff {
			continue
		}
		if f.Severity == "" {
			f.Severity = sev
		}
		f.Message = Message(f.Code, lang, f.Params)
		out = append(out, f)
	}
	SortFindings(out)
	return out
}

// SortFindings sorts findings by path, then code, then message, which makes
// every output of the library stable.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if c := ComparePaths(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.Code), string(b.Code)); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

// Count returns how many of fs have each severity.
func Count(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case SeverityError:
			errors++
		case SeverityWarning:
			warnings++
		case SeverityInfo:
			infos++
		}
	}
	return errors, warnings, infos
}

// HasErrors reports whether any finding is an error.
func HasErrors(fs []Finding) bool {
	e, _, _ := Count(fs)
	return e > 0
}

// Message renders the message of code in lang with params substituted for
// their {name} placeholders (see Rule). Unknown codes render as the code.
func Message(code Code, lang Lang, params map[string]string) string {
	r, ok := Lookup(code)
	if !ok {
		return string(code)
	}
	tmpl := r.English
	if lang == Polish {
		tmpl = r.Polish
	}
	out, _ := expand(tmpl, lang, params)
	// A date that ends a sentence ends it with its own "r.".
	return strings.ReplaceAll(out, nbsp+"r..", nbsp+"r.")
}

// expand fills {name} placeholders, preferring "name.<lang>" over "name",
// and drops [optional] parts with a missing parameter. It reports whether
// every placeholder outside optional parts was filled. A placeholder may
// name a form, {name:form}, which writes the parameter for people in lang
// (see Rule); a value the form cannot read is written as it is.
func expand(tmpl string, lang Lang, params map[string]string) (string, bool) {
	var b strings.Builder
	complete := true
	for len(tmpl) > 0 {
		switch c := tmpl[0]; c {
		case '[':
			end := strings.IndexByte(tmpl, ']')
			if end < 0 {
				b.WriteString(tmpl)
				return b.String(), complete
			}
			first, second, alt := strings.Cut(tmpl[1:end], "|")
			if inner, ok := expand(first, lang, params); ok {
				b.WriteString(inner)
			} else if alt {
				inner, _ := expand(second, lang, params)
				b.WriteString(inner)
			}
			tmpl = tmpl[end+1:]
		case '{':
			end := strings.IndexByte(tmpl, '}')
			if end < 0 {
				b.WriteString(tmpl)
				return b.String(), complete
			}
			name, form, _ := strings.Cut(tmpl[1:end], ":")
			if v, ok := lookupParam(params, name, lang); ok && isCaseForm(form) {
				kind, _ := lookupParam(params, name+"Kind", lang)
				b.WriteString(headed(v, kind, form, lang))
			} else if ok {
				b.WriteString(display(v, form, lang))
			} else {
				b.WriteString(tmpl[:end+1])
				complete = false
			}
			tmpl = tmpl[end+1:]
		default:
			next := strings.IndexAny(tmpl, "[{")
			if next < 0 {
				next = len(tmpl)
			}
			b.WriteString(tmpl[:next])
			tmpl = tmpl[next:]
		}
	}
	return b.String(), complete
}

func lookupParam(params map[string]string, name string, lang Lang) (string, bool) {
	base := strings.TrimSuffix(strings.TrimSuffix(name, ".pl"), ".en")
	if v, ok := params[base+"."+string(lang)]; ok {
		return v, true
	}
	if v, ok := params[name]; ok {
		return v, true
	}
	v, ok := params[base]
	return v, ok
}

// display writes a parameter's value in a form for people ("if" writes
// nothing: it makes an optional part depend on the parameter): "date" an ISO
// date (16.11.2026 r.), "int" a number (45 000), "yearmonth" a YYYY-MM
// month (wrzesień 2026), "size" a number of bytes in the unit people
// know (16 MiB, 512 KiB, 100 bajtów), and a noun of the catalogue a count with that noun in the
// right form (1 dzień, 5 dni). The parameters themselves stay ISO dates and
// plain numbers.
func display(v, form string, lang Lang) string {
	if form == "" {
		return v
	}
	switch form {
	case "if":
		return "" // the part is shown when the parameter is given, without it
	case "date":
		if d, err := ParseDate(v); err == nil {
			return d.Format(lang)
		}
		return v
	case "yearmonth":
		if len(v) == 7 && v[4] == '-' {
			y, err1 := strconv.Atoi(v[:4])
			m, err2 := strconv.Atoi(v[5:])
			if err1 == nil && err2 == nil && m >= 1 && m <= 12 {
				return FormatMonth(y, time.Month(m), lang)
			}
		}
		return v
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return v
	}
	if form == "int" {
		return FormatInt(n, lang)
	}
	if form == "size" {
		return formatSize(n, lang)
	}
	if noun, ok := nouns[form]; ok {
		return noun.Count(n, lang)
	}
	return v
}

// formatSize writes a number of bytes in MiB or KiB when it is a whole
// number of them, else in bytes.
func formatSize(n int, lang Lang) string {
	switch {
	case n > 0 && n%(1<<20) == 0:
		return FormatInt(n>>20, lang) + "\u00a0MiB"
	case n > 0 && n%(1<<10) == 0:
		return FormatInt(n>>10, lang) + "\u00a0KiB"
	}
	return nouns["byte"].Count(n, lang)
}
