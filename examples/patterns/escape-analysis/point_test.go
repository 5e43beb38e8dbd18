//go:build go1.1

package escapeanalysis_test

import (
	"testing"

	ea "fieldguide.dev/examples/patterns/escape-analysis"
)

// region allocs

// A pointer that does not outlive the caller costs no allocation: NewPoint
// is inlined, and the Point stays on the caller's stack.
func TestLocalPointerDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		p := ea.NewPoint(1, 2)
		_ = ea.Dist(*p, ea.Point{})
	})
	if allocs != 0 {
		t.Errorf("allocs = %v, want 0; was NewPoint inlined? -gcflags=-l turns inlining off", allocs)
	}
}

// A pointer kept beyond the call must be on the heap: one allocation.
func TestKeptPointerAllocates(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		ea.Keep(ea.NewPoint(1, 2))
	})
	if allocs != 1 {
		t.Errorf("allocs = %v, want 1", allocs)
	}
}

// endregion allocs
