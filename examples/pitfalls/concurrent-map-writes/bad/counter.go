//go:build bad

// Package bad writes a map from several goroutines without a lock.
package bad

// region counter

// Counter counts hits per path. HTTP handlers call Inc from many goroutines.
type Counter struct {
	hits map[string]int
}

// NewCounter returns an empty Counter.
func NewCounter() *Counter {
	return &Counter{hits: make(map[string]int)}
}

// Inc counts one hit on path.
func (c *Counter) Inc(path string) {
	c.hits[path]++ // [!code highlight]
}

// Count returns the hits on path so far.
func (c *Counter) Count(path string) int {
	return c.hits[path]
}

// endregion counter
