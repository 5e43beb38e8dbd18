package atomiccounters_test

import (
	"sync"
	"testing"

	"fieldguide.dev/examples/patterns/atomic-counters"
)

// region count-test

// 1,000 goroutines update the counters at once. Under go test -race the
// detector finds nothing, and no update is lost.
func TestStatsCountsEveryRequest(t *testing.T) {
	var s atomiccounters.Stats // the zero value is ready
	var wg sync.WaitGroup
	for range 1000 {
		wg.Go(func() {
			s.Start()
			s.Done()
		})
	}
	wg.Wait()

	requests, inFlight, peak := s.Snapshot()
	if requests != 1000 || inFlight != 0 {
		t.Errorf("requests=%d inFlight=%d, want 1000 and 0", requests, inFlight)
	}
	if peak < 1 || peak > 1000 {
		t.Errorf("peak=%d, want between 1 and 1000", peak)
	}
}

// endregion count-test

// 50 requests are all in flight at once before any finishes: the peak must
// be exactly 50. A Start that can keep a smaller value (a plain Store, or a
// CompareAndSwap whose failure is not retried) fails it whenever two Starts
// interleave badly.
func TestStatsPeakIsTheLargestInFlight(t *testing.T) {
	const n = 50
	var s atomiccounters.Stats
	var started, release sync.WaitGroup
	started.Add(n)
	release.Add(1)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			s.Start()
			started.Done()
			release.Wait() // hold the request open until all have started
			s.Done()
		})
	}
	started.Wait()
	release.Done()
	wg.Wait()
	if _, inFlight, peak := s.Snapshot(); peak != n || inFlight != 0 {
		t.Errorf("peak=%d inFlight=%d, want %d and 0", peak, inFlight, n)
	}
}

func TestDrain(t *testing.T) {
	var s atomiccounters.Stats
	if s.Draining() {
		t.Error("a new Stats is draining")
	}
	s.Drain()
	if !s.Draining() {
		t.Error("Drain did not stick")
	}
}
