//go:build bad

// Package bad panics on input it should reject.
package bad

import (
	"fmt"
	"strconv"
)

// region parse

// ParsePort parses a TCP port.
//
// BUG: bad input is an expected condition, yet it panics. A caller has no
// error to check; unless something up the stack recovers, one malformed
// config value or request parameter takes down the whole process.
func ParsePort(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 65535 {
		panic(fmt.Sprintf("invalid port %q", s)) // [!code highlight]
	}
	return n
}

// endregion parse
