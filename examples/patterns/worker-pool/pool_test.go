package workerpool_test

import (
	"context"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	workerpool "fieldguide.dev/examples/patterns/worker-pool"
)

// region every-job-once

func TestPoolProcessesEveryJobOnce(t *testing.T) {
	leakcheck.Check(t) // fails the test if any worker outlives it

	const numJobs = 1000
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range numJobs {
			jobs <- i
		}
	}()

	seen := make(map[int]int) // job -> times its result arrived
	for r := range workerpool.Pool(t.Context(), 8, jobs) {
		if r.Square != r.Job*r.Job {
			t.Errorf("job %d: got square %d", r.Job, r.Square)
		}
		seen[r.Job]++
	}

	for i := range numJobs {
		if seen[i] != 1 {
			t.Errorf("job %d processed %d times, want 1", i, seen[i])
		}
	}
}

// endregion every-job-once

// region cancel

func TestPoolStopsWhenCancelled(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())

	// An endless producer that never closes jobs: only ctx stops it.
	jobs := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()

	results := workerpool.Pool(ctx, 4, jobs)
	seen := make(map[int]bool)
	for range 10 {
		r := <-results
		seen[r.Job] = true
	}

	cancel()
	// A worker whose select finds both a job and ctx.Done ready picks either,
	// so results may still arrive for a while; then the channel must close.
	for r := range results {
		if seen[r.Job] {
			t.Errorf("job %d delivered twice", r.Job)
		}
		seen[r.Job] = true
	}
}

// endregion cancel

func TestPoolStopsWhenConsumerLeaves(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	jobs := make(chan int, 3)
	jobs <- 1
	jobs <- 2
	jobs <- 3

	// Nobody reads the results, ever: every worker that took a job blocks on
	// its send. Cancelling alone must release all of them; leakcheck fails
	// the test if one is still blocked when it ends.
	_ = workerpool.Pool(ctx, 2, jobs)
	time.Sleep(10 * time.Millisecond) // let the workers take jobs and block
	cancel()
}

func TestPoolRejectsFewerThanOneWorker(t *testing.T) {
	for _, n := range []int{0, -1} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Pool with %d workers did not panic", n)
				}
			}()
			workerpool.Pool(t.Context(), n, make(chan int))
		}()
	}
}
