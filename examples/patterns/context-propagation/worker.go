//go:build go1.21

package contextpropagation

import (
	"context"
	"time"
)

// region worker

// Poll calls check every interval until ctx is cancelled; interval must be
// positive, as for time.NewTicker, which panics otherwise. The ticker is
// stopped on the way out, and the select makes the wait cancellable.
func Poll(ctx context.Context, interval time.Duration, check func(context.Context)) {
	ticker := time.NewTicker(interval)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			check(ctx)
		case <-ctx.Done():
			return // [!code highlight]
		}
	}
}

// endregion worker
