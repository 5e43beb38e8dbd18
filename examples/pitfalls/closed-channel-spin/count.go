//go:build go1.7

// Package closedchannelspin ends a select loop when its channel is closed.
package closedchannelspin

import "context"

// region count

// Count receives tasks until tasks is closed or ctx is cancelled, and
// returns how many it got and their sum. The two-value receive reports
// ok == false once tasks is closed and drained, and the loop returns a nil
// error. If ctx ends first, Count returns the partial totals with ctx's
// error, so a caller can tell a cut-short count from a complete one.
func Count(ctx context.Context, tasks <-chan int) (n, sum int, err error) {
	for {
		select {
		case t, ok := <-tasks: // [!code highlight]
			if !ok { // [!code highlight]
				return n, sum, nil // closed: no more tasks
			}
			n++
			sum += t
		case <-ctx.Done():
			return n, sum, ctx.Err()
		}
	}
}

// endregion count
