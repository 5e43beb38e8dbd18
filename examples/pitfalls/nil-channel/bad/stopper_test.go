//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/nil-channel/bad"
)

// region stopper-test

func TestStopClosesDone(t *testing.T) {
	s := bad.New()
	s.Stop() // panics if done was never made
	select {
	case <-s.Done():
	default:
		t.Error("Done not closed after Stop")
	}
}

// endregion stopper-test
