package monitor_test

import (
	"encoding/json"
	"fmt"

	"github.com/kooperacja/kooperacja/cooperation"
	"github.com/kooperacja/kooperacja/examples"
	"github.com/kooperacja/kooperacja/ipw/monitor"
	"github.com/kooperacja/kooperacja/schema"
)

// The record of the rural example at its date: the institutions' figures
// exact, the families' below the threshold withheld.
func ExampleOf() {
	data, _ := examples.Bundle("rural")
	b, _ := schema.Decode(data)
	r, err := monitor.Of(b, cooperation.MustDate("2026-11-16"), monitor.Period{})
	if err != nil {
		fmt.Println(err)
		return
	}
	total, _ := json.Marshal(r.IPW.Total)
	fmt.Println(r.Municipality.TERYT, r.Period.From, r.Period.To)
	fmt.Println("PZK:", r.PZK.Institutions, "institutions,", len(r.PZK.Sectors), "sectors,", r.PZK.Meetings, "meetings in the period")
	fmt.Println("IPWs:", string(total))
	for _, row := range r.Preview(cooperation.English)[4].Rows[:1] {
		fmt.Printf("%s: %s\n", row.Label, row.Value)
	}
	// Output:
	// 2604092 2026-01-01 2026-11-16
	// PZK: 8 institutions, 6 sectors, 5 meetings in the period
	// IPWs: {"fewerThan":3}
	// IPWs in total: fewer than 3
}
