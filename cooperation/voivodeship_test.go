package cooperation

import "testing"

func TestVoivodeshipName(t *testing.T) {
	tests := []struct {
		name, code, want string
		ok               bool
	}{
		{"voivodeship code", "26", "świętokrzyskie", true},
		{"gmina code", "2604062", "świętokrzyskie", true},
		{"powiat code", "1465", "mazowieckie", true},
		{"first", "02", "dolnośląskie", true},
		{"last", "3201011", "zachodniopomorskie", true},
		{"odd code", "27", "", false},
		{"too short", "2", "", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := VoivodeshipName(tt.code)
			if got != tt.want || ok != tt.ok {
				t.Errorf("VoivodeshipName(%q) = %q, %v; want %q, %v", tt.code, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// Every voivodeship code is one CheckTERYT accepts, and every code it
// accepts names a voivodeship.
func TestVoivodeshipCodesAreTERYT(t *testing.T) {
	codes := VoivodeshipCodes()
	if len(codes) != 16 {
		t.Fatalf("VoivodeshipCodes() has %d codes, want 16", len(codes))
	}
	for ww := 0; ww < 100; ww++ {
		code := string([]byte{byte('0' + ww/10), byte('0' + ww%10)})
		_, named := VoivodeshipName(code)
		if valid := CheckTERYT(code, LevelVoivodeship) == nil; valid != named {
			t.Errorf("code %s: CheckTERYT valid %v, VoivodeshipName names it %v", code, valid, named)
		}
	}
}
