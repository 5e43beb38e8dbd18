//go:build go1.13

// Package panicforerrors shows expected failures returned as errors, and the
// one place a panic is right: a Must helper for values fixed at compile time.
package panicforerrors

import (
	"errors"
	"fmt"
	"strconv"
)

// ErrInvalidPort reports a port that is not a number from 1 to 65535.
var ErrInvalidPort = errors.New("invalid port")

// region parse

// ParsePort parses a TCP port. Bad input is expected (it comes from users
// and config files), so it is an error the caller can handle, not a panic.
func ParsePort(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 65535 {
		return 0, fmt.Errorf("%w: %q", ErrInvalidPort, s) // [!code highlight]
	}
	return n, nil
}

// endregion parse

// region must

// MustParsePort is for constants in the program's own source, such as a
// default port: a failure there is a programmer error, found the first time
// the program runs. Never call it on input.
func MustParsePort(s string) int {
	n, err := ParsePort(s)
	if err != nil {
		panic(err)
	}
	return n
}

// DefaultPort is checked once, at package initialisation.
var DefaultPort = MustParsePort("8080")

// endregion must
