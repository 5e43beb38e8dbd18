//go:build bad

// Package bad receives from a channel in a select loop without checking
// whether it is closed.
package bad

import "context"

// region count

// Count receives tasks until tasks is closed or ctx is cancelled, and
// returns how many it got and their sum, with ctx's error if ctx ended it.
//
// BUG: a receive from a closed channel succeeds at once with the zero
// value. Once tasks is closed, the first case is always ready, so the loop
// spins at full speed, "receiving" zeros, until ctx ends it, or forever.
func Count(ctx context.Context, tasks <-chan int) (n, sum int, err error) {
	for {
		select {
		case t := <-tasks: // [!code highlight]
			n++
			sum += t
		case <-ctx.Done():
			return n, sum, ctx.Err()
		}
	}
}

// endregion count
