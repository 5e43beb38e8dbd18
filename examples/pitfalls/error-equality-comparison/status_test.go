package errorequalitycomparison_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	errorequalitycomparison "fieldguide.dev/examples/pitfalls/error-equality-comparison"
)

// region test

// Errors arrive wrapped: by our own fmt.Errorf, and by net/http's *url.Error.
func TestStatusForWrappedErrors(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{fmt.Errorf("get user 42: %w", errorequalitycomparison.ErrNotFound), http.StatusNotFound},
		{&url.Error{Op: "Get", URL: "http://api", Err: context.DeadlineExceeded}, http.StatusGatewayTimeout},
		{nil, http.StatusOK},
	}
	for _, tt := range tests {
		if got := errorequalitycomparison.StatusFor(tt.err); got != tt.want {
			t.Errorf("StatusFor(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// endregion test

// Errors that are not ErrNotFound, however they look, stay 500; and
// ErrNotFound is found however deeply it is wrapped or joined.
func TestStatusForOtherErrors(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{errors.New("boom"), http.StatusInternalServerError},
		{errors.New("not found"), http.StatusInternalServerError}, // same text, another value
		{fmt.Errorf("%v", errorequalitycomparison.ErrNotFound), http.StatusInternalServerError},
		{fmt.Errorf("handler: %w", fmt.Errorf("get user 42: %w", errorequalitycomparison.ErrNotFound)), http.StatusNotFound},
		{errors.Join(errors.New("cache miss"), errorequalitycomparison.ErrNotFound), http.StatusNotFound},
	}
	for _, tt := range tests {
		if got := errorequalitycomparison.StatusFor(tt.err); got != tt.want {
			t.Errorf("StatusFor(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}
