package wasm_test

import (
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/wasm"
)

// call runs fn and returns its result as a JavaScript caller sees it, or
// fails the test.
func call(t *testing.T, fn string, args ...wasm.Arg) any {
	t.Helper()
	v := decode(t, wasm.Call(fn, args))
	if v["ok"] != true {
		t.Fatalf("%s failed: %v", fn, v["error"])
	}
	return v["result"]
}

// A rural bundle with a half-typed date in an IPW's action.
func halfFilled(t *testing.T) string {
	text := read(t, "../examples/rural.json")
	return strings.Replace(text, `"start": "2026-04-07",`, `"start": "2026-4",`, 1)
}

func TestValidatePlaces(t *testing.T) {
	text := halfFilled(t)
	v := call(t, "validate", wasm.Text(text), wasm.JSON(`{"lang":"pl","places":true}`)).(map[string]any)
	fs, ps := v["findings"].([]any), v["places"].([]any)
	if len(fs) == 0 || len(ps) != len(fs) {
		t.Fatalf("validate gave %d findings and %d places", len(fs), len(ps))
	}
	p := ps[0].(map[string]any)
	if p["part"] != "/ipws/0" || !strings.HasPrefix(p["title"].(string), "IPW „") || !strings.HasPrefix(p["item"].(string), "Działanie „") {
		t.Errorf("places[0] = %v, want the first IPW's action by name", p)
	}
	// Without places: true there are none.
	v = call(t, "validate", wasm.Text(text), wasm.JSON(`{"lang":"pl"}`)).(map[string]any)
	if _, has := v["places"]; has {
		t.Error("validate named places without being asked")
	}
}

func TestNewItemCall(t *testing.T) {
	text := halfFilled(t)
	item := call(t, "newItem", wasm.Text(text), wasm.Text("/ipws/0/actions"), wasm.Arg{}, wasm.Arg{}).(map[string]any)
	if item["id"] != "d13" || item["status"] != "planned" {
		t.Errorf("newItem(/ipws/0/actions) = %v", item)
	}
	decl := call(t, "newItem", wasm.Text(text), wasm.Text("/agreements"), wasm.Text("declaration")).(map[string]any)
	if decl["kind"] != "accession_declaration" {
		t.Errorf("newItem(/agreements, declaration) = %v", decl)
	}
	r := wasm.Call("newItem", []wasm.Arg{wasm.Text(text), wasm.Text("/municipality")})
	if r.OK || !strings.Contains(r.Error.Message, "no item") {
		t.Errorf("newItem(/municipality) = %+v, want an error", r)
	}
	if r := wasm.Call("newItem", []wasm.Arg{wasm.Text(`[]`), wasm.Text("/ipws")}); r.OK {
		t.Errorf("newItem on an array = %+v, want an error", r)
	}
}

func TestVariantCall(t *testing.T) {
	v := call(t, "variant", wasm.JSON(`{"teryt":"1008011","population":45000}`)).(map[string]any)
	if v["variant"] != "urban" {
		t.Errorf("variant(Radomsko) = %v", v)
	}
	v = call(t, "variant", wasm.JSON(`{"teryt":"12"}`), wasm.JSON(`{"lang":"en"}`)).(map[string]any)
	if v["variant"] != nil || !strings.Contains(v["message"].(string), "TERYT") {
		t.Errorf("variant(12) = %v, want a message", v)
	}
}

func TestPlansCall(t *testing.T) {
	v := call(t, "plans", wasm.Text(read(t, "../examples/rural.json")), wasm.JSON(`{"asOf":"2026-11-16"}`)).(map[string]any)
	ps := v["plans"].([]any)
	if v["day"] != "2026-11-16" {
		t.Errorf("plans day = %v", v["day"])
	}
	if len(ps) != 2 {
		t.Fatalf("plans = %v", ps)
	}
	p := ps[0].(map[string]any)
	if p["id"] != "ipw-2026-01" || p["status"] != "in_progress" || p["plannedEnd"] != "2027-03-31" {
		t.Errorf("plans[0] = %v", p)
	}
}

func TestNormalizeCall(t *testing.T) {
	for _, c := range []struct{ at, value, want, kind string }{
		{"/institutions/0/nip", "PL 526-104-08-28", "5261040828", "nip"},
		{"/institutions/3/regon", " 012 345 678 ", " 012 345 678 ", "regon"}, // not a REGON: as typed
		{"/institutions/3/regon", "123-456-785", "123456785", "regon"},
		{"/ipws/0/beneficiary/members/1/pesel", "850101 12345", "85010112345", "pesel"},
		{"/ipws/0/beneficiary/members/1/pesel", "851301 12345", "851301 12345", "pesel"}, // no 13th month
		{"/institutions/0/name", "PL 526-104-08-28", "PL 526-104-08-28", ""},
	} {
		v := call(t, "normalize", wasm.Text(c.at), wasm.Text(c.value)).(map[string]any)
		kind, _ := v["kind"].(string)
		if v["value"] != c.want || v["changed"] != (c.want != c.value) || kind != c.kind {
			t.Errorf("normalize(%s, %q) = %v, want %q (%s)", c.at, c.value, v, c.want, c.kind)
		}
	}
}

func TestProfileCall(t *testing.T) {
	v := call(t, "profile", wasm.Text(read(t, "../examples/urban.json")), wasm.JSON(`{"lang":"en","profile":{"ipw":{"reviewMaxGapDays":60}}}`)).(map[string]any)
	found := false
	for _, s := range v["settings"].([]any) {
		s := s.(map[string]any)
		if s["key"] == "ipw.reviewMaxGapDays" {
			found = true
			if s["default"] != 92.0 || s["value"] != 60.0 || s["help"] == "" {
				t.Errorf("ipw.reviewMaxGapDays = %v", s)
			}
		}
		if s["key"] == "team.caseTeamKind" && s["default"] != "zzk" {
			t.Errorf("urban case team = %v", s)
		}
	}
	if !found || len(v["severities"].([]any)) < 50 {
		t.Errorf("profile = %v", v)
	}
}

func TestPartnerLeavesCall(t *testing.T) {
	v := call(t, "partnerLeaves", wasm.Text(read(t, "../examples/rural.json")), wasm.Text("sp-maslow"), wasm.Text("2026-11-20")).(map[string]any)
	if len(v["notices"].([]any)) != 1 || len(v["affected"].([]any)) != 1 {
		t.Errorf("partnerLeaves = notices %v, affected %v", v["notices"], v["affected"])
	}
	for _, args := range [][]wasm.Arg{
		{wasm.Text(read(t, "../examples/rural.json")), wasm.Text("nobody"), wasm.Text("2026-11-20")},
		{wasm.Text(read(t, "../examples/rural.json")), wasm.Text("sp-maslow"), wasm.Text("20.11.2026")},
	} {
		if r := wasm.Call("partnerLeaves", args); r.OK {
			t.Errorf("partnerLeaves(%s, %s) = ok", args[1].Text, args[2].Text)
		}
	}
}
