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
// service a request passes through), its own ID and its parent's, which
// lets a tracing backend nest the spans of one request.
type SpanContext struct {
	TraceID [16]byte
	SpanID  [8]byte
	Parent  [8]byte // the caller's span; zero for the first span of a trace
	Sampled bool
}

// Parse reads a traceparent header, "<version>-<trace-id>-<parent-id>-<flags>",
// into the caller's span, as the W3C Trace Context spec asks: lower-case hex
// only, all-zero IDs invalid, and a later version read for the fields
// version 00 defines, so an upgraded caller does not break the trace.
func Parse(h string) (SpanContext, bool) {
	var sc SpanContext
	if len(h) < 55 || h[2] != '-' || h[35] != '-' || h[52] != '-' {
		return sc, false
	}
	switch version := h[:2]; {
	case !isLowerHex(version) || version == "ff":
		return sc, false
	case version == "00" && len(h) != 55:
		return sc, false
	case len(h) > 55 && h[55] != '-':
		return sc, false // a later version's extra fields start with a dash
	}
	traceID, spanID, flagsHex := h[3:35], h[36:52], h[53:55]
	if !isLowerHex(traceID) || !isLowerHex(spanID) || !isLowerHex(flagsHex) {
		return sc, false
	}
	var flags [1]byte
	// These cannot fail: each field is hex digits of the right length.
	hex.Decode(sc.TraceID[:], []byte(traceID))
	hex.Decode(sc.SpanID[:], []byte(spanID))
	hex.Decode(flags[:], []byte(flagsHex))
	if sc.TraceID == [16]byte{} || sc.SpanID == [8]byte{} {
		return SpanContext{}, false // all-zero IDs are invalid
	}
	sc.Sampled = flags[0]&1 == 1
	return sc, true
}

func isLowerHex(s string) bool {
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
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
		if ok {
			sc.Parent = sc.SpanID // the header carries the caller's span
		} else {
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
