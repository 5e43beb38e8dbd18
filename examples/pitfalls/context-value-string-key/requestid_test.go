package contextvaluestringkey_test

import (
	"context"
	"testing"

	contextvaluestringkey "fieldguide.dev/examples/pitfalls/context-value-string-key"
)

func TestRequestID(t *testing.T) {
	ctx := contextvaluestringkey.WithRequestID(context.Background(), "abc")
	if id, ok := contextvaluestringkey.RequestID(ctx); !ok || id != "abc" {
		t.Errorf("RequestID = %q, %v", id, ok)
	}
}
