package channelownership_test

import (
	"context"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	channelownership "fieldguide.dev/examples/patterns/channel-ownership"
)

func TestCountStopsWhenCancelled(t *testing.T) {
	leakcheck.Check(t) // the owner's goroutine must exit

	ctx, cancel := context.WithCancel(t.Context())
	_ = channelownership.Count(ctx, 1_000_000)
	cancel() // nobody reads ch any more: only ctx can release the owner
}

// A caller that has already given up gets nothing: neither values on the
// channel, nor values sent by Emit.
func TestCancelledCallerGetsNoValues(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	for range 100 {
		if got := channelownership.Sum(channelownership.Count(ctx, 10)); got != 0 {
			t.Fatalf("Sum of a cancelled Count = %d, want 0", got)
		}
		out := make(chan string, 3)
		if err := channelownership.Emit(ctx, out, "a", "b", "c"); err == nil || len(out) != 0 {
			t.Fatalf("Emit with a cancelled ctx: err %v, %d values sent; want an error and none", err, len(out))
		}
	}
}
