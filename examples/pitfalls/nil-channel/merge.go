//go:build go1.7

package nilchannel

import "context"

// region merge

// Merge sends every value from a and b on the returned channel, and closes
// it once both are closed or ctx is cancelled. When one input is closed,
// its variable is set to nil: a receive from a nil channel never proceeds,
// so select stops choosing that case, instead of spinning on the closed
// channel. A consumer that stops reading early cancels ctx, and Merge's
// goroutine returns instead of blocking on its send for good.
func Merge(ctx context.Context, a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			var v int
			var ok bool
			select {
			case v, ok = <-a:
				if !ok {
					a = nil // [!code highlight]
					continue
				}
			case v, ok = <-b:
				if !ok {
					b = nil // [!code highlight]
					continue
				}
			case <-ctx.Done():
				return
			}
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// endregion merge
