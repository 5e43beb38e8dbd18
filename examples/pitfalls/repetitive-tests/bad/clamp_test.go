//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/repetitive-tests/bad"
)

// region bad

func TestClampInside(t *testing.T) {
	if got := bad.Clamp(5, 0, 10); got != 5 {
		t.Errorf("Clamp(5, 0, 10) = %d, want 5", got)
	}
}

func TestClampBelow(t *testing.T) {
	if got := bad.Clamp(-3, 0, 10); got != 0 {
		t.Errorf("Clamp(-3, 0, 10) = %d, want 0", got)
	}
}

func TestClampAbove(t *testing.T) {
	if got := bad.Clamp(42, 0, 10); got != 10 {
		t.Errorf("Clamp(42, 0, 10) = %d, want 0", got) // copy-paste slip in the message // [!code highlight]
	}
}

// endregion bad
