//go:build go1.22

// Package unboundedgoroutines bounds the number of goroutines, not just
// the number of calls running at once.
package unboundedgoroutines

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// region process

// ProcessItems calls process for every item, at most workers at a time.
// After SetLimit, g.Go blocks until a goroutine has finished, so the loop
// never has more than workers goroutines alive.
func ProcessItems(ctx context.Context, items []int, workers int, process func(context.Context, int) error) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(workers) // [!code highlight]
	for _, item := range items {
		if ctx.Err() != nil {
			break // an earlier call failed: start nothing new
		}
		g.Go(func() error { return process(ctx, item) })
	}
	return g.Wait()
}

// endregion process
