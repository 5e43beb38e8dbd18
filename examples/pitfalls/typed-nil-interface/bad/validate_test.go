//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/typed-nil-interface/bad"
)

// region test

func TestRegisterAcceptsAName(t *testing.T) {
	got, err := bad.Register("Ann")
	if err != nil { // [!code highlight]
		t.Fatalf("Register(%q) = %v (%T), want no error", "Ann", err, err)
	}
	if got != "Ann" {
		t.Errorf("Register(%q) = %q, want %q", "Ann", got, "Ann")
	}
}

// endregion test
