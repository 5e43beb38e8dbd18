package r2

import "sync/atomic"

// region counter

// Counter is a counter that is safe for concurrent use, and the zero value
// is ready to use. For a single number, an atomic is simpler and cheaper
// than a mutex.
type Counter struct {
	n atomic.Int64 // [!code highlight]
}

// Inc adds one.
func (c *Counter) Inc() { c.n.Add(1) }

// Value returns the current count.
func (c *Counter) Value() int64 { return c.n.Load() }

// endregion counter
