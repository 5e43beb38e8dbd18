//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/nil-pointer-dereference/bad"
)

// A missing user is a normal case and must not crash.
func TestDisplayNameNilUser(t *testing.T) {
	if got := bad.DisplayName(nil); got != "anonymous" { // [!code highlight]
		t.Errorf("DisplayName(nil) = %q", got)
	}
}
