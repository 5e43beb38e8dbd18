//go:build go1.1

// Package timerresetrace re-arms a timer so that no tick from its previous
// setting can be received afterwards, on every Go release.
package timerresetrace

import "time"

// region restart

// Restart re-arms t to fire d from now, for a loop that flushes on t.C.
// Before Go 1.23 a timer that fired unread keeps its tick in t.C, so Stop
// it and drain the channel first. The drain does not block, because the
// caller may already have received the tick. Since Go 1.23 (go.mod go 1.23
// or later) t.Reset(d) alone is enough, and this version stays correct.
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
