// Package integeroverflow parses numbers from configuration into narrow
// types without truncating or wrapping them.
package integeroverflow

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"
)

// region port

// ParsePort parses a TCP port number, 1 to 65535. Port 0 is rejected: to
// net.Listen it means "any free port", which a configuration file almost
// never means.
func ParsePort(s string) (uint16, error) {
	n, err := strconv.ParseUint(s, 10, 16) // [!code highlight]
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			err = ne.Err // strconv.ErrRange or strconv.ErrSyntax, without repeating s
		}
		return 0, fmt.Errorf("port %q: %w; want 1 to 65535", s, err)
	}
	if n == 0 {
		return 0, fmt.Errorf("port %q: want 1 to 65535", s)
	}
	return uint16(n), nil
}

// endregion port

// region timeout

// Timeout turns a number of seconds from configuration into a Duration.
func Timeout(seconds int64) (time.Duration, error) {
	// A Duration counts nanoseconds in an int64, so it holds at most about
	// 292 years; a product beyond that would wrap around.
	if seconds < 0 || seconds > math.MaxInt64/int64(time.Second) { // [!code highlight]
		return 0, fmt.Errorf("timeout of %d seconds: must be 0 to %d", seconds, math.MaxInt64/int64(time.Second))
	}
	return time.Duration(seconds) * time.Second, nil
}

// endregion timeout
