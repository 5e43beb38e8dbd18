//go:build bad

// Package bad counts HTTP requests by path, method and status code.
package bad

import (
	"context"
	"net/http"
	"strconv"
	"sync/atomic"

	prometheusmetrics "fieldguide.dev/examples/patterns/prometheus-metrics"
)

// NewRequests returns the counter Route and Instrument increment.
func NewRequests() *prometheusmetrics.CounterVec {
	return &prometheusmetrics.CounterVec{
		Name:   "http_requests_total",
		Help:   "HTTP requests by route, method and status code.",
		Labels: []string{"route", "method", "code"},
	}
}

// region instrument

// Handle registers h on mux for pattern and counts its requests.
func Handle(mux *http.ServeMux, requests *prometheusmetrics.CounterVec, pattern string, h http.Handler) {
	mux.Handle(pattern, Route(requests, pattern, h))
}

// Route counts the requests h serves. Each request must pass through
// exactly one Route, inside Instrument.
func Route(requests *prometheusmetrics.CounterVec, pattern string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if counted, ok := r.Context().Value(countedKey{}).(*atomic.Bool); ok {
			counted.Store(true)
		}
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			p := recover()
			requests.Inc(r.URL.Path, r.Method, rec.codeLabel(p)) // [!code highlight]
			if p != nil {
				panic(p)
			}
		}()
		h.ServeHTTP(rec, r)
	})
}

// Instrument wraps the server's root handler, usually its ServeMux, and
// counts what no Route counted (the mux's own 404, 405 and redirects).
func Instrument(requests *prometheusmetrics.CounterVec, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		counted := new(atomic.Bool)
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			p := recover()
			if !counted.Load() {
				requests.Inc(r.URL.Path, r.Method, rec.codeLabel(p)) // [!code highlight]
			}
			if p != nil {
				panic(p)
			}
		}()
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), countedKey{}, counted)))
	})
}

// endregion instrument

// countedKey marks a request's context with a flag Route sets, so that
// Instrument knows a route counted it.
type countedKey struct{}

// statusRecorder remembers the status the handler sent.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) {
	// 1xx responses other than 101 come before the final status.
	if s.code == 0 && (code >= 200 || code == http.StatusSwitchingProtocols) {
		s.code = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(p []byte) (int, error) {
	if s.code == 0 {
		s.code = http.StatusOK
	}
	return s.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the server's ResponseWriter.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// codeLabel is the status the client got: the one sent, 500 for a panic
// before anything was sent, or 200 when the handler wrote nothing.
func (s *statusRecorder) codeLabel(panicked any) string {
	switch {
	case s.code != 0:
		return strconv.Itoa(s.code)
	case panicked != nil:
		return "500"
	}
	return "200"
}
