package cooperation

// Service is an entry of the local basket of services (lokalny koszyk usług):
// something a provider institution offers to supported families, with an
// optional monthly capacity (cases served at once).
type Service struct {
	ID              string `json:"id"`
	Name            string `json:"name"`
	Provider        string `json:"provider"`
	MonthlyCapacity *int   `json:"monthlyCapacity,omitempty"`
}
