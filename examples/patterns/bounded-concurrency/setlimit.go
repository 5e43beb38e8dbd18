//go:build go1.22

package boundedconcurrency

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

// region set-limit

// ForEachErr calls fn for every item, at most limit at a time, and returns
// the first error. g.Go blocks while limit calls are running, so the loop
// starts goroutines only as slots free up. The first error, or the caller
// giving up, cancels ctx, which tells the running calls to stop and the loop
// to start no more; a caller that gave up gets context.Cause, never a nil
// that would claim every item was processed.
func ForEachErr[T any](ctx context.Context, items []T, limit int, fn func(context.Context, T) error) error {
	if limit < 1 {
		return fmt.Errorf("limit is %d, want at least 1", limit) // 0 blocks g.Go forever; below 0 means no limit
	}
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(limit) // [!code highlight]
	for _, item := range items {
		if ctx.Err() != nil {
			// An earlier call failed, or the caller gave up: start nothing new.
			if err := g.Wait(); err != nil {
				return err
			}
			return context.Cause(ctx) // [!code highlight]
		}
		g.Go(func() error { return fn(ctx, item) }) // [!code highlight]
	}
	return g.Wait()
}

// endregion set-limit
