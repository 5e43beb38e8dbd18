//go:build bad

package bad_test

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"

	"fieldguide.dev/examples/pitfalls/goroutine-leak/bad"
)

// region synctest

// Fails: the goroutine that Compute leaves behind is still blocked on its
// send when the test function returns.
func TestComputeInABubble(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), time.Millisecond)
		defer cancel()
		slow := func() int { time.Sleep(time.Second); return 42 }
		if _, err := bad.Compute(ctx, slow); !errors.Is(err, context.DeadlineExceeded) { // [!code highlight]
			t.Errorf("got error %v, want context.DeadlineExceeded", err)
		}
		time.Sleep(2 * time.Second) // f finishes after Compute has returned: who takes its result?
	})
}

// endregion synctest
