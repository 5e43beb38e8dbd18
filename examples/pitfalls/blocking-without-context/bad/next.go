//go:build bad

// Package bad blocks on a channel without watching its context.
package bad

import "context"

// region next

// Next returns the next result from ch.
//
// BUG: it takes a context and ignores it. If no value ever arrives (the
// producer failed, or gave up), the receive blocks forever, and so does
// the goroutine of every caller, whatever their deadlines.
func Next(ctx context.Context, ch <-chan int) (int, error) {
	return <-ch, nil // [!code highlight]
}

// endregion next
