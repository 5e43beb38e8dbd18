//go:build bad

package bad_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"fieldguide.dev/examples/pitfalls/error-equality-comparison/bad"
)

// region test

// Errors arrive wrapped: by our own fmt.Errorf, and by net/http's *url.Error.
func TestStatusForWrappedErrors(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{fmt.Errorf("get user 42: %w", bad.ErrNotFound), http.StatusNotFound},
		{&url.Error{Op: "Get", URL: "http://api", Err: context.DeadlineExceeded}, http.StatusGatewayTimeout},
		{nil, http.StatusOK},
	}
	for _, tt := range tests {
		if got := bad.StatusFor(tt.err); got != tt.want {
			t.Errorf("StatusFor(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// endregion test
