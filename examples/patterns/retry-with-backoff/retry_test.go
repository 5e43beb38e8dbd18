//go:build go1.24

package retrywithbackoff_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
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
	if !errors.Is(err, errBad) || calls != 1 {
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

// Backoff at its limits: no n and no Max panics, goes negative or
// exceeds Max.
func TestBackoffAtTheLimits(t *testing.T) {
	for _, tt := range []struct {
		p retrywithbackoff.Policy
		n int
	}{
		{retrywithbackoff.Policy{Base: time.Second, Max: math.MaxInt64}, 40},
		{retrywithbackoff.Policy{Base: time.Second, Max: math.MaxInt64}, 100},
		{retrywithbackoff.Policy{Max: math.MaxInt64}, 1},
		{retrywithbackoff.Policy{Base: time.Second, Max: time.Minute}, 0},
		{retrywithbackoff.Policy{Base: time.Second, Max: time.Minute}, -1},
		{retrywithbackoff.Policy{Base: time.Second, Max: -time.Second}, 3},
		{retrywithbackoff.Policy{Base: time.Second, Max: time.Minute}, math.MaxInt},
	} {
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%+v.Backoff(%d) panicked: %v", tt.p, tt.n, p)
				}
			}()
			if d := tt.p.Backoff(tt.n); d < 0 || d > max(tt.p.Max, 0) {
				t.Errorf("%+v.Backoff(%d) = %v, want within [0, Max]", tt.p, tt.n, d)
			}
		}()
	}
}

// The jitter is real: twenty waits are not all the same.
func TestBackoffIsRandom(t *testing.T) {
	p := retrywithbackoff.Policy{Base: time.Second, Max: time.Minute}
	seen := map[time.Duration]bool{}
	for range 20 {
		seen[p.Backoff(3)] = true
	}
	if len(seen) < 2 {
		t.Errorf("20 waits took %d distinct values, want jitter", len(seen))
	}
}

// With the context already cancelled, op is not called again, whatever
// select would have picked.
func TestDoDoesNotCallOpAfterCancel(t *testing.T) {
	for range 50 {
		ctx, cancel := context.WithCancel(t.Context())
		calls := 0
		err := retrywithbackoff.Do(ctx, retrywithbackoff.Policy{Attempts: 10}, func(context.Context) error {
			calls++
			cancel()
			return errTransient
		})
		if calls != 1 || !errors.Is(err, context.Canceled) || !errors.Is(err, errTransient) {
			t.Fatalf("op ran %d times, err %v; want 1 call and both errors", calls, err)
		}
	}
}

// A permanent error comes back as op returned it, wrapping included.
func TestDoKeepsTheWrappingOfAPermanentError(t *testing.T) {
	errBad := errors.New("invalid argument")
	err := retrywithbackoff.Do(t.Context(), fast, func(context.Context) error {
		return fmt.Errorf("GET /users/7: %w", retrywithbackoff.Permanent(errBad))
	})
	if !errors.Is(err, errBad) || !strings.HasPrefix(fmt.Sprint(err), "GET /users/7: ") {
		t.Errorf("got %v, want the wrapped permanent error", err)
	}
	if retrywithbackoff.Permanent(nil) != nil {
		t.Error("Permanent(nil) is not nil")
	}
}
