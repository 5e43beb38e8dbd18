//go:build go1.10

// Package preallocation shows slices, maps and builders sized up front
// when the final size is known.
package preallocation

import (
	"strconv"
	"strings"
)

// region slice

// Squares returns the square of every number. The result has exactly
// len(nums) elements, so it is allocated once, with that capacity.
func Squares(nums []int) []int {
	out := make([]int, 0, len(nums)) // [!code highlight]
	for _, n := range nums {
		out = append(out, n*n)
	}
	return out
}

// endregion slice

// region index

// Index maps each word to its position. The size hint lets the map
// allocate its storage up front instead of growing while it fills.
func Index(words []string) map[string]int {
	m := make(map[string]int, len(words)) // [!code highlight]
	for i, w := range words {
		m[w] = i
	}
	return m
}

// endregion index

// region builder

// CSV joins numbers with commas. Grow reserves an estimate of the final
// length, so the builder does not reallocate as it writes, as long as the
// numbers fit the estimate.
func CSV(nums []int) string {
	var b strings.Builder
	b.Grow(len(nums) * 4) // estimate: up to 3 digits and a comma each // [!code highlight]
	var digits [20]byte   // scratch space on the stack
	for i, n := range nums {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(strconv.AppendInt(digits[:0], int64(n), 10))
	}
	return b.String()
}

// endregion builder
