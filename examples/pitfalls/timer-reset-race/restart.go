//go:build go1.1

// Package timerresetrace re-arms a timer so that a tick from its previous
// setting, already in the channel, is not received afterwards.
package timerresetrace

import "time"

// region restart

// Restart re-arms t to fire d from now, for a loop that flushes on t.C.
// Before Go 1.23 a timer that fired unread keeps its tick in t.C, so Stop
// it and drain the channel first. The drain does not block, because the
// caller may already have received the tick. With the old timers a narrow
// race remains: Stop can report false before the tick reaches t.C, and then
// the tick arrives after Reset. Since Go 1.23 (a main module whose go line
// says 1.23 or later) t.Reset(d) alone is enough, and the drain is harmless.
func Restart(t *time.Timer, d time.Duration) {
	if !t.Stop() {
		select {
		case <-t.C: // discard the stale tick // [!code highlight]
		default:
		}
	}
	t.Reset(d)
}

// endregion restart
