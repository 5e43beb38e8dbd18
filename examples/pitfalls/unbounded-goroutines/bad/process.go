//go:build bad

// Package bad starts one goroutine per item: the semaphore limits how many
// calls run at once, but not how many goroutines exist.
package bad

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// region process

// ProcessItems calls process for every item, at most workers at a time.
//
// BUG: the slot is taken inside the goroutine. The loop starts one
// goroutine per item at once, and all but workers of them sit parked on
// sem, each holding its stack and its item: a million items, a million
// goroutines.
func ProcessItems(ctx context.Context, items []int, workers int, process func(context.Context, int) error) error {
	g, ctx := errgroup.WithContext(ctx)
	sem := make(chan struct{}, workers)
	for _, item := range items {
		g.Go(func() error { // [!code highlight]
			select {
			case sem <- struct{}{}: // too late: the goroutine already exists // [!code highlight]
				defer func() { <-sem }()
			case <-ctx.Done():
				return ctx.Err()
			}
			return process(ctx, item)
		})
	}
	return g.Wait()
}

// endregion process
