//go:build go1.18

// Package syncpooldirtyobject resets each pooled buffer before use.
package syncpooldirtyobject

import (
	"bytes"
	"sync"
)

// region good

var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

// Greeting returns a greeting for name, built in a pooled buffer.
func Greeting(name string) string {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset() // start empty, whatever the last user left // [!code highlight]
	defer bufPool.Put(buf)

	buf.WriteString("Hello, ")
	buf.WriteString(name)
	buf.WriteString("!")
	return buf.String()
}

// endregion good
