package msgcheck

import (
	"strings"
	"testing"

	"github.com/kooperacja/kooperacja/cooperation"
)

func TestProblems(t *testing.T) {
	names := Names{
		Quoted: []string{"Partnerski Zespół Kooperacji Gminy Masłów", "Rodzina A."},
		Placed: []string{"Masłów", "Gminny Ośrodek Pomocy Społecznej w Masłowie", "Powiat Kielecki"},
		IDs:    []string{"gops-maslow"},
	}
	for _, c := range []struct {
		text string
		lang cooperation.Lang
		want string // "" for none
	}{
		{"Zespół „Partnerski Zespół Kooperacji Gminy Masłów” nie ma lidera.", cooperation.Polish, ""},
		{"Brakuje podpisu w imieniu: Gminny Ośrodek Pomocy Społecznej w Masłowie, Powiat Kielecki.", cooperation.Polish, ""},
		{"Gminny Ośrodek Pomocy Społecznej w Masłowie, grudzień 2025: 1", cooperation.Polish, ""},
		{"Rodzina A.: 2 działania", cooperation.Polish, ""},
		{"Do zespołu Partnerski Zespół Kooperacji Gminy Masłów należy …", cooperation.Polish, "inflection"},
		{"Za działanie odpowiada Gminny Ośrodek Pomocy Społecznej w Masłowie.", cooperation.Polish, "inflection"},
		{"Instytucja gops-maslow nie ma podpisu.", cooperation.Polish, "internal id"},
		{"Identyfikator „gops-maslow” jest zajęty.", cooperation.Polish, ""},
		{"Termin 2026-11-16 minął.", cooperation.Polish, "ISO date"},
		{"Błąd w /ipws/0/actions.", cooperation.Polish, "JSON Pointer"},
		{"Rola case_worker jest pusta.", cooperation.Polish, "a code"},
		{"Brak pola schemaVersion.", cooperation.Polish, "JSON name"},
		{"Profil (team.minSectors) wymaga więcej.", cooperation.Polish, "JSON name"},
		{"Za 1\u00a0dni.", cooperation.Polish, "wrong plural"},
		{"In 2\u00a0day.", cooperation.English, "wrong plural"},
		{"Zespół ma 5 spotkania.", cooperation.Polish, "wrong plural"},
		{"Zespół ma 22\u00a0spotkania i 1 przegląd.", cooperation.Polish, ""},
		{"Zespół the team.", cooperation.Polish, "other language"},
		{"The team nie ma lidera.", cooperation.English, "other language"},
		{"Zostało {days} dni.", cooperation.Polish, "placeholder"},
	} {
		got := strings.Join(Problems(c.text, c.lang, names), "; ")
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("Problems(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestSentence(t *testing.T) {
	for _, c := range []struct{ msg, want string }{
		{"Zespół nie ma lidera. Nadaj rolę lidera.", ""},
		{"zespół nie ma lidera.", "lower-case"},
		{"Zespół nie ma lidera", "final period"},
		{"Zespół nie ma lidera .", "stray"},
		{"Zespół () nie ma lidera.", "stray"},
	} {
		got := strings.Join(Sentence(c.msg), "; ")
		if c.want == "" && got != "" || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("Sentence(%q) = %q, want %q", c.msg, got, c.want)
		}
	}
	if !SaysWhatToDo("Zespół nie ma lidera – popraw to.") || SaysWhatToDo("Zespół nie ma lidera.") {
		t.Error("SaysWhatToDo does not tell an imperative")
	}
}
