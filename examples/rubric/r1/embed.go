//go:build go1.1

package r1

import (
	"fmt"
	"io"
)

// region embed

// Logger prefixes messages; Service gets its Log method by embedding it.
type Logger struct {
	Prefix string
	Out    io.Writer
}

// Log writes msg with the prefix.
func (l *Logger) Log(msg string) {
	fmt.Fprintf(l.Out, "[%s] %s\n", l.Prefix, msg)
}

// Warn logs msg as a warning. It calls l.Log, Logger's own Log, whatever
// type Logger is embedded in: Go has no virtual methods.
func (l *Logger) Warn(msg string) { l.Log("WARN " + msg) }

// Service embeds Logger, so svc.Log and svc.Warn are promoted: they mean
// svc.Logger.Log and svc.Logger.Warn.
type Service struct {
	*Logger // [!code highlight]
	Name    string
}

// endregion embed

// region shadow

// Audited declares its own Log. That shadows the promoted Logger.Log for
// calls on an Audited value; it does not override it: Logger.Warn still
// calls Logger.Log.
type Audited struct {
	*Logger
}

// Log writes msg with an AUDIT mark.
func (a Audited) Log(msg string) { a.Logger.Log("AUDIT " + msg) }

// endregion shadow

// region compose

// ReadWriter is both an io.Reader and an io.Writer: Read and Write are
// promoted from the two embedded interfaces. (bufio.ReadWriter is built
// the same way.)
type ReadWriter struct {
	io.Reader
	io.Writer
}

// NewReadWriter combines r and w.
func NewReadWriter(r io.Reader, w io.Writer) *ReadWriter {
	return &ReadWriter{Reader: r, Writer: w}
}

// endregion compose
