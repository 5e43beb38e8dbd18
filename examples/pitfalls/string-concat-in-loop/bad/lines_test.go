//go:build bad

package bad_test

import (
	"fmt"
	"strings"
	"testing"

	"fieldguide.dev/examples/pitfalls/string-concat-in-loop/bad"
)

func TestLines(t *testing.T) {
	if got, want := bad.Lines([]string{"a", "b"}), "a\nb\n"; got != want {
		t.Errorf("Lines = %q, want %q", got, want)
	}
}

// region test

// Lines builds reports of hundreds of lines: it must allocate the result
// once, not once per line.
func TestLinesAllocatesOnce(t *testing.T) {
	lines := make([]string, 200)
	for i := range lines {
		lines[i] = fmt.Sprintf("line %d: %s", i, strings.Repeat("x", 40))
	}
	allocs := testing.AllocsPerRun(20, func() { bad.Lines(lines) })
	if allocs != 1 {
		t.Errorf("Lines allocates %v times per call, want 1", allocs)
	}
}

// endregion test
