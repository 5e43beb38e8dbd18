//go:build go1.13

// Package tabledriventests shows a table-driven test of a small parser.
package tabledriventests

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// region parse

// Errors ParseSize wraps, so callers and tests can tell them apart with
// errors.Is.
var (
	ErrEmpty  = errors.New("empty size")
	ErrSyntax = errors.New("invalid size")
)

var units = []struct {
	suffix string
	mult   int64
}{{"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"B", 1}}

// ParseSize parses a byte size such as "512", "512B", "10KB" or "3MB".
func ParseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ErrEmpty
	}
	mult := int64(1)
	for _, u := range units {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return 0, fmt.Errorf("%q: %w", s, ErrSyntax)
	}
	return n * mult, nil
}

// endregion parse
