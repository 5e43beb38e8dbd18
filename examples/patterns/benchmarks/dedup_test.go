//go:build go1.24

package benchmarks_test

import (
	"fmt"
	"slices"
	"testing"

	"fieldguide.dev/examples/patterns/benchmarks"
)

// A benchmark of wrong code measures nothing useful: test it first.
func TestDedup(t *testing.T) {
	got := benchmarks.Dedup([]string{"a", "b", "a", "c", "b"})
	if want := []string{"a", "b", "c"}; !slices.Equal(got, want) {
		t.Errorf("Dedup = %v, want %v", got, want)
	}
}

// region bench

// input returns n items with about n/2 distinct values, built at run time.
func input(n int) []string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprint("item-", i/2)
	}
	return items
}

func BenchmarkDedup(b *testing.B) {
	for _, n := range []int{10, 1_000, 100_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			items := input(n) // setup: before b.Loop, not timed
			b.ReportAllocs()
			for b.Loop() { // [!code highlight]
				benchmarks.Dedup(items) // result kept alive by b.Loop
			}
		})
	}
}

// endregion bench

// Dedup keeps first occurrences in their order and leaves its input alone:
// a sort-then-compact version, or one that reuses the caller's array,
// passes the test above but not this one.
func TestDedupOrderAndInput(t *testing.T) {
	in := []string{"b", "a", "b", "c", "a"}
	orig := slices.Clone(in)
	if got, want := benchmarks.Dedup(in), []string{"b", "a", "c"}; !slices.Equal(got, want) {
		t.Errorf("Dedup(%v) = %v, want %v (first occurrences, in order)", orig, got, want)
	}
	if !slices.Equal(in, orig) {
		t.Errorf("Dedup changed its input to %v", in)
	}
	if got := benchmarks.Dedup(nil); len(got) != 0 {
		t.Errorf("Dedup(nil) = %v, want empty", got)
	}
}
