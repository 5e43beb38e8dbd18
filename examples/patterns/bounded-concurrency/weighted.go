package boundedconcurrency

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/sync/semaphore"
)

// region weighted

// LoadAll calls load for every size, keeping the sum of the sizes being
// loaded at or below budget: one large job can take the place of several
// small ones. Acquire waits until enough of the budget is free; if ctx ends
// first, LoadAll starts no more loads and returns context.Cause(ctx).
func LoadAll(ctx context.Context, sizes []int64, budget int64, load func(context.Context, int64)) error {
	// Check every size before starting any load, so a bad one is rejected up
	// front rather than after earlier loads have run.
	for _, size := range sizes {
		if size < 1 || size > budget {
			// A negative weight makes Acquire panic, and jobs of weight 0
			// would start without limit; one above the budget would wait
			// forever (or until ctx ends) for room that never comes.
			return fmt.Errorf("size %d is outside [1, budget %d]", size, budget)
		}
	}
	sem := semaphore.NewWeighted(budget)
	var wg sync.WaitGroup
	defer wg.Wait()
	for _, size := range sizes {
		if err := sem.Acquire(ctx, size); err != nil { // [!code highlight]
			return context.Cause(ctx) // Acquire returns ctx.Err(), which drops the cause
		}
		wg.Go(func() {
			defer sem.Release(size) // [!code highlight]
			load(ctx, size)
		})
	}
	return nil
}

// endregion weighted
