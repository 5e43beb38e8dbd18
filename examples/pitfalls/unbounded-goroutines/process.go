//go:build go1.22

// Package unboundedgoroutines bounds the number of goroutines, not just
// the number of calls running at once.
package unboundedgoroutines

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

// region process

// ProcessItems calls process for every item, at most workers at a time.
// After SetLimit, g.Go blocks until a goroutine has finished, so the loop
// never has more than workers goroutines alive. If a call fails or the
// caller gives up, it starts no more and says why.
func ProcessItems(ctx context.Context, items []int, workers int, process func(context.Context, int) error) error {
	if workers < 1 {
		return fmt.Errorf("workers is %d, want at least 1", workers) // 0 blocks g.Go forever; below 0 means no limit
	}
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(workers) // [!code highlight]
	for _, item := range items {
		if ctx.Err() != nil {
			if err := g.Wait(); err != nil {
				return err // the first call that failed
			}
			return context.Cause(ctx) // the caller gave up
		}
		g.Go(func() error { return process(ctx, item) })
	}
	return g.Wait()
}

// endregion process
