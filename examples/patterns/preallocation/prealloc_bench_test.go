package preallocation_test

import (
	"fmt"
	"testing"

	"fieldguide.dev/examples/patterns/preallocation"
)

// The same work without the capacity or the size hint, to compare with.
func squaresGrowing(nums []int) []int {
	var out []int
	for _, n := range nums {
		out = append(out, n*n)
	}
	return out
}

func indexGrowing(words []string) map[string]int {
	m := map[string]int{}
	for i, w := range words {
		m[w] = i
	}
	return m
}

// BenchmarkSquares and BenchmarkIndex back the page's claims: run with
// go test -run='^$' -bench=. -benchmem and compare allocs/op.
func BenchmarkSquares(b *testing.B) {
	nums := make([]int, 1000)
	b.Run("preallocated", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			preallocation.Squares(nums)
		}
	})
	b.Run("growing", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			squaresGrowing(nums)
		}
	})
}

func BenchmarkIndex(b *testing.B) {
	words := make([]string, 1000)
	for i := range words {
		words[i] = fmt.Sprint("w", i)
	}
	b.Run("size hint", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			preallocation.Index(words)
		}
	})
	b.Run("no hint", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			indexGrowing(words)
		}
	})
}
