// Package workerpool processes a stream of jobs on a fixed number of
// goroutines, so the amount of concurrent work stays bounded however many
// jobs arrive.
package workerpool

import (
	"context"
	"sync"
)

// Result is the outcome of one job.
type Result struct {
	Job    int
	Square int
}

// region pool

// Pool starts n workers that square every job received from jobs. It
// returns at once; results arrive on the returned channel, which is closed
// after every worker has stopped: when jobs is closed and drained, or when
// ctx is cancelled. The caller must read the results until the channel is
// closed or cancel ctx; otherwise the workers block on their sends. The
// channel closes the same way after a cancellation as after the last job,
// so a caller that ranges over it checks ctx.Err() afterwards to know
// whether every job was done. Pool panics if n is less than 1: with no
// worker, results would close at once and the producer would block forever.
func Pool(ctx context.Context, n int, jobs <-chan int) <-chan Result {
	if n < 1 {
		panic("workerpool: n must be at least 1")
	}
	results := make(chan Result)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { worker(ctx, jobs, results) })
	}
	go func() {
		wg.Wait()
		close(results) // [!code highlight]
	}()
	return results
}

// endregion pool

// region worker

// worker handles jobs until jobs is closed or ctx is cancelled. Both the
// receive and the send watch ctx, so neither can block it forever.
func worker(ctx context.Context, jobs <-chan int, results chan<- Result) {
	for {
		select {
		case job, ok := <-jobs:
			if !ok {
				return // no more jobs
			}
			select {
			case results <- Result{Job: job, Square: job * job}:
			case <-ctx.Done():
				return
			}
		case <-ctx.Done(): // [!code highlight]
			return
		}
	}
}

// endregion worker
