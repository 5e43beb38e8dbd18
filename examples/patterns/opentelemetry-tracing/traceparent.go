//go:build go1.24

// Package opentelemetrytracing shows, with the standard library only, the
// part of distributed tracing that crosses process boundaries: the W3C
// Trace Context header "traceparent" that OpenTelemetry propagates. Real
// services use the OpenTelemetry SDK, which also records, samples and
// exports the spans.
package opentelemetrytracing

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
)

// region span-context

// SpanContext identifies one span: the trace it belongs to (shared by every
// service a request passes through) and its own ID.
type SpanContext struct {
	TraceID [16]byte
	SpanID  [8]byte
	Sampled bool
}

// Parse reads a traceparent header: "00-<trace-id>-<parent-id>-<flags>".
func Parse(h string) (SpanContext, bool) {
	var sc SpanContext
	if len(h) != 55 || h[:3] != "00-" || h[35] != '-' || h[52] != '-' {
		return sc, false
	}
	var flags [1]byte
	if _, err := hex.Decode(sc.TraceID[:], []byte(h[3:35])); err != nil {
		return sc, false
	}
	if _, err := hex.Decode(sc.SpanID[:], []byte(h[36:52])); err != nil {
		return sc, false
	}
	if _, err := hex.Decode(flags[:], []byte(h[53:55])); err != nil {
		return sc, false
	}
	if sc.TraceID == [16]byte{} || sc.SpanID == [8]byte{} {
		return sc, false // all-zero IDs are invalid
	}
	sc.Sampled = flags[0]&1 == 1
	return sc, true
}

// String formats sc as a traceparent header value.
func (sc SpanContext) String() string {
	flags := 0
	if sc.Sampled {
		flags = 1
	}
	return fmt.Sprintf("00-%x-%x-%02x", sc.TraceID, sc.SpanID, flags)
}

// endregion span-context

// region propagate

type spanKey struct{}

// FromContext returns the span stored by Middleware.
func FromContext(ctx context.Context) (SpanContext, bool) {
	sc, ok := ctx.Value(spanKey{}).(SpanContext)
	return sc, ok
}

// Middleware continues the caller's trace, or starts one if the request
// has no valid traceparent, and gives this server's work a new span ID.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sc, ok := Parse(r.Header.Get("traceparent"))
		if !ok {
			rand.Read(sc.TraceID[:]) // never fails (Go 1.24)
			sc.Sampled = true
		}
		rand.Read(sc.SpanID[:])
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), spanKey{}, sc)))
	})
}

// Inject puts the current span into an outgoing request, so the next
// service joins the same trace.
func Inject(ctx context.Context, req *http.Request) {
	if sc, ok := FromContext(ctx); ok {
		req.Header.Set("traceparent", sc.String()) // [!code highlight]
	}
}

// endregion propagate
