package goroutineleak

import "context"

// region compute

// Compute runs f in a new goroutine and returns its result, or ctx's error
// if ctx ends first. The channel has room for the one result, so the
// goroutine can always deliver it and exit, even after Compute has given up
// and nobody will ever receive it.
func Compute[T any](ctx context.Context, f func() T) (T, error) {
	ch := make(chan T, 1) // [!code highlight]
	go func() { ch <- f() }()

	select {
	case v := <-ch:
		return v, nil
	case <-ctx.Done():
		var zero T
		return zero, context.Cause(ctx)
	}
}

// endregion compute
