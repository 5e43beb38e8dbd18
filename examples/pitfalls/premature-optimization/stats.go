//go:build go1.19

// Package prematureoptimization keeps the simple version until a
// benchmark shows it is too slow.
package prematureoptimization

import "sync/atomic"

// region good

// Stats counts requests and errors from many goroutines. Plain atomics:
// correct, simple, and fast enough until a benchmark under real
// contention says otherwise.
type Stats struct {
	Requests atomic.Uint64 // [!code highlight]
	Errors   atomic.Uint64 // [!code highlight]
}

// endregion good
