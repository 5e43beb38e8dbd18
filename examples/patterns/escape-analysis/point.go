//go:build go1.1

// Package escapeanalysis shows what the compiler's escape analysis decides
// and how to read its report.
package escapeanalysis

import "math"

// region point

// Point is a small value type: cheap to copy, so pass it by value.
type Point struct{ X, Y float64 }

// NewPoint returns a pointer to a new Point. Returning the address of a
// local is safe in Go: the compiler moves the value to the heap when it
// outlives the call, and keeps it on the stack when, after inlining, it
// does not.
func NewPoint(x, y float64) *Point {
	return &Point{X: x, Y: y} // [!code highlight]
}

// Dist returns the distance between p and q; both are copies on the stack.
func Dist(p, q Point) float64 {
	return math.Hypot(q.X-p.X, q.Y-p.Y)
}

// endregion point

// region keep

// last holds the most recent point for as long as the program runs, so a
// point stored here must live on the heap.
var last *Point

// Keep stores p in a package-level variable: p escapes.
func Keep(p *Point) { last = p }

// Last returns the point Keep stored last.
func Last() *Point { return last }

// endregion keep
