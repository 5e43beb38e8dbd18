package racedetector_test

import (
	"sync"
	"testing"

	racedetector "fieldguide.dev/examples/patterns/race-detector"
)

// region stress

// TestStatsConcurrent runs writers and readers in one process. The race
// detector reports unsynchronized accesses whenever they happen; the start
// channel, which releases them together, only adds scheduling variety.
func TestStatsConcurrent(t *testing.T) {
	var s racedetector.Stats
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() { // writer
			<-start
			for j := range 100 {
				s.Record(i*100 + j)
			}
		})
		wg.Go(func() { // reader
			<-start
			for range 100 {
				s.Snapshot()
			}
		})
	}
	close(start) // [!code highlight]
	wg.Wait()

	if count, maxMS := s.Snapshot(); count != 800 || maxMS != 799 {
		t.Errorf("Snapshot() = %d, %d; want 800, 799", count, maxMS)
	}
}

// endregion stress
