//go:build go1.24

package r3_test

import (
	"fmt"
	"strings"
	"testing"

	"fieldguide.dev/examples/rubric/r3"
)

func TestJoin(t *testing.T) {
	if got, want := r3.Join([]string{"a", "b", "c"}, "-"), "a-b-c"; got != want {
		t.Errorf("Join = %q, want %q", got, want)
	}
	if got := r3.Join(nil, "-"); got != "" {
		t.Errorf("Join(nil) = %q, want empty", got)
	}
}

// region bench

// words returns n distinct words, built at run time so the compiler cannot
// fold the concatenation into a constant.
func words(n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprint("word", i)
	}
	return w
}

// plusJoin is the naive version: every += copies the string so far.
func plusJoin(words []string, sep string) string {
	s := ""
	for i, w := range words {
		if i > 0 {
			s += sep
		}
		s += w
	}
	return s
}

// BenchmarkJoin compares three ways to build a string, at several sizes.
// Run: go test -run='^$' -bench=Join -benchmem -count=10 | tee new.txt
func BenchmarkJoin(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		in := words(n) // setup: in the parent benchmark, outside the timed loops

		b.Run(fmt.Sprintf("plus/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() { // [!code highlight]
				plusJoin(in, " ")
			}
		})
		b.Run(fmt.Sprintf("strings.Join/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				strings.Join(in, " ")
			}
		})
		b.Run(fmt.Sprintf("Builder/n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r3.Join(in, " ")
			}
		})
	}
}

// endregion bench
