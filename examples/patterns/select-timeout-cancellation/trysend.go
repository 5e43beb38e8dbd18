//go:build go1.18

package selecttimeoutcancellation

// region try-send

// TrySend sends v on ch if a receiver or buffer space is ready right now,
// and reports whether it did. It never blocks: with a default case, select
// takes whichever case is ready, or default if none is. Use it to drop
// values (metrics, progress updates) rather than stall the sender.
func TrySend[T any](ch chan<- T, v T) bool {
	select {
	case ch <- v:
		return true
	default: // [!code highlight]
		return false
	}
}

// endregion try-send
