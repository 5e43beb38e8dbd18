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
	ch := channelownership.Count(ctx, 1_000_000)
	<-ch
	cancel()
	for range ch { // the owner still closes ch on its way out
	}
}
