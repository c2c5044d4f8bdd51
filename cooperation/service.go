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

// checkServices warns when a service's provider has never been a member of
// the PZK (service.provider_not_member at /services/i/provider). Without a
// PZK, for an unknown provider, or when a PZK member is an unknown
// institution (it may be the provider), it stays silent. Capacity needs the IPW
// actions: see CheckCapacity.
func checkServices(ix *Index, f *Findings) {
	pzk, _, ok := ix.PZK()
	if !ok || ix.MembersBroken(pzk.ID) {
		return
	}
	for i := range ix.P.Services {
		svc := &ix.P.Services[i]
		if !ix.known(svc.Provider) {
			continue
		}
		member := false
		for j := range pzk.Members {
			if pzk.Members[j].Institution == svc.Provider {
				member = true
				break
			}
		}
		if !member {
			f.Add(CodeServiceProviderNotMember, Path("").Key("services").Index(i).Key("provider"),
				"institution", ix.name(svc.Provider), "service", label(svc.Name, svc.ID))
		}
	}
}
