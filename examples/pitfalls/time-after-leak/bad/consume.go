//go:build bad

// Package bad calls time.After on every iteration of a receive loop.
package bad

import "time"

// region consume

// Consume counts the values received from ch until ch is closed, or until
// no value has arrived for idle.
//
// BUG (Go 1.22 and earlier): every iteration creates a timer with
// time.After. Until a timer fires, the runtime keeps it, and its channel,
// alive even though nothing references it any more. A busy loop with a
// long idle timeout piles up one timer per value received.
func Consume(ch <-chan int, idle time.Duration) (n int) {
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				return n
			}
			n++
		case <-time.After(idle): // a new timer per iteration // [!code highlight]
			return n
		}
	}
}

// endregion consume
