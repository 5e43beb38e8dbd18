//go:build go1.18

package fuzzing_test

import (
	"testing"

	"fieldguide.dev/examples/patterns/fuzzing"
	tdt "fieldguide.dev/examples/patterns/table-driven-tests"
)

// region fuzz-roundtrip

// FuzzRoundTrip checks a property for any size: formatting and parsing it
// back gives the same number. go test runs the seed corpus; go test -fuzz
// generates new inputs until it finds a failure or is stopped.
func FuzzRoundTrip(f *testing.F) {
	for _, seed := range []int64{0, 1, 1023, 1024, 3 << 20, 1 << 40} {
		f.Add(seed) // [!code highlight]
	}
	f.Fuzz(func(t *testing.T, n int64) {
		if n < 0 {
			t.Skip("sizes are never negative")
		}
		s := fuzzing.FormatSize(n)
		got, err := tdt.ParseSize(s)
		if err != nil || got != n {
			t.Errorf("ParseSize(FormatSize(%d) = %q) = %d, %v", n, s, got, err)
		}
	})
}

// endregion fuzz-roundtrip

// region fuzz-parse

// FuzzParseSize feeds arbitrary strings to the parser: it must never panic,
// and must never return a negative size without an error.
func FuzzParseSize(f *testing.F) {
	for _, seed := range []string{"512", "10KB", "", "KB", "-1", "9000000000GB"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := tdt.ParseSize(s)
		if err == nil && n < 0 {
			t.Errorf("ParseSize(%q) = %d with no error", s, n)
		}
	})
}

// endregion fuzz-parse
