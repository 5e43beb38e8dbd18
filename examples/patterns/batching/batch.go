//go:build go1.23

// Package batching groups a stream of values into batches, sent when they
// are full or when the oldest value has waited long enough.
package batching

import (
	"context"
	"time"
)

// region batch

// Batch reads values from in and sends them on in slices of at most size.
// A batch is sent when it is full, or maxWait after its first value
// arrived, whichever comes first; the last partial batch is sent when in is
// closed. It relies on Go 1.23 timers: after Stop or Reset returns, no
// stale tick from the previous setting can be received from timer.C.
func Batch[T any](ctx context.Context, in <-chan T, size int, maxWait time.Duration) <-chan []T {
	out := make(chan []T)
	go func() {
		defer close(out)
		var batch []T
		timer := time.NewTimer(maxWait)
		timer.Stop() // runs only while a batch is waiting

		send := func() bool {
			timer.Stop()
			select {
			case out <- batch:
				batch = nil // a new slice: the receiver owns the old one // [!code highlight]
				return true
			case <-ctx.Done():
				return false
			}
		}

		for {
			select {
			case v, ok := <-in:
				if !ok {
					if len(batch) > 0 {
						send()
					}
					return
				}
				if len(batch) == 0 {
					timer.Reset(maxWait) // the clock starts with the first value // [!code highlight]
				}
				batch = append(batch, v)
				if len(batch) == size && !send() {
					return
				}
			case <-timer.C: // only running while batch is not empty
				if !send() {
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// endregion batch
