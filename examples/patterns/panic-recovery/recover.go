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
func Recover(log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
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
					slog.String("stack", string(debug.Stack())))
				http.Error(w, "internal server error", http.StatusInternalServerError)
			}()
			next.ServeHTTP(w, r)
		})
	}
}

// endregion http
