//go:build go1.24

package r4_test

import (
	"strings"
	"testing"

	"fieldguide.dev/examples/rubric/r4"
)

// region bench

// go test -bench=Labels -benchmem -count=10 > new.txt, then compare with
// the old code's numbers: benchstat old.txt new.txt.
func BenchmarkLabels(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() { // Go 1.24: setup above the loop is not timed
		r4.Labels(1000)
	}
}

// endregion bench

func BenchmarkJoin(b *testing.B) {
	parts := r4.Labels(100)
	b.ReportAllocs()
	for b.Loop() {
		r4.Join(parts, ",")
	}
}

func TestLabelsAllocatesOnce(t *testing.T) {
	// One allocation for the slice, plus one per label string.
	if n := testing.AllocsPerRun(10, func() { r4.Labels(100) }); n > 101 {
		t.Errorf("Labels(100): %v allocations, want at most 101", n)
	}
}

func TestIndexAndJoin(t *testing.T) {
	labels := r4.Labels(3)
	if got := r4.Join(labels, ","); got != "item-0,item-1,item-2" {
		t.Errorf("Join = %q", got)
	}
	if r4.Index(labels)["item-2"] != 2 {
		t.Error("Index[item-2] != 2")
	}
}

func TestEncodeResetsPooledBuffer(t *testing.T) {
	for _, v := range []any{map[string]string{"a": strings.Repeat("x", 100)}, 1, "b"} {
		got, err := r4.Encode(v)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(string(got), "\n") != 1 {
			t.Errorf("Encode(%v) = %q: leftovers from a previous use", v, got)
		}
	}
}
