// Package timeequality compares instants with time.Time.Equal.
package timeequality

import "time"

// region same

// Unchanged reports whether a record's update time is still the one a
// client read, so the client's write can go ahead. Equal compares the
// instants: it ignores the location, and it uses the monotonic clock
// readings only when both times have one, which a time read back from
// storage never does.
func Unchanged(read, current time.Time) bool {
	return read.Equal(current) // [!code highlight]
}

// endregion same
