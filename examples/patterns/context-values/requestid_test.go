package contextvalues_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	contextvalues "fieldguide.dev/examples/patterns/context-values"
)

// region proof

// A string key "request_id" set by some other package does not collide with
// ours, and the middleware's ID reaches the handler.
func TestRequestID(t *testing.T) {
	type otherKey string // another package's key with the same name
	ctx := context.WithValue(context.Background(), otherKey("request_id"), "spoofed")
	if id, ok := contextvalues.RequestID(ctx); ok {
		t.Fatalf("RequestID = %q, want none", id)
	}

	var seen string
	h := contextvalues.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen, _ = contextvalues.RequestID(r.Context())
	}))
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("X-Request-ID", "abc123")
	h.ServeHTTP(httptest.NewRecorder(), req)
	if seen != "abc123" {
		t.Errorf("handler saw %q, want the incoming ID", seen)
	}
}

// endregion proof

func TestGeneratedID(t *testing.T) {
	var seen string
	h := contextvalues.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen, _ = contextvalues.RequestID(r.Context())
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if seen == "" || rec.Header().Get("X-Request-ID") != seen {
		t.Errorf("generated ID %q not propagated", seen)
	}
}
