//go:build go1.21

// Package panicrecovery stops a panic in one request from taking down the
// whole server: at the boundary where a request enters, a deferred recover
// turns the panic into an error response and a log record with the stack.
package panicrecovery

import (
	"errors"
	"log/slog"
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
// so the client sees a broken response, not a complete one.
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
					panic(v) // net/http's own signal to abort the response: pass it on
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

// writeTracker records whether the handler has started the response.
// Unwrap lets http.ResponseController reach the real writer (to flush,
// hijack or set deadlines), and Flush is forwarded for handlers that still
// assert http.Flusher.
type writeTracker struct {
	http.ResponseWriter
	wrote bool
}

func (w *writeTracker) WriteHeader(code int) {
	if code >= 200 { // a 1xx informational header does not start the response
		w.wrote = true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *writeTracker) Write(b []byte) (int, error) {
	w.wrote = true
	return w.ResponseWriter.Write(b)
}

func (w *writeTracker) Flush() {
	w.wrote = true
	_ = http.NewResponseController(w.ResponseWriter).Flush() // not every writer can flush
}

func (w *writeTracker) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// endregion tracker
