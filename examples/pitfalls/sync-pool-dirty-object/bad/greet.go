//go:build bad

// Package bad reuses pooled buffers without resetting them.
package bad

import (
	"bytes"
	"sync"
)

// region bad

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

// Greeting returns a greeting for name, built in a pooled buffer.
func Greeting(name string) string {
	buf := bufPool.Get().(*bytes.Buffer) // BUG: still holds the last greeting // [!code highlight]
	defer bufPool.Put(buf)

	buf.WriteString("Hello, ")
	buf.WriteString(name)
	buf.WriteString("!")
	return buf.String()
}

// endregion bad
