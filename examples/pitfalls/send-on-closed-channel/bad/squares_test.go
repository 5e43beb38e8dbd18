//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/pitfalls/send-on-closed-channel/bad"
)

// region squares-test

// Crashes the test binary: "panic: send on closed channel".
func TestSquares(t *testing.T) {
	leakcheck.Check(t) // also waits for every sender to finish

	sum := 0
	for sq := range bad.Squares([]int{1, 2, 3, 4}) {
		sum += sq
	}
	if sum != 1+4+9+16 {
		t.Errorf("sum of squares = %d, want 30", sum)
	}
}

// endregion squares-test
