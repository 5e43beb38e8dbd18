//go:build bad

// Package bad calls another service and reports its failures as errors.
package bad

import (
	"fmt"
	"net/http"
)

// region is

// StatusError is a response from the upstream service with a status that
// is not 2xx. Err, when set, is what the service said went wrong.
type StatusError struct {
	Code int
	Err  error
}

func (e *StatusError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("upstream: %d %s", e.Code, http.StatusText(e.Code))
	}
	return fmt.Sprintf("upstream: %d %s: %v", e.Code, http.StatusText(e.Code), e.Err)
}

func (e *StatusError) Unwrap() error { return e.Err }

// Is reports whether target is a *StatusError with the same Code, so that
// errors.Is(err, ErrNotFound) matches any 404, whatever its Err.
func (e *StatusError) Is(target error) bool {
	return target.(*StatusError).Code == e.Code // [!code highlight]
}

// endregion is

// ErrNotFound and ErrUnavailable match any StatusError with their code.
var (
	ErrNotFound    = &StatusError{Code: http.StatusNotFound}
	ErrUnavailable = &StatusError{Code: http.StatusServiceUnavailable}
)
