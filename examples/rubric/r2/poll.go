package r2

import (
	"context"
	"time"
)

// region poll

// Poll calls check every interval until ctx is cancelled, then returns
// context.Cause(ctx), so the caller can tell a timeout from a shutdown.
// The deferred Stop releases the ticker however Poll returns, a panic in
// check included. interval must be positive, as for time.NewTicker.
func Poll(ctx context.Context, interval time.Duration, check func()) error {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()

	for {
		select {
		case <-ticker.C:
			if ctx.Err() != nil { // both were ready: select chose at random
				return context.Cause(ctx)
			}
			check()
		case <-ctx.Done(): // [!code highlight]
			return context.Cause(ctx) // [!code highlight]
		}
	}
}

// endregion poll
