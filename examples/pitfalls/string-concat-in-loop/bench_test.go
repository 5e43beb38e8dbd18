//go:build go1.24

package stringconcatinloop_test

import (
	"fmt"
	"strings"
	"testing"

	sc "fieldguide.dev/examples/pitfalls/string-concat-in-loop"
)

// BenchmarkLines builds reports of 10, 100 and 1,000 lines. With +=, the
// allocations per report grow with the lines and the bytes with their
// square; with a sized strings.Builder both stay at one result.
func BenchmarkLines(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		lines := make([]string, n)
		for i := range lines {
			lines[i] = fmt.Sprintf("line %d: %s", i, strings.Repeat("x", 40))
		}
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sc.Lines(lines)
			}
		})
	}
}
