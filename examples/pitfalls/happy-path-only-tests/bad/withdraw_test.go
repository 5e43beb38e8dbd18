//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/happy-path-only-tests/bad"
)

// region bad

func TestWithdraw(t *testing.T) {
	got, err := bad.Withdraw(100, 30) // [!code highlight]
	if err != nil || got != 70 {
		t.Errorf("Withdraw(100, 30) = %d, %v; want 70, nil", got, err)
	}
}

// endregion bad
