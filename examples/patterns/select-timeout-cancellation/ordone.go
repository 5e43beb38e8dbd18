//go:build go1.18

package selecttimeoutcancellation

import "context"

// region or-done

// OrDone forwards values from in until in is closed or ctx is done, and
// then closes its output. A consumer can range over the result and still
// stop on cancellation, without writing a select in its own loop.
func OrDone[T any](ctx context.Context, in <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for {
			select {
			case v, ok := <-in:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// endregion or-done
