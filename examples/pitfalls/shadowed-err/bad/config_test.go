//go:build bad

package bad_test

import (
	"os"
	"path/filepath"
	"testing"

	"fieldguide.dev/examples/pitfalls/shadowed-err/bad"
)

// region test

func TestLoadRejectsAMalformedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.json")
	if err := os.WriteFile(path, []byte(`{"workers": "four"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := bad.Load(path); err == nil { // [!code highlight]
		t.Fatal("Load(malformed file) = nil error, want the JSON error")
	}
}

// endregion test
