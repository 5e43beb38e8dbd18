//go:build go1.21

// Package selecttimeoutcancellation waits on channels without waiting
// forever: a receive bounded by a timeout and a context, an or-done
// wrapper, and a non-blocking send.
package selecttimeoutcancellation

import (
	"context"
	"errors"
	"time"
)

// ErrClosed is returned by Recv when the channel is closed.
var ErrClosed = errors.New("channel closed")

// region recv

// Recv returns the next value from ch. It gives up after timeout, or when
// ctx is cancelled, and then returns context.DeadlineExceeded or the
// cancellation cause. Folding the timeout into a derived context leaves
// one Done channel to watch and one error type to return.
func Recv[T any](ctx context.Context, ch <-chan T, timeout time.Duration) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout) // [!code highlight]
	defer cancel()                                   // releases the timer at once

	var zero T
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
