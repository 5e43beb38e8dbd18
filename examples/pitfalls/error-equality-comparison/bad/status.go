//go:build bad

// Package bad compares errors with ==.
package bad

import (
	"context"
	"errors"
	"net/http"
)

// ErrNotFound reports a missing record.
var ErrNotFound = errors.New("not found")

// region status

// StatusFor maps an error to an HTTP status.
//
// BUG: == is true only for the very same error value. Once anyone wraps the
// error, as the store and net/http both do, every case misses and the
// client gets a 500.
func StatusFor(err error) int {
	switch err {
	case nil:
		return http.StatusOK
	case ErrNotFound: // [!code highlight]
		return http.StatusNotFound
	case context.DeadlineExceeded: // [!code highlight]
		return http.StatusGatewayTimeout
	default:
		return http.StatusInternalServerError
	}
}

// endregion status
