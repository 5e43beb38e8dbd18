//go:build bad

// Package bad compares time.Time values with ==.
package bad

import "time"

// region same

// Unchanged reports whether a record's update time is still the one a
// client read, so the client's write can go ahead.
//
// BUG: == compares the whole struct: the wall clock, the monotonic clock
// reading and the location. The same instant read back from a database (in
// UTC, without a monotonic reading) is != the time.Now() it was made from.
func Unchanged(read, current time.Time) bool {
	return read == current // [!code highlight]
}

// endregion same
