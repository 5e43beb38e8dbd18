//go:build go1.13

// Package nakedreturns shows a function with explicit returns: every return
// statement says what it returns.
package nakedreturns

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ErrNegative reports a size below zero.
var ErrNegative = errors.New("negative size")

// region parse

// ParseSize parses sizes such as "512", "4K" and "2M" into bytes. Each
// return lists its values, so a reader of any one line knows what the
// caller gets.
func ParseSize(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, strings.TrimSuffix(s, "K")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse size: %w", err) // [!code highlight]
	}
	if n < 0 {
		return 0, fmt.Errorf("parse size %d: %w", n, ErrNegative)
	}
	if n > math.MaxInt64/mult { // n * mult would wrap around to a negative size
		return 0, fmt.Errorf("parse size %q: %w", s, strconv.ErrRange)
	}
	return n * mult, nil // [!code highlight]
}

// endregion parse
