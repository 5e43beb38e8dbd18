//go:build bad

// Package bad re-arms a timer with Reset alone, which before Go 1.23 can
// leave a stale tick in the timer's channel.
package bad

import "time"

// region restart

// Restart re-arms t to fire d from now, for a loop that flushes on t.C.
//
// BUG (Go 1.22 and earlier): if t fired while the caller was busy and
// nobody received the tick, the tick stays in t.C. Reset does not remove
// it, so the next receive from t.C returns at once, not after d.
func Restart(t *time.Timer, d time.Duration) {
	t.Reset(d) // [!code highlight]
}

// endregion restart
