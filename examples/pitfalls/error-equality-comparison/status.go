//go:build go1.13

// Package errorequalitycomparison shows errors matched with errors.Is, which
// sees through wrapping, instead of ==, which does not.
package errorequalitycomparison

import (
	"context"
	"errors"
	"net/http"
)

// ErrNotFound reports a missing record.
var ErrNotFound = errors.New("not found")

// region status

// StatusFor maps an error to an HTTP status. errors.Is unwraps err until it
// finds the target, so "get user 42: not found" still maps to 404 and a
// *url.Error wrapping context.DeadlineExceeded maps to 504.
func StatusFor(err error) int {
	switch {
	case err == nil:
		return http.StatusOK
	case errors.Is(err, ErrNotFound): // [!code highlight]
		return http.StatusNotFound
	case errors.Is(err, context.DeadlineExceeded): // [!code highlight]
		return http.StatusGatewayTimeout
	default:
		return http.StatusInternalServerError
	}
}

// endregion status
