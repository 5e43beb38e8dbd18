//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/range-over-unclosed-channel/bad"
)

// region sum-test

// Run with go test -timeout=0: with no test timer pending, the runtime can
// see that every goroutine is blocked and stops the program.
func TestSumOfSquares(t *testing.T) {
	if got := bad.Sum(bad.Squares(10)); got != 385 {
		t.Errorf("got %d, want 385", got)
	}
}

// endregion sum-test
