//go:build bad

package bad

import "context"

// region compute

// Compute runs f in a new goroutine and returns its result, or ctx's error
// if ctx ends first.
//
// BUG: ch is unbuffered. When ctx wins the select, nobody will ever receive
// from ch, so the goroutine blocks on its send forever, keeping f's result
// and everything it references alive.
func Compute[T any](ctx context.Context, f func() T) (T, error) {
	ch := make(chan T) // [!code highlight]
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
