package workerpool_test

import (
	"context"
	"testing"

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
	// Results already in flight may still arrive; then the channel must close.
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

	// Nobody reads the results: every worker that took a job is blocked on
	// its send. Cancelling must still release all of them.
	results := workerpool.Pool(ctx, 2, jobs)
	cancel()
	for range results {
	}
}
