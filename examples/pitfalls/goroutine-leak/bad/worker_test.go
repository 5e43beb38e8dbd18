//go:build bad

package bad_test

import (
	"context"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/pitfalls/goroutine-leak/bad"
)

// region worker-test

// Fails: Worker ignores ctx, so it is still blocked on tasks after cancel.
func TestWorkerStopsOnCancel(t *testing.T) {
	leakcheck.Check(t) // fails the test if Worker is still running at the end

	ctx, cancel := context.WithCancel(t.Context())
	tasks := make(chan int)
	results := make(chan int)
	go bad.Worker(ctx, tasks, results)

	tasks <- 3
	if got := <-results; got != 9 {
		t.Errorf("got %d, want 9", got)
	}
	cancel() // the producer gives up without closing tasks
}

// endregion worker-test
