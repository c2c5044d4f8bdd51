package region

// Pilot is the reference the regional report sets its totals beside: the
// figures the rural pilot ("Liderzy kooperacji", 2018–2021) published (see
// "The pilots" in the documentation of package cooperation). They are
// facts of the pilot, not targets of the model, and this is the one place
// in the library that holds them as numbers.
type Pilot struct {
	// Succeeded of Closed people or families completed their IPW with
	// success (140 of 172, 81.4 %).
	Succeeded int `json:"succeeded"`
	Closed    int `json:"closed"`
	// SuccessRate is Succeeded / Closed.
	SuccessRate float64 `json:"successRate"`
	// PZKMonths is how long a PZK worked on average (16 months).
	PZKMonths int `json:"pzkMonths"`
	// Partners is the number of partner institutions that cooperated under
	// agreements (350).
	Partners int `json:"partners"`
	// IPWMonthsMin and IPWMonthsMax bound how long the cooperation with one
	// person or family lasted (10–13 months).
	IPWMonthsMin int `json:"ipwMonthsMin"`
	IPWMonthsMax int `json:"ipwMonthsMax"`
	// Voivodeships is the number of voivodeships the pilot ran in (the
	// five of macroregion I).
	Voivodeships int `json:"voivodeships"`
}

// Reference returns the rural pilot's published figures.
func Reference() Pilot {
	return Pilot{
		Succeeded:    140,
		Closed:       172,
		SuccessRate:  140.0 / 172.0,
		PZKMonths:    16,
		Partners:     350,
		IPWMonthsMin: 10,
		IPWMonthsMax: 13,
		Voivodeships: 5,
	}
}
