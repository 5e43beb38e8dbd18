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
