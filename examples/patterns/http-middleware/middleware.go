//go:build go1.21

// Package httpmiddleware composes HTTP middleware: functions that wrap an
// http.Handler to add behaviour (logging, authentication, recovery) before
// and after the handler runs, without the handler knowing.
package httpmiddleware

import (
	"log/slog"
	"net/http"
	"time"
)

// region chain

// Middleware wraps a handler in another handler.
type Middleware func(http.Handler) http.Handler

// Chain composes middleware so that the first one is the outermost: with
// Chain(a, b)(h), a request passes through a, then b, then h.
func Chain(mws ...Middleware) Middleware {
	return func(next http.Handler) http.Handler {
		for i := len(mws) - 1; i >= 0; i-- { // wrap from the inside out
			next = mws[i](next)
		}
		return next
	}
}

// endregion chain

// region logging

// Logging logs one record per request with its method, path, status and
// duration.
func Logging(log *slog.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
			next.ServeHTTP(rec, r)
			log.InfoContext(r.Context(), "request",
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", rec.status),
				slog.Duration("duration", time.Since(start)))
		})
	}
}

// statusRecorder remembers the status code the client got: the first
// final one. A WriteHeader after the response has started changes nothing
// on the wire (net/http logs "superfluous WriteHeader"), so it must not
// change the log either.
type statusRecorder struct {
	http.ResponseWriter
	status  int
	started bool
}

func (r *statusRecorder) WriteHeader(code int) {
	if !r.started && code >= 200 {
		r.status, r.started = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	r.started = true // an implicit 200, already in status
	return r.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the real ResponseWriter (for
// deadlines, Hijack) through the wrapper.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// FlushError and Flush pass a flush on: a handler that streams and asserts
// w.(http.Flusher) directly would otherwise find the wrapper cannot flush.
// The real writer's error, such as http.ErrNotSupported, comes back. A
// flush that worked sent the header, so the status is settled from then on.
func (r *statusRecorder) FlushError() error {
	err := http.NewResponseController(r.ResponseWriter).Flush()
	if err == nil {
		r.started = true
	}
	return err
}

func (r *statusRecorder) Flush() { _ = r.FlushError() }

// endregion logging

// region auth

// RequireToken rejects requests whose Authorization header valid does not
// accept, and never calls the next handler for them.
func RequireToken(valid func(token string) bool) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !valid(r.Header.Get("Authorization")) {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return // [!code highlight]
			}
			next.ServeHTTP(w, r)
		})
	}
}

// endregion auth
