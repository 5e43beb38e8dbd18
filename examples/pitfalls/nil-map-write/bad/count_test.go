//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/nil-map-write/bad"
)

// region test

func TestCountWords(t *testing.T) {
	got := bad.CountWords([]string{"go", "vet", "go"}) // [!code highlight]
	if got["go"] != 2 || got["vet"] != 1 {
		t.Errorf("CountWords = %v", got)
	}
}

// endregion test
