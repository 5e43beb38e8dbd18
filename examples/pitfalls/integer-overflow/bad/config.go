//go:build bad

// Package bad truncates and wraps numbers from configuration.
package bad

import (
	"strconv"
	"time"
)

// region port

// ParsePort parses a TCP port number.
//
// BUG: converting an int to uint16 keeps the low 16 bits, so 70000 becomes
// 4464 and -1 becomes 65535, without an error.
func ParsePort(s string) (uint16, error) {
	n, err := strconv.Atoi(s)
	return uint16(n), err // [!code highlight]
}

// endregion port

// region timeout

// Timeout turns a number of seconds from configuration into a Duration.
//
// BUG: the multiplication overflows int64 above about 292 years and wraps
// around, to a negative or a much shorter Duration.
func Timeout(seconds int64) (time.Duration, error) {
	return time.Duration(seconds) * time.Second, nil // [!code highlight]
}

// endregion timeout
