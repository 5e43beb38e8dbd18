//go:build go1.22

package constructors

import (
	"errors"
	"fmt"
	"time"
)

// region validating

// MaxDelay caps every delay, so doubling the base can never overflow into
// a negative Duration (which would mean "retry at once").
const MaxDelay = time.Minute

// RetryPolicy says how often and how patiently to retry. It is a small
// value with value-receiver methods, so its constructor returns a value,
// not a pointer. Its zero value allows no attempts.
type RetryPolicy struct {
	attempts int
	base     time.Duration
}

// NewRetryPolicy checks its arguments, so every policy it returns is valid.
func NewRetryPolicy(attempts int, base time.Duration) (RetryPolicy, error) {
	if attempts < 1 {
		return RetryPolicy{}, fmt.Errorf("retry policy: attempts = %d, need at least 1", attempts) // [!code highlight]
	}
	if base <= 0 || base > MaxDelay {
		return RetryPolicy{}, errors.New("retry policy: base delay must be positive and at most MaxDelay")
	}
	return RetryPolicy{attempts: attempts, base: base}, nil
}

// Delay returns how long to wait before retry n: the base delay, doubled
// for each earlier retry, and never more than MaxDelay. An n outside
// 1..Attempts() is moved to the nearest end of that range, so no
// argument can panic or overflow.
func (p RetryPolicy) Delay(n int) time.Duration {
	n = min(max(n, 1), p.attempts) // [!code highlight]
	d := p.base
	for range n - 1 {
		if d > MaxDelay/2 {
			return MaxDelay
		}
		d *= 2
	}
	return d
}

// endregion validating

// Attempts returns the number of attempts the policy allows.
func (p RetryPolicy) Attempts() int { return p.attempts }
