package region

import (
	"os/exec"
	"strings"
	"testing"
)

// The package imports neither html nor html/template: internal/app imports
// it, so the main WebAssembly module would link their initialisation (the
// entity table, template's reflection) though it never writes a report.
func TestNoHTMLPackages(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if dep == "html" || dep == "html/template" || dep == "text/template" {
			t.Errorf("ipw/region depends on %s", dep)
		}
	}
}
