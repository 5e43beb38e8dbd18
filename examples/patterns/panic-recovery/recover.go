//go:build go1.21

// Package panicrecovery stops a panic in one request from taking down the
// whole server: at the boundary where a request enters, a deferred recover
// turns the panic into an error response and a log record with the stack.
package panicrecovery

import (
	"bufio"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
)

// region http

// Recover returns middleware that answers 500 when next panics, and logs
// the panic value with the stack trace. Put it outermost in the chain, so
// it also covers the other middleware.
//
// A 500 is possible only while nothing has been written: once the status
// line has gone out, the status cannot change, and appending an error to a
// half-written body would hand the client a plausible-looking 200. Then
// Recover logs the panic and aborts the response with http.ErrAbortHandler,
// so the client sees a broken response, not a complete one (unless the
// whole body had already been sent).
func Recover(log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			tw := &writeTracker{ResponseWriter: w}
			defer func() {
				v := recover() // [!code highlight]
				if v == nil {
					return
				}
				if err, ok := v.(error); ok && errors.Is(err, http.ErrAbortHandler) {
					// net/http's own signal to abort the response: pass it on as
					// the sentinel itself, which the server compares with ==.
					panic(http.ErrAbortHandler)
				}
				log.ErrorContext(r.Context(), "panic in handler",
					slog.Any("panic", v),
					slog.String("path", r.URL.Path),
					slog.Bool("response_started", tw.wrote),
					slog.String("stack", string(debug.Stack())))
				if tw.wrote { // [!code highlight]
					panic(http.ErrAbortHandler) // too late for a 500: cut the response off
				}
				http.Error(w, "internal server error", http.StatusInternalServerError)
			}()
			next.ServeHTTP(tw, r)
		})
	}
}

// endregion http

// region tracker

// writeTracker records whether the handler has started the response, by
// any of the ways net/http offers: a final status, a body write, a flush,
// a copy through io.ReaderFrom, or a hijack. Unwrap lets
// http.ResponseController reach the real writer for the rest (deadlines,
// full duplex).
type writeTracker struct {
	http.ResponseWriter
	wrote bool
}

func (w *writeTracker) WriteHeader(code int) {
	// 1xx informational headers do not start the response, except 101
	// Switching Protocols, which net/http treats as final.
	if code >= 200 || code == http.StatusSwitchingProtocols {
		w.wrote = true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *writeTracker) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

// FlushError is what http.ResponseController.Flush calls: the real
// writer's error, such as http.ErrNotSupported, reaches the handler.
func (w *writeTracker) FlushError() error {
	w.wrote = true
	return http.NewResponseController(w.ResponseWriter).Flush()
}

// Flush serves handlers that still assert http.Flusher.
func (w *writeTracker) Flush() { _ = w.FlushError() }

// ReadFrom keeps io.Copy on the real writer's fast path (sendfile).
func (w *writeTracker) ReadFrom(r io.Reader) (int64, error) {
	w.wrote = true
	if rf, ok := w.ResponseWriter.(io.ReaderFrom); ok {
		return rf.ReadFrom(r)
	}
	return io.Copy(writerOnly{w.ResponseWriter}, r)
}

// writerOnly hides every method but Write, so io.Copy cannot loop back
// into ReadFrom.
type writerOnly struct{ io.Writer }

// Hijack hands the connection over; after it, the handler owns it and
// nothing may be written through the ResponseWriter.
func (w *writeTracker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, rw, err := http.NewResponseController(w.ResponseWriter).Hijack()
	if err == nil {
		w.wrote = true
	}
	return conn, rw, err
}

func (w *writeTracker) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// endregion tracker
