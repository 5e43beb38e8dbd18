package r2

import (
	"context"
	"errors"
	"time"
)

// Errors returned by Recv.
var (
	ErrTimeout = errors.New("r2: receive timed out")
	ErrClosed  = errors.New("r2: channel closed")
)

// region recv

// Recv waits for a value from ch, but no longer than timeout and not past
// ctx's cancellation. It returns ErrClosed if ch is closed, ErrTimeout if
// the timeout expires first, or context.Cause(ctx) if ctx ends first.
func Recv(ctx context.Context, ch <-chan int, timeout time.Duration) (int, error) {
	select {
	case v, ok := <-ch:
		if !ok {
			return 0, ErrClosed
		}
		return v, nil
	case <-time.After(timeout): // Go 1.23+ collects the timer; no Stop needed
		return 0, ErrTimeout
	case <-ctx.Done():
		return 0, context.Cause(ctx)
	}
}

// endregion recv

// region try-recv

// TryRecv returns a value from ch if one is ready right now; it never
// blocks. ok is false if no value was ready or ch is closed.
func TryRecv(ch <-chan int) (v int, ok bool) {
	select {
	case v, ok = <-ch:
		return v, ok
	default: // [!code highlight]
		return 0, false
	}
}

// endregion try-recv
