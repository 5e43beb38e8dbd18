package nilchannel_test

import (
	"sync"
	"testing"

	"fieldguide.dev/examples/pitfalls/nil-channel"
)

// region stopper-test

func TestStopClosesDone(t *testing.T) {
	s := nilchannel.New()
	s.Stop() // panics if done was never made
	select {
	case <-s.Done():
	default:
		t.Error("Done not closed after Stop")
	}
}

// endregion stopper-test

// A deferred Stop plus an explicit one, or several goroutines shutting down
// at once: every Stop after the first does nothing.
func TestStopTwiceAndConcurrently(t *testing.T) {
	s := nilchannel.New()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(s.Stop)
	}
	wg.Wait()
	s.Stop()
	<-s.Done()
}
