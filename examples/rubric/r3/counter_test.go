package r3_test

import (
	"sync"
	"testing"

	"fieldguide.dev/examples/rubric/r3"
)

// region race-test

// The race detector only sees races in code that runs, so the test runs
// Inc and Get at the same time, from many goroutines.
// Run: go test -race ./...
func TestHitsConcurrent(t *testing.T) {
	h := r3.NewHits()
	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() { h.Inc("/") })     // [!code highlight]
		wg.Go(func() { _ = h.Get("/") }) // [!code highlight]
	}
	wg.Wait()
	if got := h.Get("/"); got != 50 {
		t.Errorf("Get(/) = %d, want 50", got)
	}
}

// endregion race-test
