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
// small ones. Acquire waits until enough of the budget is free, or returns
// ctx's error.
func LoadAll(ctx context.Context, sizes []int64, budget int64, load func(context.Context, int64)) error {
	sem := semaphore.NewWeighted(budget)
	var wg sync.WaitGroup
	defer wg.Wait()
	for _, size := range sizes {
		if size < 0 {
			return fmt.Errorf("size %d is negative", size) // it would add to the budget
		}
		if size > budget {
			// Acquire would wait forever (or until ctx ends) for a weight
			// the semaphore can never grant.
			return fmt.Errorf("size %d exceeds budget %d", size, budget)
		}
		if err := sem.Acquire(ctx, size); err != nil { // [!code highlight]
			return err
		}
		wg.Go(func() {
			defer sem.Release(size) // [!code highlight]
			load(ctx, size)
		})
	}
	return nil
}

// endregion weighted
