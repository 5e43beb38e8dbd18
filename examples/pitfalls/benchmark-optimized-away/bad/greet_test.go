//go:build bad

package bad_test

import (
	"testing"

	"fieldguide.dev/examples/pitfalls/benchmark-optimized-away/bad"
)

// region bad

// BenchmarkConcat measures nothing: the operands are constants, so the
// compiler computes "hello world" once, at compile time.
func BenchmarkConcat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		_ = "hello" + " " + "world" // [!code highlight]
	}
}

// BenchmarkGreet is measured by today's compiler, but nothing guarantees
// it: Greet is inlined, its arguments are constants and its result is
// unused, so a compiler may fold or drop the work. `_ = s` does not stop it.
func BenchmarkGreet(b *testing.B) {
	for i := 0; i < b.N; i++ {
		s := bad.Greet("hello", "world")
		_ = s // [!code highlight]
	}
}

// endregion bad
