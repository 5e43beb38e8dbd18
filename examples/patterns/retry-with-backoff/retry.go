//go:build go1.22

// Package retrywithbackoff retries a failing operation with exponentially
// growing, randomized waits, gives up after a bounded number of attempts,
// and stops at once when the context is cancelled.
package retrywithbackoff

import (
	"context"
	"errors"
	"fmt"
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
// jitter") keeps clients that failed together from retrying together.
func (p Policy) Backoff(n int) time.Duration {
	ceiling := p.Max
	if shift := n - 1; shift < 32 && p.Base<<shift < p.Max && p.Base<<shift > 0 {
		ceiling = p.Base << shift
	}
	return rand.N(ceiling + 1) // [!code highlight]
}

// endregion policy

// region do

// errPermanent marks errors that retrying cannot fix.
type errPermanent struct{ err error }

func (e errPermanent) Error() string { return e.err.Error() }
func (e errPermanent) Unwrap() error { return e.err }

// Permanent wraps err so that Do returns it at once instead of retrying:
// use it for "invalid argument", "not found", "permission denied".
func Permanent(err error) error { return errPermanent{err} }

// Do calls op until it succeeds, returns a Permanent error, or the
// attempts run out, waiting p.Backoff between tries. It returns early with
// the context's cause if ctx is cancelled while waiting.
func Do(ctx context.Context, p Policy, op func(context.Context) error) error {
	var err error
	for n := range max(p.Attempts, 1) {
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
		var perm errPermanent
		if errors.As(err, &perm) {
			return perm.err
		}
	}
	return fmt.Errorf("after %d attempts: %w", max(p.Attempts, 1), err)
}

// endregion do
