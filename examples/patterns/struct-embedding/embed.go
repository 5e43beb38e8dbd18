//go:build go1.13

// Package structembedding shows struct embedding as composition: the outer
// type gets the inner type's fields and methods promoted, and the inner
// value stays a separate value with its own methods.
package structembedding

import (
	"fmt"
	"io"
)

// region promote

// Logger writes prefixed lines.
type Logger struct {
	Prefix string
	Out    io.Writer
}

// Log writes one line with the prefix.
func (l *Logger) Log(msg string) {
	fmt.Fprintf(l.Out, "[%s] %s\n", l.Prefix, msg)
}

// Service embeds a Logger: svc.Log(…) is shorthand for svc.Logger.Log(…).
// The Logger is a field named Logger, not a base class.
type Service struct {
	*Logger // [!code highlight]
	name    string
}

// Start uses the promoted method.
func (s *Service) Start() {
	s.Log("starting " + s.name)
}

// endregion promote

// NewService returns a Service that logs to out. Use it: the zero Service
// has a nil *Logger, and Start would panic.
func NewService(name string, out io.Writer) *Service {
	return &Service{Logger: &Logger{Prefix: "svc", Out: out}, name: name}
}

// region compose

// ReadWriter composes a reader and a writer into one io.ReadWriter.
// Embedding the interfaces promotes Read and Write, so no forwarding
// methods are needed.
type ReadWriter struct {
	io.Reader
	io.Writer
}

// NewReadWriter requires both halves and panics without them: an embedded
// nil interface compiles, and calling its method would panic later, far
// from the mistake.
func NewReadWriter(r io.Reader, w io.Writer) *ReadWriter {
	if r == nil || w == nil {
		panic("structembedding: NewReadWriter needs a reader and a writer")
	}
	return &ReadWriter{Reader: r, Writer: w}
}

// The compiler checks that *ReadWriter implements io.ReadWriter.
var _ io.ReadWriter = (*ReadWriter)(nil) // [!code highlight]

// endregion compose
