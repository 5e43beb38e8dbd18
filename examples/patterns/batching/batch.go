//go:build go1.18

// Package batching groups a stream of values into batches, sent when they
// are full or when the oldest value has waited long enough.
package batching

import (
	"context"
	"time"
)

// region batch

// Batch reads values from in and sends them on in slices of at most size.
// A batch is offered on out when it is full, or maxWait after its first
// value arrived, whichever comes first; the last partial batch is sent when
// in is closed. Each batch gets its own timer, so no tick left over from an
// earlier batch can ever flush a later one, whatever timer semantics the
// main module's go line selects. When ctx ends, Batch drops the batch it
// holds and closes out, so a consumer must check ctx.Err() after its loop
// to tell a cancellation from the end of in. It panics if size is less than
// 1 or maxWait is not positive.
func Batch[T any](ctx context.Context, in <-chan T, size int, maxWait time.Duration) <-chan []T {
	if size < 1 || maxWait <= 0 {
		panic("batching: size must be at least 1 and maxWait positive")
	}
	out := make(chan []T)
	go func() {
		defer close(out)
		var batch []T
		var timer *time.Timer
		var timeout <-chan time.Time // nil while no batch waits: a nil channel never fires // [!code highlight]

		send := func() bool {
			if timer != nil {
				timer.Stop()
				timer, timeout = nil, nil // forget this batch's timer and any tick it sent // [!code highlight]
			}
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
					timer = time.NewTimer(maxWait) // the clock starts with the first value // [!code highlight]
					timeout = timer.C
				}
				batch = append(batch, v)
				if len(batch) == size && !send() {
					return
				}
			case <-timeout:
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
