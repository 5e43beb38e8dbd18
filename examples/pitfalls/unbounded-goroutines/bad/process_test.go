//go:build bad

package bad_test

import (
	"context"
	"runtime"
	"testing"
	"time"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/pitfalls/unbounded-goroutines/bad"
)

// region bound-test

// Fails if ProcessItems has many more goroutines alive than workers while
// the calls are blocked.
func TestGoroutinesStayBounded(t *testing.T) {
	leakcheck.Check(t)

	const workers = 4
	before := runtime.NumGoroutine()
	release := make(chan struct{})
	done := make(chan error)
	go func() {
		done <- bad.ProcessItems(t.Context(), make([]int, 1000), workers,
			func(context.Context, int) error { <-release; return nil })
	}()

	// Give the loop up to 30ms to start goroutines, and record the peak.
	peak := 0
	for deadline := time.Now().Add(30 * time.Millisecond); time.Now().Before(deadline); {
		peak = max(peak, runtime.NumGoroutine()-before)
		time.Sleep(time.Millisecond)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	// workers, the goroutine calling ProcessItems, and a little slack.
	if peak > workers+3 {
		t.Errorf("%d goroutines alive for %d workers", peak, workers)
	}
}

// endregion bound-test
