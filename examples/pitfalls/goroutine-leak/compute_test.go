package goroutineleak_test

import (
	"context"
	"errors"
	"testing"

	"fieldguide.dev/examples/internal/leakcheck"
	goroutineleak "fieldguide.dev/examples/pitfalls/goroutine-leak"
)

// region compute-test

func TestComputeGivesUpWithoutLeaking(t *testing.T) {
	leakcheck.Check(t)

	ctx, cancel := context.WithCancel(t.Context())
	cancel() // the caller has already given up

	release := make(chan struct{})
	slow := func() int { <-release; return 42 }
	if _, err := goroutineleak.Compute(ctx, slow); !errors.Is(err, context.Canceled) {
		t.Errorf("got error %v, want context.Canceled", err)
	}

	close(release) // f finishes after Compute has returned: who takes its result?
}

// endregion compute-test

func TestComputeReturnsResult(t *testing.T) {
	leakcheck.Check(t)

	got, err := goroutineleak.Compute(t.Context(), func() int { return 42 })
	if got != 42 || err != nil {
		t.Errorf("got (%d, %v), want (42, nil)", got, err)
	}
}
