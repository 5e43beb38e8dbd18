//go:build bad

// Package bad pads a struct "against false sharing" with no profile to
// show there is any, and in a place where the padding cannot help.
package bad

import "sync/atomic"

// region bad

// Stats counts requests and errors from many goroutines.
type Stats struct {
	Requests atomic.Uint64
	Errors   atomic.Uint64
	_        [7]uint64 // "prevents false sharing": but Requests and Errors are still neighbours // [!code highlight]
}

// endregion bad
