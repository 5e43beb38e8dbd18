//go:build bad

// Package bad uses named results and naked returns in a function long
// enough that the reader loses track of them.
package bad

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrNegative reports a size below zero.
var ErrNegative = errors.New("negative size")

// region parse

// ParseSize parses sizes such as "512", "4K" and "2M" into bytes.
//
// Every bare return below returns whatever n and err hold at that point.
// To know what a caller gets from any one of them, the reader has to trace
// every assignment above it: here the negative case returns the negative
// number along with the error, which is easy to miss.
func ParseSize(s string) (n int64, err error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, strings.TrimSuffix(s, "K")
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, strings.TrimSuffix(s, "M")
	}
	n, err = strconv.ParseInt(s, 10, 64)
	if err != nil {
		err = fmt.Errorf("parse size: %w", err)
		return // [!code highlight]
	}
	if n < 0 {
		err = fmt.Errorf("parse size %d: %w", n, ErrNegative)
		return // [!code highlight]
	}
	n *= mult
	return // [!code highlight]
}

// endregion parse
