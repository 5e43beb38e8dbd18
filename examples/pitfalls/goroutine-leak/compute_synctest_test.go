package goroutineleak_test

import (
	"context"
	"errors"
	"testing"
	"testing/synctest"
	"time"

	goroutineleak "fieldguide.dev/examples/pitfalls/goroutine-leak"
)

// region synctest

// In a synctest bubble (Go 1.25) time is fake: it jumps ahead whenever every
// goroutine in the bubble is blocked, so the sleeps below cost nothing.
// synctest.Test then waits for the bubble's goroutines to exit, and fails the
// test if they are deadlocked: a goroutine still blocked when the test
// function returns fails it at once, without polling or -timeout.
func TestComputeInABubble(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ctx, cancel := context.WithTimeout(t.Context(), time.Millisecond)
		defer cancel()
		slow := func() int { time.Sleep(time.Second); return 42 }
		if _, err := goroutineleak.Compute(ctx, slow); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("got error %v, want context.DeadlineExceeded", err)
		}
		time.Sleep(2 * time.Second) // f finishes after Compute has returned: who takes its result?
	})
}

// endregion synctest
