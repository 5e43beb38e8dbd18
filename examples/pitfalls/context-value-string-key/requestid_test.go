package contextvaluestringkey_test

import (
	"context"
	"testing"

	contextvaluestringkey "fieldguide.dev/examples/pitfalls/context-value-string-key"
)

func TestRequestID(t *testing.T) {
	ctx := contextvaluestringkey.WithRequestID(t.Context(), "abc")
	if id, ok := contextvaluestringkey.RequestID(ctx); !ok || id != "abc" {
		t.Errorf("RequestID = %q, %v", id, ok)
	}
	if id, ok := contextvaluestringkey.RequestID(t.Context()); ok || id != "" {
		t.Errorf("RequestID of a context without one = %q, %v; want \"\", false", id, ok)
	}
}

// Another package stores its own value under the string "request_id". With
// the unexported key type, neither value hides the other; with a string key
// (the Bad version) the later one would win for both readers.
func TestRequestIDDoesNotCollide(t *testing.T) {
	ctx := contextvaluestringkey.WithRequestID(t.Context(), "abc")
	//lint:ignore SA1029 the foreign string key is the collision under test
	ctx = context.WithValue(ctx, "request_id", "foreign")

	if id, ok := contextvaluestringkey.RequestID(ctx); !ok || id != "abc" {
		t.Errorf("RequestID = %q, %v; want \"abc\", true", id, ok)
	}
	if v := ctx.Value("request_id"); v != "foreign" {
		t.Errorf("the other package reads %v, want its own \"foreign\"", v)
	}
}
