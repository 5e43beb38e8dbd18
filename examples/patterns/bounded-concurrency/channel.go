// Package boundedconcurrency runs one function call per item with at most a
// fixed number running at once, three ways: a buffered channel used as a
// semaphore, errgroup.Group.SetLimit, and a weighted semaphore.
package boundedconcurrency

import (
	"context"
	"fmt"
	"sync"
)

// region channel

// ForEach calls fn for every item, at most limit at a time. It acquires a
// slot before starting each goroutine, so no more than limit goroutines
// exist at once, not merely run at once. If ctx ends, it stops starting new
// calls, waits for the running ones and returns context.Cause(ctx).
func ForEach[T any](ctx context.Context, items []T, limit int, fn func(context.Context, T)) error {
	if limit < 1 {
		return fmt.Errorf("limit is %d, want at least 1", limit) // 0 never frees a slot; make panics below 0
	}
	sem := make(chan struct{}, limit) // one token per running call
	var wg sync.WaitGroup
	defer wg.Wait() // never return while a call is still running
	for _, item := range items {
		// A select with two ready cases picks one at random: check ctx first,
		// so a cancellation is noticed even while slots are free.
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		select {
		case sem <- struct{}{}: // blocks while limit calls are running // [!code highlight]
		case <-ctx.Done():
			return context.Cause(ctx)
		}
		wg.Go(func() {
			defer func() { <-sem }() // release the slot // [!code highlight]
			fn(ctx, item)
		})
	}
	return nil
}

// endregion channel
