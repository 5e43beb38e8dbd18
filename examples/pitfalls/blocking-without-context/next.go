//go:build go1.13

// Package blockingwithoutcontext shows a channel receive that also waits on
// the context, so the caller can stop waiting.
package blockingwithoutcontext

import (
	"context"
	"errors"
)

// ErrClosed reports that the producer closed the channel: no more results.
var ErrClosed = errors.New("no more results: channel closed")

// region next

// Next returns the next result from ch. It waits for either a result or
// the end of ctx, so a cancelled caller is never stuck on a channel that
// may never deliver. Once the producer has closed ch, it returns ErrClosed.
func Next(ctx context.Context, ch <-chan int) (int, error) {
	select {
	case v, ok := <-ch:
		if !ok {
			return 0, ErrClosed // a closed channel yields zero values forever
		}
		return v, nil
	case <-ctx.Done(): // [!code highlight]
		return 0, ctx.Err() // [!code highlight]
	}
}

// endregion next
