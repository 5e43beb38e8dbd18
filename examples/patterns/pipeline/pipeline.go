//go:build go1.18

// Package pipeline connects processing stages with channels. Each stage is
// a goroutine that owns its output channel and closes it when its input is
// exhausted or the context is cancelled.
package pipeline

import "context"

// region source

// Source sends each value on the returned channel, then closes it. It stops
// early if ctx is cancelled.
func Source[T any](ctx context.Context, values ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out) // the stage owns out, so it closes it
		for _, v := range values {
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// endregion source

// region stage

// Map is one stage: it applies fn to every value from in and sends the
// result downstream. The output is unbuffered, so a slow consumer makes
// every stage upstream wait: that is the pipeline's backpressure. Both the
// receive and the send watch ctx, so cancelling it stops every stage.
func Map[In, Out any](ctx context.Context, in <-chan In, fn func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out) // [!code highlight]
		for {
			select {
			case v, ok := <-in:
				if !ok {
					return // upstream is done, so this stage is done
				}
				select {
				case out <- fn(v):
				case <-ctx.Done(): // [!code highlight]
					return
				}
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// endregion stage

// region collect

// Collect is the last stage: it drains in and returns its values. A stage
// closes its output the same way whether its input ran out or ctx was
// cancelled, so the channel cannot say which happened; ctx can. A non-nil
// error means the values may be incomplete. (A run that finished just as
// ctx ended is reported as cut short too: the safe side.)
func Collect[T any](ctx context.Context, in <-chan T) ([]T, error) {
	var all []T
	for v := range in {
		all = append(all, v)
	}
	return all, ctx.Err() // [!code highlight]
}

// endregion collect
