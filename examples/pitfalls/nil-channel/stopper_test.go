package nilchannel_test

import (
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
