//go:build go1.13

// Package blockingwithoutcontext shows a channel receive that also waits on
// the context, so the caller can stop waiting.
package blockingwithoutcontext

import "context"

// region next

// Next returns the next result from ch. It waits for either a result or
// the end of ctx, so a cancelled caller is never stuck on a channel that
// may never deliver.
func Next(ctx context.Context, ch <-chan int) (int, error) {
	select {
	case v := <-ch:
		return v, nil // the received value is used, not just declared
	case <-ctx.Done(): // [!code highlight]
		return 0, ctx.Err() // [!code highlight]
	}
}

// endregion next
