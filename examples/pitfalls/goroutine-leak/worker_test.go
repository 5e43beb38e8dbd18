package goroutineleak_test

import (
	"context"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	goroutineleak "fieldguide.dev/examples/pitfalls/goroutine-leak"
)

// region worker-test

func TestWorkerStopsOnCancel(t *testing.T) {
	leakcheck.Check(t) // fails the test if Worker is still running at the end

	ctx, cancel := context.WithCancel(t.Context())
	tasks := make(chan int)
	results := make(chan int)
	go goroutineleak.Worker(ctx, tasks, results)

	tasks <- 3
	if got := <-results; got != 9 {
		t.Errorf("got %d, want 9", got)
	}
	cancel() // the producer gives up without closing tasks
}

// endregion worker-test

func TestWorkerStopsWhenTasksClosed(t *testing.T) {
	leakcheck.Check(t) // also catches a Worker spinning on the closed channel

	ctx := context.Background() // never cancelled: only closing tasks can stop Worker
	tasks := make(chan int)
	results := make(chan int)
	go goroutineleak.Worker(ctx, tasks, results)

	tasks <- 2
	if got := <-results; got != 4 {
		t.Errorf("got %d, want 4", got)
	}
	close(tasks)
}

func TestWorkerStopsWhenConsumerLeaves(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	tasks := make(chan int)                             // unbuffered: once the send returns, Worker holds the task
	go goroutineleak.Worker(ctx, tasks, make(chan int)) // nobody reads results
	tasks <- 5
	cancel() // Worker is now blocked sending the result, or about to be
}
