//go:build bad

package bad_test

import (
	"context"
	"errors"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	"fieldguide.dev/examples/pitfalls/goroutine-leak/bad"
)

// region compute-test

// Fails: after Compute gives up, its goroutine blocks forever on the send.
func TestComputeGivesUpWithoutLeaking(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	cancel() // the caller has already given up

	release := make(chan struct{})
	slow := func() int { <-release; return 42 }
	if _, err := bad.Compute(ctx, slow); !errors.Is(err, context.Canceled) {
		t.Errorf("got error %v, want context.Canceled", err)
	}

	close(release) // f finishes after Compute has returned: who takes its result?
}

// endregion compute-test
