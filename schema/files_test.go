package schema

import (
	"bytes"
	"io/fs"
	"testing"
)

// TestSchemaIsFS: Schema gives each file of FS, a copy that may be changed.
func TestSchemaIsFS(t *testing.T) {
	for _, name := range Names() {
		want, err := fs.ReadFile(FS(), "schemas/"+name+".schema.json")
		if err != nil {
			t.Fatal(err)
		}
		got, err := Schema(name)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("Schema(%s) differs from the file (%v)", name, err)
		}
		got[0] = 'x'
		if again, _ := Schema(name); again[0] == 'x' {
			t.Errorf("Schema(%s) gave the embedded bytes themselves", name)
		}
	}
	if _, err := Schema("nope"); err == nil {
		t.Error("Schema(nope): no error")
	}
}
