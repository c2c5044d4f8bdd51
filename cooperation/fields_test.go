package cooperation

import "testing"

func TestFieldLabel(t *testing.T) {
	for _, c := range []struct {
		path Path
		lang Lang
		want string
	}{
		{"/agreements/0/scope", Polish, "Zakres współpracy"},
		{"/agreements/0/scope", English, "Scope of cooperation"},
		{"/ipws/0/consent/scope", Polish, "Instytucje, którym wolno przekazać dane"},
		{"/ipws/3/reviews/12/date", Polish, "Data przeglądu"},
		{"/teams/0/meetings/1/date", Polish, "Data spotkania"},
		{"/teams/0/meetings/1/notes", Polish, "Notatki"},
		{"/municipality/population", Polish, "Liczba mieszkańców"},
		{"/municipality/name", Polish, "Nazwa gminy"},
		{"/institutions/2/name", Polish, "Nazwa"},
		{"/asOf", Polish, "Stan na dzień"},
		{"/profile/ipw/minInstitutions", Polish, "Najmniejsza liczba instytucji odpowiedzialnych za działania IPW"},
		{"/profile/team/minInstitutions", Polish, "Najmniejsza liczba instytucji w PZK"},
		{"/ipws/0", Polish, ""},
		{"/ipws/0/actions/1/podpis", Polish, ""},
		{"", Polish, ""},
	} {
		if got := FieldLabel(c.path, c.lang); got != c.want {
			t.Errorf("FieldLabel(%q, %s) = %q, want %q", c.path, c.lang, got, c.want)
		}
	}
}
