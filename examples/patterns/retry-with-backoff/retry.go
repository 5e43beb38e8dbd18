//go:build go1.22

// Package retrywithbackoff retries a failing operation with exponentially
// growing, randomized waits, gives up after a bounded number of attempts,
// and stops at once when the context is cancelled.
package retrywithbackoff

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"
)

// region policy

// Policy says how often and how patiently to retry.
type Policy struct {
	Attempts int           // total tries, including the first; at least 1
	Base     time.Duration // the wait before the first retry, before jitter
	Max      time.Duration // cap on any single wait
}

// Backoff returns the wait before retry n (n = 1 for the first retry): a
// random duration between 0 and min(Max, Base·2ⁿ⁻¹). The randomness ("full
// jitter") keeps clients that failed together from retrying together. No
// n and no policy can make it panic: n below 1 counts as 1, a Base or Max
// of 0 or less means no wait, and the doubling stops before it could
// overflow.
func (p Policy) Backoff(n int) time.Duration {
	if p.Base <= 0 || p.Max <= 0 {
		return 0
	}
	ceiling := p.Max
	if shift := max(n-1, 0); shift < 63 && p.Base <= p.Max>>shift {
		ceiling = p.Base << shift // cannot overflow: Base·2^shift ≤ Max
	}
	if ceiling < math.MaxInt64 {
		ceiling++ // rand.N's bound is exclusive
	}
	return rand.N(ceiling) // [!code highlight]
}

// endregion policy

// region do

// errPermanent marks errors that retrying cannot fix.
type errPermanent struct{ err error }

func (e errPermanent) Error() string { return e.err.Error() }
func (e errPermanent) Unwrap() error { return e.err }

// Permanent wraps err so that Do returns it at once instead of retrying:
// use it for "invalid argument", "not found", "permission denied". A nil
// err stays nil.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return errPermanent{err}
}

// Do calls op until it succeeds, returns a Permanent error, or the
// attempts run out, waiting p.Backoff between tries. It returns early with
// the context's cause if ctx is cancelled while waiting.
func Do(ctx context.Context, p Policy, op func(context.Context) error) error {
	var err error
	for n := range max(p.Attempts, 1) {
		if ctx.Err() != nil { // select below picks at random when both are ready
			return errors.Join(context.Cause(ctx), err)
		}
		if n > 0 {
			t := time.NewTimer(p.Backoff(n))
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return errors.Join(context.Cause(ctx), err) // [!code highlight]
			}
		}
		if err = op(ctx); err == nil {
			return nil
		}
		if errors.As(err, new(errPermanent)) {
			return err // as op returned it, with any wrapping around Permanent
		}
	}
	return fmt.Errorf("after %d attempts: %w", max(p.Attempts, 1), err)
}

// endregion do
