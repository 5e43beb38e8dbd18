//go:build go1.13

package constructors

import (
	"errors"
	"fmt"
	"time"
)

// region validating

// RetryPolicy says how often and how patiently to retry. It is a small
// value with value-receiver methods, so its constructor returns a value,
// not a pointer.
type RetryPolicy struct {
	attempts int
	base     time.Duration
}

// NewRetryPolicy checks its arguments, so a RetryPolicy that exists is
// valid, and no method has to check again.
func NewRetryPolicy(attempts int, base time.Duration) (RetryPolicy, error) {
	if attempts < 1 {
		return RetryPolicy{}, fmt.Errorf("retry policy: attempts = %d, need at least 1", attempts) // [!code highlight]
	}
	if base <= 0 {
		return RetryPolicy{}, errors.New("retry policy: base delay must be positive")
	}
	return RetryPolicy{attempts: attempts, base: base}, nil
}

// Delay returns how long to wait before retry n (1-based): the base delay,
// doubled for each earlier retry.
func (p RetryPolicy) Delay(n int) time.Duration {
	return p.base << (n - 1)
}

// endregion validating

// Attempts returns the number of attempts the policy allows.
func (p RetryPolicy) Attempts() int { return p.attempts }
