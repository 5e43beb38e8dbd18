//go:build go1.21

// Package selecttimeoutcancellation waits on channels without waiting
// forever: a receive bounded by a timeout and a context, an or-done
// wrapper, and a non-blocking send.
package selecttimeoutcancellation

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Errors returned by Recv. ErrTimeout wraps context.DeadlineExceeded, so
// errors.Is(err, context.DeadlineExceeded) holds for it too.
var (
	ErrClosed  = errors.New("channel closed")
	ErrTimeout = fmt.Errorf("receive timed out: %w", context.DeadlineExceeded)
)

// region recv

// Recv returns the next value from ch. It gives up after timeout, with
// ErrTimeout, or when ctx ends, with ctx's cause: the caller can tell its
// own cancellation or deadline from Recv's timeout. Folding the timeout
// into a derived context leaves one Done channel to watch.
func Recv[T any](ctx context.Context, ch <-chan T, timeout time.Duration) (T, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, ErrTimeout) // [!code highlight]
	defer cancel()                                                    // releases the timer at once

	var zero T
	// select picks at random among ready cases: without this check, a
	// value waiting in ch would win about half the time over a context
	// that had already ended, or a timeout of 0.
	if ctx.Err() != nil {
		return zero, context.Cause(ctx)
	}
	select {
	case v, ok := <-ch:
		if !ok {
			return zero, ErrClosed
		}
		return v, nil
	case <-ctx.Done(): // [!code highlight]
		return zero, context.Cause(ctx)
	}
}

// endregion recv
