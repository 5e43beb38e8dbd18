//go:build go1.21

// Package genericfunctions shows type parameters and constraints: any,
// comparable, cmp.Ordered (Go 1.21), and constraint interfaces with unions
// and ~ (Go 1.18).
package genericfunctions

import "cmp"

// region map

// Map returns f applied to every element of s. T and U can be any types;
// the compiler checks each call site, with no interface{} and no type
// assertions.
func Map[T, U any](s []T, f func(T) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

// endregion map

// region ordered

// MaxOf returns the largest element of s, or false when s is empty.
// cmp.Ordered (Go 1.21) allows every type that supports < : integers,
// floats and strings, and types defined on them. If s holds a NaN, the
// result is NaN, as with the built-in max.
func MaxOf[T cmp.Ordered](s []T) (T, bool) { // [!code highlight]
	var zero T
	if len(s) == 0 {
		return zero, false
	}
	m := s[0]
	for _, v := range s[1:] {
		m = max(m, v) // built-in max, Go 1.21
	}
	return m, true
}

// endregion ordered

// region union

// Number is a constraint interface: its type set is the union of the listed
// types, and ~ extends each to every type whose underlying type it is, so a
// defined type such as Cents satisfies it too.
type Number interface {
	~int | ~int64 | ~float64 // [!code highlight]
}

// Sum adds up s. The + operator is allowed because every type in Number's
// type set supports it.
func Sum[T Number](s []T) T {
	var total T
	for _, v := range s {
		total += v
	}
	return total
}

// Cents is a defined type whose underlying type is int64.
type Cents int64

// endregion union

// region comparable

// Index returns the position of v in s, or -1. comparable allows == and !=.
// The standard library's slices.Index (Go 1.21) does the same: prefer it.
func Index[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// endregion comparable
