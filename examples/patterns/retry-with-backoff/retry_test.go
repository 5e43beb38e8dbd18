//go:build go1.24

package retrywithbackoff_test

import (
	"context"
	"errors"
	"testing"
	"time"

	retrywithbackoff "fieldguide.dev/examples/patterns/retry-with-backoff"
)

var errTransient = errors.New("503 service unavailable")

var fast = retrywithbackoff.Policy{Attempts: 4, Base: time.Millisecond, Max: 4 * time.Millisecond}

// region retry-test

func TestDoRetriesUntilSuccess(t *testing.T) {
	calls := 0
	err := retrywithbackoff.Do(t.Context(), fast, func(context.Context) error {
		calls++
		if calls < 3 {
			return errTransient
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Errorf("got %v after %d calls, want nil after 3", err, calls)
	}
}

func TestDoGivesUp(t *testing.T) {
	calls := 0
	err := retrywithbackoff.Do(t.Context(), fast, func(context.Context) error { calls++; return errTransient })
	if !errors.Is(err, errTransient) || calls != fast.Attempts {
		t.Errorf("got %v after %d calls, want errTransient after %d", err, calls, fast.Attempts)
	}
}

func TestDoStopsOnPermanentError(t *testing.T) {
	errBad := errors.New("invalid argument")
	calls := 0
	err := retrywithbackoff.Do(t.Context(), fast, func(context.Context) error {
		calls++
		return retrywithbackoff.Permanent(errBad)
	})
	if err != errBad || calls != 1 {
		t.Errorf("got %v after %d calls, want errBad after 1", err, calls)
	}
}

func TestDoStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	slow := retrywithbackoff.Policy{Attempts: 5, Base: time.Hour, Max: time.Hour}
	err := retrywithbackoff.Do(ctx, slow, func(context.Context) error {
		cancel() // cancelled during the first call; Do must not wait an hour
		return errTransient
	})
	if !errors.Is(err, context.Canceled) || !errors.Is(err, errTransient) {
		t.Errorf("got %v, want both context.Canceled and the last error", err)
	}
}

// endregion retry-test

func TestBackoffStaysUnderTheCeiling(t *testing.T) {
	p := retrywithbackoff.Policy{Attempts: 10, Base: 10 * time.Millisecond, Max: time.Second}
	for n, ceiling := range map[int]time.Duration{1: 10 * time.Millisecond, 3: 40 * time.Millisecond, 8: time.Second, 60: time.Second} {
		for range 100 {
			if d := p.Backoff(n); d < 0 || d > ceiling {
				t.Fatalf("Backoff(%d) = %v, want within [0, %v]", n, d, ceiling)
			}
		}
	}
}
