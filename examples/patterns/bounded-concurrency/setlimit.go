//go:build go1.22

package boundedconcurrency

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// region set-limit

// ForEachErr calls fn for every item, at most limit at a time, and returns
// the first error. g.Go blocks while limit calls are running, so the loop
// starts goroutines only as slots free up. The first error cancels ctx,
// which tells the running calls to stop and the loop to start no more.
func ForEachErr[T any](ctx context.Context, items []T, limit int, fn func(context.Context, T) error) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(limit) // [!code highlight]
	for _, item := range items {
		if ctx.Err() != nil {
			break // an earlier call failed: start nothing new
		}
		g.Go(func() error { return fn(ctx, item) }) // [!code highlight]
	}
	return g.Wait()
}

// endregion set-limit
