package contextvalues_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
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

// region untrusted

// idSeenByHandler sends a request with X-Request-ID: sent through the
// middleware and returns the ID the handler finds in its context.
func idSeenByHandler(sent string) string {
	var seen string
	h := contextvalues.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen, _ = contextvalues.RequestID(r.Context())
	}))
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("X-Request-ID", sent)
	h.ServeHTTP(httptest.NewRecorder(), req)
	return seen
}

// A client can send anything in X-Request-ID: a megabyte, a newline that
// forges a log line, another user's ID. Anything but a short token is
// replaced by a fresh ID.
func TestUntrustedIDIsReplaced(t *testing.T) {
	for _, sent := range []string{
		"",
		strings.Repeat("a", 65),
		"abc\nlevel=ERROR msg=forged",
		"<script>",
		"abc def",
	} {
		seen := idSeenByHandler(sent)
		if seen == sent || seen == "" {
			t.Errorf("sent %q, handler saw %q, want a fresh ID", sent, seen)
		}
	}
}

// endregion untrusted

// The longest ID kept is 64 characters, such as a UUID with its hyphens.
func TestTokenIDIsKept(t *testing.T) {
	for _, sent := range []string{strings.Repeat("a", 64), "123e4567-e89b-12d3-a456-426614174000", "req_42"} {
		seen := idSeenByHandler(sent)
		if seen != sent {
			t.Errorf("sent %q, handler saw %q, want it kept", sent, seen)
		}
	}
}
