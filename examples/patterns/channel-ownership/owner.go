//go:build go1.20

// Package channelownership shows the ownership rule for channels: the
// goroutine that makes a channel sends on it and closes it; everyone else
// only receives, and the channel types say so.
package channelownership

import "context"

// region owner

// Count sends 1, 2, ... n and closes the channel. Count is the owner: it
// makes the channel, is its only sender and closes it when done, so no one
// can send on it after the close. Callers get a receive-only view: the
// compiler rejects a send or a close on it.
func Count(ctx context.Context, n int) <-chan int { // [!code highlight]
	ch := make(chan int)
	go func() {
		defer close(ch) // the owner closes, on every path // [!code highlight]
		for i := 1; i <= n; i++ {
			// A select with both cases ready picks one at random: check ctx
			// first, so a cancelled caller gets no more values.
			if ctx.Err() != nil {
				return
			}
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

// endregion owner

// region consumer

// Sum receives until the owner closes in. A consumer takes a receive-only
// channel: it never closes it, because it cannot know whether the owner
// is about to send again.
func Sum(in <-chan int) int {
	total := 0
	for v := range in { // ends when the owner closes in
		total += v
	}
	return total
}

// endregion consumer

// region send-only

// Emit sends values on out until they run out or ctx ends. It takes a
// send-only channel: it sends but does not own out, so it does not close it;
// whoever made out closes it once every Emit has returned.
func Emit(ctx context.Context, out chan<- string, values ...string) error {
	for _, v := range values {
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		select {
		case out <- v:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
	return nil
}

// endregion send-only
