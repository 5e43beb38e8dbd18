//go:build bad

package bad_test

import (
	"testing"
	"testing/synctest"

	"fieldguide.dev/examples/pitfalls/range-over-unclosed-channel/bad"
)

// region synctest

// Fails: Squares never closes its channel, so Sum waits forever, and
// every goroutine in the bubble is blocked.
func TestSumInABubble(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		if got := bad.Sum(bad.Squares(10)); got != 385 { // [!code highlight]
			t.Errorf("got %d, want 385", got)
		}
	})
}

// endregion synctest
